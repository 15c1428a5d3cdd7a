# ruff: noqa: E501 -- tables of patterns read best one per line
"""Latvian."""

NUMBERS = (
    "nulle",
    "viens|viena",
    "divi",
    "tris|trīs",
    "cetri|četri",
    "pieci",
    "sesi|seši",
    "septini|septiņi",
    "astoni|astoņi",
    "devini|deviņi",
)
AT = ("et", "at", "pērtiķītis")
DOT = ("punkts",)
REGIONS = ("LV",)

PATTERNS = {
    "address": [
        r"\b[a-z]+ (?:iela|ielā|iela|prospekts|bulvāris|gatve) \d{1,4}[a-z]?\b",
        r"\bes dzīvoju (?:uz |)[a-z]+ (?:ielā|iela)\b|\bes dzivoju [a-z]+ iela\b",
        r"\bmana adrese ir\b",
        r"\bes mācos [a-z-]+ (?:skolā|ģimnāzijā|vidusskolā|pamatskolā)\b",
    ],
    "social_handle": [
        r"\b(?:pievieno|seko|ieadd) (?:mani|man)\b",
        r"\bmans {platforms} ir\b",
        r"\bmans (?:lietotājvārds|niks|profils) ir\b",
    ],
    "private_channel": [
        r"\b(?:raksti|uzraksti) man (?:privāti|privātā|pm|dm|čatā)\b",
        r"\b(?:privāti|privātajā sarakstē|dm|pm)\b(?= .{0,20}\b(?:raksti|runājam|parunāsim)\b)",
        r"\bparunāsim (?:privāti|citur)\b|\brunāsim privāti\b",
        r"\b(?:runājam|parunāsim|rakstām|pārejam uz|raksti man) (?:uz |pa |)\b{platforms}",
        r"\bkur neviens (?:nevar )?(?:izlasīt|neredz|nelasa)\b",
        r"\bslepen(?:s|a|ā) (?:čats|lietotne|grupa)\b",
    ],
    "meet_up": [
        r"\b(?:satiksimies|varam satikties|satiekamies|sarunāsim tikšanos)\b",
        r"\bnāc (?:pie manis|ciemos)\b",
        r"\bkur tu dzīvo\b",
        r"\bkurā skolā tu (?:mācies|ej)\b",
        r"\b(?:es tev atbraukšu pakaļ|gaidīšu tevi pie skolas)\b",
    ],
    "secrecy": [
        r"\bnestāsti nevienam par mums\b|\bnesaki nevienam par mums\b",
        r"\bnesaki (?:neko )?(?:vecākiem|mammai|tētim)\b",
        r"\bmūsu (?:mazais )?noslēpums\b",
        r"\bstarp mums\b|\bpaturi to pie sevis\b",
        r"\bizdzēs (?:ziņas|čatu|sarakstu)\b",
        r"\bnevienam nav jāzina\b",
    ],
    "image_request": [
        r"\b(?:atsūti|nosūti|sūti) (?:man )?(?:bildi|bildes|foto|selfiju|kailbildes|nudes|video)\b",
        r"\bparādi (?:man )?(?:sevi|savu ķermeni|vairāk)\b",
        r"\bieslēdz (?:kameru|vebkameru)\b",
        r"\bkas tev mugurā\b",
    ],
    "grooming": [
        r"\btu esi (?:viena|viens)(?: mājās)?\b|\bvai esi (?:viena|viens)\b",
        r"\bvai (?:tavi )?vecāki ir mājās\b",
        r"\b(?:nopirkšu|iedošu|atsūtīšu) tev (?:dāvanu|robux|v-?bucks|skinus|naudu|dāvanu karti|\d+)",
        r"\bes tev samaksāšu\b|\btikai es tevi saprotu\b",
        r"\bvecums ir tikai skaitlis\b",
    ],
    "age_question": [r"\bcik tev (?:ir )?gadu\b|\bcik tu esi veca\b|\bcik tu esi vecs\b", r"\bkurā klasē tu esi\b"],
    "flattery": [
        r"\btu esi (?:tik |ļoti |patiešām )*(?:nobriedusi|nobriedis|skaista|skaists|īpaša|seksīga|ideāla)\b",
        r"\btu izskaties (?:vecāka|vecāks|nobriedusi)\b",
    ],
    "sexual": [r"\b(?:sekss|seksu|porno|kaila|kails|pimpis|pīzda|krūtis|pisties|masturb\w*)\b"],
    "insult": [
        r"\btu esi (?:tik |vienkārši |pilnīgs |pilnīga )*(?:stulba|stulbs|neglīta|neglīts|resna|resns|idiots|idiote|lūzeris|nožēlojams|nožēlojama|bezvērtīgs|bezvērtīga|pretīgs|pretīga|debils|dauņis)\b",
        r"\b(?:maukа|mauka|pimpis|pidars|debils|dauņis|ej dirst|ej nahuj|sūds)\b",
        r"\btevi neviens nemīl\b|\bvisi tevi ienīst\b|\bneviens tevi negrib\b|\btu nevienam nepatīc\b",
        r"\baizveries\b|\bturi muti\b",
        r"\bnogalini sevi\b|\bej nomirsti\b",
    ],
    "hate": [r"\b(?:nēģeris|pidari|čigāni|žīdi)\w*\b"],
    "self_harm": [
        r"\b(?:nogalināt sevi|nogalināšu sevi|griezt sevi|sagriezt sevi|sev nodarīt pāri|savainot sevi|atņemt sev dzīvību)\b",
        r"\b(?:es )?gribu (?:nomirt|pazust|vairs nedzīvot)\b",
        r"\bes (?:vairs )?negribu (?:dzīvot|eksistēt|pamosties|būt šeit)\b",
        r"\b(?:es )?(?:atkal )?(?:sagriezu|savainoju) sevi\b",
        r"\bkaut es varētu (?:pazust|nomirt|nepamosties)\b|\bgribētu vienkārši pazust\b",
        r"\bneviens (?:mani )?nepamanītu\b|\bneviens pēc manis neskumtu\b|\bneviens mani nepietrūktu\b",
        r"\bbez manis (?:būtu|visiem būtu) labāk\b",
        r"\bes vairs nevaru\b.{0,60}\b(?:pazust|nomirt|beigas)\b",
        r"\bnoguris no dzīves\b|\bnogurusi no dzīves\b|\besmu nasta\b",
    ],
    "self_harm_topic": [r"\bpašnāvīb", r"\bpaškaitēj"],
    "abuse": [
        r"\b(?:viņš|viņa|tēvs|patēvs|mamma) mani (?:sit|aizskar|pazemo|izmanto)\b",
        r"\bmani šantažē\b|\bdraud publicēt manas (?:bildes|foto|video)\b",
    ],
    "awareness": [
        r"\b(?:šodien |stundā |skolā )?(?:mēs )?(?:runājām|mācījāmies|uzzinājām|apspriedām)\b",
        r"\bkāpēc nekad\b|\bnekad nesūti\b|\bnekad nedalies\b",
        r"\bja kāds (?:lūdz|draud|sūta|prasa)\b",
        r"\bpastāsti pieaugušajam\b|\b(?:ziņo|bloķē)\b",
        r"\b(?:kampaņa|projekts|darbnīca|plakāts|prezentācija) par\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:es|mani|man|mans|mana|sevi)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bpazust\b|\bpazudīšu\b",
    r"\bnepamosties\b|\bvairs nepamostos\b",
    r"\b(?:tabletes|zāles|zales)\b",
    r"\batvadu vēstul\w*\b|\batvadu vestul\w*\b",
    r"\bes vairs nevaru\b|\bvairs neizturu\b",
    r"\btumšas domas\b|\btumsas domas\b",
    r"\bdzīvei nav jēgas\b|\bdzivei nav jegas\b|\bnav jēgas dzīvot\b",
    r"\bja manis nebūtu\b|\bja manis nebutu\b|\bja es pazustu\b|\bja es nomirtu\b",
    r"\besmu nasta\b|\bvisiem par nastu\b",
    r"\bsagriezu\b|\bgriežu sevi\b|\bgriezu sevi\b|\bsavainoju sevi\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\bvisi par tevi smejas\b",
    r"\b(?:pazūdi|pazudi|ej prom|vācies|vacies)\b",
    r"\bneviens negrib ar tevi draudzēties\b|\bneviens negrib ar tevi draudzeties\b",
    r"\b(?:piekausim|piekaušu|piekausu) tevi\b",
    r"\bnevienam neesi vajadzīgs\b|\bnevienam neesi vajadzīga\b|\bnevienu neinteresē\b|\bneviens tev neprasīja\b",
    r"\bpaskaties uz sevi\b",
    r"\btādi kā tu\b|\btadi ka tu\b",
    r"\b(?:lūzeris|luzeris|idiots|muļķis|mulkis|resnais|resnā|neglītais|nožēlojamais|dauņis|debīls)\b",
]

# More grooming moves: secrecy, a private app, pictures, meeting, being alone, gifts, trust.
PATTERNS["secrecy"] += [
    r"\btas paliks starp mums\b|\bnevienam nav jāzina\b|\bnevienam nav jazina\b|\bvecākiem nav jāzina\b|\bnesaki nevienam\b"
]
PATTERNS["private_channel"] += [
    r"\b(?:pievieno mani|raksti man) (?:snapā|snapa|instā|insta|telegram\w*|whatsapp\w*|signal\w*|discord\w*)\b|\bprivātāk\b|\bprivatak\b|\bpazūdošas ziņas\b|\bneviens (?:neredzēs|neizlasīs|neredzes|neizlasis)\b"
]
PATTERNS["image_request"] += [
    r"\b(?:atsūti|atsuti|nosūti|nosuti) (?:man )?(?:bildi|bildes|foto|video|selfiju)\b|\bgribu tevi redzēt\b|\bgribu tevi redzet\b|\bparādi man\b|\bparadi man\b"
]
PATTERNS["meet_up"] += [
    r"\b(?:satiksimies|varam satikties|gribi satikties)\b|\bes atbraukšu pie tevis\b|\bkurā pilsētā tu dzīvo\b|\bkura pilseta tu dzivo\b|\bkā sauc tavu skolu\b|\bka sauc tavu skolu\b"
]
PATTERNS["grooming"] += [
    r"\besi viena mājās\b|\besi viena majas\b|\bvai vecāki ir mājās\b|\bkad vecāki aiziet\b|\b(?:nopirkšu|nopirksu|iedošu|iedosu) tev\b|\bvari man uzticēties\b"
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bnodarboties ar seksu\b|\bpārgulēt\b|\bkas tev mugurā\b|\btavs ķermenis\b|\bseksīgas bildes\b|\bkail[asi]\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bes esmu bezvērtīg[sa]\b|\bes esmu bezvertig[sa]\b|\bneesmu neko vērt[sa]\b",
    r"\bes ienīstu (?:sevi|savu dzīvi)\b|\bienistu sevi\b",
    r"\blabāk būtu miris\b|\blabāk būtu mirusi\b",
    r"\bes padodos\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bkāda jēga\b|\bkada jega\b",
    r"\bgribu,? lai viss beidzas\b",
    r"\bbūtu vieglāk,? ja manis\b",
    r"\bjūtos tukš[sa]\b",
    r"\bnoguru(?:si|s) no visa\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Better off without me, no sense, not wanting to be here.
PATTERNS["self_harm"] += [
    r"\bbez manis\b.{0,20}\blabāk\b|\bbez manis\b.{0,20}\blabak\b",
    r"\bnav jēgas\b|\bnav jegas\b",
    r"\bnegribu šeit būt\b|\bnegribu seit but\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bbez drēbēm\b|\bbez drebem\b|\bgribu tevi\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\blejupielādē (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b|\blejupielade (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bpidžamā\b|\bpidzama\b|\bapakšveļā\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|tevi|tev\b|tavs|tava|tavi|esi\b|dzivo|ej\b",
    "self_harm": r"nogalinat sevi|nogalinašos|nogalinasos|savainot sevi|savainoju sevi|griezu sevi|grieztu sevi|pakārties|pakarties|lekt no tilta",
    "despair": r"gribu nomirt|negribu dzivot|negribu vairs dzivot|gribu pazust|pazust uz visiem laikiem|nepamostos|nepamosties|labak bez manis|neviens mani nepietruktu|neviens nepamanitu|nekam nav jegas|zilete|atvadu vestule|ienistu sevi|ienistu savu dzivi|nevertig|tukss iekša|tukss ieksa|noguris no dzives|nogurusi no dzives",
    "relapse": r"atkal izdariju|izdariju atkal|recidiv|atkal to izdariju",
    "hidden": r"garas piedurknes|huditi|neviens neredz|paslept|garas piedurknes",
    "give_away": r"atdodu savas mantas|atdošu savas|atdosu savas|manas mantas",
    "no_need": r"man tas vairs nevajadzes|man tas nebus vajadzigs|vairs nevajag",
    "last_post": r"mans pedejais ieraksts|pedeja zina|pēdējā ziņa",
    "goodbye": r"ardievu|paldies par visu|atā|ata\b",
    "harmless": r"zem segas|mirstu nost no smiekliem",
    "slur": r"mauka|pimpis|pizd|sūdu|sudu|pidaras|debils|kretins|ej nomirsti|nogalini sevi|nositi sevi|ej dirst|tu dabusi|pec skolas tu",
    "insult": r"neglit|resn|idiot|muļķ|mulk|stulb|luzeris|lūzeris|nozelojam|riebig|pretig|neviens tevi nemil|visi tevi ienist|visi par tevi smejas|aizveries|aizver muti|vacies|pazudi|pamet grupu|smirdi|klauns|cuka|cūka|govs|valis|miskaste|nevertig|neviens tevi negrib",
    "hate": r"nigeris|čigān|cigan|brauc atpakal uz savu|ej atpakal uz savu|sieg heil",
    "sexual": r"kails|kaila|kailbild|nudes|porno\b|sekss|seksu|dratet|izpist|masturb|pupi|krūtis|krutis|pimpis|uzbudin|seksig|izģērbies|izgerbies|apakšveļa|apaksvela|bikses nost|krūšturis|seksetie",
    "alone": r"esi viena|esi viens|viena maja|viens maja|vecaki (?:majas|prom|darba)|kads majas|tava istaba",
    "age": r"cik tev gadu|cik tev ir gadu|tavs vecums|kura klase|kurā klasē|tev ir 1[0-7]|nepilngadig",
    "secret": r"musu noslepums|starp mums|nevienam nesaki|nesaki nevienam|nesaki vecakiem|nevienam nav jazina|izdzes (?:so|saraksti|zinas)",
    "private": r"privati|privataja|kur neviens nelasa|neviens nelasa|izzudosas zinas|slepen[sa] cat|(?:rakstam|parejam|pāriesim) uz (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"nopirksu tev|iedosu tev (?:naudu|\d)|samaksasu tev|davanu karte|paysafe",
    "mature": r"nobriedusi savam vecumam|tik nobriedusi|loti nobriedusi|izskaties vecaka|izskaties vecāka|neesi ka citas|vecums ir tikai skaitlis|tikai es tevi saprotu",
    "flattery": r"skaista|jauka|seksiga|perfekta|ipasa",
    "meet": r"satiekamies|satikties|tiksimies|nac pie manis|nāc pie manis|es tevi atvedisu|es tev atbrauksu pakal|klatiene|dzive\b",
    "where": r"kur tu dzivo|kur dzivo|kura pilseta|kura skola|kurā skolā|tava adrese|kura iela",
    "send": r"atsuti|atsūti|suti|sūti|paradi|parādi|gribu redzet|iesledz kameru",
    "picture": r"bild|foto|selfij|selfie|nudes|video|kamer|kermen|ķermen",
    "body": r"kas tev (?:tagad )?mugura",
}
