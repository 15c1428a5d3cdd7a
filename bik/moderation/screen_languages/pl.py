# ruff: noqa: E501 -- tables of patterns read best one per line
"""Polish."""

NUMBERS = ("zero", "jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec")
AT = ("malpa", "malpka")
DOT = ("kropka",)
REGIONS = ("PL",)

PATTERNS = {
    "address": [
        r"\b(?:ul\.?|ulica|ulicy|al\.?|aleja|alei|os\.?|osiedle|plac|pl\.) [a-z]+(?: [a-z]+){0,2},? \d{1,4}[a-z]?\b",
        r"\bmieszkam (?:na|przy) (?:ul\.?|ulicy|alei|osiedlu|placu) ",
        r"\bmoj adres (?:to|:)",
        r"\bmoj kod pocztowy\b",
        r"\bchodze do (?:szkoly|liceum|technikum|podstawowki|lo|sp)(?: [a-z-]+){0,4}(?: w | nr )[a-z0-9-]+",
    ],
    "social_handle": [
        r"\b(?:dodaj|obserwuj|zaobserwuj|zapros) mnie (?:na|w)\b",
        r"\bmoj {platforms} (?:to|:)",
        r"\bmoj (?:nick|login|nazwa uzytkownika|profil) (?:to|na)\b",
        r"\bdodaj mnie\b",
    ],
    "private_channel": [
        r"\bnapisz (?:do mnie )?(?:na )?(?:priv|priw|pw|dm|prywatnie)\b",
        r"\bpogadajmy (?:na )?(?:prywatnie|priv|gdzie indziej)\b",
        r"\b(?:pogadajmy|piszmy|gadajmy|przejdzmy|napisz) (?:na|w|przez) {platforms}",
        r"\bgdzie nikt (?:nas )?nie (?:przeczyta|widzi|zobaczy)\b",
        r"\bsekretn(?:y|a|ej) (?:czat|aplikacj|grup)",
    ],
    "meet_up": [
        r"\b(?:spotkajmy sie|mozemy sie spotkac|spotkamy sie|umowmy sie)\b",
        r"\bprzyjdz do mnie\b",
        r"\bgdzie mieszkasz\b",
        r"\bdo jakiej szkoly chodzisz\b|\bw jakiej szkole jestes\b",
        r"\bodbiore cie\b|\bprzyjade po ciebie\b|\bpoczekam (?:na ciebie )?pod szkola\b",
        r"\bna zywo sie (?:spotkac|zobaczyc)\b|\bspotkac sie na zywo\b",
    ],
    "secrecy": [
        r"\bnie mow (?:nic |o tym )?nikomu\b|\bnikomu nie mow\b",
        r"\bnie mow (?:nic )?(?:rodzicom|mamie|tacie)\b",
        r"\bnasz(?:a)? (?:mala )?tajemnica\b|\bnasz sekret\b",
        r"\bzachowaj to dla siebie\b|\bmiedzy nami\b",
        r"\busun (?:te |nasze )?(?:wiadomosci|czat|rozmowe)\b",
        r"\bnikt nie musi wiedziec\b",
    ],
    "image_request": [
        r"\b(?:wyslij|przeslij|podeslij|daj) (?:mi )?(?:jakies |swoje |twoje |wiecej )?(?:zdjecie|zdjecia|fotke|fotki|selfie|nudesy|nudes|nagie)\b",
        r"\bpokaz (?:mi )?(?:sie|swoje cialo|wiecej)\b",
        r"\bwlacz (?:kamerke|kamere|kamerke internetowa)\b",
        r"\bco masz na sobie\b",
    ],
    "grooming": [
        r"\bjestes (?:teraz )?sam(?:a)?(?: w domu)?\b",
        r"\bczy (?:twoi )?rodzice sa w domu\b",
        r"\b(?:kupie|dam|wysle|przesle) ci (?:prezent|robuxy|v-?dolce|v-?bucksy|skiny?|pieniadze|kase|karte podarunkowa|\d+)",
        r"\bzaplace ci\b|\btylko ja cie rozumiem\b",
        r"\bwiek to tylko liczba\b",
    ],
    "age_question": [r"\bile (?:ty )?masz lat\b|\bile masz naprawde lat\b", r"\bw ktorej (?:jestes )?klasie\b"],
    "flattery": [
        r"\bjestes (?:taka |taki |bardzo |naprawde )*(?:dojrzala|dojrzaly|piekna|sliczna|wyjatkowa|wyjatkowy|seksowna|ladna|idealna)\b",
        r"\bwygladasz (?:na )?(?:starsza|starszego|dojrzale)\b|\bdojrzal[aey] jak na swoj wiek\b",
        r"\bnie jestes jak inne (?:dziewczyny)?\b",
    ],
    "sexual": [
        r"\b(?:seks|porno|nago|naga|cycki|kutas|cipka|ruchac|masturb\w*|walic konia|napalon[ya])\b",
        r"\bprzespac sie z toba\b",
    ],
    "insult": [
        r"\bjestes (?:taka |taki |strasznie |tylko |zwyklym |zwykla |glupim |glupia )*(?:glupi|glupia|brzydki|brzydka|gruby|gruba|idiota|idiotka|frajer|przegryw|zalosny|zalosna|debil|debilka|nikim|beznadziejny|beznadziejna|obrzydliwy|obrzydliwa|smieciem|kretyn|kretynka)\b",
        r"\b(?:kurwa|dziwka|szmata|pedal|spierdalaj|chuj|debil|kretyn|cwel|jebac cie|pierdol sie|suka)\b",
        r"\bnikt cie nie lubi\b|\bwszyscy cie nienawidza\b|\bnikt cie nie chce\b",
        r"\bzamknij (?:sie|morde|ryj)\b",
        r"\bzabij sie\b|\bidz sie (?:zabij|powies)\b|\bzdychaj\b",
        r"\bwracaj do swojego kraju\b",
    ],
    "hate": [
        r"\b(?:czarnuch|pedaly|ciapaty|zydy|cygany)\b",
        r"\b(?:geje|zydzi|muzulmanie|imigranci|uchodzcy|czarni|cyganie) (?:sa|powinni)\b.{0,25}\b(?:obrzydliwi|chorzy|zdechnac|wyjechac|zwierzetami|smieciami)\b",
    ],
    "self_harm": [
        r"\b(?:zabic sie|zabije sie|pociac sie|ciac sie|okaleczac sie|skrzywdzic sie|odebrac sobie zycie)\b",
        r"\bchce (?:umrzec|zniknac|przestac istniec)\b",
        r"\bnie chce (?:juz )?(?:zyc|istniec|sie obudzic|tu byc)\b",
        r"\b(?:znowu )?(?:sie pocielam|sie pocialem|sie skrzywdzilam|sie skrzywdzilem|tne sie)\b",
        r"\bchcial(?:a|bym|abym) (?:po prostu )?(?:zniknac|umrzec|nie istniec|sie nie obudzic|nigdy sie nie urodzic)\b",
        r"\bnikt by (?:za mna nie tesknil|nie zauwazyl)\b",
        r"\b(?:beze mnie|bez mnie) (?:byloby|bedzie) (?:im )?lepiej\b",
        r"\bnie (?:daje|dam) (?:juz )?rady\b.{0,60}\b(?:zniknac|umrzec|koniec|skonczyc)\b",
        r"\bzmeczon[ya] zyciem\b|\bjestem ciezarem\b|\bskonczyc ze soba\b",
    ],
    "self_harm_topic": [r"\bsamobojst", r"\bsamookalecz"],
    "abuse": [
        r"\b(?:on|ona|moj \w+|moja \w+) (?:bije|dotyka|krzywdzi) mnie\b",
        r"\b(?:wykorzystal|molestuje|molestowal) mnie\b",
        r"\bszantazuje mnie\b",
        r"\bgrozi,? ze (?:wrzuci|opublikuje|wysle|udostepni) moje (?:zdjecia|nagrania|filmy)\b",
    ],
    "awareness": [
        r"\b(?:dzis |dzisiaj |na lekcji |w szkole )?(?:rozmawialismy|uczylismy sie|dowiedzielismy sie|mielismy lekcje|omawialismy)\b",
        r"\bdlaczego nigdy\b|\bnigdy nie (?:wysylaj|udostepniaj|podawaj)\b|\bnie (?:wolno|nalezy) (?:wysylac|udostepniac)\b",
        r"\bjesli ktos (?:cie|ci|prosi|grozi|pisze)\b",
        r"\b(?:porozmawiaj|powiedz) (?:z )?(?:dorosl|kims zaufanym|rodzicom|rodzicami)\b|\b(?:zglos|zablokuj)\b",
        r"\b(?:kampania|projekt|warsztaty|plakat|prezentacja|lekcja) (?:o|na temat|przeciw)\b",
        r"\bjak (?:rozpoznac|zglosic|zablokowac|sie chronic)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ja|mnie|mi|moj|moja|mojej|moim|mna)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bzniknac\b|\bzniknela|\bzniknal",
    r"\bnie obudzic sie\b|\bzasnac i sie nie obudzic\b",
    r"\b(?:tabletki|tabletek|leki|lekow)\b",
    r"\blist pozegnalny\b",
    r"\bnie daje (?:juz )?rady\b|\bnie moge juz\b",
    r"\bczarne mysli\b|\bmroczne mysli\b",
    r"\bzycie nie ma sensu\b|\bnie ma sensu zyc\b",
    r"\b(?:rece|nadgarstki|uda)\b.{0,30}\b(?:pociete|blizny|rany)\b",
    r"\bgdyby mnie nie bylo\b|\bgdybym zniknela\b|\bgdybym umarla\b",
    r"\bjestem (?:tylko )?ciezarem\b",
    r"\bskrzywdzilam sie\b|\bskrzywdzilem sie\b|\brobie sobie krzywde\b|\bzrobilam sobie krzywde\b",
]

PATTERNS["relationship_question"] = [
    r"\bmasz (?:chlopaka|dziewczyne)\b|\bjestes sama\b|\bjestes singielk",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bwszyscy sie z ciebie smieja\b",
    r"\b(?:spadaj|wypad|wynocha|odwal sie)\b",
    r"\bnikt nie chce sie z toba (?:przyjaznic|kolegowac|zadawac)\b",
    r"\b(?:pobijemy|pobije|zlejemy|zleje) cie\b",
    r"\bnikogo nie obchodzisz\b|\bnikt cie nie pytal\b",
    r"\bspojrz na siebie\b",
    r"\btacy jak ty\b|\bludzie jak ty\b",
    r"\b(?:frajer|frajerka|przegryw|nieudacznik|nieudacznica|lamus|ofiara|debil|kretyn|idiota|grubas|grubasie|brzydal)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bto zostanie miedzy nami\b|\bnikt nie musi wiedziec\b|\brodzice nie musza wiedziec\b|\bnie mow nikomu\b|\bnikomu ani slowa\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:dodaj mnie|napisz do mnie|pisz) na (?:snapie|snapa|insta|telegramie|telegram|whatsappie|signal|discordzie|messengerze)\b|\bbardziej prywatn\w+\b|\bznikajace wiadomosci\b|\bnikt nie (?:przeczyta|zobaczy)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:wyslij|przeslij|podeslij) mi (?:swoje |jakies )?(?:zdjecie|zdjecia|fotke|fotki|filmik|selfie)\b|\bchce cie zobaczyc\b|\bpokaz mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:spotkamy sie|mozemy sie spotkac|chcesz sie spotkac)\b|\bprzyjade do ciebie\b|\bw jakim miescie mieszkasz\b|\bjak sie nazywa twoja szkola\b|\bdo ktorej szkoly chodzisz\b"
]
PATTERNS["grooming"] += [
    r"\bjestes sama w domu\b|\bsa twoi rodzice w domu\b|\bkiedy rodzice wychodza\b|\b(?:kupie|dam|wysle) ci\b|\bmozesz mi (?:wszystko )?zaufac\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\buprawiac seks\b|\bkochac sie\b|\bprzespac sie\b|\bco masz na sobie\b|\bdotykac sie\b|\btwoje cialo\b|\b(?:seksowne|gorace) (?:zdjecia|fotki)\b|\bnag[aiy]?\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bjestem (?:nic nie wart[a]?|bezwartosciow[aey]|beznadziejn[aey]|nikim)\b",
    r"\bnienawidze (?:siebie|swojego zycia)\b",
    r"\bwolal(?:a|abym|bym) umrzec\b|\bwolalabym nie zyc\b",
    r"\bpoddaje sie\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bpo co to wszystko\b|\bjaki to ma sens\b",
    r"\bchce,? zeby to sie skonczylo\b|\bchce,? zeby wszystko sie skonczylo\b",
    r"\bbyloby (?:latwiej|lepiej),? gdyby mnie\b",
    r"\bczuje sie pust[ay]\b",
    r"\bmam dosc wszystkiego\b|\bzmeczon[ya] wszystkim\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbeze mnie\b.{0,20}\blepiej\b|\blepiej beze mnie\b",
    r"\bnie ma to sensu\b",
    r"\bnie chce (?:juz )?(?:tu |tutaj )?byc\b",
]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bwyjdz z grupy\b|\bnie chcemy cie\b",
    r"\bnikt nie chce z toba (?:siedziec|gadac|rozmawiac)\b",
    r"\bprzestan (?:jesc|zrec)\b|\bgrubasie\b|\bspasion[ay]\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez ubran\b|\bbez ubrania\b|\bmam ochote na ciebie\b|\bw (?:twoim|moim) lozku\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\b(?:czy )?rodzice (?:sprawdzaja|przegladaja|czytaja) (?:ci )?(?:telefon|wiadomosci)\b",
    r"\b(?:pobierz|sciagnij|zainstaluj) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bw (?:pizamie|bieliznie|stroju kapielowym)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ty\b|cie\b|ciebie|ci\b|tobie|twoj|twoja|twoje|jestes|masz\b|mieszkasz|chodzisz",
    "self_harm": r"zabic sie|zabije sie|zabilabym sie|zabilbym sie|tne sie|cielam sie|cialem sie|ciac sie|okaleczam|zrobic sobie krzywde|robie sobie krzywde|odebrac sobie zycie|powiesic sie|skoczyc z mostu",
    "despair": r"chce zniknac|chcialabym zniknac|chcialbym zniknac|chce umrzec|chcialabym umrzec|chcialbym umrzec|nie chce zyc|nie chce juz zyc|nie obudzic sie|nie obudzic|lepiej beze mnie|beze mnie bedzie lepiej|nikt by nie zauwazyl|nikt by nie tesknil|jestem ciezarem|ciezarem dla|nie dam rady dluzej|juz nie moge|zycie nie ma sensu|nic nie ma sensu|skonczyc z tym|zyletk|list pozegnalny|nienawidze siebie|nienawidze swojego zycia|jestem nic nie wart|pustka w srodku|zmeczona zyciem|zmeczony zyciem|mam dosc zycia",
    "slur": r"kurwa|kurwo|chuj|huj|pierdol|spierdalaj|jebac|jebany|jebana|pizda|cwel|pedal|debil|kretyn|ciota|dziwka|szmata|zabij sie|idz sie zabij|zdychaj|zdechnij|spadaj|masz wpierdol|dostaniesz wpierdol|po lekcjach masz|po szkole masz",
    "insult": r"brzydk|gruba|gruby|tlusta|tlusty|idiot|glupi|glupia|frajer|przegryw|nieudacznik|zalos|obrzydliw|ohydn|nikt cie nie lubi|wszyscy cie nienawidza|wszyscy sie z ciebie smieja|smieja sie z ciebie|zamknij sie|zamknij morde|wypad|wynocha|wyjdz z grupy|smierdzisz|klaun|swinia|krowa|wieloryb|pobijemy cie|pobije cie|dostaniesz w|smiec|beznadziejn|nikt cie nie chce",
    "hate": r"czarnuch|asfalt|ciapaty|cyganie|pedaly|wracaj do swojego kraju|wypierdalac do|parszyw|zydy|sieg heil",
    "sexual": r"nago|nagie|nagi\b|naga\b|nudesy|nudes|porno\b|seks\b|seksu\b|seksem|ruchac|ruchanie|obciag|lodzik|masturb|cycki|piersi|kutas|fiut|cipk|napalon|sexy|rozbierz sie|zdejmij ubranie|bielizn|majtki|stanik",
    "alone": r"jestes sam|jestes sama|sama w domu|sam w domu|rodzice (?:sa|w domu|wyjechali|w pracy)|ktos w domu|w swoim pokoju",
    "age": r"ile masz lat|ile ty masz lat|twoj wiek|ktora klasa|do ktorej klasy|w ktorej klasie|masz 1[0-7]|jestes nieletni",
    "secret": r"nasz sekret|nasza tajemnica|miedzy nami|nikomu nie mow|nie mow nikomu|nie mow rodzicom|nic nie mow|nikt nie musi wiedziec|usun (?:te|ta|nasza|nasze|czat|wiadomosci|rozmowe)",
    "private": r"na priv|na privie|na pw\b|pisz na priv|gdzie nikt (?:nas )?nie (?:czyta|zobaczy|widzi)|znikajace wiadomosci|tajny czat|(?:przejdzmy|pisz|piszmy|pogadajmy) na (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"kupie ci|dam ci (?:pieniadze|kase|\d)|zaplace ci|wysle ci (?:pieniadze|kase|\d|robux)|dostaniesz (?:robux|v-?bucks|skin|kase|pieniadze)|karta podarunkowa|doladowani",
    "mature": r"dojrzala jak na|dojrzaly jak na|taka dojrzala|bardzo dojrzala|wygladasz na starsza|wygladasz starzej|nie jestes jak inne|wiek to tylko liczba|tylko ja cie rozumiem",
    "flattery": r"piekna|sliczna|ladna|sexy|sexi|idealna|wyjatkowa",
    "meet": r"spotkajmy sie|spotkamy sie|spotkac sie|przyjdz do mnie|przyjade po ciebie|odbiore cie|na zywo|w realu",
    "where": r"gdzie mieszkasz|w jakim miescie|jakie miasto|do jakiej szkoly|w jakiej szkole|twoj adres|na jakiej ulicy|jaka ulica",
    "send": r"wyslij mi|wyslij\b|przeslij|pokaz mi|pokaz sie|chce zobaczyc|daj zobaczyc|wlacz kamer",
    "picture": r"zdjeci|fotk|fotke|selfie|nudes|film|kamer|cialo",
    "relapse": r"znowu to zrobilam|znowu to zrobilem|zrobilam to znowu",
    "hidden": r"dlugie rekawy|bluza",
    "give_away": r"oddaje swoje rzeczy|oddam swoje rzeczy|swoje rzeczy",
    "no_need": r"nie przydadza|nie beda mi potrzebne",
    "last_post": r"moj ostatni post|ostatni post",
    "goodbye": r"zegnajcie|zegnam|dzieki za wszystko|dziekuje za wszystko",
    "body": r"co masz (?:teraz )?na sobie",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bjesli ktos\b|\bgdy ktos\b|\bkiedy ktos\b|\bjesli obcy\b|\bnigdy nie\b",
    r"(?<!nie )\b(?:powiedz|powiedzcie|zwroc sie do) (?:o tym )?(?:doroslemu|doroslej|rodzicom|nauczyciel|komus zaufanemu|zaufanej)\b|\bzaufan\w* dorosl\w*\b",
    r"\b(?:sygnaly|znaki) ostrzegawcze\b|\b(?:przestepcy|drapiezcy|oszusci|obcy) (?:czesto |zwykle )?(?:probuja|udaja|prosza|pisza|uzywaja)\b",
    r"\btelefon zaufania\b|\bwychowawc\w*\b|\bpedagog\w*\b|\bpsycholog\w* szkoln\w*\b|\bpani (?:od|z)\b",
]
