# ruff: noqa: E501 -- tables of patterns read best one per line
"""Czech."""

NUMBERS = ("nula", "jedna|jeden", "dva|dve", "tri", "ctyri", "pet", "sest", "sedm", "osm", "devet")
AT = ("zavinac",)
DOT = ("tecka",)
REGIONS = ("CZ", "SK")

PATTERNS = {
    "address": [
        r"\b(?:ulice|ul\.|namesti|nam\.|trida) [a-z]+(?: [a-z]+){0,2},? \d{1,4}\b",
        r"\b[a-z]+(?:ova|ska|cka|ni) \d{1,4}(?:/\d{1,4})?\b(?=.{0,20}\b(?:bydlim|praha|brno|ostrava|plzen))",
        r"\bbydlim (?:v ulici|na ulici|na adrese|v) [a-z]+ \d{1,4}\b|\bbydlim (?:v ulici|na adrese)\b",
        r"\bmoje adresa (?:je|:)",
        r"\bchodim (?:do|na) (?:zs|zakladku|gympl|gymnazium|skolu|stredni)(?: [a-z-]+){0,4}(?: v | ve | na )[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:pridej|sleduj|followni) (?:si )?me (?:na|v)\b",
        r"\bmuj {platforms} (?:je|:)",
        r"\bmuj (?:nick|ucet|profil|username) (?:je|na)\b",
        r"\bpridej si me\b",
    ],
    "private_channel": [
        r"\bnapis mi (?:do )?(?:soukromi|soukromych zprav|sz|dm|pm)\b",
        r"\b(?:do|v|pres) (?:sz|soukromi|dm|pm|soukrome zpravy)\b",
        r"\bpojdme (?:si )?(?:psat|pokecat) (?:soukrome|jinde)\b",
        r"\b(?:pis|napis|pokecame|pojdme) (?:mi )?(?:na|pres|do) {platforms}",
        r"\bkde (?:nas )?nikdo (?:nemuze|neuvidi|necte)\b",
        r"\btajn(?:y|a|ou) (?:chat|aplikac|skupin)",
    ],
    "meet_up": [
        r"\b(?:sejdeme se|muzeme se sejit|pojdme se sejit|uvidime se nazivo|potkame se)\b",
        r"\bprijd (?:ke mne|za mnou)\b",
        r"\bkde bydlis\b",
        r"\bna jakou skolu chodis\b|\bdo jake skoly chodis\b",
        r"\b(?:vyzvednu te|prijedu pro tebe|pockam na tebe (?:pred|u) skol)",
    ],
    "secrecy": [
        r"\bnikomu to nerikej\b|\bnerikej to nikomu\b|\bnerikej (?:nic )?nikomu\b",
        r"\bnerikej (?:to )?(?:nic )?(?:rodicum|mamce|tatovi)\b",
        r"\bnase (?:mala )?tajemstvi\b|\bnas tajemstvi\b",
        r"\bmezi (?:nama|nami)\b|\bnech si to pro sebe\b",
        r"\bsmaz (?:ty |nase )?(?:zpravy|chat|konverzaci)\b",
        r"\bnikdo to nemusi vedet\b",
    ],
    "image_request": [
        r"\b(?:posli|posles|hod) (?:mi )?(?:nejakou |svoji |tvoji |vic )?(?:fotku|fotky|selfie|nahotinky|nudes|fotecku|video)\b",
        r"\bukaz (?:mi )?(?:se|svoje telo|vic)\b",
        r"\bzapni (?:si )?(?:kameru|webku)\b",
        r"\bco mas na sobe\b",
    ],
    "grooming": [
        r"\bjsi (?:ted )?(?:doma )?sam(?:a)?\b",
        r"\bjsou (?:tvoji )?rodice doma\b",
        r"\b(?:koupim|dam|poslu) ti (?:darek|robuxy|v-?bucks|skiny?|penize|prachy|kartu|\d+)",
        r"\bzaplatim ti\b|\bjen ja ti rozumim\b",
        r"\bvek je jen cislo\b",
    ],
    "age_question": [r"\bkolik ti je\b|\bkolik je ti let\b|\bkolik mas let\b", r"\bdo jake (?:chodis )?tridy\b"],
    "flattery": [
        r"\bjsi (?:tak |moc |fakt |opravdu )*(?:vyspela|vyspely|krasna|hezka|vyjimecna|sexy|dokonala)\b",
        r"\bvypadas (?:starsi|vyspeleji)\b|\bna svuj vek\b",
    ],
    "sexual": [
        r"\b(?:sex|porno|nahá|naha|nahy|kozy|pero|kunda|sukat|masturb\w*|honit|nadrzen[ya])\b",
        r"\bvyspat se s tebou\b",
    ],
    "insult": [
        r"\bjsi (?:tak |uplne |fakt |strasne |jen |obycejna |obycejny )*(?:blbec|blba|blby|hloupa|hloupy|ohavna|ohavny|tlusta|tlusty|idiot|debil|ubozak|nula|nechutna|nechutny|trapna|trapny|k nicemu|kreten|krava|prase)\b",
        r"\b(?:kurva|curak|pica|zmrd|buzna|debil|mrdka|kurvo|hajzl|jdi do prdele|di do prdele)\b",
        r"\bnikdo te nema rad\b|\bvsichni te nenavidi\b|\bnikdo te tu nechce\b",
        r"\bsklapni\b|\bdrz hubu\b",
        r"\bzabij se\b|\bjdi umrit\b|\bchcipni\b",
        r"\bvrat se (?:domu )?do sve zeme\b",
    ],
    "hate": [
        r"\b(?:cikan|cigos|negr|buzerant|zid)(?:i|ove)?\b.{0,25}\b(?:do plynu|smrdi|pryc|chcipnout|zvirata)\b",
        r"\b(?:cigosi|negri|buzeranti)\b",
    ],
    "self_harm": [
        r"\b(?:zabit se|zabiju se|rezat se|rezu se|ublizit si|ublizuju si|vzit si zivot)\b",
        r"\bchci (?:umrit|zmizet|prestat existovat)\b",
        r"\bnechci (?:uz )?(?:zit|existovat|se probudit|tu byt)\b",
        r"\b(?:zase )?(?:jsem se rezala|jsem se rezal|jsem si ublizila|jsem si ublizil)\b",
        r"\bkez bych (?:mohl|mohla )?(?:zmizet|umrit|neexistoval|neexistovala|se neprobudila|se neprobudil)\b|\bchtel(?:a)? bych (?:jen )?zmizet\b",
        r"\bnikomu bych (?:nechybel|nechybela)\b|\bnikdo by (?:si )?(?:nevsiml|nevsimnul)\b",
        r"\bbeze me (?:by )?(?:jim )?bylo lip\b",
        r"\buz (?:to )?nezvladam\b.{0,60}\b(?:zmizet|umrit|konec|skoncit)\b",
        r"\bunaven[ya] zivotem\b|\bjsem pritez\b|\bskoncit (?:se )?(?:vsim|zivotem)\b",
    ],
    "self_harm_topic": [r"\bsebevrazd", r"\bsebeposkoz"],
    "abuse": [
        r"\b(?:on|ona|muj \w+|moje \w+) me (?:bije|osahava|mlati|zneuziva)\b",
        r"\b(?:zneuzil|obtezuje|obtezoval) me\b",
        r"\bvydira me\b",
        r"\bvyhrozuje,? ze (?:zverejni|posle|nasdili) moje (?:fotky|videa)\b",
    ],
    "awareness": [
        r"\b(?:dnes |ve skole |v hodine )?(?:jsme (?:se )?(?:bavili|ucili|mluvili|probirali|dozvedeli))\b",
        r"\bproc (?:nikdy )?neposilat\b|\bnikdy neposilej\b|\bnikdy nesdilej\b|\bse nema posilat\b",
        r"\bkdyz (?:te|ti) nekdo\b|\bpokud (?:te|ti) nekdo\b",
        r"\b(?:sveř|sver) se (?:dospelemu|nekomu)\b|\b(?:nahlas|zablokuj)\b",
        r"\b(?:kampan|projekt|workshop|plakat|prednaska|beseda) (?:o|proti|na tema)\b",
        r"\bjak (?:poznat|nahlasit|zablokovat|se chranit)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ja|me|mne|mi|muj|moje|sebe|si)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bzmizet\b",
    r"\buz se neprobudit\b|\bneprobudit se\b",
    r"\b(?:prasky|pilulky|leky)\b",
    r"\bdopis na rozloucenou\b",
    r"\buz nemuzu\b|\buz to nezvladam\b",
    r"\btemne myslenky\b|\bcerne myslenky\b",
    r"\bzivot nema smysl\b|\bnema smysl zit\b",
    r"\b(?:ruce|zapesti|stehna)\b.{0,30}\b(?:rezne|jizvy|rany)\b",
    r"\bkdyby me nebylo\b|\bkdybych zmizel[a]?\b|\bkdybych umrel[a]?\b",
    r"\bjsem pritez\b|\bjen na obtiz\b",
    r"\bublizil[a]? jsem si\b|\bublizuju si\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bvsichni se ti smeji\b|\bvsichni se ti posmivaji\b",
    r"\b(?:vypadni|zmiz|odprejskni|táhni|tahni)\b",
    r"\bnikdo s tebou nechce (?:kamaradit|byt)\b",
    r"\b(?:zmlatime|zmlatim|nakopu|nakopeme) te\b",
    r"\bnikoho nezajimas\b|\bnikdo se te neptal\b",
    r"\bpodivej se na sebe\b",
    r"\blidi jako ty\b",
    r"\b(?:ubozak|ubozacka|looser|lúzr|luzr|smejd|kreten|debil|idiot|tlustoch|hnusak|hnusna|hnusny|ošklivá|osklivy|osklivka|osklivá)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bzustane to mezi nami\b|\bnikdo to nemusi vedet\b|\brodice to nemusi vedet\b|\bnerikej to nikomu\b|\bnikomu ani slovo\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:pridej si me|napis mi|pis mi) na (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bsoukromeji\b|\bmizejici zpravy\b|\bnikdo (?:to )?nebude cist\b|\bnikdo to neuvidi\b"
]
PATTERNS["image_request"] += [
    r"\b(?:posli|posles) mi (?:svoji |nejakou )?(?:fotku|fotky|video|selfie)\b|\bchci te videt\b|\bukaz mi\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:muzeme se videt|chces se sejit|sejdeme se)\b|\bprijedu za tebou\b|\bv jakem meste bydlis\b|\bjak se jmenuje tvoje skola\b|\bna jakou skolu\b"
]
PATTERNS["grooming"] += [
    r"\bjsi doma sama\b|\bjsi doma sam\b|\bjsou rodice doma\b|\bkdy rodice odchazeji\b|\b(?:koupim|dam|poslu) ti\b|\bmuzes mi (?:vsechno )?verit\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bmit sex\b|\bvyspat se\b|\bco mas na sobe\b|\bsahat na sebe\b|\btvoje telo\b|\bsexy fotk\w*\b|\bnah[aey]\b|\bnahat\w*\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnejsem nic\b|\bjsem k nicemu\b|\bjsem bezcenn[aá]\b",
    r"\bnenavidim (?:se|sebe|svuj zivot)\b",
    r"\bradsi (?:bych )?(?:umrel[a]?|byl[a]? mrtv[aá])\b",
    r"\bvzdavam to\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bk cemu to vsechno\b|\bjaky to ma smysl\b",
    r"\bchci,? aby to (?:vsechno )?skoncilo\b|\bat to skonci\b",
    r"\bbylo by (?:snazsi|lepsi),? kdybych\b",
    r"\bcitim se prazdn[aá]\b",
    r"\bmam vseho dost\b|\bunaven[aá] ze vseho\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbeze me\b",
    r"\bnema to (?:cenu|smysl)\b",
    r"\bnechci (?:uz )?(?:tu |tady )?(?:byt|zit)\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez obleceni\b|\bmam na tebe chut\b|\bv (?:tve|me) posteli\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bkontroluji ti rodice (?:mobil|telefon)\b",
    r"\b(?:stahni si|nainstaluj si) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bv (?:pyzamu|pyzamku|pradle|plavkach)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"ty\b|te\b|tebe|ti\b|tobe|tvuj|tvoje|tva\b|jsi\b|mas\b|bydlis|chodis",
    "self_harm": r"zabit se|zabiju se|rezu se|rezala jsem se|rezal jsem se|rezat se|ublizuju si|ublizit si|vzit si zivot|obesit se|skocit z mostu",
    "despair": r"chci zmizet|chtela bych zmizet|chtel bych zmizet|chci umrit|nechci zit|nechci uz zit|neprobudit|lepsi beze me|beze me|nikdo by si nevsiml|nikomu bych nechybel|jsem pritez|na obtiz|nic nema smysl|skoncit s tim|ziletk|dopis na rozloucenou|nenavidim se|nenavidim svuj zivot|jsem k nicemu|prazdnota|unavena zivotem|unaveny zivotem",
    "slur": r"kurva|kurvo|curak|pica|zmrd|mrdat|jebat|debil|kreten|buzna|buzerant|chcipni|zabij se|jdi do prdele|di do prdele|sracka|hajzl|dostanes pres hubu|po skole dostanes|dostanes na budku|po skole jsi mrtv",
    "insult": r"hnusn|osklив|oskliv|tlust|idiot|blbec|blba|blby|hloup|ubozak|lузr|luzr|looser|trapn|nechutn|nikdo te nema rad|vsichni te nenavidi|vsichni se ti smeji|smeji se ti|sklapni|drz hubu|drz pusu|vypadni|zmiz\b|odejdi ze skupiny|smrdis|klaun|prase|krava|velryba|zmlatime te|zmlatim te|nakopu te|odpad|k nicemu|nikdo te nechce|prasnic|tlust",
    "hate": r"cikan|cigos|negr|zidi\b|buzeranti|vrat se do sve zeme|tahni do sve zeme|do plynu|sieg heil",
    "sexual": r"nah[aeyo]\b|nahot|nudes|porno\b|sex\b|sexu\b|mit sex|sukat|kourit|honit|masturb|kozy|prsa|pero|ptak|kunda|nadrzen|sexy|svlekni|svlec se|spodni pradlo|kalhotky|podprsenk",
    "alone": r"jsi sam|jsi sama|sama doma|sam doma|rodice (?:jsou doma|doma|pryc|v praci|odjeli)|nekdo doma|ve svem pokoji",
    "age": r"kolik ti je|kolik je ti|kolik mas let|tvuj vek|do jake tridy|jakou tridu|v jake tride|je ti 1[0-7]|jsi nezletil",
    "secret": r"nase tajemstvi|mezi nami|mezi nama|nikomu to nerikej|nerikej to nikomu|nerikej nic|nerikej rodicum|nikdo to nemusi vedet|smaz (?:tu|ten|nase|zpravy|chat|konverzaci)",
    "private": r"do soukromi|soukrome zpravy|do sz\b|pis mi soukrome|kde (?:nas )?nikdo necte|kde nas nikdo neuvidi|mizejici zpravy|tajny chat|(?:pojdme|pis mi|pokecame) na (?:snap|telegram|whatsapp|signal|insta|discord)|tam nas nikdo necte|nikdo necte",
    "gift": r"koupim ti|dam ti (?:penize|prachy|\d)|zaplatim ti|poslu ti (?:penize|prachy|\d|robux)|darkova karta|dobiti kredit",
    "mature": r"vyspela na svuj vek|vyspely na svuj vek|tak vyspela|hodne vyspela|vypadas starsi|nejsi jako ostatni|vek je jen cislo|jen ja ti rozumim",
    "flattery": r"krasn|hezk|sexy|dokonal|vyjimecn",
    "meet": r"sejdeme se|sejit se|sejit|uvidime se nazivo|prijd ke mne|prijd za mnou|vyzvednu te|prijedu pro tebe|nazivo|osobne|sejdem se|sejdeme se",
    "where": r"kde bydlis|v jakem meste|jake mesto|na jakou skolu|do jake skoly|tvoje adresa|jaka ulice|v jake ulici",
    "send": r"posli mi|posli\b|posles|hod mi|ukaz mi|ukaz se|chci videt|zapni kameru|zapni si kameru",
    "picture": r"fotk|foto|selfie|nudes|nahotink|video|kamer|telo",
    "relapse": r"udelala znova|udelal znova|udelala zase|udelal zase|jsem to zase",
    "hidden": r"dlouhy rukavy|dlouhe rukavy|schovaj|schovam",
    "give_away": r"davam svoje veci|rozdavam svoje veci|svoje veci",
    "no_need": r"nebudu potrebovat|uz je nebudu",
    "last_post": r"muj posledni prispevek|posledni prispevek",
    "goodbye": r"sbohem|diky za vsechno|dik za vsechno",
    "body": r"co mas (?:ted )?na sobe",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bkdyz (?:nekdo|te nekdo|ti nekdo|cizi)\b|\bpokud nekdo\b|\bnikdy (?:neposilej|nesdilej|nedavej)\b",
    r"\b(?:rekni|reknete|sverte se|sver se) (?:to )?(?:dospelemu|rodicum|uciteli|ucitelce|nekomu)\b|\bdospel\w* (?:clovek|osob\w*),? (?:kter\w* )?(?:ver\w*|duver\w*)\b",
    r"\bvarovn\w* signal\w*\b|\b(?:predatori|pachatele|podvodnici|cizi lide) (?:casto |obvykle )?(?:se snazi|predstiraji|chteji|pouzivaji)\b",
    r"\btridn\w* (?:ucitel\w*)?\b|\bskolni psycholog\w*\b|\blinka bezpeci\b",
]
