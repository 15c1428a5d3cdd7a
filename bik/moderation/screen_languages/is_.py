# ruff: noqa: E501 -- tables of patterns read best one per line
"""Icelandic."""

NUMBERS = (
    "núll|null",
    "einn|eitt|ein",
    "tveir|tvö|tvo",
    "þrír|þrjú|thrir",
    "fjórir|fjögur",
    "fimm",
    "sex",
    "sjö|sjo",
    "átta|atta",
    "níu|niu",
)
AT = ("att", "hjá", "at")
DOT = ("punktur",)
REGIONS = ("IS",)

PATTERNS = {
    "address": [
        r"\b[a-zþðæö]+(?:gata|gotu|götu|vegur|veg|stigur|stig|braut|tun|tún) \d{1,4}[a-z]?\b",
        r"\bég bý (?:á|a|í|i) [a-zþðæö]+(?:götu|gotu|vegi|stig|braut) \d",
        r"\bheimilisfangið mitt er\b|\bheimilisfangid mitt er\b",
        r"\bég er í [a-zþðæö]+skóla\b(?: í [a-zþðæö]+)",
    ],
    "social_handle": [
        r"\b(?:addaðu|addadu|bættu|baettu|fylgdu) mér (?:á|a|við)\b",
        r"\b(?:mitt |minn )?{platforms}(?:ið|id)? mitt er\b",
        r"\bnotendanafnið mitt er\b",
        r"\baddaðu mér\b|\baddadu mer\b",
    ],
    "private_channel": [
        r"\bsendu mér (?:einkaskilaboð|dm|pm)\b",
        r"\bí einkaskilaboðum\b|\bí dm\b|\bí pm\b",
        r"\btölum (?:saman )?(?:í einkaskilaboðum|einslega|annars staðar)\b",
        r"\b(?:tölum|spjöllum|sendu mér) (?:á|a|í|i) {platforms}",
        r"\bþar sem enginn (?:getur lesið|sér)\b",
        r"\bleyni(?:legt)? ?(?:spjall|app|hóp)",
    ],
    "meet_up": [
        r"\bhittumst\b|\bvið getum hist\b|\bviltu hittast\b|\beigum við að hittast\b",
        r"\bkomdu heim til mín\b",
        r"\bhvar (?:átt þú heima|býrðu|býrð þú)\b|\bhvar attu heima\b|\bhvar byrdu\b",
        r"\bí hvaða skóla ertu\b|\bi hvada skola ertu\b",
        r"\bég sæki þig\b|\bég bíð eftir þér við skólann\b",
    ],
    "secrecy": [
        r"\bekki segja neinum\b|\bsegðu engum\b|\bsegdu engum\b",
        r"\bekki segja (?:foreldrum þínum|mömmu|pabba)\b",
        r"\bleyndarmálið okkar\b|\bleyndarmal okkar\b|\bokkar (?:litla )?leyndarmál\b",
        r"\bá milli okkar\b|\bmilli okkar\b",
        r"\beyddu (?:skilaboðunum|spjallinu)\b",
        r"\benginn þarf að vita\b",
    ],
    "image_request": [
        r"\bsendu (?:mér )?(?:mynd|myndir|sjálfu|sjalfu|nektarmynd|nektarmyndir|nudes|myndband af þér)\b",
        r"\bsýndu mér (?:þig|líkamann þinn|meira)\b",
        r"\bkveiktu á (?:myndavélinni|vefmyndavélinni)\b",
        r"\bí hverju ertu\b",
    ],
    "grooming": [
        r"\bertu (?:ein|einn) heima\b|\bertu ein\b|\bertu einn\b",
        r"\beru foreldrar þínir heima\b",
        r"\bég (?:kaupi|gef|sendi) þér (?:gjöf|robux|v-?bucks|skins?|pening|peninga|gjafakort|\d+)",
        r"\bég borga þér\b|\bég er sá eini sem skilur þig\b",
        r"\baldur er bara tala\b",
    ],
    "age_question": [
        r"\bhvað ertu gömul\b|\bhvað ertu gamall\b|\bhvad ertu gomul\b|\bhvad ertu gamall\b",
        r"\bí hvaða bekk ertu\b",
    ],
    "flattery": [
        r"\bþú ert (?:svo |rosa |mjög )*(?:þroskuð|þroskaður|falleg|sæt|sérstök|kynþokkafull|fullkomin)\b",
        r"\bþú virðist (?:eldri|þroskaðri)\b",
    ],
    "sexual": [r"\b(?:kynlíf|kynlif|klám|klam|nakin|nakinn|typpi|píka|brjóst|ríða|rida|fróa|froa)\b"],
    "insult": [
        r"\bþú ert (?:svo |bara |algjör |algjört |ógeðslega )*(?:heimsk|heimskur|ljót|ljótur|feit|feitur|fáviti|fifl|fífl|aumingi|lúser|ógeð|ogeð|vitleysingur|hálfviti|halfviti)\b",
        r"\b(?:hóra|hora|tík|tik|helvítis|andskotans|fáviti|fokkaðu þér|drullaðu þér)\b",
        r"\benginn (?:líkar við þig|vill þig)\b|\ballir hata þig\b",
        r"\bþegiðu\b|\bhaltu kjafti\b",
        r"\bdrepðu þig\b|\bfarðu og deyðu\b",
    ],
    "hate": [r"\b(?:negri|hommar|múslimar|útlendingar) (?:eru|ættu)\b.{0,25}\b(?:ógeð|veikir|deyja|burt|dýr)\b"],
    "self_harm": [
        r"\b(?:drepa mig|skera mig|meiða mig|meida mig|skaða mig|taka mitt eigið líf)\b",
        r"\bég vil (?:deyja|hverfa|ekki lifa|ekki vakna|ekki vera til)\b",
        r"\bég (?:skar|meiddi|skaðaði) mig (?:aftur)?\b",
        r"\bég vildi (?:óska )?að ég (?:gæti horfið|væri dáin|væri dáinn|hefði aldrei fæðst|myndi ekki vakna)\b",
        r"\benginn myndi sakna mín\b|\benginn myndi taka eftir\b",
        r"\bbetur sett án mín\b|\bbetra án mín\b",
        r"\bég get ekki meira\b.{0,60}\b(?:hverfa|deyja|enda)\b",
        r"\bþreytt á að lifa\b|\bþreyttur á að lifa\b|\bég er byrði\b",
    ],
    "self_harm_topic": [r"\bsjálfsvíg|\bsjalfsvig", r"\bsjálfsskað|\bsjalfsskad"],
    "abuse": [
        r"\b(?:hann|hún|hun|pabbi|mamma|stjúpi) (?:lemur|snertir|misnotar) mig\b",
        r"\bég er (?:misnotuð|misnotaður|barin|barinn)\b",
        r"\bkúgar mig\b|\bhótar að (?:deila|birta|senda) (?:myndunum|myndum) (?:af )?mín",
    ],
    "awareness": [
        r"\b(?:í dag |í tíma |í skólanum )?(?:töluðum við|lærðum við|við töluðum|við lærðum) um\b",
        r"\bafhverju maður ætti aldrei\b|\baldrei senda\b|\bekki senda nektarmyndir\b|\bmaður á aldrei\b",
        r"\bef einhver (?:biður|hótar|sendir)\b",
        r"\btalaðu við fullorðinn\b|\b(?:tilkynntu|blokkaðu)\b",
        r"\b(?:herferð|verkefni|fyrirlestur|plakat) um\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:eg|mig|mer|minn|min|mitt)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bhverfa\b",
    r"\bvakna ekki aftur\b|\baldrei vakna\b",
    r"\b(?:pillur|töflur|toflur)\b",
    r"\bkveðjubréf\b|\bkvedjubref\b",
    r"\bég get ekki meira\b|\beg get ekki meira\b|\bég meika ekki\b",
    r"\bdimmar hugsanir\b|\bsvartar hugsanir\b",
    r"\blífið hefur engan tilgang\b|\btilgangslaust\b",
    r"\bef ég væri ekki hér\b|\bef ég væri farin\b|\bef ég væri dáin\b",
    r"\bég er byrði\b|\bbyrði á\b",
    r"\bmeiða mig\b|\bskar mig\b|\bskera mig\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\ballir hlæja að þér\b|\ballir hlaeja ad ther\b|\ballir gera grín að þér\b",
    r"\b(?:farðu|fardu|hypjaðu þig|drullaðu þér burt)\b",
    r"\benginn vill vera vinur þinn\b|\benginn vill vera með þér\b",
    r"\bvið lemjum þig\b|\bég lem þig\b",
    r"\bengum er sama um þig\b|\benginn spurði þig\b",
    r"\blíttu á sjálfa þig\b|\blittu a sjalfa thig\b|\blíttu á sjálfan þig\b",
    r"\b(?:lúser|luser|aumingi|fífl|fifl|hálfviti|halfviti|vitleysingur)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bþetta er á milli okkar\b|\benginn þarf að vita\b|\bforeldrar þínir þurfa ekki að vita\b|\bekki segja neinum\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:addaðu mér|sendu mér) á (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bí einrúmi\b|\bskilaboð sem hverfa\b|\benginn getur lesið\b"
]
PATTERNS["image_request"] += [r"\bsendu mér (?:mynd|myndir|myndband|sjálfu)\b|\bég vil sjá þig\b|\bsýndu mér\b"]
PATTERNS["meet_up"] += [
    r"\b(?:hittumst|viltu hittast|getum við hist)\b|\bég kem til þín\b|\bí hvaða bæ býrðu\b|\bhvað heitir skólinn þinn\b"
]
PATTERNS["grooming"] += [
    r"\bertu ein heima\b|\beru foreldrar þínir heima\b|\bég (?:kaupi|gef) þér\b|\bþú getur treyst mér\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bstunda kynlíf\b|\bsofa saman\b|\bí hverju ertu\b|\blíkaminn þinn\b|\bnakin\b|\bnakinn\b|\bnektarmynd\w*\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bég er einskis virði\b|\bég er ónýt\b|\bég er ónýtur\b",
    r"\bég hata (?:sjálfa mig|sjálfan mig|lífið mitt)\b",
    r"\bfrekar dáin\b|\bfrekar dáinn\b",
    r"\bég gefst upp\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bhver er tilgangurinn\b",
    r"\bég vil að allt hætti\b",
    r"\bþað væri auðveldara ef ég\b",
    r"\bég er tóm\b|\bég er tómur\b",
    r"\bþreytt á öllu\b|\bþreyttur á öllu\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bán fata\b|\ban fata\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bnáðu í (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\bsæktu (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bí náttfötum\b|\bí nærfötum\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"thu\b|tig\b|ther\b|thin\b|thitt\b|thinn\b|þu\b|þig\b|þer\b",
    "self_harm": r"drepa mig|taka lif mitt|svipta mig lifi|hengja mig",
    "despair": r"vil deyja|vil ekki lifa|nenni ekki ad lifa|vil hverfa|hverfa ad eilifu|vakna aldrei|ekki vakna|betra an min|enginn myndi sakna min|enginn myndi taka eftir|rakvelablad|kvedjubref|hata sjalfa mig|hata sjalfan mig|hata lif mitt|einskis virdi|tom ad innan|threytt a lifinu|threyttur a lifinu|betur an min|lida betur an min|nenni thessu ekki|til hvers",
    "relapse": r"gerdi thad aftur|gerdi það aftur|aftur i nott",
    "hidden": r"langar ermar|hettupeys|enginn ser",
    "give_away": r"gef dotid mitt|gefa dotid mitt|gef hlutina mina|dotid mitt til|dotid mitt",
    "no_need": r"tharf thad ekki|þarf það ekki|thurfa thad ekki|mun ekki thurfa|tharf thad ekki lengur|þarf það ekki",
    "last_post": r"sidasta faersla|sidustu skilabod|sidasta innlegg|sidasta faerslan|sidasta færslan",
    "goodbye": r"bless\b|takk fyrir allt|vertu saell|verid sael",
    "harmless": r"undir sænginni|undir saenginni|dey ur hlatri|undir saeng|undir sæng",
    "slur": r"hora|tik\b|fifl|hálfviti|halfviti|drullaðu|drulladu|farðu til fjandans|fardu til fjandans|drepdu thig|drepdu þig|ertu daudur|ertu dauð|eftir skola ertu",
    "insult": r"ljot|feit|feitur|svin|heimsk|halfvit|fifl|lusari|aumkunarverd|ogedsleg|enginn likar vid thig|allir hata thig|allir hlaeja ad ther|thegidu|þegiðu|haltu kjafti|farðu|fardu|burt med thig|lyktar|trudur|belja|hvalur|rusl|einskis virdi",
    "hate": r"negri|sigauna|farðu heim til|fardu heim til|sieg heil",
    "sexual": r"nakin|nakinn|nektarmynd|nudes|klam\b|kynlif|rida\b|serda|runka|brjost|typpi|pika\b|greddu|kynthokkaf|sexy|farðu ur fotunum|fardu ur fotunum|naerfot|sexta",
    "alone": r"ertu ein\b|ertu einn\b|ein heima|einn heima|foreldrar (?:heima|ekki heima|i vinnu)|einhver heima|i herberginu thinu",
    "age": r"hvad ertu gomul|hvad ertu gamall|hversu gomul|hversu gamall|aldur thinn|i hvada bekk|ertu 1[0-7]",
    "secret": r"leyndarmalid okkar|okkar a milli|ekki segja neinum|segdu engum|segðu engum|enginn tharf ad vita|eyddu (?:spjallinu|skilabodunum)",
    "private": r"i einkaskilabod|einkaspjall|thar sem enginn les|enginn les|skilabod sem hverfa|leynispjall|(?:forum|skrifadu) a (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"kaupi handa ther|gef ther (?:pening|\d)|borga ther|gjafakort|paysafe",
    "mature": r"throskud midad vid aldur|svo throskud|mjog throskud|litur ut fyrir ad vera eldri|ekki eins og hinar|aldur er bara tala",
    "flattery": r"falleg|saet\b|sæt|sexy|fullkomin|serstok",
    "meet": r"hittast|hittumst|komdu heim til min|ég saeki thig|eg saeki thig|i raunveruleikanum",
    "where": r"hvar byrdu|hvar býrðu|i hvada bae|hvada skola|i hvada skola|heimilisfang thitt|hvada gotu",
    "send": r"sendu|sendir|syndu mer|sýndu mér|vil sja|kveiktu a myndavel",
    "picture": r"mynd|selfie|nudes|myndband|myndavel|likama",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bef einhver\b|\bef ókunnugur\b|\baldrei\b",
    r"\b(?:segðu|talaðu við) (?:fullorðnum|fullorðinn|foreldrum|kennara|einhverjum sem þú treystir)\b",
    r"\bviðvörunarmerki\b|\b(?:gerendur|rándýr|svikarar|ókunnugir) (?:oft |reyna|þykjast|biðja|nota)\b",
    r"\bhjálparsím\w*\b|\bumsjónarkennar\w*\b|\bkennarinn\b|\bsálfræðing\w*\b|\bnámsráðgjaf\w*\b",
]
