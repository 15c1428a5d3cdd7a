# ruff: noqa: E501 -- tables of patterns read best one per line
"""Hungarian."""

NUMBERS = (
    "nulla",
    "egy",
    "kettő|ketto|két|ket",
    "három|harom",
    "négy|negy",
    "öt|ot",
    "hat",
    "hét|het",
    "nyolc",
    "kilenc",
)
AT = ("kukac", "at")
DOT = ("pont",)
REGIONS = ("HU",)

PATTERNS = {
    "address": [
        r"\b[a-z]+ (?:utca|u\.|út|ut|tér|ter|köz|koz|körút|korut|sor) \d{1,4}[a-z]?\b",
        r"\b(?:lakom|lakok) (?:a )?[a-z]+ (?:utcában|utcaban|úton|uton|téren) ",
        r"\ba címem\b|\ba cimem\b",
        r"\ba [a-z-]+(?: [a-z-]+){0,3} (?:iskolába|iskolaba|gimnáziumba|gimnaziumba|gimibe|suliba) járok\b",
    ],
    "social_handle": [
        r"\b(?:adj hozzá|adj hozza|jelölj be|jelolj be|kövess|koves|kovess|addolj) (?:be )?(?:engem )?\b",
        r"\b(?:a )?{platforms}(?:om|em|am)? (?:az|:)",
        r"\ba (?:felhasználónevem|felhasznalonevem|nevem a) \b",
    ],
    "private_channel": [
        r"\b(?:írj|irj|üzenj|uzenj) (?:nekem )?(?:privátban|privatban|priviben|dm-ben|pm-ben)\b",
        r"\b(?:privátban|privatban|priviben|dm-ben|pm-ben)\b",
        r"\bbeszéljünk (?:privátban|máshol)\b|\bbeszeljunk (?:privatban|mashol)\b",
        r"\b(?:beszéljünk|beszeljunk|írj|irj|menjünk át|menjunk at) (?:a )?{platforms}",
        r"\bahol senki (?:nem látja|nem latja|nem olvassa|nem tudja elolvasni)\b",
        r"\btitkos (?:chat|app|csoport)\b",
    ],
    "meet_up": [
        r"\b(?:találkozzunk|talalkozzunk|találkozhatnánk|talalkozhatnank) (?:személyesen|szemelyesen|kettesben|titokban)\b",
        r"\bgyere (?:át )?hozzám\b|\bgyere (?:at )?hozzam\b",
        r"\bhol laksz\b",
        r"\bmelyik (?:suliba|iskolába|iskolaba|gimibe) jársz\b|\bmelyik (?:suliba|iskolaba|gimibe) jarsz\b",
        r"\b(?:érted megyek|erted megyek|megvárlak a suli|megvarlak a suli)\b",
    ],
    "secrecy": [
        r"\bne mondd el senkinek\b|\bsenkinek ne mondd el\b|\bne szólj senkinek\b|\bne szolj senkinek\b",
        r"\bne mondd el a (?:szüleidnek|szuleidnek|anyádnak|anyadnak|apádnak|apadnak)\b",
        r"\ba (?:mi )?(?:kis )?titkunk\b",
        r"\bköztünk marad\b|\bkoztunk marad\b|\bmaradjon köztünk\b",
        r"\btöröld (?:az üzeneteket|a chatet|a beszélgetést)\b|\btorold (?:az uzeneteket|a chatet)\b",
        r"\bsenkinek sem kell tudnia\b",
    ],
    "image_request": [
        r"\bküldj (?:nekem )?(?:egy |pár |par |még )?(?:képet|kepet|fotót|fotot|szelfit|selfie|meztelen|nudes|videót|videot)\b|\bkuldj (?:nekem )?(?:egy |par )?(?:kepet|fotot|szelfit|nudes)\b",
        r"\bmutasd meg (?:magad|a tested)\b|\bmutasd magad\b",
        r"\bkapcsold be a kamerát\b|\bkapcsold be a kamerat\b",
        r"\bmi van rajtad\b",
    ],
    "grooming": [
        r"\begyedül vagy\b|\begyedul vagy\b|\begyedül vagy otthon\b",
        r"\bitthon vannak a szüleid\b|\botthon vannak a szuleid\b|\botthon vannak a szüleid\b",
        r"\b(?:veszek|adok|küldök|kuldok) (?:neked )?(?:egy )?(?:ajándékot|ajandekot|robuxot|v-?bucksot|skint|pénzt|penzt|ajándékkártyát|\d+)",
        r"\bfizetek neked\b|\bcsak én értelek meg\b|\bcsak en ertelek meg\b",
        r"\baz életkor csak egy szám\b|\baz eletkor csak egy szam\b",
    ],
    "age_question": [
        r"\bhány éves vagy\b|\bhany eves vagy\b|\bhány évesvagy\b",
        r"\bhányadikos vagy\b|\bhanyadikos vagy\b",
    ],
    "flattery": [
        r"\b(?:olyan |nagyon |tényleg )*(?:érett|erett|gyönyörű|gyonyoru|szép|szep|különleges|kulonleges|szexi|tökéletes|tokeletes) vagy\b",
        r"\bidősebbnek (?:tűnsz|nézel ki)\b|\bidosebbnek (?:tunsz|nezel ki)\b",
    ],
    "sexual": [r"\b(?:szex|pornó|porno|meztelen|fasz|punci|mell|dugni|baszni|maszturb\w*|kupis)\b"],
    "insult": [
        r"\b(?:olyan |egy |tiszta |teljesen |csak egy )*(?:hülye|hulye|ronda|csúnya|csunya|kövér|kover|idióta|idiota|lúzer|luzer|szánalmas|szanalmas|értéktelen|ertektelen|undorító|undorito|béna|bena|nyomorék|nyomorek|retardált|retardalt) vagy\b",
        r"\b(?:kurva|ribanc|buzi|geci|fasz|picsa|bazd meg|baszd meg|anyád|anyad|köcsög|kocsog|idióta)\b",
        r"\bsenki sem szeret\b|\bmindenki utál\b|\bmindenki utal\b|\bsenki nem kedvel\b",
        r"\bfogd be\b|\bkussolj\b",
        r"\bnyírd ki magad\b|\bnyird ki magad\b|\bdögölj meg\b|\bdogolj meg\b",
    ],
    "hate": [
        r"\b(?:cigányok|ciganyok|buzik|zsidók|zsidok|migránsok|migransok|niggerek)\b.{0,25}\b(?:undorító|dögöljenek|takarodjanak|állatok|kiirtani)\b"
    ],
    "self_harm": [
        r"\b(?:megölöm magam|megolom magam|megölni magam|vagdosom magam|megvágtam magam|megvagtam magam|bántom magam|bantom magam|kárt teszek magamban|véget vetek az életemnek)\b",
        r"\b(?:meg akarok halni|el akarok tűnni|el akarok tunni)\b",
        r"\bnem akarok (?:már )?(?:élni|elni|létezni|letezni|felébredni|felebredni)\b",
        r"\b(?:megint |újra )?(?:megvágtam|megvagtam|megsebeztem|bántottam) magam\b",
        r"\bbárcsak (?:eltűnhetnék|eltunhetnek|meghalnék|ne ébrednék fel|meg se születtem volna)\b|\bbarcsak (?:eltunhetnek|meghalnek)\b",
        r"\bsenkinek nem hiányoznék\b|\bsenkinek nem hianyoznek\b|\bsenki nem venné észre\b",
        r"\bnélkülem (?:jobb lenne|mindenkinek jobb)\b|\bnelkulem jobb\b",
        r"\bnem bírom (?:tovább|már)\b.{0,60}\b(?:eltűnni|meghalni|vége)\b",
        r"\bbelefáradtam az életbe\b|\bteher vagyok\b",
    ],
    "self_harm_topic": [r"\böngyilk|\bongyilk", r"\bönsért|\bonsert"],
    "abuse": [
        r"\b(?:ő|apám|anyám|nevelőapám|mostohaapám) (?:megüt|ver|fogdos|zaklat)\b",
        r"\bzsarol\b|\bmegzsarol\b|\bazzal fenyeget,? hogy (?:kirakja|elküldi|megosztja) a (?:képeimet|kepeimet|videóimat)\b",
    ],
    "awareness": [
        r"\b(?:ma |órán |oran |az iskolában )?(?:arról beszéltünk|arrol beszeltunk|beszélgettünk|beszelgettunk|tanultunk|megbeszéltük)\b",
        r"\bmiért ne (?:küldj|kuldj) soha\b|\bsoha ne (?:küldj|kuldj|oszd meg)\b|\bmiért nem szabad\b",
        r"\bha valaki (?:kér|ker|fenyeget|küld|kuld)\b",
        r"\bszólj egy felnőttnek\b|\b(?:jelentsd|blokkold)\b",
        r"\b(?:kampány|kampany|projekt|workshop|plakát|plakat|előadás|eloadas)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:en|engem|nekem|magam|magamat)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\beltűnni\b|\beltunni\b|\beltűnnék\b|\beltunnek\b",
    r"\bne ébredjek fel\b|\bne ebredjek fel\b|\bsoha ne ébredjek\b",
    r"\b(?:gyógyszer|gyogyszer|tabletta|tablettá|bogyók)\w*\b",
    r"\bbúcsúlevel\w*\b|\bbucsulevel\w*\b",
    r"\bnem bírom tovább\b|\bnem birom tovabb\b|\bnem bírom már\b|\bnem birom mar\b",
    r"\bsötét gondolat\w*\b|\bsotet gondolat\w*\b",
    r"\bnincs értelme (?:az életnek|élni)\b|\bnincs erteme\b|\bnincs értelme semminek\b",
    r"\bha nem lennék\b|\bha nem lennek\b|\bha eltűnnék\b|\bha meghalnék\b|\bha meghalnek\b",
    r"\bteher vagyok\b|\bcsak teher\b",
    r"\bvagdosom magam\b|\bmegvágtam magam\b|\bbántom magam\b|\bbantom magam\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bmindenki (?:rajtad nevet|kinevet)\b",
    r"\b(?:tűnj el|tunj el|húzz el|huzz el|takarodj)\b",
    r"\bsenki sem akar (?:veled barátkozni|veled baratkozni|a barátod lenni)\b",
    r"\b(?:megverünk|megverlek|megverunk)\b",
    r"\bsenkit sem érdekelsz\b|\bsenkit sem erdekelsz\b|\bsenki nem kérdezett\b",
    r"\bnézz magadra\b|\bnezz magadra\b",
    r"\bolyanok mint te\b|\ba hozzád hasonlók\b",
    r"\b(?:lúzer|luzer|vesztes|bohóc|bohoc|dagadt|ronda|béna|bena|szánalmas|szanalmas)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bez maradjon köztünk\b|\bez maradjon koztunk\b|\bsenkinek nem kell tudnia\b|\ba szüleidnek nem kell tudnia\b|\bne mondd el senkinek\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:adj hozzá|írj|irj) (?:a )?(?:snapen|instán|instan|telegramon|whatsappon|signalon|discordon)\b|\bprivátabban\b|\beltűnő üzenetek\b|\bsenki (?:nem látja|nem olvassa|nem latja)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:küldj|kuldj) (?:egy )?(?:képet|kepet|fotót|fotot|videót|videot|szelfit)\b|\blátni akarlak\b|\blatni akarlak\b|\bmutasd meg\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:találkozzunk|talalkozzunk|találkozhatunk|akarsz találkozni)\b|\bodamegyek hozzád\b|\bmelyik városban laksz\b|\bmelyik varosban laksz\b|\bmi a sulid neve\b|\bmelyik suliba\b"
]
PATTERNS["grooming"] += [
    r"\begyedül vagy otthon\b|\begyedul vagy otthon\b|\botthon vannak a szüleid\b|\bmikor mennek el a szüleid\b|\b(?:veszek|adok) neked\b|\bmegbízhatsz bennem\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bszexelni\b|\blefeküdni veled\b|\bmi van rajtad\b|\ba tested\b|\bszexi képek\b|\bmeztelen\w*\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bsemmit sem érek\b|\bsemmit sem erek\b|\bértéktelen vagyok\b|\bertektelen vagyok\b",
    r"\butálom magam\b|\butalom magam\b|\butálom az életem\b",
    r"\binkább meghalnék\b|\binkabb meghalnek\b",
    r"\bfeladom\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bmi értelme\b|\bmi erteme\b|\bmi értelme van\b",
    r"\bazt akarom,? hogy (?:minden )?vége legyen\b",
    r"\bkönnyebb lenne,? ha nem lennék\b",
    r"\búresnek érzem magam\b",
    r"\bbelefáradtam mindenbe\b|\belegem van mindenből\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bnélkülem\b|\bnelkulem\b",
    r"\bnincs értelme\b|\bnincs erteme\b",
    r"\bnem akarok itt lenni\b",
]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\blépj ki a csoportból\b|\blepj ki a csoportbol\b|\bnem kellesz (?:nekünk|senkinek)\b",
    r"\bsenki sem akar veled (?:ülni|beszélni|lógni)\b",
    r"\bne egyél már\b|\bbálna\b|\bdagadék\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bruha nélkül\b|\bruha nelkul\b|\bkívánlak\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bnézik a szüleid a telefonod\b|\bnezik a szuleid a telefonod\b",
    r"\btöltsd le a (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\btoltsd le a (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bpizsamában\b|\bfehérneműben\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"te\b|teged|neked|tied|vagy\b|laksz|jarsz|jössz|kuldj|mutasd",
    "self_harm": r"megolom magam|megölöm magam|megolni magam|ongyilkos leszek|ongyilkos akarok|bantom magam|bántom magam|vagdosom magam|vagdostam magam|megvagtam magam|felakasztom magam|leugrok a hidrol",
    "despair": r"meg akarok halni|nem akarok elni|nem akarok tovabb elni|el akarok tunni|eltunni orokre|nem ebredni fel|ne ebredjek fel|jobb lenne nelkulem|jobb nelkulem|senkinek nem hianyoznek|senki nem venne eszre|teher vagyok|semminek nincs ertelme|zsilett|penge|bucsulevel|utalom magam|utalom az eletem|ertektelen|ures vagyok|belul ures|nem birom tovabb|nem birom mar",
    "relapse": r"megint megcsinaltam|ujra megtettem|megint megtettem|visszaeses",
    "hidden": r"hosszu ujju|pulcsi|senki nem latja|eltakar",
    "give_away": r"odaadom a cuccaim|elajandekozom|a cuccaimat",
    "no_need": r"nem lesz rajuk szuksegem|nincs mar szuksegem|nem kellenek mar",
    "last_post": r"utolso posztom|utolso uzenetem|utolso poszt|utolso posztom",
    "goodbye": r"viszlat|bucsu|koszonok mindent|köszönök mindent|sziasztok orokre|koszi mindent|sziasztok",
    "harmless": r"a takaro ala|takaro alatt|meghalok a rohogestol|megdoglok a rohogestol",
    "slur": r"kurva|geci|buzi|fasz|picsa|kocsog|köcsög|anyad|bazd meg|baszd meg|nyomorek|retardalt|dogolj meg|dögölj meg|old meg magad|öld meg magad|halott vagy|suli utan",
    "insult": r"ronda|csunya|dagadt|kover|hulye|idiota|buta|lúzer|luzer|szanalmas|undorito|gusztustalan|senki nem szeret|mindenki utal|mindenki kinevet|mindenki rajtad nevet|kussolj|fogd be|pofa be|tunj el|takarodj|lépj ki a csoportbol|budos|budi|bohoc|diszno|tehen|balna|szemet|ertektelen|senki nem akar",
    "hate": r"cigany|nigger|niger|zsido|buzik|menj vissza a hazadba|sieg heil",
    "sexual": r"meztelen|akt\b|nudes|porno\b|szex\b|szexel|szexet|dugni|dugjunk|basz|lebeszopni|szop|maszturb|cicid|mellei|melleid|farok|punci|kanos|szexi|vetkozz|vetkőzz|bugyi|melltarto|fehernemu",
    "alone": r"egyedul vagy|egyedül vagy|egyedul otthon|egyedül otthon|szuleid (?:otthon|nincsenek|dolgoznak)|van otthon valaki|a szobadban",
    "age": r"hany eves|hány éves|korod|hanyadikos|hányadikos|hanyadik osztaly|1[0-7] eves vagy|kiskoru",
    "secret": r"titkunk|kettonk kozott|kettőnk között|ne mondd el|ne szolj|ne szólj|senkinek ne|senkinek nem kell tudnia|torold (?:a|ezt|az uzenet|a chatet|a beszelgetes)",
    "private": r"privatban|priviben|privibe|ahol senki nem olvas|senki nem olvassa|eltuno uzenet|titkos chat|(?:irj|gyere at|menjunk at) (?:snapre|telegramra|whatsappra|signalra|instara|discordra)",
    "gift": r"veszek neked|adok neked (?:penzt|\d)|fizetek neked|ajandekkartya|paysafe|robuxot kapsz|v-?bucksot",
    "mature": r"erett vagy a korodhoz|erett a korodhoz|olyan erett|nagyon erett|idosebbnek nezel ki|idősebbnek|nem vagy olyan mint a tobbi|a kor csak egy szam|csak en ertelek",
    "flattery": r"gyonyoru|gyönyörű|szep\b|szép|cuki|szexi|tokeletes|kulonleges",
    "meet": r"talalkozzunk|talalkozni|talalkozunk|gyere at hozzam|gyere hozzam|erted megyek|elmegyek erted|szemelyesen|elo\b",
    "where": r"hol laksz|melyik varosban|melyik iskolaba|melyik suliba|melyik suli|a cimed|melyik utca",
    "send": r"kuldj|küldj|kuldd|küldd|kuldesz|mutasd|mutass|latni akarlak|akarlak latni|kapcsold be a kamer",
    "picture": r"kep\b|kepet|képet|fotot|fotó|foto|szelfi|selfie|nudes|videot|video|kamer|tested",
    "body": r"mi van (?:most )?rajtad",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bha valaki\b|\bha egy idegen\b|\bsoha ne\b|\bsoha nem szabad\b|\bne kuldj\b",
    r"(?<!ne )\bszolj (?:egy )?(?:felnottnek|szuleidnek|tanarnak|tanarodnak)\b|\b(?:megbizhato|bizalmas) felnott\w*\b|\bbeszelj (?:egy )?felnottel\b",
    r"\bfigyelmezteto jel\w*\b|\b(?:ragadozok|zaklatok|csalok|idegenek) (?:gyakran |altalaban )?(?:probal\w*|kernek|tettetik|hasznal\w*)\b",
    r"\bsegelyvonal\w*\b|\bosztalyfonok\w*\b|\biskolapszichologus\w*\b|\ba tanar(?:no|nonk|unk)?\b",
]
