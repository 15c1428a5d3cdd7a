# ruff: noqa: E501 -- tables of patterns read best one per line
"""German."""

NUMBERS = ("null", "eins|ein", "zwei|zwo", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun")
AT = ("at", "klammeraffe", "aet")
DOT = ("punkt",)
REGIONS = ("DE", "AT", "CH", "LU")

PATTERNS = {
    "address": [
        r"\b[a-z]+(?:strasse|str\.|weg|gasse|allee|platz|ring|damm|chaussee) \d{1,4}[a-z]?\b",
        r"\b(?:ich wohne|wohne) (?:in der|in|am|an der|im) [a-z-]+(?:strasse|str|weg|gasse|allee|platz|ring)\b",
        r"\bmeine (?:adresse|anschrift) (?:ist|lautet|:)",
        r"\bmeine (?:postleitzahl|plz)\b",
        r"\bich (?:gehe|geh) (?:auf|in) (?:die|das|den) [a-z-]+(?:schule|gymnasium|realschule|gesamtschule|mittelschule)(?: [a-z-]+)?(?: in [a-z-]+)?\b",
        r"\bich (?:bin|geh|gehe) (?:auf|am|an der) (?:dem |der )?[a-z-]+[- ]?(?:gymnasium|schule|realschule)\b(?: in [a-z-]+)",
    ],
    "social_handle": [
        r"\b(?:add|adde|addet|folg|folgt|folge|fug|abonnier) (?:mich|mir) (?:auf|bei|in|uber)\b",
        r"\bmein {platforms}(?:[- ]name)? (?:ist|lautet|:|=)",
        r"\badd mich\b|\bfolg mir\b",
        r"\bmein (?:username|benutzername|nick|name auf|account auf)\b",
    ],
    "private_channel": [
        r"\bschreib(?:e|t)? mir (?:privat|eine pn|per pn|per dm|eine dm|eine privatnachricht)\b",
        r"\b(?:per|als|in die) (?:pn|privatnachricht|dm|dms)\b",
        r"\blass(?:t)? uns (?:privat|im privaten|woanders) (?:schreiben|reden|chatten|weiterschreiben)\b",
        r"\b(?:schreib mir|reden wir|chatten wir|lass uns|komm) (?:auf|bei|uber|in|zu) {platforms}",
        r"\bprivate?r? chat\b",
        r"\bwo (?:uns )?(?:niemand|keiner) (?:mitlesen|lesen|sehen) kann\b",
        r"\bgeheime?n? (?:chat|app|gruppe)\b",
    ],
    "meet_up": [
        r"\b(?:treffen wir uns|wollen wir uns treffen|lass(?:t)? uns (?:mal |uns )?treffen|sollen wir uns treffen|wir konnten uns treffen|uns mal treffen)\b",
        r"\bkomm (?:zu mir|mal vorbei|zu mir nach hause)\b",
        r"\bwo wohnst du\b|\bwo genau wohnst du\b",
        r"\bauf welche schule gehst du\b|\bwelche schule (?:gehst du|besuchst du)\b|\bauf welcher schule bist du\b",
        r"\bich (?:kann|hole) dich (?:ab|abholen)\b|\bich warte (?:vor|nach) (?:deiner|der) schule\b",
        r"\b(?:personlich|im echten leben|in echt) treffen\b",
    ],
    "secrecy": [
        r"\bsag(?:'s| es)? (?:das )?(?:bloss )?niemandem\b|\berzahl(?:'s| es)? (?:das )?niemandem\b",
        r"\b(?:erzahl|sag) (?:es |das )?(?:nicht |bloss nicht )?deinen eltern(?: nichts)?\b",
        r"\bunser (?:kleines )?geheimnis\b",
        r"\bbehalte? (?:es|das) fur dich\b",
        r"\bunter uns\b",
        r"\blosch(?:e)? (?:den chat|die nachrichten|unsere nachrichten|den verlauf|das)\b",
        r"\bniemand (?:muss|darf) (?:das|davon) (?:wissen|erfahren)\b",
    ],
    "image_request": [
        r"\bschick(?:e|st)? (?:mir )?(?:mal )?(?:ein |noch ein |deine |ein paar |paar )?(?:foto|fotos|bild|bilder|selfie|selfies|nacktbild|nacktbilder|nudes|nackt|video von dir|pic|pics)\b",
        r"\bzeig (?:dich|mir deinen korper|mir mehr)\b",
        r"\bmach (?:deine )?(?:kamera|cam|webcam) an\b",
        r"\bwas hast du (?:gerade )?an\b",
    ],
    "grooming": [
        r"\bbist du (?:gerade |jetzt )?allein(?:e)?(?: zu hause| daheim)?\b",
        r"\bsind deine eltern (?:zu hause|da|weg|unterwegs)\b",
        r"\bich (?:kauf|kaufe|schenk|schenke|schick|schicke|geb|gebe) dir (?:ein |eine |robux|v-?bucks|skins?|geld|gutschein|\d+)",
        r"\bich bezahl(?:e)? dich\b|\bich bin der einzige,? der dich versteht\b",
        r"\balter ist nur eine zahl\b",
    ],
    "age_question": [r"\bwie alt bist du\b", r"\bin welche klasse gehst du\b|\bin welcher klasse bist du\b"],
    "flattery": [
        r"\bdu bist (?:so |echt |wirklich |voll )*(?:reif|erwachsen|hubsch|schon|sexy|heiss|besonders|sus)\b",
        r"\bdu (?:wirkst|siehst) (?:so |viel )*(?:alter|erwachsen|reif)\b|\breif fur dein alter\b",
        r"\bnicht wie (?:die )?anderen (?:madchen|jungs)\b",
    ],
    "sexual": [
        r"\b(?:sex|porno|nackt|titten|schwanz|muschi|blasen|wichsen|masturb\w*|geil|ficken)\b",
        r"\bmit dir schlafen\b",
    ],
    "insult": [
        r"\bdu bist (?:so |voll |echt |ein |eine |so ein |so eine |total |einfach |nur )*(?:dumm|hasslich|fett|idiot|opfer|spast|behindert|loser|versager|missgeburt|peinlich|nichts wert|wertlos|ekelhaft|lacherlich|hurensohn)\b",
        r"\b(?:hurensohn|schlampe|wichser|missgeburt|fotze|spast|arschloch|du opfer|du hure|bastard|pisser|fick dich|verpiss dich)\b",
        r"\bniemand mag dich\b|\balle hassen dich\b|\bkeiner mag dich\b|\bkeiner will dich\b",
        r"\bhalt die (?:klappe|fresse)\b",
        r"\bbring dich um\b|\bgeh sterben\b|\bstirb\b",
        r"\bgeh (?:zuruck )?in dein land\b",
    ],
    "hate": [
        r"\b(?:kanake|neger|kanacken|schwuchtel|zigeuner|judensau)\b",
        r"\b(?:schwule|auslander|juden|muslime|fluchtlinge|transen|schwarze) (?:sind|gehoren|sollten)\b.{0,25}\b(?:ekelhaft|krank|vergast|raus|abgeschoben|sterben|tiere)\b",
        r"\bheil hitler\b|\bsieg heil\b",
    ],
    "self_harm": [
        r"\bmich (?:umbringen|ritzen|toten|verletzen|aufschlitzen)\b|\bmir (?:das leben nehmen|was antun|etwas antun|wehtun)\b",
        r"\b(?:ich )?will (?:nicht mehr (?:leben|da sein|aufwachen)|sterben|verschwinden)\b|\bmochte (?:sterben|verschwinden|nicht mehr leben)\b",
        r"\britze mich\b|\bhab mich (?:wieder )?(?:geritzt|verletzt|geschnitten)\b|\bhabe mich (?:wieder )?(?:geritzt|verletzt|geschnitten)\b",
        r"\bwunschte,? ich (?:ware|konnte) (?:einfach )?(?:weg|tot|verschwinden|nie geboren|nicht mehr da)\b",
        r"\b(?:niemand|keiner) wurde mich vermissen\b|\b(?:niemand|keiner) wurde es merken\b",
        r"\bohne mich (?:waren|ware) (?:alle|sie|es) besser\b|\bbesser ohne mich\b",
        r"\bich kann nicht mehr\b.{0,60}\b(?:weg|sterben|verschwinden|ende|schluss)\b",
        r"\bkeinen sinn mehr\b|\bmude vom leben\b|\bschluss machen mit allem\b|\balles beenden\b",
        r"\bich bin (?:nur )?eine last\b",
    ],
    "self_harm_topic": [r"\bselbstmord\b|\bsuizid", r"\bselbstverletzung\b|\britzen\b"],
    "abuse": [
        r"\b(?:er|sie|mein \w+|meine \w+) (?:schlagt|schlug|beruhrt|fasst|missbraucht) mich\b",
        r"\bfasst mich an\b|\bich werde (?:geschlagen|missbraucht)\b",
        r"\berpresst mich\b|\bich werde erpresst\b",
        r"\bdroht(?:,)? meine (?:fotos|bilder|videos|nacktbilder) zu (?:teilen|posten|verschicken|zeigen)\b",
    ],
    "awareness": [
        r"\b(?:heute |im unterricht |in der schule )?(?:haben wir|wir haben) (?:daruber |uber .{0,30})?(?:gesprochen|gelernt|geredet|diskutiert)\b",
        r"\bwarum man (?:nie|niemals|keine)\b|\bman sollte (?:nie|niemals|keine)\b|\bschick(?:t)? (?:nie|niemals)\b",
        r"\bwenn (?:jemand|dich jemand|ein fremder)\b",
        r"\b(?:sprich|rede) mit (?:einem erwachsenen|jemandem,? dem du vertraust|deinen eltern)\b|\b(?:melde|blockiere)\b",
        r"\b(?:projekt|workshop|kampagne|plakat|vortrag|referat) (?:uber|zu|gegen)\b",
        r"\bwie man (?:erkennt|meldet|blockiert|sich schutzt)\b",
    ],
}

PATTERNS["self_harm"] += [
    r"\britze ich mich\b|\bschneide ich mich\b|\bmir die arme (?:auf)?(?:geschnitten|geritzt)\b",
    r"\bnicht mehr (?:da|hier) (?:sein|ware|waren)\b|\bnie wieder aufwachen\b|\beinschlafen und nicht mehr aufwachen\b",
    r"\btabletten (?:gesammelt|sammeln|genommen)\b|\babschiedsbrief\b",
    r"\b(?:daruber nachdenken|denke daran|gedanken),? (?:mir )?das leben zu nehmen\b|\bmir das leben (?:zu )?nehmen\b",
    r"\bich halte (?:das|es) (?:alles )?nicht mehr aus\b",
]
PATTERNS["insult"] += [
    r"\balle lachen (?:uber|über) dich\b|\bverpiss dich\b|\bhau ab\b|\bgeh weg\b.{0,20}\b(?:loser|opfer|freak)\b",
    r"\bkeiner will (?:mit dir )?befreundet sein\b|\bniemand will mit dir\b",
    r"\bdu (?:fette|hassliche|dumme|blode|eklige) (?:kuh|sau|schlampe|kuh|missgeburt|hure|fotze|ratte)\b",
    r"\b(?:schau|guck) dich (?:mal )?an\b",
]
PATTERNS["hate"] += [r"\b(?:auslander|fluchtlinge|muslime|juden|schwule|kanaken) raus\b"]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:ich|mich|mir|mein|meine|meinen)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bverschwinden\b",
    r"\bnicht mehr (?:aufwachen|leben wollen)\b",
    r"\b(?:tabletten|pillen)\b",
    r"\bich kann nicht mehr\b",
    r"\bdunkle gedanken\b",
    r"\bdas leben hat keinen sinn\b|\bsinnlos\b.{0,20}\b(?:leben|alles)\b",
    r"\bmeine (?:arme|handgelenke|oberschenkel)\b.{0,30}\b(?:geritzt|schnitte|narben)\b",
    r"\beine last fur (?:alle|meine familie)\b|\bbin nur eine last\b",
    r"\bwenn ich (?:nicht mehr da|weg|tot) (?:ware|bin)\b",
]

