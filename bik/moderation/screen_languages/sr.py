# ruff: noqa: E501 -- tables of patterns read best one per line
"""Serbian (patterns in Latin script; Cyrillic text is read in Latin)."""

from bik.moderation.screen_languages import hr

NUMBERS, AT, DOT = hr.NUMBERS, hr.AT, hr.DOT  # written alike in Latin script
REGIONS = ("RS", "BA", "ME")

# The patterns Croatian has before its own forms, then Serbian's own (ekavian, other words).
PATTERNS = {reason: list(patterns) for reason, patterns in hr.SHARED_WITH_SERBIAN.items()}
PATTERNS["secrecy"][0] = r"\bne govori (?:to |nista )?nikome\b|\bnemoj (?:to )?nikome reci\b|\bnikome ne govori\b"
PATTERNS["secrecy"] += [r"\bnemoj nikome da kazes\b|\bne govori nikom\b", r"\bizmedju nas\b"]
PATTERNS["meet_up"] += [r"\bgde zivis\b", r"\bu koju skolu ides\b|\bdodji kod mene\b|\bnadjimo se\b"]
PATTERNS["self_harm"] += [
    r"\b(?:zelim|hocu) da (?:umrem|nestanem)\b",
    r"\bne zelim (?:vise )?da zivim\b",
    r"\bvoleo bih da (?:mogu da )?nestanem\b|\bvolela bih da (?:mogu da )?nestanem\b|\bda bar mogu da nestanem\b",
    r"\bniko ne bi (?:primetio|primetila)\b|\bnikome ne bih nedostajal[ao]\b",
    r"\bumorn[ao] sam od zivota\b|\bsecem se\b|\bisekla sam se\b|\bisekao sam se\b",
]
PATTERNS["self_harm_topic"] += [r"\bsamoubistv", r"\bsamopovredj"]
PATTERNS["grooming"] += [r"\bda li si (?:sama|sam) kod kuce\b", r"\bkupicu ti\b|\bdacu ti (?:pare|novac)\b"]
PATTERNS["age_question"] += [r"\bkoliko imas godina\b"]
PATTERNS["insult"] += [r"\bniko te ne voli\b|\bsvi te mrze\b", r"\b(?:idiote|kretenu|glupaco|debilu)\b"]
PATTERNS["image_request"] += [r"\bposalji mi (?:neku )?(?:sliku|slike)\b"]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ja|me|mene|meni|moj|moja|sebe|si)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bnestati\b|\bnestanem\b",
    r"\bne probuditi se\b|\bda se ne probudim\b|\bvise se ne probudim\b",
    r"\b(?:tablete|tableta|lekove|lekovi)\b",
    r"\boprostajno pismo\b",
    r"\bne mogu vise\b|\bne izdrzim vise\b",
    r"\bcrne misli\b|\bmracne misli\b",
    r"\bzivot nema smisla\b|\bnema smisla ziveti\b",
    r"\b(?:ruke|zglobove|butine)\b.{0,30}\b(?:isecene|oziljci|rane)\b",
    r"\bda me nema\b|\bkad me ne bi bilo\b|\bda nestanem\b|\bda umrem\b",
    r"\bja sam teret\b|\bsamo sam teret\b",
    r"\bpovredjujem se\b|\bsecem se\b|\bisekla sam se\b|\bisekao sam se\b|\bpovredila sam se\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bsvi ti se smeju\b|\bsvi se smeju tebi\b",
    r"\b(?:gubi se|odjebi|nestani|beži|bezi)\b",
    r"\bniko ne zeli da (?:bude tvoj drug|se druzi s tobom)\b|\bniko nece da se druzi s tobom\b",
    r"\b(?:prebicemo|prebicu|razbicu) te\b",
    r"\bnikoga nije briga za tebe\b|\bniko te nije pitao\b",
    r"\bpogledaj se\b",
    r"\bljudi kao ti\b|\btakvi kao ti\b",
    r"\b(?:luzer|gubitnik|gubitnica|kreten|debil|idiot|glupaca|glupan|debela|debeli|ruzna|ruzan|jadnik|jadnica)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bto ostaje medju nama\b|\bniko ne mora da zna\b|\broditelji ne moraju da znaju\b|\bne govori nikome\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:dodaj me|pisi mi|piši mi) na (?:snap\w*|insta\w*|telegram\w*|whatsapp\w*|viber\w*|signal\w*|discord\w*)\b|\bprivatnije\b|\bporuke koje nestaju\b|\bniko ne (?:moze|može) da (?:cita|čita|vidi)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:posalji|pošalji) mi (?:svoju |neku )?(?:sliku|slike|fotku|video|selfi)\b|\bzelim da te vidim\b|\bželim da te vidim\b|\bpokazi mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:mozemo da se vidimo|hoces da se nadjemo|hoćeš da se nađemo)\b|\bdoci cu do tebe\b|\bu kom gradu zivis\b|\bkako se zove tvoja skola\b"
]
PATTERNS["grooming"] += [
    r"\bsi sama kod kuce\b|\bsi sama kod kuće\b|\bda li su roditelji kod kuce\b|\bkad roditelji odu\b|\b(?:kupicu|kupiću|dacu|daću) ti\b|\bmozes da mi verujes\b|\bmožeš da mi veruješ\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bimati seks\b|\bspavati sa tobom\b|\bsta imas na sebi\b|\bdirati se\b|\btvoje telo\b|\bseksi slike\b|\bgola\b|\bgole\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnista ne vredim\b|\bbezvredn[aa] sam\b|\bja sam nula\b",
    r"\bmrzim (?:sebe|svoj zivot)\b",
    r"\bradije bih (?:umrl[aio]|bio mrtav|bila mrtva)\b",
    r"\bodustajem\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bkoji je smisao\b|\bcemu sve\b",
    r"\bzelim da sve prestane\b",
    r"\bbilo bi (?:lakse|bolje) da me nema\b",
    r"\bosecam se prazno\b",
    r"\bumorn[ao] sam od svega\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbez mene\b.{0,20}\bbolje\b|\bbolje bez mene\b",
    r"\bne zelim (?:vise )?da (?:budem ovde|postojim|zivim)\b",
    r"\bsekla\b|\bsekao\b|\bsecem\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez odece\b|\bzelim te\b.{0,10}\b(?:u krevetu|veceras)\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bda li ti roditelji proveravaju telefon\b",
    r"\b(?:skini|instaliraj) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bu pidzami\b|\bu donjem vesu\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ti\b|te\b|tebe|tebi|tvoj|tvoja|tvoje|si\b|imas|zivis|ides",
    "self_harm": r"ubiti se|ubicu se|ubijem se|secem se|sekla sam se|sekao sam se|seci se|povredujem se|nauditi sebi|oduzeti sebi zivot|obesiti se|skociti sa mosta",
    "despair": r"zelim da nestanem|hocu da nestanem|da nestanem|zelim da umrem|hocu da umrem|ne zelim da zivim|ne zelim vise da zivim|da se ne probudim|bolje bez mene|bez mene|niko ne bi primetio|nikome ne bih nedostajao|nikome ne bih nedostajala|sam teret|nista nema smisla|da zavrsim sve|zilet|oprostajno pismo|mrzim sebe|mrzim se|mrzim svoj zivot|bezvredan|bezvredna|praznina|umorna od zivota|umoran od zivota",
    "slur": r"picka|kurva|jebi se|jebem ti|pederu|peder|debil|kreten|retard|ubij se|crkni|idi umri|govno|dobijas batine|dobices batine|posle skole dobijas",
    "insult": r"ruzn|debel|debela|idiot|glup|luzer|looser|jadn|odvratn|gadn|niko te ne voli|svi te mrze|svi ti se smeju|smeju ti se|cuti\b|zacepi|zatvori usta|odjebi|gubi se|nestani|izlazi iz grupe|smrdis|klovn|svinja|krava|kit\b|prebicemo te|prebijem te|smece|bezvred|niko te ne zeli",
    "hate": r"ciga|cigan|crnc|siptar|vrati se u svoju|idi u svoju zemlju|sieg heil",
    "sexual": r"gole slike|gole fotke|golih|nudes|porno\b|seks\b|seksa\b|jebat|pusiti|drkat|masturb|sise|kurac|napaljen|sexy|skini se|skini odecu|donji ves|gacice|grudnjak|pikantno|sextat|sekstat",
    "alone": r"si sam|si sama|sama kod kuce|sam kod kuce|roditelji (?:su kod kuce|nisu kod kuce|na poslu|otisli)|neko kod kuce|u svojoj sobi",
    "age": r"koliko imas godina|koliko ti je godina|koliko si star|tvoje godine|koji razred|u kom razredu|imas 1[0-7]|si maloletn",
    "secret": r"nasa tajna|medu nama|izmedu nas|nikome ne govori|ne govori nikome|ne reci nikome|nemoj reci|ne govori roditeljima|niko ne treba da zna|niko ne mora da zna|obrisi (?:ovaj|ovu|nas|poruke|chat|razgovor)",
    "private": r"u privatno|privatne poruke|pisi mi privatno|u inbox|gde (?:nas )?niko ne cita|gde nas niko ne vidi|poruke koje nestaju|tajni chat|(?:predji|pisi mi|idemo) na (?:snap|telegram|whatsapp|signal|insta|discord|viber)",
    "gift": r"kupicu ti|kupim ti|dacu ti (?:novac|pare|\d)|platicu ti|poslacu ti (?:novac|pare|\d|robux)|poklon kartic",
    "mature": r"zrela za svoje godine|zreo za svoje godine|tako zrela|jako zrela|izgledas starije|nisi kao druge|godine su samo broj|samo te ja razumem",
    "flattery": r"lepa|lep\b|slatk|sexy|savrsen|posebn|zgodna",
    "meet": r"nadjemo se|nademo se|da se nadjemo|da se vidimo uzivo|dodji kod mene|dodji do mene|dodjem po tebe|pokupim te|uzivo|licno",
    "where": r"gde zivis|gde stanujes|u kom gradu|koji grad|u koju skolu|koju skolu|tvoja adresa|koja ulica|u kojoj ulici",
    "send": r"posalji mi|posalji\b|posaljes|pokazi mi|pokazi se|zelim da vidim|hocu da vidim|upali kameru",
    "picture": r"slik|fotk|foto|selfie|nudes|video|kamer|telo",
    "relapse": r"opet to uradila|opet to uradio|sam opet to",
    "hidden": r"dugi rukavi|duge rukave",
    "give_away": r"dajem svoje stvari|poklanjam svoje stvari|svoje stvari",
    "no_need": r"nece mi vise trebati|nece mi trebati",
    "last_post": r"poslednja objava|moja poslednja",
    "goodbye": r"zbogom|hvala na svemu|hvala za sve",
    "body": r"sta (?:sad )?imas na sebi",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bako (?:te |ti )?(?:neko|netko|nepoznat\w*)\b|\bnikad(?:a)? ne\b",
    r"(?<!ne )\b(?:reci|recite|javi se|obrati se) (?:odrasloj osobi|roditeljima|nastavniku|nastavnici|nekome)\b|\bodrasl\w* (?:osob\w*)? (?:od|u) poverenj\w*\b",
    r"\b(?:znaci|znakovi) upozorenja\b|\b(?:predatori|manipulatori|prevaranti|nepoznati) (?:cesto |obicno )?(?:pokusavaju|se pretvaraju|traze|koriste)\b",
    r"\bplavi telefon\b|\bodeljensk\w* staresin\w*\b|\bpsiholog\w*\b|\bnastavni\w*\b",
]
