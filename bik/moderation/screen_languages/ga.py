# ruff: noqa: E501 -- tables of patterns read best one per line
"""Irish (young people in Ireland write much in English too: English patterns always apply)."""

NUMBERS = (
    "náid|naid",
    "aon|a haon",
    "dó|do|a dó",
    "trí|tri|a trí",
    "ceathair|a ceathair",
    "cúig|cuig|a cúig",
    "sé|se|a sé",
    "seacht|a seacht",
    "ocht|a hocht",
    "naoi|a naoi",
)
AT = ("ag", "at")
DOT = ("ponc", "dot")
REGIONS = ("IE",)

PATTERNS = {
    "address": [
        r"\b\d{1,4},? (?:bothar|bóthar|sráid|sraid|ascaill|lána|lana|céide|ceide|plás|plas) [a-z]+",
        r"\b(?:bothar|bóthar|sráid|sraid|ascaill) [a-z]+(?: [a-z]+)?,? \d{1,4}\b",
        r"\bis é mo sheoladh\b|\bmo sheoladh (?:ná|na|:)",
        r"\btéim (?:ar scoil )?(?:go|chuig) (?:scoil|gaelcholáiste|gaelcholaiste|coláiste|colaiste|meánscoil|gaelscoil) [a-z]+",
        r"\b(?:gaelscoil|gaelcholáiste|gaelcholaiste|coláiste|colaiste|scoil) [a-z]+(?: [a-z]+)? (?:i|in) [a-z]+",
    ],
    "social_handle": [
        r"\bcuir (?:leis )?mé (?:ar|le)\b|\bcuir mé leis\b|\blean mé ar\b",
        r"\bmo {platforms} (?:ná|na|:|is ea)",
        r"\bm'ainm (?:úsáideora|usaideora) (?:ná|na)\b",
    ],
    "private_channel": [
        r"\b(?:seol|scríobh|scriobh) (?:teachtaireacht )?(?:chugam|chugamsa) (?:go príobháideach|go priobhaideach|i dm|ar dm)\b",
        r"\blabhairímis (?:go príobháideach|in áit eile)\b|\blabhraimis go priobhaideach\b",
        r"\b(?:labhair|bog|téimis|teimis) (?:liom )?(?:ar|go dtí) {platforms}",
        r"\báit nach féidir le duine ar bith (?:é )?a léamh\b|\bait nach feidir le aon duine\b",
        r"\bcomhrá rúnda\b|\bcomhra runda\b",
    ],
    "meet_up": [
        r"\bbuailimis le chéile\b|\bbuailimis le cheile\b|\bar mhaith leat bualadh liom\b|\bbuail liom\b",
        r"\btar chuig mo theach\b|\btar go dtí mo theach\b",
        r"\bcá bhfuil tú i do chónaí\b|\bca bhfuil tu i do chonai\b|\bcá gcónaíonn tú\b|\bca gconaionn tu\b",
        r"\bcén scoil a dtéann tú (?:ann|chuici)\b|\bcen scoil a dteann tu\b|\bcén scoil ina bhfuil tú\b",
        r"\bpiocfaidh mé suas thú\b|\bbaileoidh mé thú\b",
    ],
    "secrecy": [
        r"\bná (?:habair|inis) (?:é |seo )?(?:le|do) (?:duine ar bith|aon duine|do thuismitheoirí|do thuismitheoiri)\b|\bna habair le haon duine\b",
        r"\bár rún\b|\bar run\b|\brún beag eadrainn\b",
        r"\beadrainn féin\b|\beadrainn fein\b|\bidir mise agus tusa\b",
        r"\bscrios (?:na teachtaireachtaí|an comhrá)\b|\bscrios na teachtaireachtai\b",
    ],
    "image_request": [
        r"\bseol (?:chugam )?(?:grianghraf|pictiúr|pictiur|grianghraif|pictiúir|selfie|nudes|físeán)\b",
        r"\btaispeáin (?:do chorp|tú féin) dom\b|\btaispeain (?:do chorp|tu fein) dom\b",
        r"\bcas air (?:do )?cheamara\b",
    ],
    "grooming": [
        r"\ban bhfuil tú (?:i d'aonar|leat féin)\b|\ban bhfuil tu (?:i d'aonar|leat fein)\b",
        r"\ban bhfuil do thuismitheoirí sa bhaile\b",
        r"\bceannóidh mé (?:bronntanas|robux|v-?bucks) duit\b|\btabharfaidh mé (?:airgead|robux|v-?bucks|bronntanas) duit\b",
        r"\bníl ionat ach uimhir\b|\bníl san aois ach uimhir\b",
    ],
    "age_question": [
        r"\bcén aois thú\b|\bcen aois thu\b|\bcén aois atá tú\b|\bcen aois ata tu\b",
        r"\bcén bhliain ina bhfuil tú\b",
    ],
    "flattery": [
        r"\btá tú chomh (?:aibí|aibi|álainn|alainn|speisialta|gnéasach|foirfe)\b|\bta tu chomh (?:aibi|alainn|speisialta)\b",
        r"\bféachann tú níos sine\b|\bfeachann tu nios sine\b",
    ],
    "sexual": [r"\b(?:gnéas|gneas|porn|nocht|lom nocht)\b"],
    "insult": [
        r"\btá tú (?:chomh |an-)?(?:dúr|dur|gránna|granna|ramhar|amadán|amadan|óinseach|oinseach|gan mhaith|uafásach|uafasach|bréan|brean|leibide)\b|\bis amadán thú\b|\bis oinseach thú\b",
        r"\b(?:amadán|amadan|óinseach|oinseach|bitseach|striapach|dún do bhéal|dun do bheal)\b",
        r"\bní maith le duine ar bith thú\b|\bni maith le duine ar bith thu\b|\btá fuath ag gach duine ort\b|\bta fuath ag gach duine ort\b",
        r"\bdún do chlab\b|\bdun do chlab\b",
        r"\bmaraigh thú féin\b|\bmaraigh thu fein\b",
    ],
    "hate": [r"\b(?:knacker|pikey|tinker)s?\b"],
    "self_harm": [
        r"\bmé féin a mharú\b|\bme fein a mharu\b|\bmé féin a ghortú\b|\bme fein a ghortu\b|\bghortaigh mé mé féin\b|\bghortaigh me me fein\b",
        r"\bba mhaith liom bás a fháil\b|\bba mhaith liom bas a fhail\b|\bteastaíonn uaim bás a fháil\b",
        r"\bba mhaith liom imeacht go deo\b|\bba mhaith liom (?:dul|a bheith) as radharc\b|\bba mhaith liom imeacht\b",
        r"\bníl mé ag iarraidh (?:a bheith beo|maireachtáil|dúiseacht)\b|\bnil me ag iarraidh (?:a bheith beo|maireachtail|duiseacht)\b",
        r"\bní bhraithfeadh aon duine uathu mé\b|\bni bhraithfeadh aon duine uathu me\b|\bní thabharfadh aon duine faoi deara\b",
        r"\bbheadh (?:gach duine|siad) níos fearr as gan mé\b|\bnios fearr as gan me\b",
        r"\bnílim in ann níos mó\b|\bnilim in ann nios mo\b|\bní féidir liom leanúint ar aghaidh\b",
        r"\bgearr mé mé féin\b|\bgearr me me fein\b",
    ],
    "self_harm_topic": [r"\bféinmharú|\bfeinmharu", r"\bféindochar|\bfeindochar"],
    "abuse": [
        r"\bbuaileann (?:sé|sí|se|si|mo dhaid|m'athair) mé\b",
        r"\btá (?:sé|sí) ag bagairt (?:mo )?(?:ghrianghraif|phictiúir)\b",
    ],
    "awareness": [
        r"\b(?:inniu |sa rang |ar scoil )?(?:labhraíomar|labhraiomar|d'fhoghlaimíomar|d'fhoghlaimiomar|phléamar|phleamar) (?:faoi|ar)\b",
        r"\bná seol (?:riamh|choíche)\b|\bna seol (?:riamh|choiche)\b|\bcén fáth nár cheart\b",
        r"\bmá iarrann duine\b|\bma iarrann duine\b",
        r"\blabhair le duine fásta\b|\blabhair le duine fasta\b|\b(?:tuairiscigh|blocáil|blocail)\b",
        r"\b(?:feachtas|tionscadal|ceardlann|póstaer|postaer|cur i láthair) (?:faoi|ar)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:me|mise|mo|m')\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bimeacht go deo\b|\bimeacht ar fad\b",
    r"\bgan dúiseacht\b|\bgan duiseacht\b|\bgan dúiseacht arís\b",
    r"\b(?:piollaí|piollai|táibléid|taibleid)\b",
    r"\blitir slán\b|\blitir slan\b",
    r"\bnílim in ann\b|\bnilim in ann\b|\bní féidir liom níos mó\b|\bni feidir liom nios mo\b",
    r"\bsmaointe dorcha\b",
    r"\bníl aon chiall leis an saol\b|\bnil aon chiall leis an saol\b|\bcén pointe\b|\bcen pointe\b",
    r"\bdá mbeinn imithe\b|\bda mbeinn imithe\b|\bmura mbeinn ann\b",
    r"\bualach\b",
    r"\bmé féin a ghortú\b|\bme fein a ghortu\b|\bgortaím mé féin\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btá gach duine ag gáire fút\b|\bta gach duine ag gaire fut\b",
    r"\b(?:imigh leat|bailigh leat|imigh as seo)\b",
    r"\bníl aon duine ag iarraidh a bheith (?:i do chara|leat)\b",
    r"\bbuailfimid thú\b|\bbuailfidh mé thú\b",
    r"\bis cuma le gach duine fút\b|\bní chuireann aon duine suim ionat\b",
    r"\bféach ort féin\b|\bfeach ort fein\b",
    r"\b(?:amadán|amadan|óinseach|oinseach|gligín|gligin|pleidhce|ainniseoir)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bfanfaidh sé eadrainn\b|\bní gá do dhuine ar bith a fhios a bheith\b|\bná habair le duine ar bith\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:cuir leis mé|scríobh chugam) ar (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bníos príobháidí\b|\bní féidir le duine ar bith é a léamh\b"
]
PATTERNS["image_request"] += [
    r"\bseol (?:chugam )?(?:pictiúr|grianghraf|físeán|selfie)\b|\bba mhaith liom tú a fheiceáil\b|\btaispeáin dom\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:buailfimid le chéile|ar mhaith leat bualadh)\b|\btiocfaidh mé chugat\b|\bcén baile ina bhfuil tú i do chónaí\b|\bcad is ainm do do scoil\b"
]
PATTERNS["grooming"] += [
    r"\ban bhfuil tú i d'aonar sa bhaile\b|\bceannóidh mé duit\b|\bis féidir leat muinín a bheith agat asam\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [r"\bgnéas a bheith againn\b|\bcad atá á chaitheamh agat\b|\bdo chorp\b|\bnocht\b"]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bníl aon mhaith ionam\b|\bnil aon mhaith ionam\b",
    r"\bis fuath liom mé féin\b|\bis fuath liom mo shaol\b",
    r"\bb'fhearr liom a bheith marbh\b",
    r"\btáim ag éirí as\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bcén pointe\b|\bcad é an pointe\b",
    r"\bba mhaith liom go stopfadh sé ar fad\b",
    r"\bbheadh sé níos éasca mura mbeinn\b",
    r"\bmothaím folamh\b",
    r"\btuirseach de gach rud\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bgan éadaí\b|\bgan eadai\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bíoslódáil (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\bioslodail (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|thu\b|tusa|thusa|duit|leat|agat|do\b|d'|ort\b|you\b|u\b|your|ur\b",
    "self_harm": r"me fein a mharu|mé féin a mharú|me fein a ghortu|ag gortu me fein|ag gearradh me fein|gearr me me fein|me fein a chrochadh",
    "despair": r"ba mhaith liom bas|ba mhaith liom bás|nil me ag iarraidh a bheith beo|ba mhaith liom imeacht|imeacht go deo|gan dúiseacht|gan duiseacht|nios fearr gan me|níos fearr gan mé|ni chronodh aon duine|ní chronódh|nil aon phointe|níl aon phointe|litir slan|is fuath liom me fein|is fuath liom mo shaol|gan mhaith|folamh istigh|tuirseach den saol|ni féidir liom níos mó|ni feidir liom nios mo",
    "relapse": r"rinne me aris e|rinne mé arís é|aris aréir|aris areir",
    "hidden": r"muinchilli fada|muinchillí fada|hoodie|ni fheiceann aon duine",
    "give_away": r"ag tabhairt mo chuid rudai|tabhairt mo chuid|mo chuid rudai do|mo chuid rudai a dtabhairt|mo chuid rudai",
    "no_need": r"ni bheidh siad uaim|ní bheidh siad uaim|ni bheidh me ag teastail|ni bheidh siad ag teastail",
    "last_post": r"mo phost deireanach|mo theachtaireacht dheireanach|post deireanach",
    "goodbye": r"slan|slán|go raibh maith agaibh as gach rud|go raibh maith agat as gach rud",
    "harmless": r"faoin bpluid|faoin bpluid|ag fail bais ag gaire",
    "slur": r"striapach|bitseach|diabhal ort|focain|feck off|marbh tu fein|maraigh tu fein|bás ort|bas ort|beidh tu marbh|tar eis na scoile",
    "insult": r"grànna|granna|gránna|ramhar|amadan|amadán|oinseach|óinseach|dúr|dur\b|cailliúnaí|truamhéalach|truamheal|samhnasach|gránna|nil duine ar bith ag iarraidh|is fuath le gach duine thu|ta gach duine ag gaire fut|duin do bhéal|dún do bhéal|duin do bheal|imigh leat|imigh|fag an grupa|tá boladh|clown|muc\b|bo\b|míol mór|bruscar|gan mhaith",
    "hate": r"téigh ar ais go dtí do thír|teigh ar ais go dti do thir|sieg heil",
    "sexual": r"nocht|nudes|porn\b|porno\b|pornhub|gnéas|gneas|craiceann|sexy|bain diot|fo-eadai|fo-éadaí",
    "alone": r"an bhfuil tu i d'aonar|an bhfuil tú i d'aonar|i d'aonar|leat fein sa bhaile|do thuismitheoiri (?:sa bhaile|amuigh)|aon duine sa bhaile|i do sheomra",
    "age": r"cen aois|cén aois|d'aois|cen rang|cén rang|an bhfuil tu 1[0-7]",
    "secret": r"ar run|ár rún|eadrainn|idir an bheirt againn|na habair le|ná habair le|na hinis|ná hinis|ni ga d'aon duine a fhios|scrios (?:an comhra|na teachtaireachtai)",
    "private": r"go priobhaideach|sa phriobháid|sa phriobhaid|ait nach leann aon duine|ni leann aon duine|teachtaireachtai a imionn|comhra runda|(?:teigh|scriobh chugam|labhair liom) ar (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"ceannoidh me duit|ceannóidh mé duit|tabharfaidh me airgead|íocfaidh mé thu|iocfaidh me thu|carta bronntanais|paysafe",
    "mature": r"aibí do d'aois|aibi do d'aois|chomh haibí|chomh haibi|an-aibi|an-aibí|feiceann tu nios sine|níl tú cosúil leis na cinn eile|nil tu cosuil leis|nil san aois ach uimhir|níl san aois ach uimhir",
    "flattery": r"alainn|álainn|gleoite|sexy|foirfe|speisialta",
    "meet": r"buail liom|buailfimid|bualadh le cheile|bualadh le chéile|tar chuig mo theach|tar go dti mo theach|bailigh tu|baileoidh me tu|duine le duine|sa saol fior",
    "where": r"ca bhfuil tu i do chonai|cá bhfuil tú i do chónaí|ca gconaionn tu|cén baile|cen baile|cen scoil|cén scoil|do sheoladh|cén tsráid|cen tsraid",
    "send": r"seol chugam|seol|taispeain|taispeáin|ba mhaith liom tu a fheiceail|cas air an ceamara",
    "picture": r"pictiur|pictiúr|grianghraf|selfie|nudes|fiseán|fisean|ceamara|corp",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bma iarrann (?:duine|strainseir)\b|\bma (?:chuireann|deir) duine\b|\bna (?:seol|roinn) (?:riamh|choiche|grianghraif)\b",
    r"\b(?:inis|labhair) (?:do|le) (?:dhuine fasta|duine fasta|do thuismitheoiri|mhuinteoir|muinteoir)\b|\bduine fasta a bhfuil muinin\b",
    r"\bcomharthai rabhaidh\b|\bminic a (?:dheanann|iarrann)\b",
    r"\bmuinteoir\b|\bmhuinteoir\b|\bchomhairleoir\b|\bcomhairleoir\b",
]
