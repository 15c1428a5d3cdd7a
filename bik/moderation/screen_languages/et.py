# ruff: noqa: E501 -- tables of patterns read best one per line
"""Estonian."""

NUMBERS = ("null", "üks|uks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa|uheksa")
# The numbers 10-19 and the tens 20-90 (num2words has no Estonian), and how a ten and a unit are said together.
TEENS = (
    "kümme",
    "üksteist",
    "kaksteist",
    "kolmteist",
    "neliteist",
    "viisteist",
    "kuusteist",
    "seitseteist",
    "kaheksateist",
    "üheksateist",
)
DECADES = (
    "kakskümmend",
    "kolmkümmend",
    "nelikümmend",
    "viiskümmend",
    "kuuskümmend",
    "seitsekümmend",
    "kaheksakümmend",
    "üheksakümmend",
)
COMPOUND = "{tens} {unit}"
AT = ("ät", "at", "kommerts")
DOT = ("punkt",)
REGIONS = ("EE",)

PATTERNS = {
    "address": [
        r"\b[a-z]+ (?:tn|tänav|tanav|maantee|puiestee|mnt|pst)\.? \d{1,4}[a-z]?\b",
        r"\b[a-z]+(?:tee|tänav|tanav) \d{1,4}\b",
        r"\bma elan (?:aadressil|[a-z]+ (?:tänaval|tanaval))\b",
        r"\bminu aadress on\b",
        r"\b(?:käin|kain|ma käin) [a-z-]+ (?:koolis|gümnaasiumis|gumnaasiumis)\b",
    ],
    "social_handle": [
        r"\b(?:lisa|jälgi|jalgi|addi) mind\b",
        r"\bminu {platforms} on\b|\bmu {platforms} on\b",
        r"\b(?:minu|mu) (?:kasutajanimi|nimi) (?:on|{platforms})\b",
    ],
    "private_channel": [
        r"\b(?:kirjuta|saada) mulle (?:privasse|privaatselt|dm|pm|privaatsõnum)\b",
        r"\b(?:privas|privasse|dm-is|privaatsõnumis)\b",
        r"\brääkime (?:privaatselt|kuskil mujal)\b|\braakime (?:privaatselt|mujal)\b",
        r"\b(?:räägime|raagime|kirjutame|lähme|lahme) {platforms}",
        r"\bkus keegi (?:ei näe|ei nae|ei loe)\b",
        r"\bsalajane (?:chat|äpp|app|grupp)\b",
    ],
    "meet_up": [
        r"\b(?:saame kokku|saaks kokku|kohtume|kohtuks)\b",
        r"\btule (?:minu poole|mulle külla|mulle kulla)\b",
        r"\bkus sa elad\b",
        r"\bmis koolis sa käid\b|\bmis koolis sa kaid\b",
        r"\b(?:tulen sulle järele|tulen sulle jarele|ootan sind kooli juures)\b",
    ],
    "secrecy": [
        r"\b(?:ära|ara) (?:räägi|raagi|ütle|utle) (?:seda )?(?:kellelegi|vanematele|emale|isale)\b",
        r"\bmeie (?:väike |vaike )?saladus\b",
        r"\bmeie vahel\b|\bhoia (?:seda )?enda teada\b",
        r"\bkustuta (?:sõnumid|sonumid|vestlus)\b",
        r"\bkeegi ei pea teadma\b",
    ],
    "image_request": [
        r"\bsaada (?:mulle )?(?:pilt|pilti|pildi|pilte|selfie|alasti\w*|nudesid|nudes|video)\b",
        r"\bnäita (?:mulle )?(?:ennast|oma keha|rohkem)\b|\bnaita (?:mulle )?(?:ennast|oma keha)\b",
        r"\bpane (?:kaamera|veebikaamera) (?:tööle|toole|käima|kaima)\b",
        r"\bmis sul seljas on\b",
    ],
    "grooming": [
        r"\boled (?:sa )?(?:üksi|uksi)(?: kodus)?\b|\bkas sa oled (?:üksi|uksi)\b",
        r"\bkas (?:su )?vanemad on kodus\b",
        r"\b(?:ostan|annan|saadan) sulle (?:kingi|kingituse|robuxe|v-?bucks\w*|skine|raha|kinkekaardi|\d+)",
        r"\bma maksan sulle\b|\bainult mina mõistan sind\b",
        r"\bvanus on ainult number\b",
    ],
    "age_question": [r"\bkui vana sa oled\b|\bmitu aastat sa oled\b", r"\bmitmendas klassis\b"],
    "flattery": [
        r"\bsa oled (?:nii |väga |vaga |tõesti )*(?:küps|kups|täiskasvanulik|ilus|eriline|seksikas|täiuslik)\b",
        r"\bsa tundud (?:vanem|küpsem|kupsem)\b",
    ],
    "sexual": [r"\b(?:seks|porno|alasti|munn|tuss|tissid|keppima|masturb\w*|kiimas)\b"],
    "insult": [
        r"\bsa oled (?:nii |täielik |taielik |lihtsalt )*(?:loll|rumal|kole|paks|idioot|luuser|nõme|nome|väärtusetu|vaartusetu|vastik|debiilik|mõttetu|mottetu)\b",
        r"\b(?:lits|hoor|munn|persevest|debiilik|pede|mine perse|türa|tura|raisk)\b",
        r"\bkeegi ei meeldi sulle\b|\bsa ei meeldi kellelegi\b|\bkõik vihkavad sind\b|\bkoik vihkavad sind\b",
        r"\bjää vait\b|\bjaa vait\b|\bpane suu kinni\b",
        r"\btapa ennast\b|\bmine sure\b",
    ],
    "hate": [r"\b(?:neeger|pede|tibla)\w*\b.{0,25}\b(?:surema|minema|vastikud)\b"],
    "self_harm": [
        r"\b(?:end tappa|ennast tappa|ennast lõigata|ennast loigata|endale haiget teha|endale viga teha)\b",
        r"\b(?:ma )?tahan (?:surra|kaduda|ära kaduda|ara kaduda)\b",
        r"\bma ei taha (?:enam )?(?:elada|olemas olla|ärgata|argata)\b",
        r"\b(?:lõikasin|loikasin|tegin) (?:jälle |jalle )?(?:ennast|endale haiget)\b",
        r"\bma soovin,? et (?:saaksin kaduda|oleksin surnud|ma ei ärkaks|ma ei arkaks)\b|\boleks tore ära kaduda\b",
        r"\bkeegi ei (?:igatseks|märkaks|markaks) mind\b",
        r"\bparem ilma minuta\b",
        r"\bma ei jaksa (?:enam)?\b.{0,60}\b(?:kaduda|surra|lõpp|lopp)\b",
        r"\bväsinud elamisest\b|\bvasinud elamisest\b|\bma olen koorem\b",
    ],
    "self_harm_topic": [r"\benesetap", r"\benesevigastus"],
    "abuse": [
        r"\b(?:ta|isa|ema|kasuisa) (?:lööb|loob|katsub|peksab) mind\b",
        r"\bväljapressib mind\b|\bvaljapressib mind\b|\bähvardab (?:minu )?pilte\b",
    ],
    "awareness": [
        r"\b(?:täna |tana |tunnis |koolis )?(?:rääkisime|raakisime|õppisime|oppisime|arutasime)\b",
        r"\bmiks ei tohi (?:kunagi )?\b|\b(?:ära|ara) (?:kunagi )?saada\b|\bei tohi saata\b",
        r"\bkui keegi (?:palub|ähvardab|ahvardab|saadab)\b",
        r"\b(?:räägi|raagi) täiskasvanuga\b|\b(?:teata|blokeeri)\b",
        r"\b(?:kampaania|projekt|töötuba|plakat|ettekanne)\b",
    ],
}

