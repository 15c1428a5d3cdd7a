# ruff: noqa: E501 -- tables of patterns read best one per line
"""Norwegian (bokmål; also read for nynorsk)."""

NUMBERS = ("null", "en|ett|ein|eitt", "to", "tre", "fire", "fem", "seks", "sju|syv", "åtte|atte", "ni")
AT = ("krøllalfa", "krollalfa", "at")
DOT = ("punktum", "prikk")
REGIONS = ("NO",)

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:veien|vegen|gata|gaten|gate|vei|veg|plass|stien|alle) \d{1,4}[a-z]?\b",
        r"\bjeg bor (?:i|pa|på) [a-z-]+(?:veien|gata|gaten|vei|gate)\b",
        r"\bmin adresse er\b",
        r"\bjeg gar pa [a-z-]+(?: [a-z-]+){0,2} ?(?:skole|ungdomsskole|videregaende|vgs)\b(?: i [a-z-]+)",
    ],
    "social_handle": [
        r"\b(?:legg til|add|adde|følg|folg) meg (?:pa|på)\b",
        r"\bmin {platforms} (?:er|:)",
        r"\bbrukernavnet mitt (?:er|pa)\b|\bmitt brukernavn er\b",
        r"\b(?:add|legg til) meg\b|\bfolg meg\b",
    ],
    "private_channel": [
        r"\bskriv (?:til meg )?(?:privat|pa pm|en pm|en dm)\b",
        r"\b(?:i|pa|over) (?:pm|dm|privatmelding)\b",
        r"\bla oss (?:skrive|prate|chatte) (?:privat|et annet sted)\b",
        r"\b(?:skriv|prat|chat|vi tar det|snakkes) (?:til meg )?(?:pa|over|via) {platforms}",
        r"\bder ingen (?:kan )?(?:leser|lese|ser|se)\b",
        r"\bhemmelig (?:chat|app|gruppe)\b",
    ],
    "meet_up": [
        r"\bskal vi (?:møtes|motes|treffes|ses)\b|\bla oss (?:møtes|motes|treffes)\b",
        r"\bkom hjem til meg\b",
        r"\bhvor bor du\b|\bkor bur du\b",
        r"\bhvilken skole gar du pa\b|\bkva skule gar du pa\b",
        r"\bjeg (?:henter deg|venter pa deg utenfor skolen)\b",
        r"\bmotes i virkeligheten\b|\btreffes irl\b",
    ],
    "secrecy": [
        r"\bikke si det til noen\b|\bikke fortell (?:det )?til noen\b|\bsi det ikke til noen\b",
        r"\bikke si (?:noe )?til (?:foreldrene dine|mamma|pappa)\b|\bikke fortell foreldrene dine\b",
        r"\bvar (?:lille )?hemmelighet\b|\bvår (?:lille )?hemmelighet\b",
        r"\bmellom oss\b|\bhold det for deg selv\b",
        r"\bslett (?:meldingene|chatten|samtalen)\b",
        r"\bingen trenger a vite\b",
    ],
    "image_request": [
        r"\bsend (?:meg )?(?:et |noen |flere |ditt |dine )?(?:bilde|bilder|foto|selfie|selfies|nakenbilder|nakenbilde|nudes|video av deg)\b",
        r"\bvis meg (?:deg selv|kroppen din|mer)\b",
        r"\bsla pa (?:kameraet|webkameraet)\b",
        r"\bhva har du pa deg\b",
    ],
    "grooming": [
        r"\ber du alene(?: hjemme)?\b",
        r"\ber foreldrene dine hjemme\b",
        r"\bjeg (?:kjoper|gir|sender) deg (?:en |et |noen )?(?:gave|robux|v-?bucks|skins?|penger|gavekort|kroner|\d+)",
        r"\bjeg betaler deg\b|\bjeg er den eneste som forstar deg\b",
        r"\balder er bare et tall\b",
    ],
    "age_question": [r"\bhvor gammel er du\b|\bkor gammal er du\b", r"\bhvilken klasse gar du i\b"],
    "flattery": [
        r"\bdu er (?:sa |virkelig |veldig )*(?:moden|voksen|vakker|pen|spesiell|sexy|perfekt|nydelig)\b",
        r"\bdu virker (?:mye )?(?:eldre|voksen|moden)\b|\bmoden for alderen\b",
    ],
    "sexual": [r"\b(?:sex|porno|naken|pikk|fitte|pupper|knulle|onan\w*|runke|kat)\b"],
    "insult": [
        r"\bdu er (?:sa |bare |en |et |virkelig |helt )*(?:dum|stygg|feit|idiot|taper|patetisk|verdilos|ekkel|mongo|hore|teit|latterlig)\b",
        r"\b(?:hore|fitte|homo|jævla idiot|javla idiot|fuck deg|mongo|kuk|din jævel|horeunge)\b",
        r"\bingen liker deg\b|\balle hater deg\b|\bingen vil ha deg\b",
        r"\bhold kjeft\b",
        r"\bdrep deg selv\b|\bga og do\b",
        r"\bdra hjem til ditt (?:eget )?land\b",
    ],
    "hate": [
        r"\b(?:svartinger|negre|homser|jøder|joder|muslimer|innvandrere) (?:er|burde)\b.{0,25}\b(?:ekle|syke|do|ut|dyr)\b",
        r"\b(?:svarting|neger|pakkis)\b",
    ],
    "self_harm": [
        r"\b(?:ta livet av meg|kutte meg|skade meg selv|drepe meg selv)\b",
        r"\bjeg vil (?:do|dø|forsvinne|ikke leve|ikke vakne|ikke være her)\b",
        r"\bjeg (?:har )?(?:kuttet|skadet) meg(?: selv)?(?: igjen)?\b",
        r"\bskulle ønske jeg (?:kunne )?(?:forsvinne|var død|var dod|aldri var født|ikke våknet)\b|\bskulle onske jeg (?:kunne )?(?:forsvinne|var dod|ikke vaknet)\b",
        r"\bingen ville (?:savnet meg|merket det|savne meg)\b",
        r"\bbedre uten meg\b",
        r"\bjeg orker ikke mer\b.{0,60}\b(?:forsvinne|do|dø|slutt)\b",
        r"\blei av a leve\b|\blei av å leve\b|\bjeg er en byrde\b",
    ],
    "self_harm_topic": [r"\bselvmord", r"\bselvskad"],
    "abuse": [
        r"\b(?:han|hun|min \w+) (?:slar|slår|tafser pa|tar pa|misbruker) meg\b",
        r"\bjeg blir (?:slatt|slått|misbrukt|presset|utpresset)\b",
        r"\bpresser meg\b",
        r"\btruer med a (?:dele|legge ut|sende) (?:bildene|videoene|nakenbildene) mine\b",
    ],
    "awareness": [
        r"\b(?:i dag |i timen |pa skolen )?(?:snakket vi|lærte vi|larte vi|vi snakket|vi lærte|vi larte|har vi snakket) om\b",
        r"\bhvorfor man aldri\b|\bsend aldri\b|\bdel aldri\b|\bman skal aldri\b",
        r"\bhvis noen (?:ber|truer|sender|skriver)\b",
        r"\bsnakk med en voksen\b|\b(?:meld fra|blokker|rapporter)\b",
        r"\b(?:kampanje|prosjekt|workshop|plakat|foredrag) om\b",
        r"\bhvordan (?:man )?(?:kjenner igjen|melder|blokkerer)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:jeg|meg|min|mitt|mine)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bforsvinne\b",
    r"\bikke våkne (?:opp )?igjen\b|\baldri våkne\b|\bikke vakne\b",
    r"\b(?:piller|tabletter)\b",
    r"\bavskjedsbrev\b",
    r"\bjeg orker ikke mer\b|\bjeg klarer ikke mer\b",
    r"\bmørke tanker\b|\bmorke tanker\b",
    r"\blivet har ingen mening\b|\bmeningsløst\b|\bmeningslost\b",
    r"\bmine (?:armer|håndledd|handledd|lår|lar)\b.{0,30}\b(?:kuttet|kutt|sår|sar|arr)\b",
    r"\bhvis jeg (?:ikke var her|var borte|var død|var dod|forsvant)\b",
    r"\ben byrde\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\balle ler av deg\b",
    r"\b(?:stikk|forsvinn|dra til helvete|kom deg vekk)\b",
    r"\bingen vil være (?:med deg|venn med deg)\b|\bingen vil vaere (?:med deg|venn med deg)\b",
    r"\bvi (?:slår|slar|banker) deg\b|\bjeg (?:slår|slar|banker) deg\b",
    r"\bingen bryr seg om deg\b|\bingen spurte deg\b",
    r"\bse på deg selv\b|\bse pa deg selv\b",
    r"\bfolk som deg\b",
    r"\b(?:taper|tulling|idiot|mongo|loser|ekling|tufs)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bdette blir mellom oss\b|\bingen trenger å vite\b|\bingen trenger a vite\b|\bforeldrene dine trenger ikke vite\b|\bikke si noe til noen\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:legg meg til|skriv til meg) på (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmer privat\b|\bforsvinnende meldinger\b|\bingen kan (?:lese|se) det\b"
]
PATTERNS["image_request"] += [
    r"\bsend (?:meg )?(?:et |noen )?(?:bilde|bilder|video|selfie)\b|\bjeg vil se deg\b|\bvis meg\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:skal vi møtes|kan vi møtes|vil du møtes|skal vi motes|kan vi motes)\b|\bjeg kommer til deg\b|\bhvilken by bor du i\b|\bhva heter skolen din\b"
]
PATTERNS["grooming"] += [
    r"\ber du alene hjemme\b|\ber foreldrene dine hjemme\b|\bnår er foreldrene dine borte\b|\bjeg (?:kjøper|kjoper|gir) deg\b|\bdu kan stole på meg\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bha sex\b|\bligge med\b|\bhva har du på deg\b|\btoerre deg selv\b|\bkroppen din\b|\bsexy bilder\b|\bnaken\b|\bnakne\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bjeg er verdiløs\b|\bjeg er verdilos\b|\bjeg er ingenting\b",
    r"\bjeg hater (?:meg selv|livet mitt)\b",
    r"\bheller (?:være )?død\b|\bheller vaere dod\b",
    r"\bjeg gir opp\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bhva er (?:vitsen|poenget)\b",
    r"\bjeg vil at alt skal stoppe\b",
    r"\bdet hadde vært (?:lettere|bedre) om jeg\b",
    r"\bjeg føler meg tom\b",
    r"\blei av alt\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\buten klær\b|\buten klaer\b|\blyst på deg\b|\bi (?:din|min) seng\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bsjekker foreldrene dine (?:telefonen|mobilen|meldingene)\b",
    r"\blast ned (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bsende (?:et )?bilde i (?:pysjen|pysjamas|undertøy|undertoy)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"du\b|deg\b|din\b|ditt\b|dine\b|dere\b",
    "self_harm": r"ta livet mitt|ta mitt eget liv|drepe meg selv|skade meg selv|skader meg selv|kutter meg|kuttet meg|skjaerer meg|henge meg",
    "despair": r"vil do|vil ikke leve|orker ikke mer|orker ikke leve|vil forsvinne|forsvinne for alltid|aldri vakne|ikke vakne|bedre uten meg|ingen ville savnet meg|ingen ville merke|er en byrde|avslutte alt|barberblad|avskjedsbrev|hater meg selv|hater livet mitt|verdilos|tom inni|lei av livet|lei av a leve|vil ikke vaere her",
    "relapse": r"gjorde det igjen|gjort det igjen|tilbakefall",
    "hidden": r"hettegenser|hoodie-?vaer|lange ermer|ingen ser|skjule|genser-?vaer|genservaer",
    "give_away": r"gir bort tingene|gir bort mine|gi bort tingene|tingene mine til",
    "no_need": r"trenger dem ikke|trenger ikke (?:dem|det) mer|kommer ikke til a trenge",
    "last_post": r"mitt siste innlegg|min siste melding|siste innlegg",
    "goodbye": r"hade\b|ha det\b|takk for alt|farvel",
    "harmless": r"under dyna|under dyne|dor av latter",
    "slur": r"hore|fitte|kuk\b|faen ta deg|drit og dra|dra til helvete|homo\b|mongo|ta livet ditt|ga og do|du er dod|er du dod|er du ferdig|du er ferdig",
    "insult": r"stygg|feit|tjukk|gris\b|idiot|dum\b|dumme|taper|patetisk|ekkel|ekle|ingen liker deg|alle hater deg|alle ler av deg|hold kjeft|stikk\b|forsvinn|forlat gruppa|lukter|klovn|ku\b|hval\b|soppel|verdilos|ingen vil",
    "hate": r"svarting|neger|sigoyner|dra hjem til ditt eget land|reis hjem|sieg heil",
    "sexual": r"naken|nakenbilde|nudes|porno\b|sex\b|knulle|suge|runke|onan|masturb|pupper|bryster|kuk\b|fitte|kat\b|sexy|sexte|ta av deg|undertoy|truse|bh\b",
    "alone": r"er du alene|alene hjemme|(?<!ikke )alene\b|foreldre (?:hjemme|borte|pa jobb)|noen hjemme|pa rommet ditt",
    "age": r"hvor gammel er|din alder|hvilken klasse|hva gar du i|er du 1[0-7]|mindrearig",
    "secret": r"var hemmelighet|mellom oss|ikke si det|ikke si noe|ikke fortell|ingen trenger a vite|slett (?:chatten|meldingene|samtalen)",
    "private": r"pa privat|privat chat|der leser ingen|ingen leser med|forsvinnende meldinger|hemmelig chat|(?:ta det|skriv|snakk) pa (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"vippser deg|vippse deg|jeg kjoper (?:\w+ )?til deg|jeg gir deg (?:penger|\d)|jeg betaler deg|gavekort|paysafe",
    "mature": r"moden for alderen|sa moden|veldig moden|ser eldre ut|virker eldre|ikke som de andre|alder er bare et tall|bare jeg forstar deg",
    "flattery": r"vakker|pen\b|penere|sot\b|sexy|perfekt|spesiell",
    "meet": r"ses\b|treffes|moetes|motes|kom hjem til meg|jeg henter deg|i virkeligheten|irl\b",
    "where": r"hvor bor du|hvilken by|hvilken skole|adressen din|hvilken gate",
    "send": r"send|sender|vis meg|vis deg|vil se|sla pa kameraet",
    "picture": r"bilde|foto|selfie|nudes|video|kamera|kropp",
}
