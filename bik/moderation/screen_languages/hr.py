# ruff: noqa: E501 -- tables of patterns read best one per line
"""Croatian."""

NUMBERS = ("nula", "jedan|jedna", "dva|dvije", "tri", "cetiri|četiri", "pet", "sest|šest", "sedam", "osam", "devet")
AT = ("et", "at", "majmunce", "majmunčić")
DOT = ("tocka", "točka")
REGIONS = ("HR", "BA")

PATTERNS = {
    "address": [
        r"\b(?:ulica|ul\.|trg|avenija) [a-z]+(?: [a-z]+){0,3},? \d{1,4}[a-z]?\b",
        r"\b[a-z]+ (?:ulica|ul\.|cesta|trg) \d{1,4}[a-z]?\b",
        r"\bzivim (?:u|na) (?:ulici|[a-z]+ ulici|trgu)\b",
        r"\bmoja adresa (?:je|:)",
        r"\bidem u (?:osnovnu|srednju|gimnaziju|skolu|os|ss)(?: [a-z-]+){0,4}(?: u | na )[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:dodaj|zaprati|prati|addaj) me (?:na|u)\b",
        r"\bmoj {platforms} (?:je|:)",
        r"\bmoj (?:nick|username|profil|korisnicko ime) (?:je|na)\b",
        r"\bdodaj me\b",
    ],
    "private_channel": [
        r"\b(?:pisi|javi|posalji) mi (?:se )?(?:u|na) (?:privatno|pp|inbox|dm|poruke)\b",
        r"\b(?:u|na) (?:inbox|privatno|pp|dm)\b",
        r"\bajmo (?:pricati|se dopisivati) (?:privatno|negdje drugdje)\b|\bpricajmo privatno\b",
        r"\b(?:pricamo|dopisujemo se|ajmo|prebacimo se|javi mi se) (?:na|preko|u) {platforms}",
        r"\bgdje (?:nas )?nitko ne (?:moze citati|vidi|cita)\b",
        r"\btajn(?:i|a|u) (?:chat|aplikacij|grup)",
    ],
    "meet_up": [
        r"\b(?:nadimo se|nađimo se|mozemo se naci|vidimo se uzivo|ajmo se naci|hoces se naci)\b",
        r"\bdodi (?:kod mene|k meni)\b|\bdođi (?:kod mene|k meni)\b",
        r"\bgdje zivis\b",
        r"\bu koju skolu ides\b|\bkoju skolu ides\b",
        r"\b(?:doci cu po tebe|pokupit cu te|cekat cu te ispred skole)\b",
    ],
    "secrecy": [
        r"\bnemoj (?:to )?nikome reci\b|\bne govori (?:to )?nikome za nas\b",
        r"\bne govori (?:nista )?(?:roditeljima|mami|tati)\b|\bnemoj reci (?:roditeljima|starcima)\b",
        r"\bnasa (?:mala )?tajna\b",
        r"\bizmedu nas\b|\bzadrzi to za sebe\b",
        r"\bobrisi (?:poruke|chat|razgovor)\b",
        r"\bnitko ne (?:treba|mora) znati\b",
    ],
    "image_request": [
        r"\b(?:posalji|salji|posaljes) mi (?:neku |svoju |jos )?(?:sliku|slike|fotku|fotke|selfie|gole slike|nudes|video)\b",
        r"\bpokazi mi (?:se|svoje tijelo|vise)\b",
        r"\bupali (?:kameru|cam)\b",
        r"\bsto imas na sebi\b|\bsta imas na sebi\b",
    ],
    "grooming": [
        r"\bjesi (?:li )?(?:sama|sam)(?: doma| kod kuce)?\b|\bsama si doma\b",
        r"\bjesu li ti roditelji doma\b|\bjesu ti starci doma\b",
        r"\b(?:kupit cu|dat cu|poslat cu) ti (?:poklon|robux|v-?bucks|skinove|novac|novce|lovu|karticu|\d+)",
        r"\bplatit cu ti\b|\bsamo te ja razumijem\b",
        r"\bgodine su samo broj\b",
    ],
    "age_question": [r"\bkoliko (?:imas godina|ti je godina)\b", r"\bkoji si razred\b"],
    "flattery": [
        r"\b(?:tako |jako |stvarno )*si (?:zrela|zreo|lijepa|prekrasna|posebna|seksi|savrsena)\b|\bsi (?:tako |jako )*(?:zrela|lijepa|posebna|seksi)\b",
        r"\bizgledas (?:starije|zrelije)\b",
    ],
    "sexual": [r"\b(?:seks|porno|gola|gol|sise|kurac|pička|picka|jebati|jebem|masturb\w*|drkati|napaljen[a]?)\b"],
    "insult": [
        r"\b(?:ti )?si (?:tako |obicna |obican |jedna |jedan |totalni |totalna )*(?:glup|glupa|ruzan|ruzna|debeo|debela|idiot|idiotkinja|luzer|jadan|jadna|bezvrijedan|bezvrijedna|odvratan|odvratna|kreten|kretenka|retardiran|retardirana|smece|nula)\b",
        r"\b(?:kurva|kurvo|drolja|peder|jebo te|jebi se|pickin dim|picko|seljacino|kretenu|glupaco)\b",
        r"\bnitko te ne voli\b|\bsvi te mrze\b|\bnitko te ne zeli\b",
        r"\bsuti\b|\bzaveži\b|\bzavezi\b",
        r"\bubij se\b|\bidi umri\b|\bcrkni\b",
        r"\bvrati se u svoju zemlju\b",
    ],
    "hate": [
        r"\b(?:cigani|pederi|cetnici|ustase|srbi|hrvati|zidovi|crnci|migranti) (?:su|trebaju)\b.{0,25}\b(?:gadni|bolesni|umrijeti|van|zivotinje|smece)\b",
        r"\bza dom spremni\b",
    ],
    "self_harm": [
        r"\b(?:ubiti se|ubit cu se|rezati se|rezem se|nauditi sebi|ozlijediti se|oduzeti si zivot)\b",
        r"\b(?:zelim|hocu) (?:umrijeti|nestati)\b",
        r"\bne (?:zelim|zelim vise) (?:zivjeti|postojati|se probuditi)\b|\bne zelim vise zivjeti\b",
        r"\b(?:opet )?sam se (?:rezala|rezao|ozlijedila|ozlijedio)\b",
        r"\bvolio bih (?:da )?(?:mogu )?(?:nestati|umrijeti)\b|\bvoljela bih (?:da )?(?:mogu )?(?:nestati|umrijeti)\b|\bda bar mogu nestati\b|\bda se bar ne probudim\b",
        r"\bnitko mi ne bi (?:nedostajao|primijetio)\b|\bnikome ne bih nedostajal[ao]\b|\bnitko ne bi primijetio\b",
        r"\bbilo bi (?:im |svima )?bolje bez mene\b",
        r"\bne mogu vise\b.{0,60}\b(?:nestati|umrijeti|kraj)\b",
        r"\bumorn[ao] sam od zivota\b|\bja sam teret\b",
    ],
    "self_harm_topic": [r"\bsamoubojst|\bsuicid", r"\bsamoozljed"],
    "abuse": [
        r"\b(?:on|ona|tata|otac|ocuh|mama) me (?:tuce|dira|udara|zlostavlja)\b",
        r"\bucjenjuje me\b|\bprijeti da ce (?:objaviti|poslati|podijeliti) moje (?:slike|fotke|videe)\b",
    ],
    "awareness": [
        r"\b(?:danas |na satu |u skoli )?(?:smo )?(?:pricali|ucili|razgovarali|saznali|naucili)\b(?= .{0,20}\b(?:o|kako|zasto|da)\b)",
        r"\bzasto nikad(?:a)? ne\b|\bnikad(?:a)? ne (?:salji|saljite|dijeli)\b",
        r"\bako te netko (?:trazi|pita|prijeti|ucjenjuje)\b|\bako ti netko (?:salje|pise)\b",
        r"\breci odrasloj osobi\b|\b(?:prijavi|blokiraj)\b",
        r"\b(?:kampanja|projekt|radionica|plakat|prezentacija) (?:o|protiv)\b",
    ],
}

