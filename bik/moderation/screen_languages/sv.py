# ruff: noqa: E501 -- tables of patterns read best one per line
"""Swedish."""

NUMBERS = ("noll", "ett|en", "två|tva", "tre", "fyra", "fem", "sex", "sju", "åtta|atta", "nio")
AT = ("snabel-a", "snabela", "at")
DOT = ("punkt",)
REGIONS = ("SE", "FI")

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:gatan|vagen|vägen|gränd|grand|torget|allen|allén|stigen|backen|plan) \d{1,4}[a-z]?\b",
        r"\bjag bor (?:pa|på|vid) [a-z-]+(?:gatan|vägen|vagen|torget|gränd)\b",
        r"\bmin adress (?:ar|är)\b",
        r"\bjag gar pa [a-z-]+(?: [a-z-]+){0,2} ?(?:skolan|skola|gymnasiet)\b(?: i [a-z-]+)",
    ],
    "social_handle": [
        r"\b(?:lagg till|lägg till|adda|följ|folj) mig (?:pa|på)\b",
        r"\bmin {platforms} (?:ar|är|:)",
        r"\bmitt (?:anvandarnamn|användarnamn|namn pa|username) (?:ar|är|pa)\b",
        r"\b(?:adda|lagg till) mig\b|\bfolj mig\b",
    ],
    "private_channel": [
        r"\bskriv (?:till mig )?(?:privat|i pm|ett pm|i dm)\b",
        r"\b(?:i|pa|via) (?:pm|dm|privat)\b",
        r"\blat oss (?:skriva|prata|chatta) (?:privat|nagon annanstans)\b",
        r"\b(?:skriv|prata|chatta|vi tar det|ses) (?:till mig )?(?:pa|via|i) {platforms}",
        r"\bdar ingen (?:kan )?(?:laser|lasa|ser|se)\b",
        r"\bhemlig (?:chatt|app|grupp)\b",
    ],
    "meet_up": [
        r"\bska vi (?:ses|traffas)\b|\blat oss (?:ses|traffas)\b|\bvi kan (?:ses|traffas)\b",
        r"\bkom hem till mig\b",
        r"\bvar bor du\b",
        r"\bvilken skola gar du pa\b|\bvar gar du i skolan\b",
        r"\bjag (?:hamtar dig|vantar pa dig utanfor skolan)\b",
        r"\btraffas pa riktigt\b|\bses irl\b",
    ],
    "secrecy": [
        r"\bsag (?:inget |det inte )?till nagon\b|\bberatta (?:det )?inte for nagon\b|\bsag inte till nagon\b",
        r"\bsag (?:inget|det inte) till (?:dina )?foraldrar\b|\bberatta inte for dina foraldrar\b",
        r"\bvar (?:lilla )?hemlighet\b",
        r"\bmellan oss\b|\bhall det for dig sjalv\b",
        r"\bradera (?:meddelandena|chatten|vara meddelanden)\b",
        r"\bingen behover veta\b",
    ],
    "image_request": [
        r"\bskicka (?:en |nagra |fler |din |dina )?(?:bild|bilder|foto|selfie|selfies|nakenbilder|nakenbild|nudes|video pa dig)\b",
        r"\bvisa mig (?:dig|din kropp|mer)\b",
        r"\bsatt pa (?:din )?(?:kamera|webbkamera)\b",
        r"\bvad har du pa dig\b",
    ],
    "grooming": [
        r"\bar du (?:ensam|sjalv)(?: hemma)?\b",
        r"\bar dina foraldrar hemma\b",
        r"\bjag (?:koper|ger|skickar) dig (?:en |ett |nagra )?(?:present|robux|v-?bucks|skins?|pengar|presentkort|kronor|\d+)",
        r"\bjag betalar dig\b|\bjag ar den enda som forstar dig\b",
        r"\balder ar bara en siffra\b",
    ],
    "age_question": [r"\bhur gammal ar du\b", r"\bvilken klass gar du i\b"],
    "flattery": [
        r"\bdu ar (?:sa |verkligen |jatte )*(?:mogen|vuxen|vacker|snygg|sot|speciell|sexig|perfekt)\b",
        r"\bdu verkar (?:mycket )?(?:aldre|vuxen|mogen)\b|\bmogen for din alder\b",
    ],
    "sexual": [r"\b(?:sex|porr|naken|kuk|fitta|brost|knulla|onan\w*|runka|kat)\b"],
    "insult": [
        r"\bdu ar (?:sa |bara |en |ett |verkligen |helt )*(?:dum|ful|fet|idiot|loser|patetisk|vardelos|äcklig|acklig|mongo|cp|hora|efterbliven|misslyckad)\b",
        r"\b(?:hora|fitta|bog|jävla idiot|javla idiot|fuck you|mongo|cp-skada|kuksugare|din javel|horunge)\b",
        r"\bingen gillar dig\b|\balla hatar dig\b|\bingen vill ha dig\b",
        r"\bhall kaften\b|\bhall kaft\b|\btyst med dig\b",
        r"\bdoda dig sjalv\b|\bga och do\b|\bdo\b(?=.{0,10}!)",
        r"\bak hem till ditt (?:eget )?land\b",
    ],
    "hate": [
        r"\b(?:blattar|negrer|bögar|bogar|judar|muslimer|invandrare) (?:ar|borde)\b.{0,25}\b(?:äckliga|ackliga|sjuka|do|ut|djur)\b",
        r"\b(?:blatte|neger|zigenarjavel)\b",
    ],
    "self_harm": [
        r"\b(?:ta livet av mig|skära mig|skara mig|skada mig sjalv|skada mig själv|döda mig själv|doda mig sjalv)\b",
        r"\bjag vill (?:do|dö|försvinna|forsvinna|inte leva|inte vakna|inte finnas)\b",
        r"\bjag (?:har )?(?:skurit|skadat) mig(?: sjalv)?(?: igen)?\b",
        r"\bjag (?:onskar|önskar) (?:att )?jag (?:kunde )?(?:forsvinna|försvinna|var dod|var död|aldrig fotts|aldrig föddes|inte vaknade)\b",
        r"\bingen skulle (?:sakna mig|marka|märka)\b",
        r"\bbattre utan mig\b|\bbättre utan mig\b",
        r"\bjag orkar inte (?:mer|langre|längre)\b.{0,60}\b(?:forsvinna|försvinna|do|dö|slut|ta slut)\b",
        r"\btrott pa att leva\b|\btrött på att leva\b|\bjag ar en borda\b|\bjag är en börda\b",
    ],
    "self_harm_topic": [r"\bsjalvmord|\bsjälvmord", r"\bsjalvskad|\bsjälvskad"],
    "abuse": [
        r"\b(?:han|hon|min \w+) (?:slar|slår|tafsar pa|tafsar på|rör|ror|utnyttjar) mig\b",
        r"\bjag blir (?:slagen|utnyttjad|utpressad)\b",
        r"\butpressar mig\b",
        r"\bhotar att (?:dela|lagga upp|lägga upp|skicka) mina (?:bilder|videor|nakenbilder)\b",
    ],
    "awareness": [
        r"\b(?:idag |i dag |pa lektionen |i skolan )?(?:pratade vi|lärde vi oss|larde vi oss|vi pratade|vi lärde oss|vi larde oss|har vi pratat) om\b",
        r"\bvarfor man aldrig\b|\bskicka aldrig\b|\bdela aldrig\b|\bman ska aldrig\b",
        r"\bom nagon (?:ber|hotar|skickar|skriver)\b|\bom någon (?:ber|hotar|skickar|skriver)\b",
        r"\bprata med en vuxen\b|\b(?:anmal|anmäl|blockera|rapportera)\b",
        r"\b(?:kampanj|projekt|workshop|affisch|föredrag|foredrag) om\b",
        r"\bhur man (?:kanner igen|känner igen|anmaler|blockerar)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:jag|mig|mitt|min|mina)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bförsvinna\b|\bforsvinna\b",
    r"\binte vakna (?:igen|mer)\b|\baldrig vakna\b",
    r"\b(?:piller|tabletter)\b",
    r"\bavskedsbrev\b",
    r"\bjag orkar inte (?:mer|längre|langre)\b|\bjag klarar inte mer\b",
    r"\bmörka tankar\b|\bmorka tankar\b",
    r"\blivet har ingen mening\b|\bingen mening med livet\b|\bmeningslöst\b|\bmeningslost\b",
    r"\bmina (?:armar|handleder|lår|lar)\b.{0,30}\b(?:skurit|sår|sar|ärr|arr)\b",
    r"\bom jag (?:inte fanns|var borta|var död|var dod|försvann|forsvann)\b",
    r"\ben börda\b|\ben borda\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\balla skrattar åt dig\b|\balla skrattar at dig\b",
    r"\b(?:stick|dra åt helvete|dra at helvete|försvinn|forsvinn)\b",
    r"\bingen vill vara (?:med dig|din kompis|kompis med dig)\b",
    r"\bvi (?:slår|slar|spöar|spoar) dig\b|\bjag (?:slår|slar|spöar|spoar) dig\b",
    r"\bingen bryr sig om dig\b|\bingen frågade dig\b|\bingen fragade dig\b",
    r"\btitta på dig själv\b|\btitta pa dig sjalv\b",
    r"\bfolk som du\b|\bsånna som du\b|\bsanna som du\b",
    r"\b(?:loser|förlorare|forlorare|tönt|tont|pucko|mongo|idiot|äckel|ackel)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bdet stannar mellan oss\b|\bingen behöver veta\b|\bingen behover veta\b|\bdina föräldrar behöver inte veta\b|\bsäg inget till någon\b|\bsag inget till nagon\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:lägg till mig|lagg till mig|skriv till mig) på (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmer privat\b|\bförsvinnande meddelanden\b|\bingen kan (?:läsa|lasa|se) det\b"
]
PATTERNS["image_request"] += [
    r"\bskicka (?:en |några |nagra )?(?:bild|bilder|video|selfie)\b|\bjag vill se dig\b|\bvisa mig\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:ska vi ses|kan vi ses|vill du träffas|vill du traffas)\b|\bjag kommer till dig\b|\bvilken stad bor du i\b|\bvad heter din skola\b"
]
PATTERNS["grooming"] += [
    r"\bär du ensam hemma\b|\bar du ensam hemma\b|\bär dina föräldrar hemma\b|\bnär är dina föräldrar borta\b|\bjag (?:köper|koper|ger) dig\b|\bdu kan lita på mig\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bha sex\b|\bligga med\b|\bvad har du på dig\b|\btaffsa\b|\bröra dig själv\b|\bdin kropp\b|\bsexiga bilder\b|\bnaken\b|\bnakna\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bjag är värdelös\b|\bjag ar vardelos\b|\bjag är ingenting\b",
    r"\bjag hatar (?:mig själv|mitt liv|mig sjalv)\b",
    r"\bhellre (?:vara )?död\b|\bhellre vara dod\b",
    r"\bjag ger upp\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bvad är (?:ens )?poängen\b|\bvad ar poangen\b|\bvad är meningen\b",
    r"\bjag vill att allt ska ta slut\b",
    r"\bdet vore (?:lättare|bättre) om jag\b",
    r"\bjag känner mig tom\b",
    r"\btrött på allt\b|\btrott pa allt\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\butan kläder\b|\butan klader\b|\bsugen på dig\b|\bi (?:din|min) säng\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bkollar dina föräldrar din (?:telefon|mobil)\b|\bkollar dina foraldrar din (?:telefon|mobil)\b",
    r"\bladda ner (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"du\b|dig\b|din\b|ditt\b|dina\b|er\b",
    "self_harm": r"ta livet av mig|ta mitt liv|doda mig|skada mig sjalv|skadar mig sjalv|skara mig|skär mig|hanga mig|hoppa fran bron",
    "despair": r"vill do|vill inte leva|orkar inte leva|orkar inte mer|vill forsvinna|forsvinna for alltid|aldrig vakna|inte vakna|battre utan mig|ingen skulle sakna mig|ingen skulle marka|ar en borda|avsluta allt|rakblad|avskedsbrev|hatar mig sjalv|hatar mitt liv|vardelos|tom inuti|trott pa att leva|trott pa livet|vill inte finnas",
    "relapse": r"gjorde det igen|gjort det igen|aterfall",
    "hidden": r"hoodie-?vader|langarmat|langa armar|ingen ser|dolja",
    "give_away": r"ger bort mina|ge bort mina|mina grejer till|mina saker till",
    "no_need": r"behover dem inte|behover inte (?:dem|det) mer|kommer inte behova",
    "last_post": r"mitt sista inlagg|mitt sista meddelande|sista inlagget",
    "goodbye": r"hejda|hej da|tack for allt|farval",
    "harmless": r"under tacket|dog av skratt|dor av skratt",
    "slur": r"hora|horunge|fitta|kuk\b|javla|fan ta dig|dra at helvete|knulla dig|bog\b|blatte|mongo|cp\b|ta livet av dig|ga och do|dod efter skolan|ar du dod|du ar dod",
    "insult": r"ful\b|fula|fet\b|feta|tjock|gris\b|idiot|dum\b|dumma|korkad|loser|patetisk|aklig|aclig|aklig|aeckl|ackl|aslig|ingen gillar dig|alla hatar dig|alla skrattar at dig|hall kaften|hall kaeften|stick\b|dra harifran|lamna gruppen|luktar|clown|ko\b|val\b|spa\b|sopa|vardelos|misslyckad|ingen vill",
    "hate": r"svartskalle|neger|zigenare|ga hem till ditt land|aka hem|sieg heil",
    "sexual": r"naken|nakenbild|nudes|porr\b|sex\b|knulla|suga|runka|onan|masturb|tuttar|brost|kuk\b|fitta|kat\b|sexig|sexta|ta av dig|underklader|trosor|bh\b",
    "alone": r"ar du ensam|ensam hemma|(?<!inte )ensam\b|foraldrar (?:hemma|borta|jobbar)|nagon hemma|i ditt rum",
    "age": r"hur gammal ar|hur gammal e|din alder|vilken klass|vilken arskurs|ar du 1[0-7]|minderarig",
    "secret": r"var hemlis|var hemlighet|mellan oss|saga inget|sag inget|saga inte|sag inte till|beratta inte|ingen behover veta|radera (?:chatten|meddelandena|konversationen)|var hemlis|sag inget till nan|saga inget till nan",
    "private": r"i privat|privat chatt|dar laser ingen|dar ingen laser|ingen laser|forsvinnande meddelanden|hemlig chatt|(?:ta det|snacka|skriv) pa (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"swishar dig|swisha dig|jag koper (?:\w+ )?at dig|jag ger dig (?:pengar|\d)|jag betalar dig|robux at dig|presentkort|paysafe",
    "mature": r"mogen for din alder|sa mogen|valdigt mogen|ser aldre ut|verkar aldre|inte som de andra|alder ar bara en siffra|bara jag forstar dig",
    "flattery": r"vacker|snygg|sot\b|sexig|perfekt|speciell",
    "meet": r"ses\b|traffas|vi kan ses|kom hem till mig|jag hamtar dig|i verkligheten|irl\b",
    "where": r"var bor du|vilken stad|vilken skola|vilken skola gar|din adress|vilken gata",
    "send": r"skicka|skickar|visa mig|visa dig|vill se|sla pa kameran",
    "picture": r"bild|foto|selfie|nudes|video|kamera|kropp",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bom (?:nagon|någon|en framling|en kompis)\b|\bskicka aldrig\b|\baldrig skicka\b",
    r"\b(?:beratta|berätta|prata) (?:det )?(?:for|för|med) (?:en vuxen|dina foraldrar|dina föräldrar|en larare|en lärare)\b|\bvuxen (?:som )?du litar pa\b",
    r"\bvarningssignal\w*\b|\b(?:forovare|förövare|bedragare|framlingar) (?:ofta |brukar )?(?:forsoker|försöker|later|låtsas|ber|anvander|använder)\b",
    r"\b(?:var|vår|min) (?:mentor|larare|lärare|kurator|skolkurator)\b|\bkuratorn\b",
]
