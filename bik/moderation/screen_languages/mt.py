# ruff: noqa: E501 -- tables of patterns read best one per line
"""Maltese (young people in Malta write much in English too: English patterns always apply)."""

NUMBERS = (
    "xejn|zero",
    "wiehed|waħda|wahda|wieħed",
    "tnejn",
    "tlieta",
    "erbgha|erbgħa",
    "hamsa|ħamsa",
    "sitta",
    "sebgha|sebgħa",
    "tmienja",
    "disgha|disgħa",
)
# The numbers 10-19 and the tens 20-90 (num2words has no Maltese), and how a ten and a unit are said together
# (the unit first: "tnejn u erbgħin", 42).
TEENS = (
    "għaxra|ghaxra",
    "ħdax|hdax",
    "tnax",
    "tlettax",
    "erbatax",
    "ħmistax|hmistax",
    "sittax",
    "sbatax",
    "tmintax",
    "dsatax",
)
DECADES = (
    "għoxrin|ghoxrin",
    "tletin",
    "erbgħin|erbghin",
    "ħamsin|hamsin",
    "sittin",
    "sebgħin|sebghin",
    "tmenin",
    "disgħin|disghin",
)
COMPOUND = "{unit} u {tens}"
AT = ("at",)
DOT = ("dot", "tikka")
REGIONS = ("MT",)

