# ruff: noqa: E501 -- tables of patterns read best one per line
"""Dutch."""

NUMBERS = ("nul", "een|één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
AT = ("apenstaartje", "apestaart", "at")
DOT = ("punt",)
REGIONS = ("NL", "BE")

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|baan|hof) \d{1,4}[a-z]?\b",
        r"\bik woon (?:aan|op|in) de [a-z-]+(?:straat|laan|weg|plein|gracht|kade|dijk)\b",
        r"\bmijn (?:adres|huisadres) is\b",
        r"\bmijn postcode\b",
        r"\bik (?:zit op|ga naar) (?:het |de )?[a-z-]+(?: [a-z-]+){0,3}(?: college|lyceum|school|gymnasium|atheneum)\b(?: in [a-z-]+)",
        r"\bmijn school is (?:het |de )?[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:voeg|volg|add) me (?:toe )?(?:op|via)\b",
        r"\bmijn {platforms}(?: naam)? (?:is|:)",
        r"\bmijn (?:gebruikersnaam|username|naam op|account op) (?:is)?\b",
        r"\bvoeg me toe\b|\bvolg me\b",
    ],
    "private_channel": [
        r"\b(?:stuur|app|dm|pm) me (?:prive|een dm|een pb|een berichtje)\b",
        r"\b(?:in|via|per) (?:de )?(?:dm|pb|prive|privebericht)\b",
        r"\blaten we (?:prive|ergens anders) (?:praten|chatten|verder)\b",
        r"\b(?:praten|chatten|appen|verder) (?:we )?(?:op|via|in) {platforms}",
        r"\bwaar (?:niemand|geen mens) (?:het )?(?:kan|kunnen) (?:meelezen|lezen|zien)\b",
        r"\bgeheime (?:chat|app|groep)\b|\bprive ?chat\b",
    ],
    "meet_up": [
        r"\bzullen we (?:afspreken|elkaar zien|ergens afspreken)\b|\blaten we afspreken\b|\bafspreken\b",
        r"\bin het echt (?:zien|ontmoeten|afspreken)\b|\belkaar (?:ontmoeten|zien) in het echt\b",
        r"\bkom (?:naar mijn huis|bij mij|naar mij toe)\b",
        r"\bwaar woon je\b",
        r"\bop welke school zit je\b|\bwelke school\b.{0,10}\bjij\b",
        r"\bik (?:kom je|haal je) (?:ophalen|op)\b|\bik wacht op je (?:bij|na)\b",
    ],
    "secrecy": [
        r"\b(?:zeg|vertel) (?:het )?(?:tegen )?niemand\b|\b(?:niet )?(?:tegen je ouders )?zeggen\b.{0,10}\bniemand\b",
        r"\b(?:zeg|vertel) (?:het )?niet (?:tegen|aan) je ouders\b|\bniks tegen je ouders\b",
        r"\bons (?:kleine )?geheim(?:pje)?\b",
        r"\bhoud (?:het|dit) (?:geheim|voor jezelf)\b",
        r"\btussen (?:ons|jou en mij)\b",
        r"\bverwijder (?:de|deze|onze) (?:chat|berichten|gesprekken)\b",
        r"\bniemand hoeft (?:het|dit) te weten\b",
    ],
    "image_request": [
        r"\bstuur (?:me |mij )?(?:een |nog een |wat |je |jouw |meer )?(?:foto|fotos|foto's|selfie|selfies|naaktfoto|naaktfotos|nudes|filmpje van jou|pic|pics)\b",
        r"\blaat (?:je lichaam|jezelf|me meer) (?:zien)?\b|\blaat me (?:je lichaam|jezelf) zien\b",
        r"\bzet (?:je )?(?:camera|cam|webcam) aan\b",
        r"\bwat heb je aan\b",
    ],
    "grooming": [
        r"\bben je (?:nu )?alleen(?: thuis)?\b",
        r"\bzijn je ouders (?:thuis|weg)\b",
        r"\bik (?:koop|geef|stuur) je (?:een |wat )?(?:cadeau|cadeautje|robux|v-?bucks|skins?|geld|cadeaukaart|euro|\d+)",
        r"\bik betaal je\b|\bik ben de enige die je begrijpt\b",
        r"\bleeftijd is maar een getal\b",
    ],
    "age_question": [r"\bhoe oud ben je\b", r"\bin welke klas zit je\b"],
    "flattery": [
        r"\bje bent (?:zo |echt |heel |super )*(?:volwassen|mooi|knap|speciaal|sexy|lief|perfect|rijp)\b",
        r"\bje (?:lijkt|komt) (?:veel )?(?:ouder|volwassener)\b|\bvolwassen voor je leeftijd\b",
        r"\bniet zoals (?:de )?andere (?:meisjes|jongens)\b",
    ],
    "sexual": [
        r"\b(?:seks|sex|porno|naakt|tieten|lul|kut|neuken|pijpen|masturb\w*|aftrekken|geil)\b",
        r"\bmet je naar bed\b",
    ],
    "insult": [
        r"\bje bent (?:zo |echt |een |zo'n |gewoon |heel |super )*(?:dom|lelijk|dik|idioot|loser|mislukkeling|zielig|waardeloos|walgelijk|sukkel|debiel|mongool|kankerlijer)\b",
        r"\b(?:kanker|kankerlijer|tering|klootzak|hoer|slet|mongool|flikker|kut(?:wijf)?|tyfus|godverdomme|rot op)\b",
        r"\bniemand (?:vindt je leuk|mag je|wil je)\b|\biedereen haat je\b",
        r"\bhou je (?:bek|mond|kop)\b",
        r"\bmaak jezelf van kant\b|\bga toch dood\b",
        r"\bga terug naar je (?:eigen )?land\b",
    ],
    "hate": [
        r"\b(?:neger|nikker|makaak|zigeuner|homo's zijn|flikkers)\b",
        r"\b(?:homo's|moslims|joden|zwarten|buitenlanders|vluchtelingen|transen) (?:zijn|moeten)\b.{0,25}\b(?:vies|ziek|dood|weg|dieren|tuig)\b",
    ],
    "self_harm": [
        r"\b(?:mezelf|mijzelf) (?:van kant maken|doodmaken|snijden|pijn doen|iets aandoen|krassen)\b",
        r"\bik wil (?:dood|niet meer leven|verdwijnen|er niet meer zijn|niet meer wakker worden)\b",
        r"\bik (?:heb|heb me) (?:mezelf )?(?:weer )?(?:gesneden|gekrast|pijn gedaan)\b|\bik snij mezelf\b",
        r"\bwou dat ik (?:kon )?(?:verdwijnen|dood was|er niet was|niet wakker werd|nooit geboren was)\b|\bik zou willen verdwijnen\b",
        r"\bniemand zou me (?:missen|merken)\b",
        r"\b(?:beter af|beter) zonder mij\b",
        r"\bik kan (?:het )?niet meer\b.{0,60}\b(?:verdwijnen|dood|einde|stoppen)\b",
        r"\bmoe van het leven\b|\bik ben een last\b|\ber een einde aan maken\b",
    ],
    "self_harm_topic": [r"\bzelfmoord\b|\bsuicid", r"\bzelfbeschadiging\b"],
    "abuse": [
        r"\b(?:hij|zij|mijn \w+) (?:slaat|sloeg|raakt|betast|misbruikt) me\b",
        r"\bik word (?:geslagen|misbruikt|gechanteerd)\b",
        r"\bchanteert me\b|\bsextortion\b",
        r"\bdreigt (?:mijn )?(?:foto's|fotos|filmpjes|naaktfoto's) (?:te )?(?:delen|posten|versturen)\b",
    ],
    "awareness": [
        r"\b(?:vandaag |in de les |op school )?(?:hebben we|we hebben) (?:het )?(?:gehad|geleerd|gepraat|besproken)\b",
        r"\bwaarom je (?:nooit|geen)\b|\bstuur (?:nooit|geen)\b|\bdeel (?:nooit|geen)\b",
        r"\bals iemand (?:je|jou)\b",
        r"\bpraat (?:erover )?met (?:een volwassene|iemand die je vertrouwt|je ouders)\b|\b(?:meld|blokkeer)\b",
        r"\b(?:campagne|project|workshop|poster|spreekbeurt|les) (?:over|tegen)\b",
        r"\bhoe (?:herken|meld|blokkeer) je\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ik|me|mij|mijn|mezelf)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bverdwijnen\b",
    r"\bniet meer wakker (?:worden|wil worden)\b|\bnooit meer wakker\b",
    r"\b(?:pillen|tabletten)\b",
    r"\bafscheidsbrief\b",
    r"\bik kan (?:het )?niet meer\b|\bik trek het niet meer\b",
    r"\bdonkere gedachten\b|\bnare gedachten\b",
    r"\bhet leven heeft geen zin\b|\bheeft geen zin meer\b",
    r"\bmijn (?:armen|polsen|benen)\b.{0,30}\b(?:gesneden|krassen|littekens)\b",
    r"\bals ik er niet (?:meer )?(?:was|ben)\b|\bals ik dood (?:was|ben)\b",
    r"\bik ben een last\b|\btot last\b",
]