# What Serbian shares (sr.py), taken before the Croatian forms added below.
SHARED_WITH_SERBIAN = {reason: list(patterns) for reason, patterns in PATTERNS.items()}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ja|me|mene|meni|moj|moja|sebe|si)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bnestati\b|\bnestanem\b",
    r"\bne probuditi se\b|\bda se ne probudim\b|\bvise se ne probuditi\b",
    r"\b(?:tablete|tableta|lijekove|lijekovi)\b",
    r"\boprostajno pismo\b",
    r"\bne mogu vise\b|\bne izdrzim vise\b",
    r"\bcrne misli\b|\bmracne misli\b",
    r"\bzivot nema smisla\b|\bnema smisla zivjeti\b",
    r"\b(?:ruke|zapesca|bedra)\b.{0,30}\b(?:izrezane|oziljci|rane)\b",
    r"\bda me nema\b|\bkad me ne bi bilo\b|\bda nestanem\b|\bda umrem\b",
    r"\bja sam teret\b|\bsamo sam teret\b",
    r"\bozljedujem se\b|\brezem se\b|\bporezala sam se\b|\bporezao sam se\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bsvi ti se smiju\b|\bsvi se smiju tebi\b",
    r"\b(?:gubi se|odjebi|nestani|bjezi)\b",
    r"\bnitko ne zeli biti tvoj (?:prijatelj|frend)\b|\bnitko se ne zeli druziti s tobom\b",
    r"\b(?:prebit cemo|prebit cu|razbit cu) te\b",
    r"\bnikoga nije briga za tebe\b|\bnitko te nije pitao\b",
    r"\bpogledaj se\b",
    r"\bljudi kao ti\b|\btakvi kao ti\b",
    r"\b(?:luzer|gubitnik|gubitnica|kreten|debil|idiot|glupaca|glupan|debela|debeli|ruzna|ruzan|jadnik|jadnica)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bto ostaje medu nama\b|\bto ostaje među nama\b|\bnitko ne mora znati\b|\broditelji ne moraju znati\b|\bne govori nikome\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:dodaj me|pisi mi|piši mi) na (?:snap\w*|insta\w*|telegram\w*|whatsapp\w*|signal\w*|discord\w*)\b|\bprivatnije\b|\bporuke koje nestaju\b|\bnitko ne (?:moze|može) (?:citati|čitati|vidjeti)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:posalji|pošalji) mi (?:svoju |neku )?(?:sliku|slike|fotku|video|selfie)\b|\bzelim te vidjeti\b|\bželim te vidjeti\b|\bpokazi mi\b|\bpokaži mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:mozemo se vidjeti|možemo se vidjeti|hoces se naci|hoćeš se naći)\b|\bdoci cu do tebe\b|\bdoći ću do tebe\b|\bu kojem gradu zivis\b|\bu kojem gradu živiš\b|\bkako se zove tvoja skola\b|\bkako se zove tvoja škola\b"
]
PATTERNS["grooming"] += [
    r"\bjesi sama doma\b|\bjesu li roditelji doma\b|\bkad roditelji odu\b|\b(?:kupit cu|kupit ću|dat cu|dat ću) ti\b|\bmozes mi vjerovati\b|\bmožeš mi vjerovati\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bimati seks\b|\bspavati s tobom\b|\bsto imas na sebi\b|\bdirati se\b|\btvoje tijelo\b|\bseksi slike\b|\bgola\b|\bgole\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnista ne vrijedim\b|\bbezvrijedn[aa] sam\b|\bja sam nula\b",
    r"\bmrzim (?:sebe|svoj zivot)\b",
    r"\bradije bih (?:umrl[aio]|bio mrtav|bila mrtva)\b",
    r"\bodustajem\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bkoji je smisao\b|\bcemu sve\b",
    r"\bzelim da sve stane\b|\bzelim da sve prestane\b",
    r"\bbilo bi (?:lakse|bolje) da me nema\b",
    r"\bosjecam se prazno\b",
    r"\bumorn[ao] sam od svega\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbolje bez mene\b|\bbez mene\b.{0,20}\bbolje\b",
    r"\bne zelim (?:vise )?(?:biti ovdje|postojati|zivjeti)\b",
    r"\brezala sam se\b|\brezao sam se\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez odjece\b|\bzelim te\b.{0,10}\b(?:u krevetu|veceras)\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bprovjeravaju li ti roditelji mobitel\b",
    r"\b(?:skini|instaliraj) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bu pidzami\b|\bu donjem rublju\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ti\b|te\b|tebe|tebi|tvoj|tvoja|tvoje|si\b|imas|zivis|ides",
    "self_harm": r"ubiti se|ubit cu se|ubijem se|rezem se|rezala sam se|rezao sam se|rezati se|ozljedujem se|nauditi si|oduzeti si zivot|objesiti se|skociti s mosta",
    "despair": r"zelim nestati|hocu nestati|da nestanem|zelim umrijeti|hocu umrijeti|ne zelim zivjeti|ne zelim vise zivjeti|necu se probuditi|ne probuditi|bolje bez mene|bez mene|nitko ne bi primijetio|nikome ne bih nedostajao|nikome ne bih nedostajala|sam teret|nista nema smisla|zavrsiti sve|zilet|oprostajno pismo|mrzim sebe|mrzim se|mrzim svoj zivot|bezvrijedan|bezvrijedna|praznina|umorna od zivota|umoran od zivota",
    "slur": r"picka|kurva|jebi se|jebem ti|pederu|peder|debil|kreten|retard|idiote|ubij se|crkni|idi umri|govno|smece od|dobit batina|dobiti batine|dobit ces batine|nakon skole ces",
    "insult": r"ruzn|debel|debela|idiot|glup|luzer|looser|jadn|odvratn|gadn|nitko te ne voli|svi te mrze|svi ti se smiju|smiju ti se|sutii|sutiii|sutiш|zacepi|zatvori gubicu|zacepi gubicu|odjebi|gubi se|nestani|izlazi iz grupe|smrdis|klaun|svinja|krava|kit\b|prebit cemo te|prebijem te|smece|bezvrijed|nitko te ne zeli",
    "hate": r"ciga|cigan|crnc|peder|vrati se u svoju|idi u svoju zemlju|sieg heil|za dom spremni",
    "sexual": r"gole slike|gole fotke|golih|nudes|porno\b|seks\b|seksa\b|jebat|pusiti|drkat|masturb|sise|kurac|pic(?:ka|ku)|napaljen|sexy|skini se|skini odjecu|donje rublje|gacice|grudnjak|pikantno|sextat|sekstat",
    "alone": r"si sam|si sama|sama doma|sam doma|roditelji (?:su doma|doma|nisu doma|na poslu|otisli)|netko doma|u svojoj sobi",
    "age": r"koliko imas godina|koliko ti je godina|koliko si star|tvoje godine|koji razred|u kojem razredu|imas 1[0-7]|si maloljet",
    "secret": r"nasa tajna|medu nama|izmedu nas|nikome ne govori|ne govori nikome|ne reci nikome|nemoj reci|ne govori roditeljima|nitko ne treba znati|nitko ne mora znati|izbrisi (?:ovaj|ovu|nas|poruke|chat|razgovor)",
    "private": r"u privatno|privatne poruke|pisi mi privatno|u inbox|gdje (?:nas )?nitko ne cita|gdje nas nitko ne vidi|poruke koje nestaju|tajni chat|(?:prebaci se|pisi mi|idemo) na (?:snap|telegram|whatsapp|signal|insta|discord|viber)|tamo nas nitko ne cita|nitko ne cita",
    "gift": r"kupit cu ti|kupim ti|dat cu ti (?:novac|novce|lovu|\d)|platit cu ti|poslat cu ti (?:novac|novce|lovu|\d|robux)|poklon kartic|bon za",
    "mature": r"zrela za svoje godine|zreo za svoje godine|tako zrela|jako zrela|izgledas starije|nisi kao druge|godine su samo broj|samo te ja razumijem",
    "flattery": r"lijepa|lijep\b|slatk|sexy|savrsen|posebn|zgodna",
    "meet": r"nademo se|naci se|vidimo se uzivo|dodi kod mene|dodi do mene|dodem po tebe|pokupim te|uzivo|osobno",
    "where": r"gdje zivis|gdje stanujes|u kojem gradu|koji grad|u koju skolu|koju skolu|tvoja adresa|koja ulica|u kojoj ulici",
    "send": r"posalji mi|posalji\b|posaljes|pokazi mi|pokazi se|zelim vidjeti|hocu vidjeti|upali kameru",
    "picture": r"slik|fotk|foto|selfie|nudes|video|kamer|tijelo",
    "relapse": r"opet to napravila|opet to napravio|sam opet to",
    "hidden": r"dugi rukavi|duge rukave",
    "give_away": r"poklanjam svoje stvari|dajem svoje stvari|svoje stvari",
    "no_need": r"nece mi vise trebati|nece mi trebati",
    "last_post": r"zadnja objava|moja zadnja",
    "goodbye": r"bok zauvijek|hvala za sve|zbogom",
    "body": r"sta imas (?:sad )?na sebi|što imaš",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bako (?:te |ti )?(?:netko|neko|nepoznat\w*)\b|\bnikad(?:a)? ne\b",
    r"(?<!ne )\b(?:reci|recite|javi se|obrati se) (?:odrasloj osobi|roditeljima|nastavniku|nastavnici|nekome)\b|\bodrasl\w* osob\w* od povjerenja\b",
    r"\b(?:znakovi|znaci) upozorenja\b|\b(?:predatori|manipulatori|prevaranti|nepoznati) (?:cesto |obicno )?(?:pokusavaju|se pretvaraju|traze|koriste)\b",
    r"\bplavi telefon\b|\brazrednic\w*\b|\bpsiholog\w*\b|\bnastavni\w*\b",
]