PATTERNS = {
    "address": [
        r"\btriq (?:il-|ta'? |tal-)?[a-z'-]+(?: [a-z'-]+){0,3},? (?:nru\.? ?)?\d{1,4}\b",
        r"\b\d{1,4},? triq (?:il-|ta'? |tal-)?[a-z'-]+",
        r"\bnoqghod (?:fi |f')?triq\b|\bnoqgħod (?:fi |f')?triq\b",
        r"\bl-indirizz tieghi (?:hu|huwa|:)|\bl-indirizz tiegħi (?:hu|huwa|:)",
        r"\bnmur (?:l-|il-)?(?:iskola|kullegg|skola)(?: [a-z'-]+){0,3}(?: ta'? | fil-| f')[a-z'-]+",
    ],
    "social_handle": [
        r"\b(?:zidni|żidni|segwini|addjani|ghamilni add) (?:fuq|ma')\b",
        r"\bil-{platforms} tieghi (?:hu|huwa|:)|\bil-{platforms} tiegħi (?:hu|huwa|:)",
        r"\bl-username tieghi\b|\bl-username tiegħi\b",
        r"\bzidni\b|\bżidni\b",
    ],
    "private_channel": [
        r"\b(?:ibghatli|ibgħatli|iktibli|kellimni) (?:fil-|fuq il-)?(?:privat|dm|pm|inbox)\b",
        r"\bfil-(?:privat|inbox|dm)\b",
        r"\bha nitkellmu (?:fil-privat|x'imkien iehor|x'imkien ieħor)\b",
        r"\b(?:nitkellmu|iktibli|ejja) fuq (?:il-)?{platforms}",
        r"\bfejn hadd ma (?:jista'? )?(?:jaqra|jara)\b|\bfejn ħadd ma (?:jista'? )?(?:jaqra|jara)\b",
        r"\bchat sigriet\b|\bapp sigrieta\b",
    ],
    "meet_up": [
        r"\bha niltaqghu\b|\bha niltaqgħu\b|\bniltaqghu\b|\bniltaqgħu\b|\bnaraw lil xulxin\b",
        r"\bejja (?:ghandi|għandi|id-dar tieghi|id-dar tiegħi)\b",
        r"\bfejn toqghod\b|\bfejn toqgħod\b|\bminn fejn int\b",
        r"\bliema skola (?:tmur|inti)\b|\bf'liema skola\b",
        r"\bniġi għalik\b|\bnigi ghalik\b|\nnistenniek barra l-iskola\b",
    ],
    "secrecy": [
        r"\btghid lil hadd\b|\btgħid lil ħadd\b|\bla tghid lil hadd\b|\bla tgħidx lil ħadd\b|\bla tghidx lil hadd\b",
        r"\bla tghidx lil (?:ommok|missierek|il-genituri)\b|\bla tgħidx lil (?:ommok|missierek|il-ġenituri)\b",
        r"\bis-sigriet taghna\b|\bis-sigriet tagħna\b",
        r"\bbejnietna\b|\bbejni u bejnek\b",
        r"\bhassar (?:il-messaggi|ic-chat)\b|\bħassar (?:il-messaġġi|iċ-chat)\b",
        r"\bhadd m'ghandu jkun jaf\b|\bħadd m'għandu jkun jaf\b",
    ],
    "image_request": [
        r"\bibghatli (?:ritratt|ritratti|selfie|nudes|video)\b|\bibgħatli (?:ritratt|ritratti|selfie|nudes|video)\b",
        r"\burini (?:ġismek|gismek|lilek innifsek)\b",
        r"\bixghel il-kamera\b|\bixgħel il-kamera\b",
    ],
    "grooming": [
        r"\b(?:int|inti) wahdek\b|\b(?:int|inti) waħdek\b|\bwahdek id-dar\b|\bwaħdek id-dar\b",
        r"\bil-genituri (?:tieghek|tiegħek) (?:id-dar|hemm)\b",
        r"\b(?:nixtrilek|naghtik|nagħtik|nibghatlek|nibgħatlek) (?:rigal|robux|v-?bucks|skins?|flus|\d+)",
        r"\bl-eta hija biss numru\b|\bl-età hija biss numru\b",
    ],
    "age_question": [r"\bkemm ghandek zmien\b|\bkemm għandek żmien\b|\bkemm ghandek snin\b|\bkemm għandek snin\b"],
    "flattery": [
        r"\b(?:int|inti) (?:tant |verament )*(?:matura|sabiha|specjali|speċjali|sexy|perfetta)\b",
        r"\btidher (?:akbar|aktar matura)\b",
    ],
    "sexual": [r"\b(?:sess|porn|għarwien|gharwien|għarwiena|gharwiena)\b"],
    "insult": [
        r"\b(?:int|inti) (?:tant |verament )*(?:stupidu|stupida|ikrah|ikraħ|kerha|kerħa|hoxna|ħoxna|hoxnin|idjota|idjot|ma tiswa xejn|disgustuz|disgustuza|tal-biza|tal-biża)\b",
        r"\b(?:qahba|qaħba|pufta|ibn il-qahba|ibn il-qaħba|ħmar|hmar)\b",
        r"\bhadd ma jhobbok\b|\bħadd ma jħobbok\b|\bkulhadd jobgħodok\b|\bkulhadd jobghodok\b",
        r"\bagħlaq halqek\b|\baghlaq halqek\b|\bisskot\b",
        r"\boqtol lilek innifsek\b",
    ],
    "hate": [
        r"\b(?:suwed|immigranti|pufti|għarab|gharab) (?:huma|għandhom|ghandhom)\b.{0,25}\b(?:jmorru|imutu|annimali|mard)\b"
    ],
    "self_harm": [
        r"\bnoqtol lili nnifsi\b|\bnwegga' lili nnifsi\b|\bnweġġa' lili nnifsi\b|\bnaqta' lili nnifsi\b",
        r"\b(?:irrid|nixtieq) (?:immut|nisparixxi|ma nkunx hawn)\b",
        r"\bma rridx (?:nibqa' )?(?:ngħix|nghix|nkun hawn|nqum)\b",
        r"\b(?:erga' |mill-gdid )?(?:qtajt|weġġajt|weggajt) lili nnifsi\b",
        r"\bnixtieq (?:sempliciment )?nisparixxi\b|\bkieku stajt nisparixxi\b",
        r"\bhadd ma jinduna\b|\bħadd ma jinduna\b|\bhadd ma jimmissjani\b|\bħadd ma jimmissjani\b",
        r"\baħjar mingħajri\b|\bahjar minghajri\b",
        r"\bma nifilhiex aktar\b|\bm'għadnix nifla\b|\bm'ghadnix nifla\b",
        r"\bgħajjien(?:a)? mill-ħajja\b|\bghajjien(?:a)? mill-hajja\b",
    ],
    "self_harm_topic": [r"\bsuwiċidju|\bsuwicidju", r"\bself[- ]?harm"],
    "abuse": [
        r"\b(?:isawwatni|jsawwatni|imissni|jmissni|jabbuza minni)\b",
        r"\bqed jirrikattani\b|\bjhedded li (?:jtella|jibghat) ir-ritratti tieghi\b",
    ],
    "awareness": [
        r"\b(?:illum |fil-klassi |l-iskola )?(?:tkellimna|tghallimna|tgħallimna|iddiskutejna) (?:dwar|fuq)\b",
        r"\bqatt m'ghandek tibghat\b|\bqatt m'għandek tibgħat\b|\bghaliex qatt\b|\bgħaliex qatt\b|\bqatt tibghat\b",
        r"\bjekk xi hadd (?:jitolbok|jheddek|jibghatlek)\b|\bjekk xi ħadd (?:jitolbok|jheddek|jibgħatlek)\b",
        r"\bkellem adult\b|\b(?:irrapporta|ibblokkja)\b",
        r"\b(?:kampanja|proġett|progett|workshop|poster|preżentazzjoni|prezentazzjoni) (?:dwar|fuq)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:jien|lili|tieghi|nnifsi)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bnisparixxi\b|\bingħib\b|\bnghib\b",
    r"\bma nqumx\b|\bma nerġax inqum\b|\bma nergax inqum\b",
    r"\b(?:pilloli|pirmli|mediċini|medicini)\b",
    r"\bittra ta' addiju\b|\bittra ta addiju\b",
    r"\bma nifilx aktar\b|\bma nistax aktar\b|\bm'għadnix nifla\b",
    r"\bħsibijiet suwed\b|\bhsibijiet suwed\b",
    r"\bil-ħajja m'għandha l-ebda sens\b|\bil-hajja m'ghandha l-ebda sens\b|\bm'hemmx skop\b",
    r"\bkieku ma kontx hawn\b|\bkieku nisparixxi\b|\bkieku nmut\b",
    r"\btoqol\b|\bpiż fuq\b|\bpiz fuq\b",
    r"\bnweġġa' lili nnifsi\b|\bnwegga' lili nnifsi\b|\bnaqta' lili nnifsi\b|\bqtajt lili nnifsi\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bkulħadd jidħaq bik\b|\bkulhadd jidhaq bik\b",
    r"\b(?:itlaq minn hawn|itlaq|imxi minn hawn)\b",
    r"\bħadd ma jrid ikun ħabib tiegħek\b|\bhadd ma jrid ikun habib tieghek\b",
    r"\bha nsawtuk\b|\bha nsawtek\b",
    r"\bħadd ma jimpurtah minnek\b|\bhadd ma jimpurtah minnek\b",
    r"\bħares lejk\b|\bhares lejk\b",
    r"\bnies bħalek\b|\bnies bhalek\b",
    r"\b(?:looser|loser|tal-biża|ħmar|hmar|ħmara|hmara|stupidu|stupida|ikraħ|ikrah|kerha|kerħa)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bdan jibqa' bejnietna\b|\bħadd m'għandu jkun jaf\b|\bil-ġenituri m'għandhomx għalfejn ikunu jafu\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:żidni|ibgħatli) fuq (?:snap|insta|telegram|whatsapp|signal|discord)\b|\baktar privat\b|\bmessaġġi li jisparixxu\b|\bħadd ma jista' jaqra\b"
]
PATTERNS["image_request"] += [r"\bibgħatli (?:ritratt|ritratti|video|selfie)\b|\bnixtieq narak\b|\burini\b"]
PATTERNS["meet_up"] += [
    r"\b(?:ħa niltaqgħu|trid niltaqgħu)\b|\bniġi għandek\b|\bf'liema belt toqgħod\b|\bx'jismu l-iskola tiegħek\b"
]
PATTERNS["grooming"] += [
    r"\bwaħdek id-dar\b|\bil-ġenituri tiegħek id-dar\b|\b(?:nixtrilek|nagħtik)\b|\btista' tafda fija\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [r"\nnagħmlu s-sess\b|\bx'għandek fuqek\b|\bġismek\b|\bgismek\b|\bgħarwien\w*\b"]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bma niswa xejn\b",
    r"\bnobgħod lili nnifsi\b|\bnobghod lili nnifsi\b|\bnobgħod ħajti\b",
    r"\baħjar inkun mejjet\b|\baħjar immut\b",
    r"\bnagħti up\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bx'inhu l-punt\b|\bgħalxejn\b|\bghalxejn\b",
    r"\bnixtieq li kollox jieqaf\b",
    r"\bikun aktar faċli kieku ma kontx\b",
    r"\bnħossni vojt\b|\bnhossni vojt\b",
    r"\bgħajjien minn kollox\b|\bghajjien minn kollox\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bmingħajr ħwejjeġ\b|\bminghajr hwejjeg\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bniżżel (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\bnizzel (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"int\b|inti\b|lilek|tiegh?ek|tieghek|ghandek|toqghod|tmur",
    "self_harm": r"noqtol lili nnifsi|noqtol lilli|qtil lili nnifsi|nweġġa' lili nnifsi|nwegga lili nnifsi|naqta lili nnifsi|qtajt lili nnifsi|nitfa' lili nnifsi",
    "despair": r"irrid immut|nixtieq immut|ma rridx nghix|ma nixtieqx nghix|irrid nisparixxi|nisparixxi ghal dejjem|ma nqumx|ahjar minghajri|hadd ma jimmissjani|hadd ma jinduna|ebda skop|ċikatriċi|cikatrici|xfafar|ittra ta' addiju|nobghod lili nnifsi|nobghod hajti|ma niswa xejn|vojt minn gewwa|ghajjien mill-hajja|ghajjiena mill-hajja|ma nifilhiex aktar|ma nistax aktar",
    "relapse": r"regajt ghamiltha|erga' ghamiltha|erga ghamiltha|ghamiltha mill-gdid|ergajt ghamiltha|ergajt",
    "hidden": r"kmiem twal|hoodie|hadd ma jara",
    "give_away": r"qed naghti l-affarijiet|naghti l-affarijiet tieghi|l-affarijiet tieghi lil|naghti l-affarijiet",
    "no_need": r"m'hux se jkollni bzonn|mhux se jkollni bzonnhom|m'ghandix bzonnhom|m'ghadx ghandi bzonn|ghandi bzonnhom",
    "last_post": r"l-ahhar post tieghi|l-ahhar messagg tieghi|l-ahhar post",
    "goodbye": r"addiju|grazzi ta' kollox|grazzi ta kollox|caw\b|saħħa lil kulhadd",
    "harmless": r"taht il-kutra|taht il-kolltra|mejjet bid-dahk",
    "slur": r"qahba|zobb|ghoxx|pufta|ibn il-qahba|liba|mur mut|oqtol lilek innifsek|ser noqtlok|int mejjet|wara l-iskola",
    "insult": r"ikrah|ikrha|hoxn|hoxna|ilsien|iblah|stupid|stupida|ahmaq|loser|patetiku|dizgustanti|tqażżeż|hadd ma jhobbok|kulhadd jobghodok|kulhadd jidhaq bik|aghlaq halqek|iskot|itlaq|mur\b|hallik mill-grupp|tinten|clown|hanzir|baqra|balena|zibel|ma tiswa xejn|hadd ma jridek|hadd ma jridek|ohrog mill-grupp",
    "hate": r"suwed|ilsien|immigranti hmieg|mur lura lejn pajjizek|mur lura pajjizek|sieg heil",
    "sexual": r"gharwien|gharwiena|nudes|porn\b|porno\b|pornhub|sess\b|nhobbok fis-sodda|zobb|bezzul|sidru|mastur|sexy|ninża|nizza hwejgek|neħħi hwejġek|nehhi hwejgek|ħwejjeġ ta' taħt|qliezet ta' taht",
    "alone": r"int wahdek|inti wahdek|wahdek id-dar|il-genituri tieghek (?:id-dar|barra|ix-xoghol)|hemm xi hadd id-dar|fil-kamra tieghek",
    "age": r"kemm ghandek zmien|kemm ghandek snin|x'eta ghandek|l-eta tieghek|f'liema klassi|ghandek 1[0-7]|minorenni",
    "secret": r"sigriet taghna|bejnietna|tghid lil hadd|ma tghid lil hadd|tghidx lil|hadd m'ghandu jkun jaf|hadd ma jrid ikun jaf|hassar (?:il-chat|il-messaggi|il-konversazzjoni)",
    "private": r"fil-privat|fuq il-privat|pm\b|fejn hadd ma jaqra|hadd ma jaqra|messaggi li jisparixxu|chat sigriet|(?:ejja|iktibli|kellimni) (?:fuq|fil-|ghal) ?(?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"nixtrilek|naghtik (?:flus|\d)|inhallsek|nibghatlek (?:flus|\d)|gift card|paysafe|robux lilek",
    "mature": r"matura ghall-eta tieghek|matura hafna|tant matura|tidher akbar|m'intix bhall-ohrajn|l-eta hija biss numru|jien biss nifhmek",
    "flattery": r"sabiha|helwa|sexy|perfetta|specjali",
    "meet": r"niltaqghu|nisltaqghu|ejja ghandi|ejja d-dar tieghi|niġi għalik|nigi ghalik|nigborlek|wicc imb wicc|fil-hajja vera",
    "where": r"fejn toqghod|f'liema rahal|liema rahal|f'liema skola|liema skola|l-indirizz tieghek|f'liema triq",
    "send": r"ibghatli|ibgħatli|ibghat|urini|nixtieq narak|irrid narak|ixghel il-kamera",
    "picture": r"ritratt|stampa|selfie|nudes|video|kamera|gisem",
}
