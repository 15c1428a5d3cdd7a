# ruff: noqa: E501 -- tables of patterns read best one per line
"""Slovenian."""

NUMBERS = ("nic|nič|nula", "ena|en", "dva|dve", "tri", "stiri|štiri", "pet", "sest|šest", "sedem", "osem", "devet")
AT = ("afna", "at")
DOT = ("pika",)
REGIONS = ("SI",)

PATTERNS = {
    "address": [
        r"\b[a-z]+ (?:ulica|cesta|trg|pot|ul\.) \d{1,4}[a-z]?\b",
        r"\b(?:ulica|cesta|trg) [a-z]+(?: [a-z]+){0,2},? \d{1,4}\b",
        r"\bzivim na [a-z]+ (?:ulici|cesti|trgu)\b|\bzivim na (?:ulici|cesti)\b",
        r"\bmoj naslov je\b",
        r"\bhodim na (?:os|osnovno solo|gimnazijo|srednjo solo|solo)(?: [a-z-]+){0,4}(?: v | na )[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:dodaj|sledi|followaj|addaj) me (?:na|v)\b",
        r"\bmoj {platforms} (?:je|:)",
        r"\bmoje (?:uporabnisko ime|ime na) (?:je)?\b",
        r"\bdodaj me\b",
    ],
    "private_channel": [
        r"\b(?:pisi|piši|poslji|pošlji) mi (?:v )?(?:zasebno|zasebna sporocila|dm|pm|inbox)\b",
        r"\b(?:v|na) (?:zasebno|zasebnem|dm|pm|inbox)\b",
        r"\bdajva se (?:pogovarjati|pogovoriti) (?:zasebno|drugje)\b|\bpogovoriva se zasebno\b",
        r"\b(?:pisiva|pišiva|pogovoriva se|preseliva se|dajva) (?:na|v|prek) {platforms}",
        r"\bkjer (?:naju )?nihce ne (?:more brati|vidi|bere)\b",
        r"\bskrivn(?:i|o) (?:chat|aplikacij|skupin)",
    ],
    "meet_up": [
        r"\b(?:dobiva se|se dobiva|se lahko dobiva|se srecava|se vidiva v zivo|dajva se dobit)\b",
        r"\bpridi (?:k meni|do mene)(?: domov)?\b",
        r"\bkje zivis\b",
        r"\bna katero solo hodis\b|\bv katero solo hodis\b",
        r"\b(?:pridem pote|pridem po tebe|pocakam te pred solo)\b",
    ],
    "secrecy": [
        r"\bne povej (?:tega )?nikomur\b|\bnikomur ne povej\b|\bnikomur ne reci\b",
        r"\bne povej (?:nic )?(?:starsem|mami|oci|ocetu)\b",
        r"\bnajina (?:mala )?skrivnost\b",
        r"\bmed nama\b|\bobdrzi to zase\b",
        r"\bizbrisi (?:sporocila|chat|pogovor)\b",
        r"\bnihce ne sme vedeti\b|\bnihce ne rabi vedeti\b",
    ],
    "image_request": [
        r"\b(?:poslji|pošlji|posljes) mi (?:kaksno |svojo |se )?(?:sliko|slike|fotko|fotke|selfie|gole slike|nudes|video)\b",
        r"\bpokazi mi (?:se|svoje telo|vec)\b",
        r"\bprizgi (?:kamero|spletno kamero)\b",
        r"\bkaj imas oblecenega\b",
    ],
    "grooming": [
        r"\bsi (?:sama|sam) doma\b|\bali si (?:sama|sam)\b",
        r"\bso (?:tvoji )?starsi doma\b",
        r"\b(?:kupim|dam|posljem|pošljem) ti (?:darilo|robux|v-?bucks|skine|denar|keš|kes|darilno kartico|\d+)",
        r"\bplacam ti\b|\bsamo jaz te razumem\b",
        r"\bstarost je samo stevilka\b",
    ],
    "age_question": [r"\bkoliko si (?:star|stara)\b|\bkoliko let imas\b", r"\bv kateri razred hodis\b"],
    "flattery": [
        r"\bsi (?:tako |zelo |res )*(?:zrela|zrel|lepa|posebna|poseben|seksi|popolna|prelepa)\b",
        r"\bizgledas (?:starejsa|starejsi|zrelejsa)\b",
    ],
    "sexual": [r"\b(?:seks|porno|gola|gol|joski|kurac|pička|picka|fukati|masturb\w*|napaljen[a]?)\b"],
    "insult": [
        r"\bsi (?:tako |cisto |navaden |navadna |en |ena )*(?:neumen|neumna|grd|grda|debel|debela|idiot|idiotka|zguba|beden|bedna|nicvreden|nicvredna|ogaben|ogabna|kreten|kretenka|retardiran|retardirana|smet|nula)\b",
        r"\b(?:kurba|pizda|peder|jebi se|pofukanec|kreten|debil|prasec)\b",
        r"\bnihce te nima rad\b|\bvsi te sovrazijo\b|\bnihce te noce\b",
        r"\btiho bodi\b|\bzapri gobec\b|\bdrzi gobec\b",
        r"\bubij se\b|\bpojdi umret\b|\bcrkni\b",
        r"\bpojdi nazaj v svojo drzavo\b",
    ],
    "hate": [
        r"\b(?:cigani|pederi|cefurji|zidi|crnci|migranti) (?:so|morajo)\b.{0,25}\b(?:gnusni|bolni|umreti|ven|zivali|smeti)\b",
        r"\bcefur\w*\b",
    ],
    "self_harm": [
        r"\b(?:ubiti se|ubila se bom|ubil se bom|rezati se|rezem se|poskodovati se|vzeti si zivljenje)\b",
        r"\b(?:hocem|zelim) (?:umreti|izginiti)\b",
        r"\bnocem (?:vec )?(?:ziveti|obstajati|se zbuditi)\b",
        r"\b(?:spet )?sem se (?:rezala|rezal|poskodovala|poskodoval)\b",
        r"\bzelim si,? da bi (?:lahko )?(?:izginila|izginil|umrla|umrl|se ne zbudila|se ne zbudil)\b|\bko bi le lahko izginil[a]?\b",
        r"\bnihce me ne bi (?:pogresal|opazil)\b|\bnihce ne bi opazil\b",
        r"\bbrez mene bi (?:jim |vsem )?bilo bolje\b",
        r"\bne zmorem vec\b.{0,60}\b(?:izginiti|umreti|konec)\b",
        r"\butrujen[a]? od zivljenja\b|\bsem breme\b",
    ],
    "self_harm_topic": [r"\bsamomor", r"\bsamoposkod"],
    "abuse": [
        r"\b(?:on|ona|oce|oci|ocim|mama) me (?:tepe|otipava|udarja|zlorablja)\b",
        r"\bizsiljuje me\b|\bgrozi,? da bo (?:objavil|poslal|delil) moje (?:slike|fotke|posnetke)\b",
    ],
    "awareness": [
        r"\b(?:danes |pri uri |v soli )?(?:smo se )?(?:pogovarjali|ucili|izvedeli|naucili)\b",
        r"\bzakaj nikoli\b|\bnikoli ne (?:posiljaj|deli)\b",
        r"\bce te kdo (?:prosi|ogroza|izsiljuje)\b|\bce ti kdo (?:posilja|pise)\b",
        r"\bpovej odrasli osebi\b|\b(?:prijavi|blokiraj)\b",
        r"\b(?:kampanja|projekt|delavnica|plakat|predstavitev) (?:o|proti)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:jaz|me|mene|meni|moj|moja|sebe|si)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bizginiti\b|\bizginem\b|\bizginila\b|\bizginil\b",
    r"\bse ne zbuditi\b|\bda se ne zbudim\b|\bnikoli vec zbuditi\b",
    r"\b(?:tablete|tablet|zdravila)\b",
    r"\bposlovilno pismo\b",
    r"\bne zmorem vec\b|\bne morem vec\b",
    r"\bcrne misli\b|\btemne misli\b",
    r"\bzivljenje nima smisla\b|\bnima smisla ziveti\b",
    r"\b(?:roke|zapestja|stegna)\b.{0,30}\b(?:urezi|brazgotine|rane)\b",
    r"\bce me ne bi bilo\b|\bce bi izginil[a]?\b|\bce bi umrl[a]?\b",
    r"\bsem (?:le )?breme\b",
    r"\bse poskodujem\b|\bse rezem\b|\bsem se urezala\b|\bsem se urezal\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bvsi se ti smejijo\b|\bvsi se ti posmehujejo\b",
    r"\b(?:izgini|poberi se|spizdi|odjebi)\b",
    r"\bnihce se noce druziti s tabo\b|\bnihce noce biti tvoj prijatelj\b",
    r"\b(?:pretepli te bomo|pretepem te|nabijem te)\b",
    r"\bnikogar ne zanimas\b|\bnihce te ni vprasal\b",
    r"\bpoglej se\b",
    r"\bljudje kot ti\b|\btaki kot ti\b",
    r"\b(?:zguba|luzer|kreten|debil|idiot|bedak|debeluh|debeluhinja|grdoba|reva)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bto ostane med nama\b|\bnihce ne rabi vedeti\b|\bnihče ne rabi vedeti\b|\bstarsi ne rabijo vedeti\b|\bne povej nikomur\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:dodaj me|pisi mi|piši mi) na (?:snap\w*|insta\w*|telegram\w*|whatsapp\w*|signal\w*|discord\w*)\b|\bbolj zasebno\b|\bsporocila ki izginejo\b|\bnihce ne (?:more brati|vidi)\b|\bnihče ne (?:more brati|vidi)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:poslji|pošlji) mi (?:svojo |kaksno |kakšno )?(?:sliko|slike|fotko|video|selfi)\b|\bhocem te videti\b|\bhočem te videti\b|\bpokazi mi\b|\bpokaži mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:se vidiva|se lahko vidiva|se dobiva|bi se dobila)\b|\bpridem k tebi\b|\bv katerem mestu zivis\b|\bv katerem mestu živiš\b|\bkako je ime tvoji soli\b"
]
PATTERNS["grooming"] += [
    r"\bsi sama doma\b|\bso starsi doma\b|\bso starši doma\b|\bkdaj gredo starsi\b|\b(?:kupim|dam) ti\b|\blahko mi zaupas\b|\blahko mi zaupaš\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bimeti seks\b|\bspati s tabo\b|\bkaj imas oblečeno\b|\bkaj imas obleceno\b|\btvoje telo\b|\bseksi slike\b|\bgola\b|\bgole\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnic nisem vredn[aa]\b|\bnisem nic vredn[aa]\b|\bsem nicvredn[aa]\b",
    r"\bsovrazim (?:sebe|svoje zivljenje)\b",
    r"\braje bi bil[a]? mrtv[aa]\b",
    r"\bobupam\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bkaksen smisel\b|\bcemu vse\b",
    r"\bzelim,? da se vse konca\b",
    r"\bbilo bi (?:lazje|bolje),? ce me ne bi bilo\b",
    r"\bpocutim se prazn[oa]\b",
    r"\butrujen[a]? od vsega\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbolje brez mene\b|\bbrez mene\b.{0,20}\bbolje\b",
    r"\bnocem (?:vec )?biti tukaj\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbrez oblacil\b|\bzelim te\b.{0,10}\b(?:v postelji|nocoj)\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bti starsi pregledujejo telefon\b",
    r"\b(?:nalozi|namesti) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bv pizami\b|\bv spodnjem perilu\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ti\b|te\b|tebe|tebi|tvoj|tvoja|tvoje|si\b|imas|zivis|hodis",
    "self_harm": r"ubiti se|ubila se bom|ubil se bom|se ubijem|rezem se|rezala sem se|rezal sem se|porezati se|poskodujem se|vzeti si zivljenje|obesiti se|skociti z mostu",
    "despair": r"hocem izginiti|zelim izginiti|hocem umreti|zelim umreti|nocem vec ziveti|nocem ziveti|ne zbuditi|bolje brez mene|brez mene|nihce me ne bi pogresal|nihce ne bi opazil|sem breme|v breme|ne zmorem vec|nic nima smisla|koncati vse|britvic|poslovilno pismo|sovrazim se|sovrazim svoje zivljenje|nicvreden|nicvredna|praznina|utrujena od zivljenja|utrujen od zivljenja|izginit|nikoli vec zbudit",
    "slur": r"pizda|kurba|prasica|jebi se|jebemti|fukni|peder|retard|debil|kreten|idi umret|ubij se|crkni|bedak|pofukan|dobil po gobcu|dobila po gobcu|po soli bos dobil|bos dobil po",
    "insult": r"grd|debel|debela|idiot|neumen|neumna|zguba|luzer|looser|beden|bedna|ogaben|ogabna|gnusn|nihce te nima rad|vsi te sovrazijo|vsi se ti smejijo|smejijo se ti|utihni|zapri gobec|drzi gobec|izgini|poberi se|zapusti skupino|smrdis|klovn|prasec|krava|kit\b|prebili te bomo|pretepem te|smet|nicvreden|nihce te noce",
    "hate": r"cigan|zamorc|cefur|vrni se v svojo drzavo|pojdi nazaj v svojo|sieg heil",
    "sexual": r"gole slike|gole fotke|golih|nudes|porno\b|seks\b|seksa\b|fukat|jebat|pusiti|drkat|masturb|joski|kurac|tic\b|nabrit|napaljen|sexy|sleci se|sleci|spodnje perilo|hlacke|modrcek",
    "alone": r"si sam|si sama|sama doma|sam doma|starsi (?:so doma|doma|odsotni|v sluzbi|na delu)|kdo doma|v svoji sobi",
    "age": r"koliko si star|koliko let imas|tvoja starost|kateri razred|v katerem razredu|imas 1[0-7]|si mladolet",
    "secret": r"nasa skrivnost|med nama|nikomur ne povej|ne povej nikomur|ne povej nic|ne povej starsem|nihce ne rabi vedeti|nihce ne sme vedeti|izbrisi (?:ta|to|najin|sporocila|klepet|pogovor)",
    "private": r"v zasebno|zasebna sporocila|pisi mi zasebno|kjer (?:naju )?nihce ne bere|kjer naju nihce ne vidi|izginjajoca sporocila|skrivni klepet|(?:pojdiva|pisi mi|dajva) na (?:snap|telegram|whatsapp|signal|insta|discord)|tam naju nihce ne bere|nihce ne bere",
    "gift": r"kupim ti|dam ti (?:denar|\d)|placam ti|placal ti bom|poslal ti bom (?:denar|\d|robux)|darilna kartica|darilni bon",
    "mature": r"zrela za svoja leta|zrel za svoja leta|tako zrela|zelo zrela|izgledas starejsa|izgledas starejsi|nisi kot druge|starost je samo stevilka|samo jaz te razumem",
    "flattery": r"lepa|lep\b|luskan|sexy|popoln|posebn",
    "meet": r"dobiva se|dobiti se|srecava|srecati se|dobiva v zivo|pridi k meni|pridem pote|poberem te|v zivo|osebno",
    "where": r"kje zivis|kje stanujes|v katerem mestu|katero mesto|na katero solo|v katero solo|hodis na kateri|tvoj naslov|katera ulica|na kateri ulici",
    "send": r"poslji mi|poslji\b|posljes|pokazi mi|pokazi se|hocem videti|vklopi kamero",
    "picture": r"slik|fotk|foto|selfie|nudes|video|kamer|telo",
    "relapse": r"spet to naredila|spet to naredil|sem spet",
    "hidden": r"dolgi rokavi|dolge rokave",
    "give_away": r"svoje stvari dam|dajem svoje stvari|podarim svoje stvari",
    "no_need": r"ne bom vec rabila|ne bom vec rabil|ne bom jih rabil",
    "last_post": r"moja zadnja objava|zadnja objava",
    "goodbye": r"adijo|hvala za vse|zbogom",
    "harmless": r"pod odejo",
    "body": r"kaj imas (?:zdaj )?oblečeno|kaj imas (?:zdaj )?obleceno",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bce te kdo\b|\bce ti kdo\b|\bce kdo\b|\bnikoli ne\b",
    r"(?<!ne )\b(?:povej|povejte|zaupaj se) (?:odraslemu|starsem|uciteljici|ucitelju|nekomu)\b|\bodrasl\w* osebi?\b",
    r"\bopozorilni znaki\b|\b(?:predatorji|nadlegovalci|prevaranti|neznanci) (?:pogosto |obicajno )?(?:poskusajo|se pretvarjajo|prosijo|uporabljajo)\b",
    r"\btom telefon\b|\brazredni\w*\b|\bsvetovaln\w* delav\w*\b|\bucitelj\w*\b",
]
