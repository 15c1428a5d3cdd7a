# ruff: noqa: E501 -- tables of patterns read best one per line
"""Lithuanian."""

NUMBERS = (
    "nulis",
    "vienas|viena",
    "du|dvi",
    "trys",
    "keturi",
    "penki",
    "šeši|sesi",
    "septyni",
    "aštuoni|astuoni",
    "devyni",
)
AT = ("eta", "at", "karabinas")
DOT = ("taškas", "taskas")
REGIONS = ("LT",)

PATTERNS = {
    "address": [
        r"\b[a-z]+ (?:g\.|gatvė|gatve|pr\.|prospektas|al\.|alėja) \d{1,4}[a-z]?\b",
        r"\bgyvenu [a-z]+ (?:gatvėje|gatveje|g\.)\b",
        r"\bmano adresas (?:yra|:)",
        r"\bmokausi [a-z-]+ (?:mokykloje|gimnazijoje|progimnazijoje)\b",
    ],
    "social_handle": [
        r"\b(?:pridėk|pridek|sek|sekite|addink) mane\b",
        r"\bmano {platforms} (?:yra|:)",
        r"\bmano (?:vartotojo vardas|nikas|profilis) (?:yra)?\b",
    ],
    "private_channel": [
        r"\b(?:parašyk|parasyk|rašyk|rasyk) man (?:privačiai|privaciai|į pm|i pm|į dm|i dm|asmeniškai)\b",
        r"\b(?:privačiai|privaciai|asmeninėje žinutėje)\b",
        r"\bpasikalbėkim (?:privačiai|kitur)\b|\bpasikalbekim (?:privaciai|kitur)\b",
        r"\b(?:kalbam|rašom|rasom|pereikim į|pereikim i|parašyk man) {platforms}",
        r"\bkur niekas (?:negali )?(?:perskaityti|nemato|neskaito)\b",
        r"\bslapt(?:as|a|ą) (?:pokalbis|programėlė|grupė)\b",
    ],
    "meet_up": [
        r"\b(?:susitikim|susitinkam|galim susitikti|susitiksim)\b",
        r"\bateik pas mane\b",
        r"\bkur tu gyveni\b",
        r"\bkurioje mokykloje mokaisi\b|\bį kokią mokyklą eini\b|\bi kokia mokykla eini\b",
        r"\b(?:paimsiu tave|lauksiu tavęs prie mokyklos)\b",
    ],
    "secrecy": [
        r"\bniekam nesakyk\b|\bnesakyk niekam\b|\bniekam nepasakok\b",
        r"\bnesakyk (?:tėvams|tevams|mamai|tėčiui|teciui)\b",
        r"\bmūsų (?:mažoji |mazoji )?paslaptis\b|\bmusu paslaptis\b",
        r"\btarp mūsų\b|\btarp musu\b",
        r"\bištrink (?:žinutes|pokalbį|susirašinėjimą)\b",
        r"\bniekas neturi žinoti\b",
    ],
    "image_request": [
        r"\b(?:atsiųsk|atsiusk|siųsk|siusk) (?:man )?(?:nuotrauką|nuotrauka|nuotraukų|nuotraukas|foto|selfį|selfi|nuogas nuotraukas|nudes|video)\b",
        r"\bparodyk (?:man )?(?:save|savo kūną|savo kuna|daugiau)\b",
        r"\bįjunk (?:kamerą|kamera|internetinę kamerą)\b|\bijunk kamera\b",
        r"\bką tu vilki\b|\bka tu vilki\b",
    ],
    "grooming": [
        r"\bar tu (?:viena|vienas)(?: namie)?\b|\besi (?:viena|vienas) namie\b",
        r"\bar (?:tavo )?tėvai namie\b",
        r"\b(?:nupirksiu|duosiu|atsiųsiu) tau (?:dovaną|dovana|robux|v-?bucks|skinų|pinigų|pinigu|dovanų kortelę|\d+)",
        r"\bsumokėsiu tau\b|\btik aš tave suprantu\b",
        r"\bamžius tik skaičius\b|\bamzius tik skaicius\b",
    ],
    "age_question": [r"\bkiek tau metų\b|\bkiek tau metu\b", r"\bkelintoje klasėje\b|\bkelintoje klaseje\b"],
    "flattery": [
        r"\btu (?:tokia |labai |tikrai )*(?:brandi|subrendusi|graži|grazi|ypatinga|seksuali|tobula)\b",
        r"\batrodai (?:vyresnė|vyresne|brandesnė|brandesne)\b",
    ],
    "sexual": [r"\b(?:seksas|sekso|porno|nuoga|nuogas|bybis|pyzda|papai|dulkintis|masturb\w*)\b"],
    "insult": [
        r"\btu (?:esi )?(?:tokia |toks |visiškas |visiška |tiesiog )*(?:kvaila|kvailas|bjauri|bjaurus|stora|storas|idiotas|idiotė|nevykėlis|nevykėlė|apgailėtinas|apgailėtina|šlykštus|šlykšti|debilas|debilė|niekam tikęs|niekam tikusi)\b",
        r"\b(?:kalė|kale|šliundra|sliundra|pyderas|debilas|eik nachui|eik šikt|eik sikt|bybys)\b",
        r"\btavęs niekas nemyli\b|\btaves niekas nemyli\b|\bvisi tavęs nekenčia\b|\bvisi taves nekencia\b|\bniekas tavęs nenori\b",
        r"\bužsičiaupk\b|\buzsiciaupk\b|\bčiaupk\b",
        r"\bnusižudyk\b|\bnusizudyk\b|\beik numirk\b",
    ],
    "hate": [r"\b(?:negras|pyderai|čigonai|žydai)\w*\b.{0,25}\b(?:lauk|mirti|gyvuliai|bjaurūs)\b"],
    "self_harm": [
        r"\b(?:nusižudyti|nusizudyti|nusižudysiu|pjaustytis|susižaloti|susizaloti|sau pakenkti|atimti sau gyvybę)\b",
        r"\bnoriu (?:mirti|išnykti|isnykti|dingti)\b",
        r"\bnebenoriu (?:gyventi|egzistuoti|pabusti|būti čia)\b|\bnenoriu (?:gyventi|pabusti)\b",
        r"\b(?:vėl |vel )?(?:susipjausčiau|susipjausciau|susižalojau|susizalojau|pasipjausčiau)\b",
        r"\bnorėčiau (?:tiesiog )?(?:dingti|išnykti|isnykti|nepabusti|mirti)\b|\bnoreciau (?:tiesiog )?(?:dingti|isnykti)\b",
        r"\bniekas manęs nepasigestų\b|\bniekas manes nepasigestu\b|\bniekas nepastebėtų\b",
        r"\bbe manęs (?:visiems )?būtų geriau\b|\bbe manes (?:visiems )?butu geriau\b",
        r"\bnebegaliu\b.{0,60}\b(?:dingti|mirti|pabaiga|išnykti)\b",
        r"\bpavargau gyventi\b|\besu našta\b|\besu nasta\b",
    ],
    "self_harm_topic": [r"\bsavižud|\bsavizud", r"\bsavęs žalojim|\bsaves zalojim"],
    "abuse": [
        r"\b(?:jis|ji|tėtis|patėvis|mama) mane (?:muša|musa|liečia|liecia|tvirkina)\b",
        r"\bmane šantažuoja\b|\bmane santazuoja\b|\bgrasina paskelbti mano (?:nuotraukas|video)\b",
    ],
    "awareness": [
        r"\b(?:šiandien |siandien |per pamoką |mokykloje )?(?:kalbėjome|kalbejome|mokėmės|mokemes|sužinojome|aptarėme)\b",
        r"\bkodėl niekada\b|\bkodel niekada\b|\bniekada nesiųsk\b|\bniekada nesiusk\b|\bniekada nesidalink\b",
        r"\bjei kas nors (?:prašo|praso|grasina|siunčia|siuncia)\b",
        r"\bpasikalbėk su suaugusiuoju\b|\b(?:pranešk|pranesk|užblokuok|uzblokuok)\b",
        r"\b(?:kampanija|projektas|dirbtuvės|plakatas|pristatymas) apie\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:as|mane|man|mano|save)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bdingti\b|\bišnykti\b|\bisnykti\b",
    r"\bnebepabusti\b|\bnepabusti\b",
    r"\b(?:tabletes|tablečių|tableciu|vaistus|vaistų)\b",
    r"\batsisveikinimo laišk\w*\b|\batsisveikinimo laisk\w*\b",
    r"\bnebegaliu\b|\bnebeištveriu\b|\bnebeistveriu\b",
    r"\btamsios mintys\b|\bjuodos mintys\b",
    r"\bgyvenimas neturi prasmės\b|\bgyvenimas neturi prasmes\b|\bnėra prasmės gyventi\b",
    r"\bjei manęs nebūtų\b|\bjei manes nebutu\b|\bjei dingčiau\b|\bjei numirčiau\b",
    r"\besu našta\b|\besu nasta\b",
    r"\bsusižaloju\b|\bsusizaloju\b|\bpjaustausi\b|\bsusipjausčiau\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bvisi iš tavęs juokiasi\b|\bvisi is taves juokiasi\b",
    r"\b(?:dink|nešdinkis|nesdinkis|eik lauk)\b",
    r"\bniekas nenori su tavim draugauti\b|\bniekas nenori su tavimi draugauti\b",
    r"\b(?:primušim|primusim|sumušiu|sumusiu) tave\b",
    r"\bniekam tu nerūpi\b|\bniekam tu nerupi\b|\bniekas tavęs neklausė\b",
    r"\bpažiūrėk į save\b|\bpaziurek i save\b",
    r"\btokie kaip tu\b",
    r"\b(?:nevykėl\w*|nevykel\w*|idiot\w*|kvail\w*|stor\w*|bjaur\w*|debil\w*|lūzeri\w*|luzeri\w*)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\btai liks tarp mūsų\b|\btai liks tarp musu\b|\bniekas neturi žinoti\b|\bniekas neturi zinoti\b|\btėvams nereikia žinoti\b|\bniekam nesakyk\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:pridėk mane|pridek mane|parašyk man|parasyk man) (?:per |į |i )?(?:snap\w*|insta\w*|telegram\w*|whatsapp\w*|signal\w*|discord\w*)\b|\bprivačiau\b|\bprivaciau\b|\bdingstančios žinutės\b|\bniekas nematys\b|\bniekas neperskaitys\b"
]
PATTERNS["image_request"] += [
    r"\b(?:atsiųsk|atsiusk) (?:man )?(?:nuotrauką|nuotrauka|nuotraukų|video|selfi)\b|\bnoriu tave pamatyti\b|\bparodyk man\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:susitinkam|galim susitikti|nori susitikti)\b|\batvažiuosiu pas tave\b|\batvaziuosiu pas tave\b|\bkokiame mieste gyveni\b|\bkaip vadinasi tavo mokykla\b"
]
PATTERNS["grooming"] += [
    r"\besi viena namie\b|\besi vienas namie\b|\bar tėvai namie\b|\bar tevai namie\b|\bkada tėvai išeina\b|\b(?:nupirksiu|duosiu) tau\b|\bgali manimi pasitikėti\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\buzsiimti seksu\b|\bmylėtis\b|\bką vilki\b|\btavo kūnas\b|\bseksualios nuotraukos\b|\bnuog[aos]\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\besu niekam tikęs\b|\besu niekam tikusi\b|\besu beverti\w*\b",
    r"\bnekenčiu (?:savęs|savo gyvenimo)\b|\bnekenciu saves\b",
    r"\bgeriau būčiau mir\w+\b|\bgeriau buciau mir\w+\b",
    r"\bpasiduodu\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bkokia prasmė\b|\bkokia prasme\b",
    r"\bnoriu,? kad viskas baigtųsi\b",
    r"\bbūtų lengviau,? jei manęs\b",
    r"\bjaučiuosi tušči\w+\b",
    r"\bpavargau nuo visko\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbe manęs\b.{0,20}\bgeriau\b|\bbe manes\b.{0,20}\bgeriau\b",
    r"\bnėra prasmės\b|\bnera prasmes\b",
    r"\bnenoriu (?:čia|cia) būti\b|\bnenoriu cia buti\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbe drabužių\b|\bbe drabuziu\b|\bnoriu tavęs\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bparsisiųsk (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\bparsisiusk (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bpižamoje\b|\bpizamoje\b|\bapatiniais\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|tave|tau\b|tavo|esi\b|gyveni|eini",
    "self_harm": r"nusizudyti|nusizudysiu|susizaloti|zaloju save|žaloju save|pjaustau save|pjausciausi|pasikarti|nušokti nuo tilto|nusokti nuo tilto",
    "despair": r"noriu mirti|nenoriu gyventi|nebenoriu gyventi|noriu isnykti|noriu išnykti|isnykti visam laikui|nepabusti|neatsibusti|geriau be manes|niekas manes nepasigestu|niekas nepastebetu|viskas beprasmiska|skustuv|atsisveikinimo laisk|nekenciu saves|nekenčiu savęs|nekenciu savo gyvenimo|bevert|tuscia viduje|pavargau nuo gyvenimo|pavargusi nuo gyvenimo",
    "relapse": r"vel padariau|vėl padariau|padariau vel|atkrytis|vel tai padariau|tai padariau vel",
    "hidden": r"ilgos rankoves|ilgom rankovem|dzemper|džemper|niekas nemato|paslepti|ilgos rankoves",
    "give_away": r"atiduodu savo daiktus|atiduosiu savo|mano daiktus",
    "no_need": r"man ju nebereikes|man jų nebereikės|nebereikes|nebereikia",
    "last_post": r"mano paskutinis irasas|paskutinis irasas|paskutine zinute|paskutinė žinutė",
    "goodbye": r"sudie|sudiev|ačiū už viską|aciu uz viska|atia\b",
    "harmless": r"po antklode|mirstu is juoko",
    "slur": r"kale\b|kalė|bybis|pyzd|pizd|debilas|kretinas|pydaras|pederast|eik numirk|nusižudyk|nusizudyk|eik nachui|eik šikt|eik sikt|gausi i snuki|po pamoku gausi",
    "insult": r"bjaur|storul|stora|storas|idiot|kvail|nevykel|luzeris|apgailetin|slykst|šlykšt|niekas taves nemegsta|visi tave nekencia|visi is taves juokiasi|užsičiaup|uzsiciaup|tylek|dink\b|nešdinkis|nesdinkis|palik grupe|smirdi|klounas|kiaule|kiaulė|karve|karvė|banginis|siuksle|šiukšl|bevert|niekas taves nenori|lauk is grupes|niekas taves cia nenori",
    "hate": r"negras|cigonas|cigonai|grizk i savo salį|grizk i savo sali|važiuok namo|sieg heil",
    "sexual": r"nuoga|nuogas|nuogu|nudes|porno\b|seksas|sekso|dulkint|pist\b|čiulpt|ciulpt|masturb|papai|krutin|bybis|pyzda|susijaudin|seksual|seksi\b|nusirenk|apatiniai|kelnaites|liemenele|pasisekst|sekst",
    "alone": r"esi viena|esi vienas|viena namie|vienas namie|tevai (?:namie|isvaze|darbe)|kas nors namie|tavo kambaryje",
    "age": r"kiek tau metu|kiek tau metų|tavo amzius|kurioje klaseje|kurioj klasej|kokioj klasej|tau 1[0-7]|nepilnamet|kiek tau",
    "secret": r"musu paslaptis|tarp musu|niekam nesakyk|nesakyk niekam|nesakyk tevams|niekas neturi zinoti|istrink (?:si|pokalbi|zinutes)",
    "private": r"i privacia|privaciai|privačiai|kur niekas neskaito|niekas neskaito|dingstancios zinutes|slaptas pokalbis|(?:rasom|pereikim|eikim) i (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"nupirksiu tau|duosiu tau (?:pinigu|\d)|sumokesiu tau|dovanu kortel|paysafe|dovanu kortel|duosiu",
    "mature": r"brandi savo amziui|tokia brandi|labai brandi|atrodai vyresne|atrodai vyresnis|nesi kaip kitos|amzius tik skaicius|tik as tave suprantu|subrendusi|subrendes",
    "flattery": r"grazi|graži|miela|seksuali|tobula|ypatinga",
    "meet": r"susitinkam|susitikti|susitiksim|ateik pas mane|atvaziuosiu tavęs|atvaziuosiu taves|pasiimsiu tave|gyvai",
    "where": r"kur tu gyveni|kur gyveni|kokiame mieste|kokioje mokykloje|kokia mokykla|tavo adresas|kokia gatve",
    "send": r"atsiusk|atsiųsk|siusk|siųsk|parodyk|noriu pamatyti|ijunk kamera",
    "picture": r"nuotrauk|foto|selfi|nudes|video|kamer|kuna|kūn",
    "body": r"ka dabar vilki",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bjei kas nors\b|\bjeigu kas nors\b|\bjei nepazistamas\w*\b|\bniekada nesiusk\w*\b",
    r"\b(?:pasakyk|papasakok|pasikalbek) (?:su )?(?:suaugusiuoju|suaugusiam|tevams|mokytojui|mokytojai)\b|\bpatikim\w* suaugus\w*\b",
    r"\bispejamieji zenklai\b|\b(?:nusikaltel\w*|sukciai|nepazistamieji) (?:daznai |paprastai )?(?:bando|apsimeta|praso|naudoja)\b",
    r"\bauklet\w*\b|\bmokytoj\w*\b|\bpsicholog\w*\b|\bvaiku linija\b",
]