PATTERNS["relationship_question"] = [
    r"\bheb je (?:een )?(?:vriendje|vriendinnetje|vriend|vriendin)\b|\bben je single\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\biedereen lacht (?:je uit|om jou)\b",
    r"\b(?:rot op|ga weg|flikker op|oprotten)\b",
    r"\bniemand wil (?:met je )?(?:vrienden zijn|met jou)\b",
    r"\bwe (?:slaan|pakken) je\b|\bik sla je\b|\bik maak je af\b",
    r"\bniemand boeit (?:het )?wat jij\b|\bniemand vroeg (?:het )?(?:aan )?jou\b",
    r"\bkijk naar jezelf\b",
    r"\bmensen zoals jij\b",
    r"\b(?:loser|sukkel|mislukkeling|zielepoot|kneus|idioot|debiel)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bdit blijft tussen ons\b|\bniemand hoeft het te weten\b|\bje ouders hoeven het niet te weten\b|\bvertel het niemand\b|\bzeg niks\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:voeg me toe|app me|stuur me) (?:op|via) (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bprivater\b|\bverdwijnende berichten\b|\bniemand kan (?:het )?(?:lezen|zien|meelezen)\b"
]
PATTERNS["image_request"] += [
    r"\bstuur (?:me|mij) (?:een |wat )?(?:foto|fotos|foto's|video|selfie)\b|\bik wil je zien\b|\blaat (?:me|eens) zien\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:zullen we|kunnen we|wil je) (?:afspreken|elkaar zien|ontmoeten)\b|\bik kom (?:naar je toe|je halen)\b|\bin welke (?:stad|plaats) woon je\b|\bhoe heet je school\b|\bop welke school\b"
]
PATTERNS["grooming"] += [
    r"\bzijn je ouders (?:thuis|weg)\b|\bwanneer zijn je ouders weg\b|\bik (?:koop|geef) (?:je|jou)\b|\bje kunt me (?:alles )?vertrouwen\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bseks hebben\b|\bmet elkaar naar bed\b|\bwat heb je aan\b|\bjezelf aanraken\b|\bje lichaam\b|\b(?:sexy|hete) (?:foto'?s|fotos)\b|\bnaakt\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bik ben (?:niks|niets) waard\b|\bik ben waardeloos\b",
    r"\bik haat (?:mezelf|mijn leven)\b",
    r"\bliever dood\b",
    r"\bik geef (?:het )?op\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bwaarom zou ik nog\b|\bwat heeft het (?:nog )?voor zin\b",
    r"\bik wil dat alles stopt\b",
    r"\bhet zou (?:makkelijker|beter) zijn als ik\b",
    r"\bik voel me leeg\b",
    r"\bik ben (?:alles )?zo moe\b|\bmoe van alles\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bniemand wil naast je zitten\b|\bniemand wil met je praten\b",
    r"\bga uit de groep\b|\bwe willen je niet\b",
    r"\bstop met eten\b|\bvetzak\b|\bdikzak\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bzonder kleren\b|\bzin in jou\b|\bin (?:jouw|je|mijn) bed\b|\bvieze dingen\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\b(?:checken|controleren|lezen) je ouders je (?:telefoon|mobiel|berichten)\b",
    r"\b(?:download|installeer) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"je\b|jij\b|jou\b|jouw|je bent|ben je|u\b|jullie",
    "self_harm": r"zelfmoord plegen|mezelf doden|mezelf vermoorden|mezelf pijn doen|mezelf snijden|snijd mezelf|snij mezelf|mezelf beschadig|mijn leven beeindigen|van de brug springen|voor de trein springen",
    "despair": r"wil verdwijnen|zou willen verdwijnen|gewoon verdwijnen|dood willen|wil dood|dood zijn|wil niet meer leven|niet meer wakker|nooit meer wakker|beter af zonder mij|beter zonder mij|niemand zou me missen|niemand zou het merken|een last|ik kan niet meer|kan het niet meer aan|er een einde aan maken|littekens|mesje|scheermes|afscheidsbrief|ik haat mezelf|haat mijn leven|waardeloos|leeg vanbinnen|moe van het leven|klaar met het leven|niet meer hier zijn|heeft toch geen zin|het wordt nooit beter|wordt nooit meer beter",
    "slur": r"kankerlijer|kanker op|tering|tyfus|hoer\b|slet|kut\b|kutwijf|klootzak|lul\b|mongool|debiel|flikker|neuk je|rot op|sterf|ga dood|maak jezelf af|hang jezelf op|jezelf van kant|van kant maken|niemand mist je|je bent dood|na school ben je",
    "insult": r"lelijk|dik\b|dikke|vet\b|idioot|dom\b|domme|stom|sukkel|loser|zielig|walgelijk|smerig|niemand mag je|niemand vindt je|iedereen haat je|lachen je uit|lacht je uit|hou je bek|houd je mond|hou je mond|kop dicht|ga weg|oprotten|uit de groep|stinkt|clown|varken|walvis|koe\b|ik sla je|in elkaar slaan|afval|nutteloos|waardeloos|mislukkeling|zielig|koe\b|dikke|vette|varken",
    "hate": r"neger|makak|kutmarokkaan|zigeuner|ga terug naar je eigen land|terug naar je land|sieg heil|joden moeten",
    "sexual": r"naakt|nudes|porno\b|seks\b|neuken|pijpen|aftrekken|masturb|tieten|borsten|lul\b|pik\b|sexy|kleren uit|ondergoed|beha\b|sexten|vieze dingen|geile foto",
    "alone": r"ben je alleen|alleen thuis|ouders (?:thuis|weg|werken|er niet)|iemand thuis|op je kamer",
    "age": r"hoe oud ben|hoe oud ben je|je leeftijd|in welke klas|welke klas|ben je 1[0-7]|minderjarig",
    "secret": r"ons geheim|geheim houden|tussen ons|tussen jou en mij|zeg het tegen niemand|vertel het aan niemand|vertel niks|niet vertellen|niemand hoeft het te weten|verwijder (?:deze|de|onze) (?:chat|berichten|gesprek)",
    "private": r"prive chatten|prive praten|in de dm|dm me|pm me|waar niemand (?:ons )?(?:kan )?(?:meelezen|lezen|zien)|verdwijnende berichten|geheime chat|(?:op|naar) (?:snap|telegram|whatsapp|signal|insta|discord) (?:verder|praten|chatten)|leest niemand mee|daar leest niemand|niemand leest mee|telegram",
    "gift": r"ik koop|ik geef je|ik betaal je|ik stuur je (?:geld|\d)|cadeaukaart",
    "mature": r"volwassen voor je leeftijd|zo volwassen|heel volwassen|ouder dan je bent|lijkt ouder|niet zoals de andere|leeftijd is maar een getal|alleen ik begrijp",
    "flattery": r"mooi\b|mooie|knap|schattig|sexy|perfect|bijzonder",
    "meet": r"afspreken|ontmoeten|kom naar mij|kom bij mij|ik haal je op|ik kom naar je|in het echt|zien we elkaar alleen",
    "where": r"waar woon|in welke stad|welke stad|welke school|op welke school|je adres|welke straat|welke wijk",
    "send": r"stuur me|stuur mij|stuur eens|stuur\b|laat me zien|laat zien|wil je zien|camera aan|cam aan",
    "picture": r"foto|selfie|nudes|pic\b|filmpje|video|camera|lichaam",
    "relapse": r"weer gedaan|het weer gedaan|terugval",
    "hidden": r"lange mouwen|niemand ziet het|verbergen|hoodieweer",
    "give_away": r"geef mn spullen|geef mijn spullen|mn spullen aan|mijn spullen weg",
    "no_need": r"niet meer nodig|heb ze toch niet",
    "last_post": r"mijn laatste bericht|laatste bericht hier|mijn laatste post",
    "goodbye": r"doei|dag allemaal|bedankt voor alles|vaarwel",
    "harmless": r"onder (?:mijn|de) deken|dood van het lachen|lig dubbel",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bals (?:iemand|een vreemde|een vriend|een vriendin)\b|\bstuur nooit\b|\bnooit (?:sturen|delen|versturen)\b",
    r"\b(?:vertel|zeg) het (?:aan )?(?:een volwassene|je ouders|je mentor|een leraar|iemand)\b|\bvolwassene die je vertrouwt\b",
    r"\bwaarschuwingssignal\w*\b|\b(?:daders|groomers|oplichters|vreemden) (?:vaak |meestal )?(?:proberen|doen alsof|vragen|gebruiken)\b",
    r"\b(?:onze|de|mijn) (?:mentor|juf|docent|leraar|lerares)\b",
]
