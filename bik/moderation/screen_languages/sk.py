# ruff: noqa: E501 -- tables of patterns read best one per line
"""Slovak."""

NUMBERS = ("nula", "jeden|jedna", "dva|dve", "tri", "styri", "pat", "sest", "sedem", "osem", "devat")
AT = ("zavinac",)
DOT = ("bodka",)
REGIONS = ("SK", "CZ")

PATTERNS = {
    "address": [
        r"\b(?:ulica|ul\.|namestie|nam\.|trieda) [a-z]+(?: [a-z]+){0,2},? \d{1,4}\b",
        r"\bbyvam (?:na ulici|na adrese|na) [a-z]+ \d{1,4}\b|\bbyvam na (?:ulici|adrese)\b",
        r"\bmoja adresa (?:je|:)",
        r"\bchodim (?:do|na) (?:zs|zakladnu|gymnazium|gympel|strednu|skolu)(?: [a-z-]+){0,4}(?: v | vo | na )[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:pridaj|sleduj|followni) (?:si )?ma (?:na|v)\b",
        r"\bmoj {platforms} (?:je|:)",
        r"\bmoj (?:nick|ucet|profil|username) (?:je|na)\b",
        r"\bpridaj si ma\b",
    ],
    "private_channel": [
        r"\bnapis mi (?:do )?(?:sukromia|sukromnych sprav|ss|dm|pm|sukromne)\b",
        r"\b(?:do|v|cez) (?:sukromia|dm|pm|sukromnej spravy)\b",
        r"\bpodme (?:si )?(?:pisat|pokecat) (?:sukromne|inde)\b",
        r"\b(?:pis|napis|pokecame|podme) (?:mi )?(?:na|cez|do) {platforms}",
        r"\bkde (?:nas )?nikto (?:nemoze|neuvidi|necita)\b",
        r"\btajn(?:y|a|ej|om) (?:chat|aplikac|skupin)",
    ],
    "meet_up": [
        r"\b(?:stretneme sa|mozeme sa stretnut|podme sa stretnut|uvidime sa nazivo)\b",
        r"\bpod (?:ku mne|za mnou)\b",
        r"\bkde byvas\b",
        r"\bna aku skolu chodis\b|\bdo akej skoly chodis\b",
        r"\b(?:vyzdvihnem ta|pridem po teba|pockam ta (?:pred|pri) skol)",
    ],
    "secrecy": [
        r"\bnikomu to nehovor\b|\bnehovor to nikomu\b|\bnehovor (?:nic )?nikomu\b",
        r"\bnehovor (?:to )?(?:nic )?(?:rodicom|mame|otcovi)\b",
        r"\bnase (?:male )?tajomstvo\b",
        r"\bmedzi nami\b|\bnechaj si to pre seba\b",
        r"\bzmaz (?:tie |nase )?(?:spravy|chat|konverzaciu)\b",
        r"\bnikto to nemusi vediet\b",
    ],
    "image_request": [
        r"\b(?:posli|posles|hod) (?:mi )?(?:nejaku |svoju |tvoju |viac )?(?:fotku|fotky|selfie|nudes|nahe fotky|video)\b",
        r"\bukaz (?:mi )?(?:sa|svoje telo|viac)\b",
        r"\bzapni (?:si )?(?:kameru|webku)\b",
        r"\bco mas na sebe\b",
    ],
    "grooming": [
        r"\bsi (?:teraz )?sam(?:a)? doma\b|\bsi (?:teraz |doma )sam(?:a)?\b",
        r"\bsu (?:tvoji )?rodicia doma\b",
        r"\b(?:kupim|dam|poslem) ti (?:darcek|robuxy|v-?bucks|skiny?|peniaze|prachy|kartu|\d+)",
        r"\bzaplatim ti\b|\biba ja ti rozumiem\b",
        r"\bvek je len cislo\b",
    ],
    "age_question": [r"\bkolko mas rokov\b|\bkolko ti je\b", r"\bdo akej (?:chodis )?triedy\b"],
    "flattery": [
        r"\bsi (?:taka |taky |tak |velmi |fakt |naozaj )*(?:vyspela|vyspely|krasna|pekna|vynimocna|sexi|sexy|dokonala)\b",
        r"\bvyzeras (?:starsie|starsia|vyspelo)\b|\bna svoj vek\b",
    ],
    "sexual": [
        r"\b(?:sex|porno|naha|nahy|kozy|pero|pica|jebat|masturb\w*|honit|nadrzan[ya])\b",
        r"\bvyspat sa s tebou\b",
    ],
    "insult": [
        r"\bsi (?:taka |taky |uplne |fakt |strasne |len |obycajna |obycajny )*(?:hlupak|hlupa|hlupy|skaredy|skareda|tucny|tucna|idiot|debil|chudak|nula|nechutna|nechutny|trapna|trapny|na nic|kreten|krava|prasa|odpad)\b",
        r"\b(?:kurva|kokot|pica|debil|buzerant|jeb sa|chod do pice|hajzel|zmrd)\b",
        r"\bnikto ta nema rad\b|\bvsetci ta nenavidia\b|\bnikto ta tu nechce\b",
        r"\bzavri (?:hubu|zobak)\b|\bdrz hubu\b",
        r"\bzabi sa\b|\bchod umriet\b|\bchcipni\b",
        r"\bvrat sa do svojej krajiny\b",
    ],
    "hate": [r"\b(?:cigan|cigoš|negr|buzerant|zid)(?:i|ov)?\b.{0,25}\b(?:do plynu|smrdia|prec|chcipnut|zvierata)\b"],
    "self_harm": [
        r"\b(?:zabit sa|zabijem sa|rezat sa|rezem sa|ublizit si|ublizujem si|vziat si zivot)\b",
        r"\bchcem (?:zomriet|zmiznut|prestat existovat)\b",
        r"\bnechcem (?:uz )?(?:zit|existovat|sa zobudit|tu byt)\b",
        r"\b(?:zase |znova )?(?:som sa rezala|som sa rezal|som si ublizila|som si ublizil)\b",
        r"\bkiez by som (?:mohla |mohol )?(?:zmiznut|zomriet|neexistovala|neexistoval|sa nezobudila|sa nezobudil)\b|\bchcel(?:a)? by som (?:len )?zmiznut\b",
        r"\bnikomu by som (?:nechybal|nechybala)\b|\bnikto by si (?:nevsimol|to nevsimol)\b",
        r"\bbezo mna (?:by )?(?:im )?bolo lepsie\b",
        r"\buz (?:to )?nezvladam\b.{0,60}\b(?:zmiznut|zomriet|koniec|skoncit)\b",
        r"\bunaven[ya] zo zivota\b|\bsom na obtiaz\b|\bskoncit (?:so )?(?:vsetkym|zivotom)\b",
    ],
    "self_harm_topic": [r"\bsamovrazd", r"\bsebaposkod"],
    "abuse": [
        r"\b(?:on|ona|moj \w+|moja \w+) ma (?:bije|osahava|mlati|zneuziva)\b",
        r"\b(?:zneuzil|obtazuje|obtazoval) ma\b",
        r"\bvydiera ma\b",
        r"\bvyhraza sa,? ze (?:zverejni|posle|zdiela) moje (?:fotky|videa)\b",
    ],
    "awareness": [
        r"\b(?:dnes |v skole |na hodine )?(?:sme (?:sa )?(?:rozpravali|ucili|hovorili|preberali|dozvedeli))\b",
        r"\bpreco (?:nikdy )?neposielat\b|\bnikdy neposielaj\b|\bnikdy nezdielaj\b|\bsa nema posielat\b",
        r"\bked (?:ta|ti) niekto\b|\bak (?:ta|ti) niekto\b",
        r"\bzdover sa (?:dospelemu|niekomu)\b|\b(?:nahlas|zablokuj)\b",
        r"\b(?:kampan|projekt|workshop|plagat|prednaska|beseda) (?:o|proti|na temu)\b",
        r"\bako (?:rozpoznat|nahlasit|zablokovat|sa chranit)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ja|ma|mna|mi|moj|moja|seba|si)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bzmiznut\b",
    r"\buz sa nezobudit\b|\bnezobudit sa\b",
    r"\b(?:tabletky|lieky|prasky)\b",
    r"\blist na rozlucku\b",
    r"\buz nevladzem\b|\buz nemozem\b|\buz to nezvladam\b",
    r"\btemne myslienky\b|\bcierne myslienky\b",
    r"\bzivot nema zmysel\b|\bnema zmysel zit\b",
    r"\b(?:ruky|zapastia|stehna)\b.{0,30}\b(?:rezne|jazvy|rany)\b",
    r"\bkeby som tu nebol[a]?\b|\bkeby som zmizol\b|\bkeby som zmizla\b|\bkeby som umrel[a]?\b",
    r"\bsom na obtiaz\b|\bsom pritaz\b",
    r"\bublizil[a]? som si\b|\bublizujem si\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bvsetci sa ti smeju\b|\bvsetci sa na tebe smeju\b",
    r"\b(?:vypadni|zmizni|odprac sa|tahaj)\b",
    r"\bnikto s tebou nechce (?:kamaratit|byt)\b",
    r"\b(?:zmlatime|zmlatim|nakopem|nakopeme) ta\b",
    r"\bnikoho nezaujimas\b|\bnikto sa ta nepytal\b",
    r"\bpozri sa na seba\b",
    r"\bludia ako ty\b",
    r"\b(?:chudak|chudera|looser|luzer|kreten|debil|idiot|tucko|skaredy|skareda|odporny|odporna|hnusny|hnusna)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bostane to medzi nami\b|\bnikto to nemusi vediet\b|\brodicia to nemusia vediet\b|\bnehovor to nikomu\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:pridaj si ma|napis mi|pis mi) na (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bsukromnejsie\b|\bmiznuce spravy\b|\bnikto (?:to )?nebude citat\b|\bnikto to neuvidi\b"
]
PATTERNS["image_request"] += [
    r"\b(?:posli|posles) mi (?:svoju |nejaku )?(?:fotku|fotky|video|selfie)\b|\bchcem ta vidiet\b|\bukaz mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:mozeme sa vidiet|chces sa stretnut|stretneme sa)\b|\bpridem za tebou\b|\bv akom meste byvas\b|\bako sa vola tvoja skola\b"
]
PATTERNS["grooming"] += [
    r"\bsi doma sama\b|\bsi doma sam\b|\bsu rodicia doma\b|\bked rodicia odidu\b|\b(?:kupim|dam|poslem) ti\b|\bmozes mi (?:vsetko )?verit\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bmat sex\b|\bvyspat sa\b|\bco mas na sebe\b|\bdotykat sa\b|\btvoje telo\b|\bsexi fotk\w*\b|\bnah[aey]\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnie som nic\b|\bsom na nic\b|\bsom bezcenn[aá]\b",
    r"\bnenavidim (?:sa|seba|svoj zivot)\b",
    r"\bradsej by som (?:umrel[a]?|bol[a]? mrtv[aá])\b",
    r"\bvzdavam to\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bna co to vsetko\b|\baky to ma zmysel\b",
    r"\bchcem,? aby to (?:vsetko )?skoncilo\b",
    r"\bbolo by (?:lahsie|lepsie),? keby som\b",
    r"\bcitim sa prazdn[aá]\b",
    r"\bmam vsetkeho dost\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbezo mna\b",
    r"\bnema to (?:zmysel|cenu)\b",
    r"\bnechcem (?:uz )?(?:tu )?(?:byt|zit)\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez oblecenia\b|\bmam na teba chut\b|\bv (?:tvojej|mojej) posteli\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bkontroluju ti rodicia (?:mobil|telefon)\b",
    r"\b(?:stiahni si|nainstaluj si) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bv (?:pyzame|pyzamku|spodnom pradle|plavkach)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ty\b|ta\b|teba|ti\b|tebe|tvoj|tvoja|tvoje|si\b|mas\b|byvas|chodis",
    "self_harm": r"zabit sa|zabijem sa|rezem sa|rezala som sa|rezal som sa|rezat sa|ublizujem si|ublizit si|vziat si zivot|obesit sa|skocit z mosta",
    "despair": r"chcem zmiznut|chcela by som zmiznut|chcel by som zmiznut|chcem zomriet|nechcem zit|nechcem uz zit|nezobudit|lepsie bezo mna|bezo mna|nikto by si nevsimol|nikomu by som nechybal|som na obtiaz|som pritaz|uz nevladzem|nic nema zmysel|skoncit s tym|ziletk|list na rozlucku|nenavidim sa|nenavidim svoj zivot|som nanic|prazdnota|unavena zo zivota|unaveny zo zivota",
    "slur": r"kurva|kurvo|kokot|pica|piča|jebat|jebem|debil|kreten|buzerant|buzna|chcipni|zabi sa|zabij sa|chod do riti|chod do prdele|hajzel|sprostak|dostanes po papuli|po skole dostanes|dostanes na drzku",
    "insult": r"skared|skaredá|tlst|idiot|hlup|sprost|ubozi|lузer|luzer|looser|trapn|nechutn|odporn|nikto ta nema rad|vsetci ta nenavidia|vsetci sa ti smeju|smeju sa ti|drz hubu|drz sa|zavri sa|vypadni|zmizni|odid zo skupiny|smrdis|klaun|prasa|krava|velryba|zbijeme ta|zbijem ta|odpad|nanic|nikto ta nechce|tucn|krava",
    "hate": r"cigan|cigos|negr|zidia\b|vrat sa do svojej krajiny|do plynu|sieg heil",
    "sexual": r"nah[aeyo]\b|nahot|nudes|porno\b|sex\b|sexu\b|mat sex|jebat|fajc|honit|masturb|kozy|prsia|vtak|kokot|pica|nadrzan|sexy|vyzlec|spodn[ea] pradl|nohavicky|podprsenk",
    "alone": r"si sam|si sama|sama doma|sam doma|rodicia (?:su doma|doma|prec|v praci|odisli)|niekto doma|vo svojej izbe",
    "age": r"kolko mas rokov|kolko mas\b|kolko ti je|tvoj vek|do ktorej triedy|v ktorej triede|ktoru triedu|mas 1[0-7]|si maloletn",
    "secret": r"nase tajomstvo|medzi nami|nikomu to nehovor|nehovor to nikomu|nehovor nic|nehovor rodicom|nikto to nemusi vediet|vymaz (?:tu|ten|nase|spravy|chat|konverzaciu)",
    "private": r"do sukromia|sukromne spravy|pis mi sukromne|kde (?:nas )?nikto necita|kde nas nikto neuvidi|miznuce spravy|tajny chat|(?:pod|pis mi|pokecajme) na (?:snap|telegram|whatsapp|signal|insta|discord)|tam nas nikto necita|nikto necita",
    "gift": r"kupim ti|dam ti (?:peniaze|prachy|\d)|zaplatim ti|poslem ti (?:peniaze|prachy|\d|robux)|darcekova karta|dobitie kreditu",
    "mature": r"vyspela na svoj vek|vyspely na svoj vek|taka vyspela|velmi vyspela|vyzeras starsia|vyzeras starsie|nie si ako ostatne|vek je len cislo|len ja ti rozumiem",
    "flattery": r"krasn|pekn|sexy|dokonal|vynimocn",
    "meet": r"stretneme sa|stretnut sa|stretnime sa|pride ku mne|pod ku mne|vyzdvihnem ta|pridem po teba|nazivo|osobne",
    "where": r"kde byvas|v akom meste|ake mesto|na aku skolu|do akej skoly|tvoja adresa|aka ulica|v akej ulici",
    "send": r"posli mi|posli\b|posles|hod mi|ukaz mi|ukaz sa|chcem vidiet|zapni kameru|zapni si kameru",
    "picture": r"fotk|foto|selfie|nudes|video|kamer|telo",
    "relapse": r"som to zas urobila|som to zas urobil|urobila znova|urobil znova|zas urobila",
    "hidden": r"dlhe rukavy|skryju|skryje",
    "give_away": r"rozdavam svoje veci|davam svoje veci|svoje veci",
    "no_need": r"nebudem potrebovat|uz ich nebudem",
    "last_post": r"moj posledny prispevok|posledny prispevok",
    "goodbye": r"zbohom|vdaka za vsetko|dik za vsetko",
    "body": r"co mas (?:teraz )?na sebe",
}