PATTERNS["relationship_question"] = [
    r"\bhast du (?:einen |eine )?(?:freund|freundin)\b|\bbist du single\b|\bhast du schon mal geküsst\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bwir (?:verprugeln|schlagen) dich\b|\bich (?:verprugel|schlag) dich\b|\bpass (?:bloss )?auf\b.{0,20}\b(?:schule|morgen)\b",
    r"\b(?:niemanden|keinen) interessiert(?:'s| es)?,? was du\b|\bdich interessiert keinen\b",
    r"\bleute wie du\b",
    r"\b(?:du )?(?:loser|looser|versager|opfer|spast|freak|lappen|trottel|vollidiot)\b",
    r"\bdu bist (?:so |echt |einfach )*(?:eklig|widerlich|peinlich|ein witz|eine schande)\b",
]

PATTERNS["secrecy"] += [
    r"\bdas bleibt unter uns\b|\bsag niemandem\b|\bmuss keiner wissen\b|\bmüssen deine eltern nicht wissen\b|\bmussen deine eltern nicht wissen\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:adde|schreib) mich (?:auf|bei) (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bprivater\b|\bverschwindende nachrichten\b|\bniemand (?:kann|wird) (?:das )?(?:lesen|sehen)\b",
]

PATTERNS["image_request"] += [
    r"\bschick mir (?:ein |mal ein |paar )?(?:bild|foto|video|selfie)s?\b|\bich will dich sehen\b|\bzeig mir\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:wollen|konnen|können) wir uns (?:mal )?(?:treffen|sehen)\b|\bich komm(?:e)? (?:zu dir|vorbei)\b|\bin welcher stadt wohnst du\b|\bwie heisst deine schule\b|\bwelche schule\b",
]

