# ruff: noqa: E501 -- tables of patterns read best one per line
"""Danish."""

NUMBERS = ("nul", "en|et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
AT = ("snabel-a", "snabela", "at")
DOT = ("punktum", "prik")
REGIONS = ("DK",)

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:vej|gade|alle|plads|stræde|straede|vaenget|vænget|boulevard) \d{1,4}[a-z]?\b",
        r"\bjeg bor (?:pa|på|i) [a-z-]+(?:vej|gade|alle|plads)\b",
        r"\bmin adresse er\b",
        r"\bjeg gar pa [a-z-]+(?: [a-z-]+){0,2} ?(?:skole|gymnasium|efterskole)\b(?: i [a-z-]+)",
    ],
    "social_handle": [
        r"\b(?:tilfoj|adder|add|folg) mig (?:pa|på)\b",
        r"\bmin {platforms} (?:er|:)",
        r"\bmit (?:brugernavn|navn pa|username) (?:er|pa)\b",
        r"\btilfoj mig\b|\bfolg mig\b",
    ],
    "private_channel": [
        r"\bskriv (?:til mig )?(?:privat|pa pb|en pb|en dm)\b",
        r"\b(?:i|pa|over) (?:pb|dm|privatbesked)\b",
        r"\blad os (?:skrive|snakke|chatte) (?:privat|et andet sted)\b",
        r"\b(?:skriv|snak|chat|skriver vi|snakker vi) (?:til mig )?(?:pa|over|via) {platforms}",
        r"\bhvor ingen (?:kan )?(?:laeser|læser|ser|kan laese|kan se)\b",
        r"\bhemmelig (?:chat|app|gruppe)\b",
    ],
    "meet_up": [
        r"\bskal vi (?:ses|modes|mødes)\b|\blad os (?:ses|modes|mødes)\b",
        r"\bkom (?:hjem til mig|over til mig)\b",
        r"\bhvor bor du\b",
        r"\bhvilken skole gar du pa\b|\bhvor gar du i skole\b",
        r"\bjeg (?:henter dig|venter pa dig ved skolen)\b",
        r"\bmodes i virkeligheden\b|\bses i virkeligheden\b",
    ],
    "secrecy": [
        r"\bsig det ikke til nogen\b|\bfortael det ikke til nogen\b|\bikke sige det til nogen\b",
        r"\bsig det ikke til (?:dine )?foraeldre\b|\bfortael det ikke til dine foraeldre\b",
        r"\bvores (?:lille )?hemmelighed\b",
        r"\bmellem os\b|\bhold det for dig selv\b",
        r"\bslet (?:beskederne|chatten|vores beskeder)\b",
        r"\bingen behover at vide\b",
    ],
    "image_request": [
        r"\bsend (?:mig )?(?:et |nogle |flere |dit |dine )?(?:billede|billeder|foto|fotos|selfie|selfies|nøgenbilleder|nogenbilleder|nudes|video af dig)\b",
        r"\bvis mig (?:dig selv|din krop|mere)\b",
        r"\btaend (?:dit )?(?:kamera|webcam)\b",
        r"\bhvad har du pa\b",
    ],
    "grooming": [
        r"\ber du alene(?: hjemme)?\b",
        r"\ber dine foraeldre hjemme\b",
        r"\bjeg (?:kober|giver|sender) dig (?:en |et |nogle )?(?:gave|robux|v-?bucks|skins?|penge|gavekort|kroner|\d+)",
        r"\bjeg betaler dig\b|\bjeg er den eneste der forstar dig\b",
        r"\balder er bare et tal\b",
    ],
    "age_question": [r"\bhvor gammel er du\b", r"\bhvilken klasse gar du i\b"],
    "flattery": [
        r"\bdu er (?:sa |virkelig |mega )*(?:moden|voksen|smuk|lækker|laekker|speciel|sexet|perfekt)\b",
        r"\bdu virker (?:meget )?(?:aeldre|ældre|voksen|moden)\b|\bmoden for din alder\b",
    ],
    "sexual": [r"\b(?:porno|nøgenbilleder|pik|fisse|kneppe|onan\w*|masturb\w*|liderlig)\b"],
    "insult": [
        r"\bdu er (?:sa |bare |en |et |virkelig |total )*(?:dum|grim|fed|idiot|taber|klam|ulækker|ulaekker|patetisk|vaerdilos|værdiløs|lam|spasser|mongol|luder)\b",
        r"\b(?:luder|kaelling|kælling|fisse|spasser|bøsserøv|bosserov|fuck dig|mongol|nar|kraftidiot)\b",
        r"\bingen kan lide dig\b|\balle hader dig\b|\bingen gider dig\b",
        r"\bhold (?:din )?(?:kaeft|kæft|mund)\b",
        r"\bdræb dig selv\b|\bdraeb dig selv\b|\bga ud og do\b",
        r"\btag hjem til dit eget land\b",
    ],
    "hate": [
        r"\b(?:perker|neger|bøsser|bosser|jøder|joder|muslimer|indvandrere) (?:er|skal)\b.{0,25}\b(?:ulaekre|klamme|syge|do|ud|dyr)\b",
        r"\bperker\w*\b",
    ],
    "self_harm": [
        r"\b(?:slå mig selv ihjel|sla mig selv ihjel|skære i mig selv|skaere i mig selv|gøre skade på mig selv|gore skade pa mig selv|tage mit eget liv)\b",
        r"\bjeg vil (?:dø|do|forsvinde|ikke leve mere|ikke vaagne|ikke være her)\b",
        r"\bjeg (?:har )?(?:skaret|cuttet|skadet) (?:i )?mig selv\b",
        r"\bgid jeg (?:bare )?(?:kunne )?(?:forsvinde|var død|var dod|aldrig var født|ikke vaagnede)\b|\bjeg ville ønske jeg (?:kunne )?forsvinde\b",
        r"\bingen ville (?:savne mig|opdage det|lægge mærke til)\b",
        r"\bbedre uden mig\b",
        r"\bjeg kan ikke mere\b.{0,60}\b(?:forsvinde|dø|do|slut|ende)\b",
        r"\btræt af at leve\b|\btraet af at leve\b|\bjeg er en byrde\b",
    ],
    "self_harm_topic": [r"\bselvmord", r"\bselvskade"],
    "abuse": [
        r"\b(?:han|hun|min \w+) (?:slår|slar|rører ved|rorer ved|misbruger) mig\b",
        r"\bjeg bliver (?:slået|slaet|misbrugt|afpresset)\b",
        r"\bafpresser mig\b",
        r"\btruer med at (?:dele|poste|sende) mine (?:billeder|videoer|nøgenbilleder)\b",
    ],
    "awareness": [
        r"\b(?:i dag |i timen |i skolen )?(?:har vi|vi har|vi) (?:talt|snakket|lært|laert|lærte|laerte|talte|snakkede) om\b",
        r"\bhvorfor man aldrig\b|\bsend aldrig\b|\bdel aldrig\b|\bman skal aldrig\b",
        r"\bhvis nogen (?:beder|truer|sender|skriver)\b",
        r"\b(?:tal|snak) med en voksen\b|\b(?:anmeld|bloker)\b",
        r"\b(?:kampagne|projekt|workshop|plakat|oplæg|oplaeg) om\b",
        r"\bhvordan man (?:genkender|anmelder|blokerer)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:jeg|mig|min|mit|mine)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bforsvinde\b",
    r"\bikke vågne (?:op )?igen\b|\baldrig vågne\b|\bikke vagne\b",
    r"\b(?:piller|tabletter)\b",
    r"\bafskedsbrev\b",
    r"\bjeg kan ikke mere\b|\bjeg orker ikke mere\b",
    r"\bmørke tanker\b|\bmorke tanker\b",
    r"\blivet giver ingen mening\b|\bingen mening med livet\b",
    r"\bmine (?:arme|håndled|haandled|lår)\b.{0,30}\b(?:skåret|snit|ar)\b",
    r"\bhvis jeg (?:ikke var her|var væk|var vaek|var død|var dod)\b",
    r"\ben byrde\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\balle griner af dig\b",
    r"\b(?:skrid|forsvind|smut med dig)\b",
    r"\bingen vil (?:være|vaere) (?:venner med dig|sammen med dig)\b",
    r"\bvi (?:tæsker|taesker|banker) dig\b|\bjeg (?:tæsker|taesker|banker) dig\b",
    r"\bingen (?:gider|er ligeglade med) dig\b|\bingen spurgte dig\b",
    r"\bse dig selv\b|\bkig på dig selv\b",
    r"\bfolk som dig\b",
    r"\b(?:taber|nar|spasser|klovn|idiot|tabe)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bdet bliver mellem os\b|\bingen behøver at vide det\b|\bingen behover at vide det\b|\bdine forældre behøver ikke vide\b|\bsig det ikke til nogen\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:tilføj mig|tilfoj mig|skriv til mig) på (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmere privat\b|\bforsvindende beskeder\b|\bingen kan (?:læse|laese|se) det\b"
]
PATTERNS["image_request"] += [
    r"\bsend (?:mig )?(?:et |nogle )?(?:billede|billeder|video|selfie)\b|\bjeg vil se dig\b|\bvis mig\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:skal vi ses|kan vi mødes|vil du mødes)\b|\bjeg kommer (?:hen )?til dig\b|\bhvilken by bor du i\b|\bhvad hedder din skole\b"
]
PATTERNS["grooming"] += [
    r"\ber du alene hjemme\b|\ber dine forældre hjemme\b|\bhvornår er dine forældre ude\b|\bjeg (?:køber|kober|giver) dig\b|\bdu kan stole på mig\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bhave sex\b|\bsove sammen\b|\bhvad har du på\b|\brøre ved dig selv\b|\bdin krop\b|\bfrække billeder\b|\bnøgne\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bjeg er ingenting værd\b|\bjeg er vaerdilos\b|\bjeg er værdiløs\b",
    r"\bjeg hader (?:mig selv|mit liv)\b",
    r"\bhellere (?:være )?død\b|\bhellere vaere dod\b",
    r"\bjeg giver op\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bhvad er meningen\b|\bhvad skal det nytte\b",
    r"\bjeg vil have,? at det hele stopper\b",
    r"\bdet ville være (?:nemmere|bedre),? hvis jeg\b",
    r"\bjeg føler mig tom\b",
    r"\btræt af det hele\b|\btraet af det hele\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\buden (?:tøj|toj)\b|\blyst til dig\b|\bi (?:din|min) seng\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\btjekker dine forældre din telefon\b|\btjekker dine foraeldre din telefon\b",
    r"\bhent (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\bdownload (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"du\b|dig\b|din\b|dit\b|dine\b|jer\b",
    "self_harm": r"tage mit eget liv|tage mit liv|slaa mig selv ihjel|sla mig selv ihjel|skade mig selv|skader mig selv|skar i mig selv|skaerer i mig selv|skærer|haenge mig|hænge mig",
    "despair": r"vil do|vil ikke leve|orker ikke|gider ikke leve|vil forsvinde|forsvinde for altid|aldrig vaagne|ikke vaagne|bedre uden mig|ingen ville savne mig|ingen ville opdage|er en byrde|ende det hele|barberblad|afskedsbrev|hader mig selv|hader mit liv|vaerdilos|tom indeni|traet af livet|traet af at leve|vil ikke vaere her|gider ikke mere|det bliver aldrig bedre",
    "relapse": r"gjorde det igen|gjort det igen|tilbagefald",
    "hidden": r"hoodie-?vejr|lange aermer|ingen ser|skjule",
    "give_away": r"giver mine ting|give mine ting|giver mine|mine ting til",
    "no_need": r"har ikke brug for dem|får ikke brug|far ikke brug|skal ikke bruge",
    "last_post": r"mit sidste opslag|min sidste besked|sidste opslag",
    "goodbye": r"farvel|tak for alt|hej hej",
    "harmless": r"under dynen|dor af grin|doer af grin",
    "slur": r"luder|kaelling|kælling|fisse|pik\b|fuck dig|skrid\b|spasser|mongol|bosse|baesse|dra til helvede|tag dit liv|gaa ud og do|er du dod|du er dod|far du taesk|faar du taesk|efter skole far du",
    "insult": r"grim\b|grimme|fed\b|fede\b|tyk\b|tykke|svin\b|idiot|dum\b|dumme|taber|patetisk|ulaekker|klam\b|klamme|ingen kan lide dig|alle hader dig|alle griner af dig|hold kaeft|hold kæft|smut\b|forsvind|forlad gruppen|lugter|klovn|ko\b|hval\b|affald|vaerdilos|ingen vil",
    "hate": r"perker|neger|sigojner|tag hjem til dit eget land|rejs hjem|sieg heil",
    "sexual": r"nogenbillede|nogenbilleder|nudes|porno\b|sex\b|kneppe|sutte|onan|masturb|patter|bryster|pik\b|fisse|liderlig|sexet|sexte|tag toejet af|undertoj|trusser|bh\b",
    "alone": r"er du alene|alene hjemme|(?<!ikke )alene\b|foraeldre (?:hjemme|vaek|paa arbejde)|nogen hjemme|pa dit vaerelse",
    "age": r"hvor gammel er|din alder|hvilken klasse|hvad klasse|er du 1[0-7]|mindrearig",
    "secret": r"vores hemmelighed|mellem os|sig det ikke|sig ikke noget|fortael ikke|ingen behover at vide|slet (?:chatten|beskederne|samtalen)",
    "private": r"i privat|privat chat|der laeser ingen|ingen laeser med|forsvindende beskeder|hemmelig chat|(?:tag det|skriv|snak) pa (?:snap|telegram|whatsapp|signal|insta|discord)|der kan ingen laese med|ingen kan laese med",
    "gift": r"mobilepayer dig|mobilepay dig|jeg kober (?:\w+ )?til dig|jeg giver dig (?:penge|\d)|jeg betaler dig|gavekort|paysafe",
    "mature": r"moden for din alder|sa moden|meget moden|ser aeldre ud|virker aeldre|ikke som de andre|alder er bare et tal|kun mig der forstar dig",
    "flattery": r"smuk|lakker|laekker|sod\b|sexet|perfekt|speciel",
    "meet": r"ses\b|modes|mødes|kom hjem til mig|jeg henter dig|i virkeligheden|irl\b",
    "where": r"hvor bor du|hvilken by|hvilken skole|din adresse|hvilken gade",
    "send": r"send|sender|vis mig|vis dig|vil se|taend kameraet",
    "picture": r"billede|foto|selfie|nudes|video|kamera|krop",
}
