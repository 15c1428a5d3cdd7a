# ruff: noqa: E501 -- tables of patterns read best one per line
"""Romanian."""

NUMBERS = ("zero", "unu|una", "doi|doua|două", "trei", "patru", "cinci", "sase|șase", "sapte|șapte", "opt", "noua|nouă")
AT = ("arond", "at", "coada de maimuta")
DOT = ("punct",)
REGIONS = ("RO", "MD")

PATTERNS = {
    "address": [
        r"\b(?:strada|str\.|bulevardul|bd\.|calea|aleea|piata|soseaua) [a-z]+(?: [a-z]+){0,3},? (?:nr\.? ?)?\d{1,4}\b",
        r"\blocuiesc (?:pe|in) (?:strada|str\.|bulevardul|calea|aleea) ",
        r"\badresa mea (?:e|este|:)",
        r"\b(?:invat la|merg la|sunt la) (?:scoala|liceul|colegiul)(?: [a-z'-]+){1,4}(?: din | de la )[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:adauga|urmareste|da-mi follow|add)[- ]?ma (?:pe|la)\b",
        r"\b(?:contul meu de |)(?:pe )?{platforms}(?:-ul)? (?:meu )?(?:e|este|:)",
        r"\b(?:numele meu de utilizator|userul meu|id-ul meu) (?:e|este|pe)\b",
        r"\badauga-ma\b",
    ],
    "private_channel": [
        r"\b(?:scrie|trimite|vorbeste)[- ]mi (?:in|pe) (?:privat|pm|dm|priv)\b",
        r"\bhai sa vorbim (?:in privat|altundeva|pe privat)\b|\bvorbim in privat\b",
        r"\b(?:vorbim|continuam|scrie-mi|trecem|hai) (?:pe|la) {platforms}",
        r"\bunde nu (?:ne )?poate citi nimeni\b|\bunde nimeni nu (?:ne )?(?:vede|citeste)\b",
        r"\b(?:chat|aplicatie|grup) secret[a]?\b",
    ],
    "meet_up": [
        r"\b(?:hai sa ne vedem|hai sa ne intalnim|ne putem intalni)\b",
        r"\bvino (?:la mine|pe la mine)(?: acasa)?\b",
        r"\bunde (?:locuiesti|stai)\b",
        r"\bla ce (?:scoala|liceu) (?:esti|mergi|inveti)\b|\bin ce scoala (?:esti|inveti)\b",
        r"\b(?:te iau eu|vin sa te iau|te astept (?:la|in fata) (?:scoala|scolii|liceului))\b",
    ],
    "secrecy": [
        r"\bnu (?:spune|zice)(?: nimic)? nimanui\b|\bnu-i spune nimanui\b|\bsa nu spui nimanui\b",
        r"\bnu (?:le )?spune (?:nimic )?(?:parintilor|alor tai|mamei|tatalui)\b",
        r"\bsecretul nostru\b|\bmicul nostru secret\b",
        r"\bintre noi\b|\bpastreaza (?:asta )?pentru tine\b",
        r"\bsterge (?:mesajele|conversatia|chatul)\b",
        r"\bnimeni nu trebuie sa (?:stie|afle)\b",
    ],
    "image_request": [
        r"\btrimite[- ]?mi (?:o |niste |mai multe |poza ta |pozele tale )?(?:poza|poze|fotografie|selfie|nud|nuduri|nudes|video cu tine)\b",
        r"\barata[- ]mi (?:corpul tau|cum arati|mai mult)\b",
        r"\bporneste (?:camera|webcam)\b|\bdeschide camera\b",
        r"\bce porti\b|\bce ai pe tine\b",
    ],
    "grooming": [
        r"\besti singur[a]?(?: acasa)?\b",
        r"\bsunt (?:ai tai|parintii tai) acasa\b",
        r"\b(?:iti cumpar|iti dau|iti trimit) (?:un |o |niste )?(?:cadou|robux|v-?bucks|skin|skinuri|bani|card cadou|lei|euro|\d+)",
        r"\biti platesc\b|\bsunt singurul care te intelege\b",
        r"\bvarsta e doar un numar\b",
    ],
    "age_question": [r"\bcati ani ai\b|\bce varsta ai\b", r"\bin ce clasa esti\b"],
    "flattery": [
        r"\besti (?:asa |foarte |chiar |atat de )*(?:matura|matur|frumoasa|frumos|speciala|special|sexy|perfecta|superba)\b",
        r"\bpari (?:mai mare|mai matura|mai matur)\b|\bmatura pentru varsta ta\b",
    ],
    "sexual": [r"\b(?:sex|porno|pula|pizda|sa ne futem|masturb\w*|excitat[a]?)\b", r"\bsa ne culcam\b"],
    "insult": [
        r"\besti (?:un |o |asa |foarte |chiar |atat de |doar un |doar o )*(?:prost|proasta|urat|urata|gras|grasa|idiot|idioata|ratat|ratata|jalnic|jalnica|inutil|inutila|dezgustator|dezgustatoare|retardat|retardata|handicapat|nimic|bataie de joc)\b",
        r"\b(?:curva|tarfa|muie|pula mea|du-te dracu|poponar|bulangiu|fraiere|jegos|jegoasa|handicapatule)\b",
        r"\bnimeni nu te (?:place|iubeste|vrea)\b|\btoata lumea te uraste\b|\btoti te urasc\b",
        r"\btaci (?:din gura|naibii)?\b",
        r"\bomoara-te\b|\bsinucide-te\b|\bdu-te si mori\b",
        r"\bdu-te inapoi in tara ta\b",
    ],
    "hate": [r"\b(?:tigani|cioara|ciori|bozgori|jidani|poponari)\b"],
    "self_harm": [
        r"\b(?:sa ma omor|sa ma sinucid|sa ma tai|sa-mi fac rau|sa imi fac rau|sa-mi iau viata|sa imi iau viata)\b",
        r"\b(?:vreau sa mor|vreau sa dispar)\b",
        r"\bnu mai vreau sa (?:traiesc|exist|ma trezesc)\b",
        r"\bm-am taiat (?:din nou|iar)\b|\bmi-am facut (?:iar |din nou )?rau\b|\bma tai\b",
        r"\bas vrea (?:doar )?sa (?:dispar|mor|nu ma mai trezesc|nu fi existat|nu ma fi nascut)\b|\bmacar de as putea sa dispar\b",
        r"\bnimeni nu (?:ar observa|ar simti lipsa mea|m-ar cauta)\b|\bnimanui nu i-ar fi dor de mine\b",
        r"\bar fi mai bine fara mine\b|\bmai bine fara mine\b",
        r"\bnu mai pot\b.{0,60}\b(?:dispar|mor|sfarsit|termin)\b",
        r"\bobosit[a]? de viata\b|\bsunt o povara\b",
    ],
    "self_harm_topic": [r"\bsinucid", r"\bautovatam"],
    "abuse": [
        r"\b(?:el|ea|tata|tatal meu|mama|tatal vitreg) ma (?:bate|atinge|loveste|abuzeaza)\b",
        r"\bma santajeaza\b|\bameninta ca (?:publica|trimite|posteaza) (?:pozele|pozele mele|videoclipurile)\b",
    ],
    "awareness": [
        r"\b(?:azi |astazi |la ora |la scoala )?(?:am vorbit|am invatat|am discutat|ni s-a explicat|am aflat)\b",
        r"\bde ce nu (?:trebuie )?(?:sa )?(?:trimiti|trimitem) niciodata\b|\bnu trimite niciodata\b|\bniciodata nu trimite\b|\bde ce sa nu\b",
        r"\bdaca cineva (?:iti cere|te ameninta|iti trimite|iti spune)\b",
        r"\bvorbeste cu un adult\b|\b(?:raporteaza|blocheaza)\b",
        r"\b(?:campanie|proiect|atelier|afis|prezentare) (?:despre|impotriva)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:eu|ma|mi|mie|meu|mea|mine)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bsa dispar\b",
    r"\bsa nu ma mai trezesc\b|\bsa nu ma trezesc\b",
    r"\b(?:am luat|sa iau|iau) toate (?:pastilele|medicamentele)\b",
    r"\bscrisoare de adio\b",
    r"\bnu mai rezist\b(?! sa)",
    r"\bganduri (?:negre|intunecate|urate)\b",
    r"\bviata nu are (?:niciun )?sens\b|\bn-are rost sa traiesc\b",
    r"\bpe (?:brate|maini|incheieturi)\b.{0,20}\b(?:taieturi|cicatrici)\b",
    r"\bdaca n-as mai fi\b|\bdaca nu as mai fi\b|\bdaca as disparea\b|\bdaca as muri\b",
    r"\bsunt o povara\b|\bo povara pentru\b",
    r"\bmi-am facut rau\b|\bma tai\b|\bm-am taiat\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btoata lumea rade de tine\b|\btoti rad de tine\b",
    r"\b(?:dispari|pleaca de aici|cara-te|valea)\b",
    r"\bnimeni nu vrea sa fie prieten cu tine\b|\bnimeni nu vrea sa stea cu tine\b",
    r"\bte (?:batem|bat|facem praf)\b",
    r"\bnu-i pasa nimanui de tine\b|\bnimeni nu te-a intrebat\b",
    r"\buita-te la tine\b",
    r"\bca tine\b.{0,20}\b(?:ar trebui|nu merita)\b|\boameni ca tine\b",
    r"\b(?:ratat[a]?|fraier[a]?|prost[a]?nac|bou|vaca|grasan[a]?|urat[a]?|penibil[a]?|handicapat[a]?)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\brămâne între noi\b|\bramane intre noi\b|\bnimeni nu trebuie să știe\b|\bnimeni nu trebuie sa stie\b|\bpărinții nu trebuie să știe\b|\bnu spune nimănui\b|\bnu spune nimanui\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:adaugă-mă|adauga-ma|scrie-mi) pe (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmai privat\b|\bmesaje care dispar\b|\bnimeni nu (?:poate citi|vede|citește|citeste)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:trimite-mi|trimite mi) (?:o |niste )?(?:poză|poza|poze|video|selfie)\b|\bvreau să te văd\b|\bvreau sa te vad\b|\barată-mi\b|\barata-mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:ne vedem|ne putem vedea|vrei să ne vedem|vrei sa ne vedem)\b|\bvin la tine\b|\bîn ce oraș locuiești\b|\bin ce oras locuiesti\b|\bcum se numește școala ta\b|\bcum se numeste scoala ta\b"
]
PATTERNS["grooming"] += [
    r"\beşti singură acasă\b|\besti singura acasa\b|\bsunt părinții tăi acasă\b|\bsunt parintii tai acasa\b|\b(?:îți cumpăr|iti cumpar|îți dau|iti dau)\b|\bpoți avea încredere în mine\b|\bpoti avea incredere in mine\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bsa facem sex\b|\bsa facem dragoste\b|\bce porti\b|\bsa te atingi\b|\bcorpul tau\b|\bpoze sexy\b|\bdezbracat[aă]?\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnu valorez nimic\b|\bsunt un nimeni\b|\bsunt un ratat\b",
    r"\bma urasc\b|\bimi urasc viata\b",
    r"\bas prefera sa mor\b|\bmai bine as muri\b",
    r"\bma dau batut[aă]?\b|\brenunt la tot\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bce rost (?:mai )?are (?:sa traiesc|viata|totul)\b",
    r"\bvreau sa se termine totul\b|\bvreau sa se opreasca totul\b",
    r"\bar fi mai (?:usor|bine) daca n-as\b",
    r"\bma simt gol\b|\bma simt goala\b",
    r"\bm-am saturat de tot\b|\bobosit[aă]? de tot\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bfara mine\b.{0,20}\bmai bine\b",
    r"\bn-are rost sa (?:mai )?(?:traiesc|exist)\b",
    r"\bnu mai vreau sa fiu aici\b",
]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\biesi din grup\b|\bnu te vrea nimeni\b|\bnu te vrem\b",
    r"\bnimeni nu vrea sa stea cu tine\b",
    r"\bnu mai manca\b|\bbalena\b",
    r"\bdu-te in tara ta\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bfara haine\b|\bte vreau\b.{0,10}\b(?:in pat|acum|diseara)\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\biti verifica parintii telefonul\b",
    r"\b(?:descarca|instaleaza) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bin pijama\b.{0,20}\bpoza\b|\bpoza\b.{0,20}\bin pijama\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|tine|tau\b|tale|esti\b|stai\b|locuiesti|mergi",
    "self_harm": r"ma omor|sa ma omor|sa ma sinucid|ma sinucid|ma tai\b|m-am taiat|sa ma tai|ma ranesc|sa ma ranesc|sa ma spanzur|sa sar de pe pod",
    "despair": r"vreau sa mor|nu mai vreau sa traiesc|nu vreau sa traiesc|vreau sa dispar|sa dispar pentru totdeauna|sa nu ma mai trezesc|mai bine fara mine|ar fi mai bine fara mine|nimeni nu m-ar regreta|nimeni n-ar observa|sunt o povara|nimic nu are sens|sa termin cu tot|scrisoare de adio|ma urasc|imi urasc viata|nu valorez nimic|gol pe dinauntru|goala pe dinauntru|obosit de viata|obosita de viata",
    "relapse": r"am facut-o iar|am facut-o din nou|iar am facut|recadere",
    "hidden": r"maneci lungi|hanorac|nimeni nu vede|ascund",
    "give_away": r"dau lucrurile mele|ii dau lucrurile|imi dau lucrurile",
    "no_need": r"nu o sa-mi mai trebuiasca|nu-mi mai trebuie|nu o sa am nevoie",
    "last_post": r"ultima mea postare|ultimul meu mesaj|ultima postare",
    "goodbye": r"adio|ramas bun|multumesc pentru tot|pa tuturor",
    "harmless": r"sub patura|sub plapuma|mor de ras",
    "slur": r"pula|pizda|muie|curva|tarfa|futu-ti|fute-te|bozgor|retardat|handicapat|du-te si mori|omoara-te|sinucide-te|esti mort|dupa scoala",
    "insult": r"urat|urata|gras\b|grasa|idiot|prost|proasta|ratat|jalnic|dezgustator|scarbos|nimeni nu te place|toti te urasc|toata lumea rade de tine|taci\b|taci din gura|sa taci|dispari|pleaca din grup|pleaca\b|puti\b|clovn|porc\b|scroafa|vaca\b|balena|gunoi|fraier|nimeni nu te vrea",
    "hate": r"cioara|ciori|tigan|jidan|poponar|intoarce-te in tara ta|du-te in tara ta|sieg heil",
    "sexual": r"dezbracat|nud\b|nudes|porno\b|sex\b|sexul|futut|sa ne futem|muie|laba\b|masturb|pula\b|pizda|dezbraca-te",
    "alone": r"esti singura|esti singur|singura acasa|singur acasa|parintii (?:acasa|sunt plecati|la munca)|e cineva acasa|in camera ta",
    "age": r"cati ani ai|ce varsta ai|varsta ta|in ce clasa|ce clasa esti|ai 1[0-7]|esti minor",
    "secret": r"secretul nostru|e un secret|intre noi|nu spune nimanui|nu le spune|sa nu spui|nimeni nu trebuie sa stie|sterge (?:conversatia|mesajele|chatul)|sa nu-i zici|nu-i zice|sa nu zici",
    "private": r"in privat|pe privat|pe pm\b|unde nu citeste nimeni|nimeni nu citeste|mesaje care dispar|chat secret|(?:vorbim|scrie-mi|hai) pe (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"iti cumpar|iti dau (?:bani|\d)|te platesc|iti trimit (?:bani|\d)|card cadou|paysafe|iti iau",
    "mature": r"matura pentru varsta ta|asa de matura|foarte matura|pari mai mare|nu esti ca celelalte|varsta e doar un numar|doar eu te inteleg",
    "flattery": r"frumoasa|draguta|sexy|perfecta|speciala|superba",
    "meet": r"ne vedem|sa ne vedem|ne intalnim|sa ne intalnim|vino la mine|te iau eu|vin dupa tine|in realitate|in persoana",
    "where": r"unde stai|unde locuiesti|in ce oras|la ce scoala|ce scoala|adresa ta|pe ce strada",
    "send": r"(?<!nu )(?<!nu le )(?<!nu-i )trimite|(?<!nu )(?<!nu le )trimiti|arata-mi|arata-te|vreau sa vad|porneste camera",
    "picture": r"poza|poze|foto|selfie|nudes|video|corpul",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bdaca cineva\b|\bdaca un strain\b|\bniciodata sa nu\b|\bsa nu (?:trimiti|trimitem|dai|oferi) niciodata\b|\bnu trimiteti\b",
    r"(?<!nu )(?<!sa nu )\b(?:spune|spuneti|povesteste)(?:-i)? (?:unui adult|parintilor|unui profesor|cuiva de incredere)\b|\bun adult de incredere\b",
    r"\b(?:semne|semnale) de (?:alarma|avertizare)\b|\b(?:agresorii|pradatorii|infractorii|strainii) (?:online )?(?:incearca|folosesc|cer|spun|se prefac)\b",
    r"\b(?:linia|numarul) de (?:ajutor|urgenta)\b|\bdiriginta\b|\bdirigintele\b|\bprofesoara\b|\bprofesorul\b|\bpsihologul\b",
]
