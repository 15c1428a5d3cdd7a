# ruff: noqa: E501 -- tables of patterns read best one per line
"""Finnish."""

NUMBERS = (
    "nolla",
    "yksi|yks",
    "kaksi|kaks",
    "kolme",
    "nelja|neljä",
    "viisi|viis",
    "kuusi|kuus",
    "seitseman|seitsemän|seittemän",
    "kahdeksan",
    "yhdeksan|yhdeksän",
)
AT = ("at", "ät", "miukumauku")
DOT = ("piste",)
REGIONS = ("FI",)

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:katu|tie|kuja|polku|raitti|vayla|väylä|kaari|rinne|piha|aukio) \d{1,4}[a-z]?\b",
        r"\basun (?:osoitteessa|[a-z]+(?:kadulla|tiella|tiellä|kujalla))\b",
        r"\b(?:mun|minun) osoite(?:ni)? on\b|\bosoitteeni on\b",
        r"\b(?:kayn|käyn|oon|olen) [a-z-]+(?:n)? (?:koulua|koulussa|lukiossa|yläkoulussa|ylakoulussa)\b(?: [a-z-]+ssa)?",
    ],
    "social_handle": [
        r"\b(?:lisaa|lisää|addaa|seuraa) mut\b|\b(?:lisaa|lisää|addaa|seuraa) minut\b",
        r"\b(?:mun|minun) {platforms}(?:ni)? on\b",
        r"\b(?:mun|minun) (?:kayttajanimi|käyttäjänimi|nikki|tunnus) on\b",
    ],
    "private_channel": [
        r"\b(?:laita|laitatko|kirjoita|viesti) (?:mulle )?(?:yksityisviesti|yv|dm|privaa)\b",
        r"\b(?:yv|yksityisviestillä|dm:ssa|privassa)\b",
        r"\bjutellaan (?:yksityisesti|privassa|muualla)\b",
        r"\b(?:jutellaan|puhutaan|jatketaan|laita viestiä) {platforms}(?:ssa|ssä|issa|issä|iin|een|ssa)?\b",
        r"\bmissa kukaan ei (?:nae|näe|lue)\b|\bmissä kukaan ei (?:näe|lue)\b",
        r"\bsalainen (?:chat|sovellus|ryhma|ryhmä)\b",
    ],
    "meet_up": [
        r"\b(?:nahdaanko|nähdäänkö|nahdaan|nähdään|tavataanko|tavataan|voitaisiin tavata|mennaan treffeille)\b",
        r"\btule (?:meille|mun luo|minun luokse)\b",
        r"\bmissa (?:sina )?asut\b|\bmissä (?:sinä |sä )?asut\b|\bmissa sa asut\b",
        r"\bmissa koulussa (?:sa )?(?:kayt|olet|oot)\b|\bmissä koulussa (?:sä |sinä )?(?:käyt|olet|oot)\b",
        r"\b(?:haen sut|hae sinut|odotan sua koulun)\b",
    ],
    "secrecy": [
        r"\b(?:ala|älä) kerro (?:tästä |tasta )?(?:kenellekaan|kenellekään)\b",
        r"\b(?:ala|älä) kerro (?:tästä |tasta )?(?:vanhemmillesi|vanhemmille|äidille|aidille|isälle|isalle)\b",
        r"\b(?:meidan|meidän) (?:pieni )?salaisuus\b|\b(?:meidan|meidän) salaisuutemme\b",
        r"\bmeidan kesken\b|\bmeidän kesken\b|\bpida se omana tietonasi\b|\bpidä se omana tietonasi\b",
        r"\b(?:poista|poistaa) (?:viestit|keskustelu|chatti)\b",
        r"\bkenenkaan ei tarvitse tietaa\b|\bkenenkään ei tarvitse tietää\b",
    ],
    "image_request": [
        r"\b(?:laita|laitatko|lähetä|laheta|lähetätkö) (?:mulle |minulle )?(?:kuva|kuvia|kuvan|selfie|selfien|nudeja|nudet|alastonkuv\w*|videon susta)\b",
        r"\bnayta (?:mulle )?(?:itsesi|vartalosi|lisaa)\b|\bnäytä (?:mulle )?(?:itsesi|vartalosi|lisää)\b",
        r"\blaita (?:kamera|webbikamera) paalle\b|\blaita kamera päälle\b",
        r"\bmitä sulla on päällä\b|\bmita sulla on paalla\b",
    ],
    "grooming": [
        r"\boletko (?:yksin|yksinään)(?: kotona)?\b|\boot sa yksin\b|\botko yksin\b",
        r"\bovatko vanhempasi kotona\b|\bonko vanhemmat kotona\b",
        r"\b(?:ostan|annan|lähetän|lahetan) (?:sulle|sinulle) (?:lahjan|robuxeja|v-?bucksej\w*|skinej\w*|rahaa|lahjakortin|\d+)",
        r"\bmaksan sulle\b|\bolen ainoa joka ymmärtää sua\b|\bolen ainoa joka ymmartaa sua\b",
        r"\bika on vain numero\b|\bikä on vain numero\b",
    ],
    "age_question": [
        r"\bkuinka vanha (?:sa |sinä |sina )?(?:olet|oot)\b|\bminkä ikäinen\b|\bminka ikainen\b",
        r"\bmillä luokalla\b|\bmilla luokalla\b",
    ],
    "flattery": [
        r"\b(?:olet|oot) (?:niin |tosi |todella )*(?:kypsa|kypsä|aikuismainen|kaunis|ihana|erityinen|seksikäs|seksikas|täydellinen|taydellinen)\b",
        r"\bvaikutat (?:vanhemmalta|aikuiselta|kypsalta|kypsältä)\b",
    ],
    "sexual": [
        r"\b(?:seksi|seksiä|seksia|porno|alasti|alaston|kyrpa|kyrpä|pillu|tissit|panna|runkata|masturb\w*|kiimainen)\b"
    ],
    "insult": [
        r"\b(?:olet|oot|sa oot|sä oot) (?:niin |ihan |tosi |pelkka |pelkkä )*(?:tyhma|tyhmä|ruma|lihava|läski|laski|idiootti|luuseri|surkea|arvoton|inhottava|kehari|vammanen|vammainen|paska|mulkku|huora)\b",
        r"\b(?:huora|vittu|perkele|homo|neekeri|kusipaa|kusipää|haista vittu|painu vittuun|mulkku|vitun idiootti)\b",
        r"\bkukaan ei tykkaa susta\b|\bkukaan ei tykkää susta\b|\bkaikki vihaa sua\b|\bkaikki vihaavat sinua\b",
        r"\bturpa kiinni\b|\bpää kiinni\b|\bpaa kiinni\b",
        r"\btapa itsesi\b|\bmene kuolemaan\b|\bkuole pois\b",
    ],
    "hate": [r"\b(?:neekeri|mutakuono|ryssä|ryssa|manne)\w*\b"],
    "self_harm": [
        r"\b(?:tappaa itseni|tapan itseni|viiltää itseäni|viiltaa itseani|satuttaa itseäni|satuttaa itseani|vahingoittaa itseani|vahingoittaa itseäni)\b",
        r"\b(?:haluan|haluisin|haluaisin) (?:kuolla|kadota|lakata olemasta)\b",
        r"\ben halua (?:enää |enaa )?(?:elää|elaa|herätä|herata|olla olemassa)\b",
        r"\b(?:viilsin|satutin) (?:taas )?itseäni\b|\bviilsin (?:taas )?itseani\b|\bviiltelin\b",
        r"\btoivon etta voisin (?:kadota|kuolla)\b|\btoivon että voisin (?:kadota|kuolla)\b|\bkunpa (?:voisin kadota|en heräisi|en heraisi|olisin kuollut)\b",
        r"\bkukaan ei (?:kaipaisi|huomaisi) (?:minua|mua)?\b",
        r"\bparempi (?:ilman minua|ilman mua)\b",
        r"\ben jaksa (?:enää|enaa)\b.{0,60}\b(?:kadota|kuolla|loppu)\b",
        r"\bvasynyt elamaan\b|\bväsynyt elämään\b|\bolen taakka\b",
    ],
    "self_harm_topic": [r"\bitsemurh", r"\bitsetuho", r"\bviiltel"],
    "abuse": [
        r"\b(?:han|hän|isä|isa|äiti|aiti|isäpuoli|isapuoli) (?:lyo|lyö|koskettelee|hakkaa) (?:mua|minua)\b",
        r"\b(?:kiristaa|kiristää) (?:mua|minua)\b",
        r"\buhkaa (?:jakaa|julkaista|lähettää|lahettaa) (?:mun|minun) kuvi\w*\b",
    ],
    "awareness": [
        r"\b(?:tanaan |tänään |tunnilla |koulussa )?(?:puhuttiin|opittiin|keskusteltiin|käsiteltiin|kasiteltiin)\b",
        r"\bmiksi ei (?:koskaan|kannata)\b|\b(?:ala|älä) koskaan (?:laheta|lähetä|jaa)\b",
        r"\bjos joku (?:pyytää|pyytaa|uhkaa|lähettää|lahettaa)\b",
        r"\bpuhu aikuiselle\b|\b(?:ilmoita|estä|esta)\b",
        r"\b(?:kampanja|projekti|tyopaja|työpaja|juliste|esitelmä|esitelma)\b",
    ],
}