PATTERNS["grooming"] += [
    r"\bsind deine eltern (?:zu hause|da|weg)\b|\bwann sind deine eltern (?:weg|nicht da)\b|\bich kann dir (?:robux|v-?bucks|geld|skins|was) (?:schenken|kaufen|geben)\b|\bich (?:kauf|schenk) dir\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bsex haben\b|\bmiteinander schlafen\b|\bwas hast du an\b|\bdich anfassen\b|\bmich anfassen\b|\bdein korper\b|\b(?:heisse|sexy) (?:bilder|fotos)\b|\bnackt\w*\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bich bin (?:nichts wert|wertlos|ein versager|nutzlos)\b",
    r"\bich hasse (?:mich|mein leben)\b",
    r"\blieber (?:tot|sterben)\b|\bich ware lieber tot\b",
    r"\bich gebe auf\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bwozu (?:das alles|noch)\b|\bwas bringt das (?:alles )?noch\b",
    r"\bich will,? dass (?:es|alles) aufhort\b",
    r"\bes ware (?:einfacher|besser),? wenn ich\b",
    r"\bich fuhle (?:mich )?(?:so )?leer\b|\bich fühle nichts mehr\b",
    r"\bich bin (?:so )?(?:fertig|durch) mit allem\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bniemand will (?:neben dir sitzen|mit dir reden|mit dir spielen)\b",
    r"\braus aus der gruppe\b|\bwir wollen dich nicht\b",
    r"\bhor auf zu (?:essen|fressen)\b|\bfettsack\b|\bfette sau\b",
    r"\bgeh (?:zuruck|heim) (?:in dein land|nach hause)\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [
    r"\bohne (?:klamotten|kleidung|kleider)\b|\blust auf dich\b|\bin (?:deinem|meinem) bett\b|\bversaute sachen\b"
]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\b(?:kontrollieren|checken|lesen) deine eltern dein (?:handy|telefon)\b",
    r"\b(?:lad dir|installier) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\b(?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord) (?:runterladen|installieren)\b",
    r"\bim (?:schlafanzug|pyjama|bikini)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"du\b|dich\b|dir\b|dein|bist\b|hast\b|willst\b|kannst\b|wohnst\b|gehst\b",
    "self_harm": r"ritze mich|ritzen|geritzt|mich umbringen|bring mich um|mir das leben nehmen|mir was antun|mir etwas antun|mich selbst verletz|tabletten geschluckt|von der brucke spring",
    "despair": r"will nicht mehr|nicht mehr leben|nicht mehr aufwachen|nie mehr aufwachen|will verschwinden|mochte verschwinden|einfach verschwinden|sterben|tot sein|wunschte ich ware tot|besser ohne mich|ohne mich besser|keiner wurde mich vermissen|niemand wurde mich vermissen|niemand wurde es merken|eine last|kann nicht mehr|halte das nicht mehr aus|halt es nicht mehr aus|hat alles keinen sinn|leben hat keinen sinn|alles beenden|es beenden|schluss machen mit allem|narben|klinge|rasierklinge|tabletten|abschiedsbrief|hasse mich|hasse mein leben|wertlos|will nicht mehr da sein|nicht mehr da sein|einschlafen und nicht|leer innen|innerlich leer|weg sein|fur immer weg|keinen bock mehr auf leben|kein bock mehr auf leben|wozu uberhaupt|wozu das alles|ohne mich (?:war|ware|wars|waers)|fur alle einfacher|fur alle besser",
    "slur": r"hurensohn|hure\b|schlampe|fotze|wichser|missgeburt|spast|bastard|arschloch|fick dich|verpiss dich|bring dich um|geh sterben|stirb\b|schwuchtel|mongo|krüppel|kruppel|bring dich(?: \w+){0,3} um|bist du dran|du bist tot|du bist dran|ich schwor.{0,20}dran",
    "insult": r"dumm|blod|hasslich|fett\b|fette\b|idiot|loser|versager|peinlich|ekelhaft|eklig|widerlich|nichtsnutz|niemand mag|keiner mag|alle hassen|halt die fresse|halts maul|halt's maul|halt die klappe|hau ab|verschwinde|niemand will|keiner will|lachen uber|lacht uber|lachen dich aus|raus aus der gruppe|freak|clown|schwein|kuh\b|wal\b|nutzlos|peinlich|abschaum|muell|mull\b|dreck|hass dich|hasse dich|schlag dich|verprugel|du stinkst|stinkst",
    "hate": r"kanake|neger|zigeuner|judensau|kanacke|scheiss auslander|auslander raus|vergasen|sieg heil|heil hitler|untermensch|gehort nicht hierher|zuruck in dein land|geh zuruck in dein",
    "sexual": r"nacktbild|nacktfoto|nackt|nudes|porno\b|sex\b|sex haben|ficken|blasen|titten|brüste|bruste|muschi|schwanz|wichsen|masturb|ausziehen|zieh dich aus|unterwasche|dessous|sexten|schmutzige sachen|versaute sachen|was versautes",
    "alone": r"(?<!nicht )allein|eltern (?:da|zu hause|zuhause|weg|arbeiten|unterwegs)|jemand zu hause|jemand da bei dir|in deinem zimmer",
    "age": r"wie alt bist|wie alt du bist|dein alter|welche klasse|welcher klasse|in welche klasse|bist du 1[0-7]|wirklich 1[0-7]|jahrgang",
    "secret": r"unser geheimnis|geheim halten|unter uns|erzahl (?:es )?(?:niemandem|keinem)|sag (?:es )?(?:niemandem|keinem)|sags niemandem|niemand muss das wissen|keiner muss das wissen|deine eltern mussen|deinen eltern nichts|losch (?:den|unseren|die|das) (?:chat|nachrichten|verlauf)|nicht verraten|bleibt unter uns",
    "private": r"wo (?:uns )?(?:niemand|keiner) mitliest|wo uns keiner sieht|privat schreiben|schreib mir privat|privatchat|geheimer chat|auf (?:snap|telegram|whatsapp|signal|insta|discord) (?:weiter|schreiben)|verschwindende nachrichten|dm mir|schreib mir per dm|liest keiner mit|liest niemand mit|da liest keiner|keiner mitliest|threema",
    "gift": r"ich kauf dir|ich kaufe dir|ich schenk dir|ich schenke dir|ich geb dir|ich gebe dir|ich schick dir (?:geld|robux|v-?bucks|\d)|ich bezahl|ich zahle dir|geschenk fur dich|geld fur",
    "mature": r"reif fur dein alter|so reif|sehr reif|erwachsen fur|so erwachsen|alter als du|wirkst alter|siehst alter aus|nicht wie die anderen|alter ist nur eine zahl|nur ich versteh",
    "flattery": r"hubsch|wunderschon|schon bist|sus\b|suss\b|sexy|heiss\b|perfekt|besonders",
    "meet": r"treffen wir uns|uns treffen|treff mich|triff mich|lass uns treffen|komm zu mir|komm vorbei|ich hol dich ab|ich hole dich ab|ich komm zu dir|ich komme zu dir|sehen wir uns|allein treffen",
    "where": r"wo wohnst|wo genau wohnst|in welcher stadt|welche stadt|welche schule|auf welche schule|auf welcher schule|deine adresse|welche strasse|wo gehst du zur schule",
    "send": r"schick mir|schick mal|sende mir|zeig mir|zeig dich|lass mich sehen|will dich sehen|kamera an|cam an",
    "picture": r"foto|bild|pic|selfie|nudes|video|kamera|korper",
    "relapse": r"wieder gemacht|habs wieder|hab es wieder|ruckfall",
    "hidden": r"pulli ?wetter|lange armel|langarm|verstecken|sieht keiner|sieht niemand",
    "give_away": r"meine sachen (?:kriegt|bekommt|kann)|verschenke meine|gebe meine sachen",
    "no_need": r"brauch (?:die|das|sie) (?:eh )?nicht mehr|brauche (?:die|das|sie) nicht mehr|nicht mehr brauchen",
    "last_post": r"mein letzter post|meine letzte nachricht|letzter post hier",
    "goodbye": r"tschuss|tschus|lebt wohl|danke fur alles|macht's gut|machts gut|auf wiedersehen",
    "harmless": r"unter (?:meiner|die|der) decke|vor lachen|lach mich tot",
    "body": r"was hast du (?:grad |gerade |jetzt )?an|was hast du (?:grad |gerade |jetzt )?an\b",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bwenn (?:dir |dich )?(?:jemand|ein fremder|eine fremde|ein freund|eine freundin)\b|\b(?:nie|niemals) (?:nacktbilder|nacktfotos|fotos|bilder) (?:schicken|senden|verschicken)\b|\bschick(?:e)? (?:nie|niemals|keine)\b",
    r"\b(?:vertrauensperson|erwachsenen,? dem du vertraust|erzahl es (?:deinen eltern|einem erwachsenen|einer lehrerin|einem lehrer))\b",
    r"\bwarnsignal\w*\b|\b(?:tater|taterinnen|cybergroomer|betruger|fremde) (?:oft |meist )?(?:versuchen|geben sich|fragen|nutzen|schreiben)\b",
    r"\b(?:unsere|die|meine) (?:lehrerin|klassenlehrerin|schulsozialarbeiterin)\b|\b(?:unser|der|mein) (?:lehrer|klassenlehrer|schulsozialarbeiter)\b",
]