PATTERNS["self_harm"] += [
    r"\bendale (?:jälle |jalle |uuesti )?haiget\b",
    r"\btahan (?:lihtsalt |ainult |vaid )?(?:surra|kaduda|ära kaduda|ara kaduda)\b",
]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ma|mina|mind|mulle|minu|mu|endale|ennast)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bkaduda\b|\bära kaduda\b",
    r"\bmitte ärgata\b|\bmitte argata\b|\bei ärkaks\b|\bei arkaks\b",
    r"\b(?:tabletid|tablette|rohud|rohtu)\b",
    r"\bhüvastijätukiri\b|\bhuvastijatukiri\b",
    r"\bma ei jaksa enam\b|\bei suuda enam\b",
    r"\bmustad mõtted\b|\bmustad motted\b|\bsünged mõtted\b",
    r"\belul pole mõtet\b|\belul pole motet\b|\bpole mõtet elada\b",
    r"\bkui mind (?:poleks|enam poleks)\b|\bkui ma kaoksin\b|\bkui ma sureksin\b",
    r"\bma olen koorem\b|\bkoormaks\b",
    r"\blõikan ennast\b|\bloikan ennast\b|\blõikusin\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bkõik naeravad su üle\b|\bkoik naeravad su ule\b",
    r"\b(?:kao minema|kasi minema|kasi ära|mine ära)\b",
    r"\bkeegi ei taha sinuga (?:sõber|sober|olla)\b",
    r"\b(?:peksame|peksan|löön|loon) sind\b",
    r"\bkeegi ei hooli sinust\b|\bkeegi ei küsinud\b",
    r"\bvaata ennast\b",
    r"\bsinusugused\b",
    r"\b(?:luuser|idioot|loll|kole|paks|nõme|nome|tola|debiilik)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\bsee jääb meie vahele\b|\bsee jaab meie vahele\b|\bkeegi ei pea teadma\b|\bvanemad ei pea teadma\b|\bära ütle kellelegi\b|\bara utle kellelegi\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:lisa mind|kirjuta mulle) (?:snapis|instas|telegramis|whatsappis|signalis|discordis)\b|\bprivaatsemalt\b|\bkaduvad sõnumid\b|\bkeegi ei (?:näe|nae|loe)\b"
]
PATTERNS["image_request"] += [
    r"\bsaada (?:mulle )?(?:pilt|pilti|pildi|video|selfie)\b|\bma tahan sind näha\b|\bnäita mulle\b|\bnaita mulle\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:saame kokku|kas saame kokku|tahad kokku saada)\b|\bma tulen sinu juurde\b|\bmis linnas sa elad\b|\bmis su kooli nimi on\b|\bmis koolis\b"
]
PATTERNS["grooming"] += [
    r"\boled üksi kodus\b|\boled uksi kodus\b|\bkas vanemad on kodus\b|\bmillal su vanemad ära lähevad\b|\b(?:ostan|annan) sulle\b|\bsa võid mind usaldada\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bseksi teha\b|\bmagama koos\b|\bmis sul seljas on\b|\bsinu keha\b|\bseksikaid pilte\b|\balasti\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bma olen väärtusetu\b|\bma olen vaartusetu\b|\bma ei ole midagi väärt\b",
    r"\bma vihkan (?:ennast|oma elu)\b",
    r"\bpigem surnud\b",
    r"\bma annan alla\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bmis mõte\b|\bmis mote\b",
    r"\bma tahan,? et kõik lõppeks\b",
    r"\boleks lihtsam,? kui mind\b",
    r"\bma tunnen end tühjana\b",
    r"\bväsinud kõigest\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bilma minuta\b.{0,20}\bparem\b",
    r"\bpole mõtet\b|\bpole motet\b",
    r"\bma ei taha siin olla\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bilma riieteta\b|\bma tahan sind\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\blae alla (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\btõmba (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bpidžaamas\b|\bpidzaamas\b|\bpesus\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"sina|sa\b|sind|sinu|sul\b|sulle|oled|elad|kaid",
    "self_harm": r"end tappa|tapan end|ennast vigastada|vigastan ennast|loikan ennast|lõikan ennast|loikasin|end ules puua|hüpata sillalt",
    "despair": r"tahan surra|ei taha elada|ei jaksa elada|ei jaksa enam|tahan kaduda|kaduda igaveseks|mitte argata|ei arkaks|parem ilma minuta|keegi ei igatseks|keegi ei markaks|habemenuga|hüvastijätukiri|huvastijatukiri|vihkan ennast|vihkan oma elu|vaartusetu|tuhi sees|elust vasinud",
    "relapse": r"tegin seda jalle|tegin jälle|tegin jalle|tagasilangus",
    "hidden": r"pikad varrukad|pusa|keegi ei nae|peita",
    "give_away": r"annan oma asjad|kingin oma asjad|mu asjad saab|annan oma asjad|oma asjad",
    "no_need": r"mul pole neid vaja|ei vaja neid|pole enam vaja|pole neid enam vaja|pole enam vaja",
    "last_post": r"minu viimane postitus|mu viimane postitus|viimane sonum|viimane sõnum",
    "goodbye": r"head aega|hüvasti|huvasti|aitah koige eest|aitäh kõige eest|tsau",
    "harmless": r"teki alla|teki all|suren naerda",
    "slur": r"lits\b|hoor|perse|türa|tura\b|munn|pede|debiilik|mine sure|tapa ennast|mine perse|oled surnud|saad peksa|parast kooli saad",
    "insult": r"kole|paks|loll|idioot|tola|luuser|haletsusvaarne|vastik|jälk|jalk|keegi ei salli sind|keegi ei meeldi|koik vihkavad sind|kõik vihkavad|koik naeravad su|pane suu kinni|jää vait|jaa vait|kao ara|kao minema|lahku grupist|haised|kloun|siga\b|lehm|vaal|praht|vaartusetu|keegi ei taha",
    "hate": r"neeger|mustlane|tibla|mine tagasi oma maale|sieg heil",
    "sexual": r"alasti|alastipilt|nudes|porno\b|seks\b|seksi\b|keppi|nussi|imeda|masturb|tissid|rinnad|riist|vitt|kiimas|seksikas|vota riided seljast|pesu|aluspuks|rinnahoidja|vurtsikat|sextida|seksti",
    "alone": r"oled sa uksi|oled uksi|oled üksi|uksi kodus|üksi kodus|vanemad (?:kodus|ara|tool)|keegi kodus|oma toas",
    "age": r"kui vana sa oled|kui vana oled|sinu vanus|mitmendas klassis|oled sa 1[0-7]|alaealine|kui vana",
    "secret": r"meie saladus|meie vahel|ara raagi|ära räägi|ara utle|ära ütle|keegi ei pea teadma|kustuta (?:see|vestlus|sonumid)",
    "private": r"privaatsesse|privasse|privas|kus keegi ei loe|keegi ei loe|kaduvad sonumid|salajane vestlus|(?:kirjuta|lähme|lahme) (?:snapi|telegrami|whatsappi|signali|instasse|discordi)",
    "gift": r"ostan sulle|annan sulle (?:raha|\d)|maksan sulle|kinkekaart|paysafe",
    "mature": r"kupsene oma vanuse kohta|nii kupsene|vaga kupsene|naed vanem valja|tundud vanem|sa pole nagu teised|vanus on ainult number|ainult mina saan sinust aru|kups oma vanuse|nii kups",
    "flattery": r"ilus|armas|seksikas|taiuslik|eriline",
    "meet": r"saame kokku|kohtume|tule minu juurde|ma tulen sulle jarele|paris elus|irl\b",
    "where": r"kus sa elad|kus elad|mis linnas|mis koolis|mis kool|sinu aadress|mis tanav",
    "send": r"saada|saadad|naita|näita|tahan naha|kaamera sisse",
    "picture": r"pilt|pildi|foto|selfie|nudes|video|kaamera|keha",
    "body": r"mis sul (?:praegu )?seljas on",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bkui keegi\b|\bkui võõras\b|\bkunagi ära\b|\bära kunagi\b",
    r"\b(?:räägi|raagi|ütle|utle) (?:sellest )?(?:täiskasvanule|taiskasvanule|vanematele|õpetajale|opetajale)\b|\busaldusväärse\w* täiskasvan\w*\b",
    r"\bohumärgid\b|\bohumargid\b|\b(?:kurjategijad|petturid|võõrad|voorad) (?:sageli |tavaliselt )?(?:proovivad|teesklevad|paluvad|kasutavad)\b",
    r"\b(?:klassijuhataja|õpetaja|opetaja|psühholoog|psuhholoog)\b",
]
