# ruff: noqa: E501 -- tables of patterns read best one per line
"""French."""

NUMBERS = ("zero", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
AT = ("arobase", "arrobase", "a commercial")
DOT = ("point",)
REGIONS = ("FR", "BE", "LU", "CH")

PATTERNS = {
    "address": [
        r"\b\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av|boulevard|bd|place|chemin|allee|impasse|quai|route|cours|square|residence) ",
        r"\bj'habite (?:au |a |rue |avenue |boulevard |place |chemin |au numero )?\d",
        r"\bj'habite (?:rue|avenue|boulevard|place|chemin|allee|impasse|route|residence) ",
        r"\bmon adresse(?: c'est|est|:)",
        r"\bmon code postal\b",
        r"\b(?:je suis|je vais|j'suis|jsuis) (?:au|a la|en|a l') ?(?:college|lycee|ecole)(?: [a-z'-]+){1,4}(?: a | de | sur )[a-z-]+",
        r"\bmon (?:college|lycee|ecole) (?:c'est|est) (?:le |la |l')?[a-z'-]+",
    ],
    "social_handle": [
        r"\b(?:ajoute|ajoutez|rajoute|suis|abonne|follow)[- ]?(?:moi|toi) (?:sur|en) ",
        r"\bajoute[- ]moi\b",
        r"\bmon {platforms}(?: c'est|est|:| =)",
        r"\bviens sur mon {platforms}",
        r"\bmon (?:pseudo|identifiant|compte|id) (?:c'est|est|sur)\b",
    ],
    "private_channel": [
        r"\b(?:ecris|parle|envoie|viens|reponds)[- ]moi en (?:prive|mp|dm|pv)\b",
        r"\b(?:en|par) (?:mp|pv|message prive|dm)\b",
        r"\bparlons[- ]en en prive\b|\bparlons en prive\b|\bon (?:parle|continue|discute) en prive\b",
        r"\bviens en (?:prive|mp|pv)\b",
        r"\b(?:parler|discuter|continuer|parle[- ]moi|ecris[- ]moi|on parle|passe|passons|va) (?:sur|par|en) {platforms}",
        r"\bou personne (?:ne )?(?:peut|pourra) (?:nous )?(?:lire|voir)\b",
        r"\b(?:appli|application|discussion|conversation) (?:secrete|privee)\b",
    ],
    "meet_up": [
        r"\b(?:se|te|nous) (?:rencontrer|voir en vrai|retrouver)\b",
        r"\brencontrons[- ]nous\b|\bretrouvons[- ]nous\b",
        r"\bviens chez moi\b|\bviens me voir\b",
        r"\b(?:tu habites|t'habites|vous habitez) ou\b|\bou (?:tu habites|t'habites|habites[- ]tu)\b|\btu vis ou\b",
        r"\btu vas dans quel(?:le)? (?:college|lycee|ecole)\b|\bc'est quoi ton (?:college|lycee|ecole)\b|\btu es dans quel(?:le)? (?:college|lycee|ecole)\b",
        r"\bje (?:peux|vais) (?:venir )?te chercher\b|\bje t'attends (?:devant|a la sortie)\b",
    ],
    "secrecy": [
        r"\bne (?:le |la )?dis (?:rien |ca |pas )?a personne\b|\bdis[- ]le a personne\b",
        r"\bne (?:le )?dis (?:rien|pas) a tes parents\b|\bne dis rien a tes parents\b|\bdis rien a tes parents\b",
        r"\bnotre (?:petit )?secret\b",
        r"\bgarde (?:ca|le|ca) (?:secret|pour toi)\b",
        r"\bentre (?:nous|toi et moi)\b(?! (?:deux)? (?:c'est|on))",
        r"\b(?:supprime|efface) (?:nos|les|ces|la) (?:messages|conversation|discussion)\b",
        r"\bpersonne (?:ne )?doit (?:le )?savoir\b|\bpersonne ne saura\b",
    ],
    "image_request": [
        r"\benvoie[- ]?(?:moi )?(?:une |des |ta |tes |d'autres |un )?(?:photo|photos|selfie|selfies|nude|nudes|video de toi|snap|tof)\b",
        r"\bmontre[- ]toi\b|\bmontre[- ]moi (?:ton corps|tes|ta)\b",
        r"\ballume ta (?:cam|camera|webcam)\b",
        r"\bje (?:peux|pourrais) (?:voir|avoir) (?:une |des )?(?:photo|photos)\b",
        r"\btu portes quoi\b",
    ],
    "grooming": [
        r"\btu es (?:toute? )?seule?\b|\bt'es (?:toute? )?seule?\b|\bt'es seul(?:e)? (?:chez toi|a la maison)\b",
        r"\btes parents (?:sont|seront) (?:la|absents|partis|a la maison)\b",
        r"\bje (?:peux|vais) t'(?:acheter|offrir|envoyer|donner) (?:un |une |des )?(?:cadeau|robux|v-?bucks|skins?|argent|carte cadeau|euros|\d+)",
        r"\bje te (?:paie|paye)\b|\bje t'envoie de l'argent\b",
        r"\bje suis le seul (?:qui|a) te comprendre?\b",
        r"\bl'age c'est (?:juste )?un nombre\b",
    ],
    "age_question": [
        r"\btu as quel age\b|\bt'as quel age\b|\bquel age (?:as[- ]tu|tu as|t'as)\b|\btu as quel age vraiment\b",
        r"\bt'es en quelle classe\b|\btu es en quelle classe\b",
    ],
    "flattery": [
        r"\b(?:tu es|t'es) (?:si |tellement |trop |vraiment )*(?:mature|mure|belle|beau|canon|sexy|jolie|speciale?|parfaite?)\b",
        r"\b(?:tu fais|tu parais) (?:plus (?:vieux|vieille|agee?)|mature)\b|\bmature pour ton age\b",
        r"\bpas comme les (?:autres )?(?:filles|garcons)\b",
    ],
    "sexual": [
        r"\b(?:sexe|porno|baiser|bander|nue|nu|nues|bite|chatte|seins|fellation|masturb\w*|branler|sucer)\b",
        r"\bcoucher avec (?:toi|moi)\b|\bfaire l'amour\b",
        r"\btu es (?:trop )?(?:sexy|bonne|chaude)\b",
    ],
    "insult": [
        r"\b(?:connard|connasse|salope|pute|encule|batard|pd|fils de pute|ta gueule|ferme[- ]la|ntm|nique ta mere|pouffiasse|grosse vache)\b",
        r"\b(?:t'es|tu es|t'es vraiment|tu es vraiment|t'es qu'|tu n'es qu') ?(?:qu'un |qu'une |une |un |trop |tellement |si |vraiment )*(?:debile|idiot|idiote|nul|nulle|moche|con|conne|gros|grosse|bouffon|bolosse|naze|laid|laide|stupide|abruti|abrutie|pathetique|degueulasse|rien)\b",
        r"\bpersonne ne t'aime\b|\btout le monde te deteste\b|\bpersonne (?:ne )?veut de toi\b|\bpersonne te (?:veut|supporte)\b",
        r"\b(?:gros|grosse) (?:porc|vache|tas|baleine)\b",
        r"\bva (?:te )?(?:mourir|crever|pendre)\b|\btue[- ]toi\b|\bcreve\b",
        r"\bretourne dans ton pays\b",
    ],
    "hate": [
        r"\b(?:sale )?(?:arabe|noir|juif|pede|bougnoule|negre|youpin|gouine|tapette)s?\b.{0,30}\b(?:degage|dehors|mort|a tuer|degoutant)",
        r"\b(?:bougnoule|negre|youpin|tapette|sale pede|sale gouine|sale arabe|sale noir|sale juif)\b",
        r"\bles (?:gays|homos|noirs|arabes|juifs|musulmans|migrants|trans) (?:sont|devraient)\b.{0,20}\b(?:degoutants?|malades|mourir|partir|animaux)\b",
    ],
    "self_harm": [
        r"\bme (?:tuer|suicider|scarifier|faire du mal|couper|mutiler|foutre en l'air)\b",
        r"\benvie de (?:mourir|disparaitre|partir pour toujours)\b|\b(?:je )?veux (?:mourir|disparaitre)\b",
        r"\bmettre fin a mes jours\b|\ben finir avec la vie\b|\b(?:j'ai envie d'|je veux )en finir\b|\ben finir une bonne fois\b",
        r"\bje (?:ne )?veux plus (?:vivre|exister|etre la|me reveiller)\b",
        r"\bje (?:me suis|me) (?:encore )?(?:coupee?|scarifiee?|fait du mal|blessee?)\b|\bje me (?:coupe|scarifie|fais du mal)\b",
        r"\bpersonne (?:ne )?(?:me )?(?:remarquerait|regretterait|verrait)\b|\bpersonne ne remarquerait si je\b",
        r"\b(?:ils|tout le monde|ma famille) (?:serai(?:en)?t|seraient) mieux sans moi\b",
        r"\bj'aimerais (?:juste )?(?:disparaitre|ne plus exister|ne pas me reveiller|ne jamais etre nee?|mourir)\b|\bsi seulement je pouvais disparaitre\b",
        r"\bje (?:n'en peux|peux) plus\b.{0,60}\b(?:disparaitre|mourir|partir|finir|fin)\b",
        r"\bmarre de (?:vivre|la vie|tout)\b|\bfatiguee? de vivre\b",
        r"\bje suis un fardeau\b|\baucune raison de vivre\b",
    ],
    "self_harm_topic": [r"\bsuicid", r"\bautomutilation\b|\bscarification\b"],
    "abuse": [
        r"\b(?:il|elle|ils|mon \w+|ma \w+) me (?:touche|frappe|bat|tape|viole)\b",
        r"\b(?:abuse|abusee|agresse|agressee) sexuellement\b|\bon m'a (?:touchee?|violee?)\b",
        r"\bme fait chanter\b|\bon me fait du chantage\b",
        r"\bmenace de (?:publier|partager|envoyer|montrer) mes (?:photos|videos|nudes)\b",
    ],
    "awareness": [
        r"\b(?:aujourd'hui |en classe |au college |au lycee )?(?:on a|nous avons|la prof|le prof|l'intervenant) (?:parle|appris|discute|vu|explique)\b",
        r"\bil ne faut (?:jamais|pas) (?:envoyer|partager|donner)\b|\bpourquoi (?:il ne faut )?jamais\b|\bne jamais (?:envoyer|partager|donner)\b",
        r"\bsi (?:quelqu'un|une personne|un inconnu) (?:te|vous) (?:demande|menace|envoie|harcele|dit)\b",
        r"\b(?:parle|parlez)[- ]en a (?:un adulte|quelqu'un de confiance|tes parents)\b|\b(?:signale|bloque)[- ](?:le|la|les)\b",
        r"\b(?:sensibilisation|campagne|affiche|expose|atelier|prevention) (?:sur|contre) \b",
        r"\bcomment (?:reconnaitre|signaler|bloquer|se proteger|reagir)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:je|j'\w+|me|moi|mon|ma|mes)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bdisparaitre\b",
    r"\bne (?:plus|jamais) me reveiller\b",
    r"\b(?:medicaments|cachets|pilules)\b.{0,30}\b(?:avaler|pris|garde|stock|tous)\b",
    r"\blettre d'adieu\b|\bdire adieu\b",
    r"\b(?:je n'en peux plus|j'en peux plus|je peux plus continuer)\b",
    r"\bplus (?:la|ici) (?:demain|bientot)\b|\bne plus etre la\b",
    r"\bidees noires\b|\bpensees noires\b",
    r"\bla vie n'a (?:plus )?(?:aucun )?sens\b|\bca sert a rien de vivre\b",
    r"\bmes (?:bras|poignets|cuisses)\b.{0,30}\b(?:coupe|cicatrices|marques)\b",
    r"\bun poids pour (?:tout le monde|les autres|ma famille)\b",
]

PATTERNS["relationship_question"] = [
    r"\btu as (?:un |une )?(?:copain|copine|petit copain|petite copine|mec)\b|\bt'as (?:un |une )?(?:copain|copine|mec|meuf)\b|\bt'es celibataire\b|\btu es celibataire\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btout le monde (?:se moque de toi|rigole de toi|te deteste)\b",
    r"\b(?:degage|casse[- ]toi|barre[- ]toi)\b",
    r"\bpersonne (?:ne )?veut (?:etre )?(?:ton ami|ta copine|ton pote|avec toi)\b",
    r"\bon va te (?:frapper|defoncer|tabasser|casser)\b|\bje vais te (?:frapper|defoncer|tabasser|casser la gueule)\b",
    r"\bpersonne (?:n'en a rien a faire|s'en fout) de toi\b|\bon s'en fout de toi\b",
    r"\bregarde[- ]toi\b",
    r"\b(?:espece de|sale) (?:conne?|idiote?|grosse?|moche|nulle?|bouffon|debile|pute|chien)\b",
    r"\b(?:les gens comme toi|des gens comme toi)\b",
    r"\bt'es (?:vraiment )?(?:une? )?(?:honte|blague|rate|ratee|loser|looser|cas soc)\b",
]

PATTERNS["secrecy"] += [
    r"\bc'est entre nous\b|\bpersonne doit savoir\b|\bpas besoin de le dire\b|\bne dis rien\b|\bdis rien a personne\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:viens|ajoute[- ]moi|ecris[- ]moi) sur (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bplus (?:prive|tranquille)s?\b|\bmessages ephemeres\b|\bpersonne (?:pourra|ne pourra|peut) (?:lire|voir)\b",
]

PATTERNS["image_request"] += [
    r"\benvoie[- ]moi (?:une |des )?(?:photos?|videos?|selfies?)\b|\bje veux (?:te )?voir\b|\bmontre[- ]moi\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:on peut|on pourrait|tu veux) (?:se voir|se rencontrer|se retrouver)\b|\bje viens te (?:voir|chercher)\b|\bt'habites dans quelle ville\b|\bt'es dans quel (?:college|lycee)\b|\bc'est quoi le nom de ton (?:college|lycee|ecole)\b",
]

PATTERNS["grooming"] += [
    r"\btes parents sont (?:la|pas la|a la maison|partis)\b|\bquand tes parents (?:sont|partent)\b|\b(?:je t'offre|je te donne|je te paie)\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bfaire l'amour\b|\bcoucher ensemble\b|\bcoucher avec\b|\bt'es habillee? comment\b|\btu portes quoi\b|\bte toucher\b|\bme toucher en pensant\b|\bton corps\b|\bphotos? (?:sexy|coquines?|hot)\b|\bsexe?\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bje (?:ne )?vaux rien\b|\bje suis (?:une )?(?:nulle?|rien|un echec)\b",
    r"\bje (?:me deteste|hais ma vie|deteste ma vie)\b",
    r"\bj'aimerais (?:mieux )?(?:mourir|etre morte?)\b|\bplutot mourir\b",
    r"\bj'abandonne\b.{0,30}\b(?:tout|vie)\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\ba quoi bon\b",
    r"\bj'en ai marre de tout\b|\bmarre de tout\b",
    r"\bce serait (?:plus simple|mieux) (?:si|sans) (?:je|moi)\b",
    r"\bque tout s'arrete\b|\bque ca s'arrete\b",
    r"\bje ne veux plus rien ressentir\b|\bje me sens vide\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bpersonne (?:ne )?veut (?:s'asseoir|parler|traîner|trainer|jouer) avec toi\b",
    r"\bsors du groupe\b|\bon (?:ne )?veut pas de toi\b",
    r"\barrete de manger\b|\bbaleine\b",
    r"\bretourne dans ton pays\b|\brentre chez toi\b",
    r"\btu fais (?:pitie|honte|peur)\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [
    r"\bsans (?:vetements|habits)\b|\bj'ai envie de toi\b|\bdans (?:ton|mon) lit\b|\bdes trucs (?:coquins|sales)\b"
]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\btes parents (?:regardent|fouillent|lisent|checkent) ton (?:telephone|portable|tel)\b",
    r"\b(?:telecharge|installe) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\ben (?:pyjama|sous-vetements|maillot)\b.{0,20}\bphoto\b|\bphoto\b.{0,20}\ben (?:pyjama|sous-vetements|maillot)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|t'|te\b|toi\b|ton\b|ta\b|tes\b|vous\b|votre",
    "self_harm": r"me suicider|me tuer|me faire du mal|me scarifier|me taillader|mettre fin a mes jours|en finir avec la vie|me pendre|sauter du pont",
    "despair": r"veux disparaitre|envie de disparaitre|voudrais disparaitre|envie de mourir|veux mourir|plus envie de vivre|plus envie de rien|ne plus me reveiller|pas me reveiller|dormir pour toujours|mieux sans moi|mieux si je n'etais pas|personne ne me regretterait|personne ne remarquerait|un fardeau|n'en peux plus|j'en peux plus|a quoi bon|ma vie n'a plus de sens|en finir|tout arreter|cicatrices|lame\b|lames\b|cachets|medocs|lettre d'adieu|je me deteste|je me hais|deteste ma vie|je vaux rien|nul ne|vide a l'interieur|fatigue de vivre|marre de vivre|plus la force",
    "slur": r"connard|connasse|salope|pute|encule|fils de pute|ta gueule|ferme ta gueule|nique ta|ntm\b|batard|pd\b|pede|tapette|mongol|attarde|debile|abruti|va mourir|va te pendre|suicide toi|tue toi|va te tuer|va te pendre|personne te regrettera|personne ne te regrettera|t'es mort|tes mort|tu vas voir a la sortie|a la sortie tu",
    "insult": r"moche|gros porc|gros lard|grosse vache|con\b|conne|idiot|loser|bouffon|boloss|cassos|pathetique|degoutant|degueulasse|thon\b|baleine|cochon|personne ne t'aime|personne t'aime|personne ne veut|tout le monde te deteste|tout le monde se moque|on se moque|tais toi|tais-toi|degage|casse toi|casse-toi|sors du groupe|pue\b|pues\b|ridicule|clown|raté|rate\b|sers a rien|inutile|je vais te frapper|te defoncer|t'es mort",
    "hate": r"sale arabe|sale noir|sale juif|bougnoule|negre|youpin|rentre dans ton pays|retourne dans ton pays|sale race|sous-homme|les gays devraient|sieg heil",
    "sexual": r"nudes|nude\b|nue\b|nu\b|tout nu|toute nue|porno\b|sexe|baiser|coucher avec|suce|sucer|branl|masturb|seins|bite\b|chatte|sexy|deshabille|enleve tes|sous-vetements|culotte|soutif|coquin|trucs chauds|truc chaud|photos chaudes|s'envoie des|sextos",
    "alone": r"(?:tu es|t'es|t es|es-tu|etes-vous) seule?|seule? (?:a la maison|chez toi)|tes parents (?:sont|la|rentrent|partent)|parents a la maison|quelqu'un chez toi|dans ta chambre",
    "age": r"quel age|t'as quel age|tu as quel age|ton age|ton vrai age|en quelle classe|t'es en quelle|tu es en quelle|tu as 1[0-7]|t'as 1[0-7]|en 4e|en 3e|en 5e",
    "secret": r"notre (?:petit )?secret|un secret entre|garde (?:le|ca) secret|entre nous|le dis a personne|dis rien|dis-le a personne|dis pas a|personne ne doit savoir|personne doit savoir|tes parents n'ont pas|efface (?:la|les|notre|nos) (?:conv|messages|discussion)|garde ca pour toi",
    "private": r"en prive|en mp|mp moi|passe en mp|viens en mp|ou personne (?:ne )?(?:peut|pourra) (?:lire|voir)|personne ne nous lira|messages ephemeres|chat secret|(?:passe sur|parle sur|parlons sur|viens sur) (?:snap|telegram|whatsapp|signal|insta|discord)|personne verra|personne ne verra|personne lira|personne ne lira",
    "gift": r"je t'achete|je t'offre|je te paie|je te donne (?:de l'argent|des|\d)|skins gratuits",
    "mature": r"mature pour ton age|si mature|tres mature|plus mature|fais plus vieille|fais plus vieux|fais plus grand|pas comme les autres|l'age c'est qu'un chiffre|l'age n'est qu'un chiffre|seul a te comprendre",
    "flattery": r"belle\b|jolie|magnifique|mignonne|canon|sexy|parfaite|speciale",
    "meet": r"se rencontrer|on se rejoint|viens chez moi|je viens te chercher|je passe te chercher|rejoins moi|rencontrons nous|en vrai\b|irl\b",
    "where": r"tu habites ou|t'habites ou|ou tu habites|ou habites|quelle ville|quel college|quel lycee|quelle ecole|ton adresse|quelle rue|ton quartier",
    "send": r"envoie|envoi\b|montre-moi|montre moi|montre-toi|fais voir|je veux voir|allume (?:ta|la) (?:cam|camera)",
    "picture": r"photo|selfie|nudes|pic\b|video|camera|cam\b|corps",
    "relapse": r"refait|j'ai recommence|jlai refait|je l'ai refait|rechute",
    "hidden": r"manches longues|cachent tout|cacher (?:mes bras|les marques)|personne ne voit",
    "give_away": r"donne mes affaires|jdonne mes|je donne mes|je laisse mes affaires",
    "no_need": r"en aurai plus besoin|n'en aurai plus besoin|jen aurai plus|plus besoin",
    "last_post": r"mon dernier message|dernier message ici|mon dernier post",
    "goodbye": r"adieu|merci pour tout|au revoir|bye\b",
    "harmless": r"sous ma couette|sous la couette|mort de rire|morte de rire|mdr",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bsi (?:quelqu\x27un|une personne|un inconnu|un adulte|un ami|une amie|un copain|une copine)\b|\bne (?:jamais|surtout pas) (?:envoyer|partager|donner)\b|\bn\x27envoie jamais\b",
    r"\b(?:parle|parlez|dis-le|dites-le|en parler) (?:en )?a (?:un adulte|quelqu\x27un|tes parents|un prof)\b|\badulte de confiance\b",
    r"\bsignes? d\x27alerte\b|\b(?:les )?(?:predateurs|prédateurs|harceleurs|escrocs|inconnus) (?:essaient|se font passer|demandent|utilisent|font souvent)\b",
    r"\b(?:la|le) (?:prof|professeur|professeure|cpe|psychologue|infirmiere)\b|\bnumero d\x27ecoute\b",
]