PATTERNS["grooming"] += [r"\b(?:ootko|ootsa|oletko) (?:ihan )?yksin(?: kotona)?\b"]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:mina|ma|mua|minua|mulle|minulle|mun|minun|itseani)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bkadota\b|\bkatoaisin\b",
    r"\ben heräisi\b|\ben heraisi\b|\bnukkua ikuisesti\b|\bei tarvitsisi herätä\b",
    r"\b(?:pillerit|pillereitä|pillereita|lääkkeet|laakkeet|tabletit)\b",
    r"\bjäähyväiskirje\b|\bjaahyvaiskirje\b",
    r"\ben jaksa enää\b|\ben jaksa enaa\b|\ben kestä enää\b|\ben kesta enaa\b",
    r"\bsynkät ajatukset\b|\bsynkat ajatukset\b|\bsynkkiä ajatuksia\b|\bsynkkia ajatuksia\b",
    r"\belämällä ei ole mitään merkitystä\b|\bei ole mitään järkeä elää\b|\bturha elää\b",
    r"\bjos (?:mua|minua) ei olisi\b|\bjos katoaisin\b|\bjos kuolisin\b",
    r"\bolen taakka\b|\btaakka kaikille\b",
    r"\bsatutin itseäni\b|\bsatutin itseani\b|\bsatutan itseäni\b|\bsatutan itseani\b|\bviillän\b|\bviillan\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bkaikki nauraa sulle\b|\bkaikki nauravat sinulle\b",
    r"\b(?:häivy|haivy|painu pois|ala painua|lähde pois)\b",
    r"\bkukaan ei halua olla (?:sun|sinun) kaveri\b|\bkukaan ei halua olla sun kanssa\b",
    r"\b(?:hakataan|hakkaan|lyön|lyon) (?:sut|sua|sinut|sinua)\b",
    r"\bketään ei kiinnosta\b|\bketaan ei kiinnosta\b|\bkukaan ei kysynyt\b",
    r"\bkatso itseäsi\b|\bkatso itseasi\b|\bkato ittees\b",
    r"\btollaset ku sä\b|\bkaltaisesi\b",
    r"\b(?:luuseri|idiootti|läski|laski|ruma|nolo|surkimus|reppana)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\btämä jää meidän välille\b|\btama jaa meidan valille\b|\bkenenkään ei tarvitse tietää\b|\bälä kerro\b|\bala kerro\b|\bvanhempien ei tarvitse tietää\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:lisää mut|lisaa mut|laita viestiä) (?:snapissa|instassa|telegramissa|whatsappissa|signalissa|discordissa)\b|\byksityisemmin\b|\bkatoavat viestit\b|\bkukaan ei (?:näe|nae|lue)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:laita|lähetä|laheta) (?:mulle )?(?:kuva|kuvia|video|selfie)\b|\bhaluun nähdä sut\b|\bhaluan nähdä sinut\b|\bnäytä mulle\b|\bnayta mulle\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:nähdäänkö|nahdaanko|tavataanko|haluutko nähdä|haluatko tavata)\b|\btulen sun luo\b|\bmissä kaupungissa asut\b|\bmissa kaupungissa asut\b|\bmikä sun koulun nimi\b|\bmissä koulussa\b|\bmissa koulussa\b"
]
PATTERNS["grooming"] += [
    r"\boot(?:ko)? yksin kotona\b|\boletko yksin kotona\b|\bonko vanhemmat kotona\b|\bmilloin vanhemmat lähtee\b|\b(?:ostan|annan) sulle\b|\bvoit luottaa muhun\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bharrastaa seksiä\b|\bharrastaa seksia\b|\bmitä sulla on päällä\b|\bkoskettaa itseäsi\b|\bsun vartalo\b|\bseksikkäitä kuvia\b|\balasti\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bolen arvoton\b|\ben oo mitään\b|\ben ole mitaan\b",
    r"\bvihaan (?:itseäni|itseani|elämääni|elamaani)\b",
    r"\bolisin mieluummin kuollut\b",
    r"\bluovutan\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bmitä järkeä\b|\bmita jarkea\b|\bmikä pointti\b",
    r"\bhaluun et kaikki loppuu\b|\bhaluan että kaikki loppuu\b",
    r"\bolis helpompaa jos mua ei\b|\bolisi helpompaa jos minua ei\b",
    r"\btunnen itseni tyhjäksi\b|\btyhjä olo\b",
    r"\bväsynyt kaikkeen\b|\bvasynyt kaikkeen\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bnukkua eika herata\b|\bnukahtaa eika herata\b|\bnukkua ikuisesti\b",
    r"\bparempi ilman (?:mua|minua)\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bilman vaatteita\b|\bhaluun sua\b|\bsun sängyssä\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\btarkistaako vanhempasi (?:sun |sinun )?puhelimen\b|\btarkistaako sun vanhemmat\b",
    r"\blataa (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bkuvan (?:pyjamassa|alusvaatteissa)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"sina|sa\b|sua\b|sulle|sulla|sinun|sinua|sinulle|sun\b|oot\b|olet\b|ootko|oletko|asut|kayt",
    "self_harm": r"tappaa itseni|tapan itseni|vahingoitan itseani|vahingoittaa itseani|viillan|viilsin|hirttaa itseni|hypata sillalta",
    "despair": r"haluun kuolla|haluan kuolla|en halua elaa|en jaksa elaa|en jaksa enaa|haluun kadota|haluan kadota|kadota ikuisesti|en heraisi|ei tarvis herata|parempi ilman minua|parempi ilman mua|kukaan ei kaipais|kukaan ei kaipaisi|kukaan ei huomaisi|oon taakka|olen taakka|ei oo mitaan jarkea|ei ole mitaan jarkea|partaterä|partatera|jaahyviaiskirje|vihaan itseani|vihaan elamaani|arvoton|tyhja sisalta|vasynyt elamaan",
    "relapse": r"tein sen taas|tein taas|retkahd|repsahd",
    "hidden": r"pitkat hihat|pitkahihai|huppari|kukaan ei nae|piilota",
    "give_away": r"annan mun tavarat|annan tavarani|mun kamat|mun tavarat",
    "no_need": r"en tarvii niita|en tarvitse niita|en tarvii enaa|ei tarvii enaa",
    "last_post": r"mun viimeinen postaus|viimeinen viesti|viimeinen postaus",
    "goodbye": r"hei hei|heippa|moikka|kiitos kaikesta|hyvasti",
    "harmless": r"peiton alle|peiton alla|kuolen nauruun",
    "slur": r"vittu|perkele|saatana|huora|lutka|homo\b|mongo|jalkeenjaan|kuole\b|tapa ittes|tapa itsesi|haista paska|painu helvettiin|oot kuollu|olet kuollut|saat turpaan|koulun jalkeen saat",
    "insult": r"ruma|lihava|laski|lihis|idiootti|tyhma|dille|luuseri|saalittava|saalittava|inhottava|ällö|allo\b|kukaan ei tykkaa|kaikki vihaa sua|kaikki nauraa sulle|turpa kiinni|pida turpas|ala vittuun|haivy|lahde ryhmasta|haiset|klovni|sika\b|lehma|valas|roska|arvoton|kukaan ei halua",
    "hate": r"neekeri|mutakuono|mustalai|mene takaisin omaan maahas|sieg heil",
    "sexual": r"alasti|alastonkuva|nudet|nudes|porno\b|seksi|panna|nussi|runkka|masturb|tissit|rinnat|kulli|pillu|kiimai|kiimassa|riisu|alusvaatteet|pikkuhousut|rintaliivit|seksti|tuhmaa|sextat|seksta",
    "alone": r"ootko yksin|oletko yksin|yksin kotona|(?<!et oo )yksin\b|vanhemmat (?:kotona|poissa|toissa)|onko kukaan kotona|sun huoneessa",
    "age": r"kuinka vanha|minka ikainen|mink ikanen|monta vuotta|sun ika|sinun ika|monennella|millä luokalla|milla luokalla|ootko 1[0-7]|oletko 1[0-7]|alaikainen",
    "secret": r"meidan salaisuus|meiän salaisuus|meidan valinen|meiän välinen|meian valinen|ala kerro|älä kerro|kenenkaan ei tarvi tietaa|kenenkaan ei tarvitse tietaa|poista (?:tama|tää|taa|viestit|keskustelu|chatti)",
    "private": r"yksityisviest|privaan|priviin|dm:aan|missa kukaan ei lue|kukaan ei lue|katoavat viestit|salainen chatti|(?:jatketaan|puhutaan|laita viestia) (?:snapissa|telegramissa|whatsappissa|signalissa|instassa|discordissa)|telegramiin|snapiin|whatsappiin",
    "gift": r"ostan sulle|ostan sinulle|annan sulle (?:rahaa|\d)|maksan sulle|maksan sinulle|lahjakortti|paysafe|robuxeja sulle|v-?buckseja sulle",
    "mature": r"kypsa ikaiseksesi|tosi kypsa|niin kypsa|naytat vanhemmalta|vaikutat vanhemmalta|et oo kuin muut|et ole kuin muut|ika on vaan numero|ika on vain numero|vain mina ymmarran sua",
    "flattery": r"kaunis|nätti|natti|söpö|sopo|seksikas|taydellinen|erityinen",
    "meet": r"nahdaan|nähdään|tavataan|tavata|tuu mun luo|tule mun luo|haen sut|haen sinut|livena|irl\b|oikeessa elamassa",
    "where": r"missa asut|missä asut|mis asut|missa kaupungissa|mika kaupunki|mika koulu|missa koulussa|mis koulus|sun osoite|mika katu",
    "send": r"laita|laitat|lahetä|laheta|lähetä|nayta|näytä|haluun nahda|haluan nahda|kamera paalle",
    "picture": r"kuva|selfie|nudes|video|kamera|vartalo|kroppa",
    "body": r"mita sulla on (?:nyt )?paalla",
}
