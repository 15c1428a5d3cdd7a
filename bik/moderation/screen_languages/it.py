# ruff: noqa: E501 -- tables of patterns read best one per line
"""Italian."""

NUMBERS = ("zero", "uno|una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
AT = ("chiocciola", "chiocciolina")
DOT = ("punto",)
REGIONS = ("IT",)

PATTERNS = {
    "address": [
        r"\b(?:via|viale|piazza|corso|vicolo|largo|piazzale|strada) [a-z]+(?: [a-z]+){0,3},? (?:n\.? ?)?\d{1,4}\b",
        r"\b(?:abito|vivo|sto) in (?:via|viale|piazza|corso|vicolo) ",
        r"\bil mio indirizzo (?:e|:)",
        r"\bil mio cap\b",
        r"\b(?:vado al|vado alla|frequento il|frequento la|sono al|sono alla) (?:liceo|istituto|scuola|media|itis|ipsia)(?: [a-z'-]+){1,4}(?: di | a )[a-z-]+",
        r"\bla mia scuola e (?:il |la |l')?[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:aggiungimi|seguimi|cercami|scrivimi) (?:su|in|sul)\b",
        r"\bil mio {platforms} (?:e|:)",
        r"\bil mio (?:nick|username|profilo|account) (?:e|su)\b",
        r"\baggiungimi\b",
    ],
    "private_channel": [
        r"\b(?:scrivimi|parlami|mandami un messaggio|rispondimi) (?:in|su) (?:privato|pvt|dm|direct|priv)\b",
        r"\bparliamo(?:ne)? in privato\b|\bcontinuiamo in privato\b",
        r"\b(?:parliamo|scrivimi|continuiamo|sentiamoci|passiamo|andiamo) (?:su|in) {platforms}",
        r"\bdove nessuno (?:ci )?(?:puo|possa) (?:leggere|vedere)\b",
        r"\b(?:chat|app|gruppo) segret[oa]\b",
    ],
    "meet_up": [
        r"\bci vediamo (?:da soli|di persona|dal vivo|in segreto)\b",
        r"\bincontriamoci\b|\bci incontriamo\b|\bincontrarci\b|\bvederci (?:dal vivo|da soli|di persona)\b",
        r"\bvieni a casa mia\b|\bvieni da me\b",
        r"\bdove (?:abiti|vivi|stai di casa)\b",
        r"\bche scuola (?:fai|frequenti)\b|\bin che scuola vai\b|\ba che scuola vai\b",
        r"\bti vengo a prendere\b|\bti aspetto (?:fuori|davanti)\b",
    ],
    "secrecy": [
        r"\bnon (?:dirlo|dire niente|dire nulla|lo dire|raccontarlo) a nessuno\b",
        r"\bnon (?:dirlo|dire niente|dire nulla|raccontarlo) ai tuoi(?: genitori)?\b",
        r"\bil nostro (?:piccolo )?segreto\b",
        r"\btienilo (?:segreto|per te)\b",
        r"\btra (?:di )?noi\b|\btra me e te\b",
        r"\bcancella (?:i|questi|i nostri|la) (?:messaggi|chat)\b",
        r"\bnessuno (?:deve|deve mai) saperlo\b",
    ],
    "image_request": [
        r"\b(?:mandami|inviami|mandi|manda|mi mandi|mi invii) (?:una |delle |la tua |le tue |altre |qualche )?(?:foto|selfie|nudes|video tuo|foto tua)\b",
        r"\bfammi vedere (?:il tuo corpo|come sei|di piu)\b",
        r"\baccendi la (?:cam|webcam|telecamera)\b",
        r"\bcosa (?:indossi|hai addosso)\b",
    ],
    "grooming": [
        r"\bsei (?:da )?sol[ao](?: a casa| in casa| adesso)?\b",
        r"\bi tuoi (?:genitori )?sono (?:a casa|in casa|fuori|via)\b",
        r"\bti (?:compro|regalo|mando|do|ricarico) (?:un |una |dei )?(?:regalo|robux|v-?bucks|skin|soldi|ricarica|gift ?card|euro|\d+)",
        r"\bti pago\b|\bsono l'unico che ti capisce\b",
        r"\bl'eta e solo un numero\b",
    ],
    "age_question": [r"\bquanti anni hai\b", r"\bche classe fai\b"],
    "flattery": [
        r"\bsei (?:cosi |molto |proprio |davvero )*(?:matura|maturo|bellissima|bellissimo|bella|speciale|sexy|perfetta|stupenda)\b",
        r"\bsembri (?:piu grande|piu matura|piu maturo|grande)\b|\bmatur[ao] per la tua eta\b",
        r"\bnon sei come le altre\b|\bnon sei come gli altri\b",
    ],
    "sexual": [
        r"\b(?:sesso|porno|nuda|nudo|nude|tette|cazzo|figa|scopare|masturb\w*|pompino|seghe|arrapat[oa])\b",
        r"\bandare a letto con te\b|\bfare l'amore\b",
    ],
    "insult": [
        r"\bsei (?:un |una |proprio |cosi |troppo |solo |davvero )*(?:idiota|stupido|stupida|brutto|brutta|ciccione|cicciona|sfigato|sfigata|cretino|cretina|scemo|scema|deficiente|ritardato|ritardata|inutile|schifo|fallito|fallita|patetico|patetica|grasso|grassa)\b",
        r"\b(?:troia|puttana|stronzo|stronza|vaffanculo|coglione|frocio|figlio di puttana|mongoloide|handicappato)\b",
        r"\bnessuno ti vuole\b|\btutti ti odiano\b|\bnessuno ti sopporta\b",
        r"\bstai zitt[oa]\b|\bzitt[oa]\b",
        r"\bammazzati\b|\buccidit[i]\b|\bmuori\b",
        r"\btorna al tuo paese\b",
    ],
    "hate": [
        r"\b(?:negro|negri|froci|zingari|terroni|ebreo di merda|marocchino di merda)\b",
        r"\bgli? (?:gay|negri|ebrei|musulmani|immigrati|zingari|trans) (?:sono|dovrebbero)\b.{0,25}\b(?:schifosi|malati|morire|andarsene|animali)\b",
    ],
    "self_harm": [
        r"\b(?:uccidermi|suicidarmi|ammazzarmi|tagliarmi|farmi del male|togliermi la vita)\b",
        r"\bvoglio (?:morire|sparire|scomparire)\b",
        r"\bnon voglio piu (?:vivere|esistere|svegliarmi|essere qui)\b",
        r"\bfarla finita\b",
        r"\bmi sono (?:di nuovo )?(?:tagliat[oa]|fatt[oa] del male)\b|\bmi taglio\b",
        r"\bvorrei (?:solo )?(?:sparire|scomparire|morire|non esistere|non svegliarmi|non essere mai nat[oa])\b",
        r"\bnessuno (?:sentirebbe la mia mancanza|se ne accorgerebbe|noterebbe)\b",
        r"\bstarebbero meglio senza di me\b|\bmeglio senza di me\b",
        r"\bnon ce la faccio piu\b.{0,60}\b(?:sparire|morire|finita|finire)\b",
        r"\bstanc[oa] di vivere\b|\bsono un peso\b|\bnessun motivo per vivere\b",
    ],
    "self_harm_topic": [r"\bsuicid", r"\bautolesion"],
    "abuse": [
        r"\b(?:lui|lei|mio \w+|mia \w+) mi (?:picchia|tocca|colpisce|ha toccat[oa]|ha picchiat[oa]|maltratta)\b",
        r"\babusa di me\b|\bho subito abusi\b",
        r"\bmi ricatta\b|\bmi sta ricattando\b",
        r"\bminaccia di (?:pubblicare|condividere|mandare) le mie (?:foto|video)\b",
    ],
    "awareness": [
        r"\b(?:oggi |in classe |a scuola )?(?:abbiamo parlato|abbiamo imparato|ci hanno spiegato|abbiamo visto|abbiamo discusso)\b",
        r"\bperche non (?:bisogna )?mai\b|\bnon (?:bisogna|si deve) mai (?:mandare|condividere|inviare)\b|\bmai (?:mandare|condividere|inviare)\b",
        r"\bse qualcuno ti (?:chiede|minaccia|manda|dice|scrive)\b",
        r"\b(?:parlane|parla) con (?:un adulto|qualcuno di cui ti fidi|i tuoi genitori)\b|\b(?:segnala|blocca)(?:lo|la|li)?\b",
        r"\b(?:campagna|progetto|incontro|cartellone|lezione|laboratorio) (?:sul|sulla|sui|contro)\b",
        r"\bcome (?:riconoscere|segnalare|bloccare|proteggersi|difendersi)\b",
    ],
}

PATTERNS["image_request"] += [r"\b(?:mandami|inviami|mandi|mi mandi) un (?:selfie|video|nude)\b"]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:io|mi|me|mio|mia|miei)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bsparire\b|\bscomparire\b",
    r"\bnon svegliarmi piu\b|\bdormire per sempre\b",
    r"\b(?:pillole|pastiglie|farmaci)\b",
    r"\blettera d'addio\b",
    r"\bnon ce la faccio piu\b|\bnon reggo piu\b",
    r"\bpensieri (?:brutti|neri|oscuri)\b",
    r"\bla vita non ha senso\b|\bche senso ha vivere\b",
    r"\bi miei (?:polsi|braccia)\b|\bsulle braccia\b.{0,20}\b(?:tagli|cicatrici)\b",
    r"\bse non ci fossi (?:piu)?\b|\bse sparissi\b|\bse morissi\b",
    r"\bsono (?:solo )?un peso\b",
]

PATTERNS["relationship_question"] = [
    r"\bhai (?:il |la )?(?:ragazzo|ragazza|fidanzato|fidanzata)\b|\bsei single\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btutti ridono di te\b|\btutti ti prendono in giro\b",
    r"\b(?:sparisci|vattene|levati)\b",
    r"\bnessuno vuole (?:essere tuo amico|essere tua amica|stare con te)\b",
    r"\bti (?:picchiamo|meniamo|spacco la faccia|ammazzo)\b",
    r"\ba nessuno importa di te\b|\bnessuno ti ha chiesto\b",
    r"\bguardati\b",
    r"\bquelli come te\b|\bgente come te\b",
    r"\b(?:sfigat[oa]|fallit[oa]|pagliacci[oa]|cess[oa]|ritardat[oa])\b",
]

PATTERNS["secrecy"] += [
    r"\bresta tra noi\b|\bnon dirlo a nessuno\b|\bnon serve che lo sappiano\b|\bnon dire niente a nessuno\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:aggiungimi|scrivimi) su (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bpiu privat[oa]\b|\bmessaggi (?:effimeri|che si cancellano)\b|\bnessuno (?:puo|potra) (?:leggere|vedere)\b",
]

PATTERNS["image_request"] += [
    r"\b(?:mandami|inviami) (?:una |delle |qualche )?(?:foto|video|selfie)\b|\bvoglio vederti\b|\bfammi vedere\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:possiamo|vuoi|ti va di) (?:vederci|incontrarci|uscire insieme)\b|\bvengo (?:a trovarti|da te|a prenderti)\b|\bin che citta (?:abiti|vivi)\b|\bcome si chiama la tua scuola\b",
]

PATTERNS["grooming"] += [
    r"\bi tuoi (?:genitori )?(?:sono a casa|ci sono)\b|\bquando escono i tuoi\b|\bti (?:regalo|compro|do) (?:quello che vuoi|robux|v-?bucks|soldi)\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bfare sesso\b|\bfare l'amore\b|\bandare a letto\b|\bcosa (?:indossi|hai addosso)\b|\btoccarti\b|\btoccarmi\b|\bil tuo corpo\b|\bfoto (?:sexy|hot|osé)\b|\bnud[oa]\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnon valgo (?:niente|nulla)\b|\bsono (?:un fallimento|inutile|una nullita)\b",
    r"\bmi odio\b|\bodio la mia vita\b",
    r"\bpreferirei (?:morire|essere mort[oa])\b",
    r"\bmi arrendo\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\ba che serve\b|\bche senso ha\b",
    r"\bvoglio che tutto finisca\b",
    r"\bsarebbe (?:piu facile|meglio) se (?:io )?non\b",
    r"\bmi sento vuot[oa]\b",
    r"\bstanc[oa] di tutto\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bsei una balena\b|\bsmettila di mangiare\b",
    r"\besci dal gruppo\b|\bnon ti vogliamo\b|\bnessuno ti vuole qui\b",
    r"\btornatene (?:al tuo paese|a casa tua)\b",
    r"\bnessuno vuole (?:stare|parlare|giocare|uscire) con te\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bsenza vestiti\b|\bvoglia di te\b|\bnel (?:tuo|mio) letto\b|\bcose sporche\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bi tuoi (?:genitori )?(?:controllano|guardano) il (?:tuo )?telefono\b",
    r"\b(?:scarica|installa) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bin (?:pigiama|intimo|costume)\b.{0,20}\bfoto\b|\bfoto\b.{0,20}\bin (?:pigiama|intimo|costume)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|ti\b|te\b|tuo|tua|tuoi|sei\b|hai\b|vuoi\b|abiti\b|vai\b",
    "self_harm": r"uccidermi|ammazzarmi|suicidarmi|farmi del male|mi faccio del male|togliermi la vita|buttarmi da|impiccarmi",
    "despair": r"voglio sparire|vorrei sparire|voglio scomparire|vorrei scomparire|voglio morire|non voglio piu vivere|non voglio vivere|non svegliarmi|dormire per sempre|meglio senza di me|nessuno sentirebbe la mia mancanza|nessuno se ne accorgerebbe|un peso|non ce la faccio piu|non ne posso piu|la mia vita non ha senso|niente ha senso|farla finita|cicatrici|lametta|lettera d'addio|mi odio|odio la mia vita|non valgo niente|vuoto dentro|stanco di vivere|stanca di vivere|senza di me starebbero|senza di me stanno|starebbero tutti meglio|starebbero meglio",
    "slur": r"puttana|troia|stronz|vaffanculo|fanculo|figlio di puttana|coglion|frocio|ricchione|ritardat|mongoloide|bastard|ammazzati|vai a morire|crepa\b|sei morto|sei morta|ti aspetto all'uscita|all'uscita ti aspetto|ti aspetto fuori",
    "insult": r"brutt|grassa|grasso|cicciona|ciccione|idiota|stupid|scem|cretin|deficiente|sfigat|fallit|schifo|fai pena|patetic|inutile|nessuno ti vuole|nessuno ti sopporta|tutti ti odiano|ridono di te|stai zitt|zitto|zitta|sparisci|vattene|fuori dal gruppo|puzzi|pagliaccio|maiale|balena|vacca|ti meno|ti picchio|spazzatura|perdente|ciccion|schifos",
    "hate": r"negro di merda|zingar|terrone|ebreo di merda|torna al tuo paese|tornatene al tuo paese|sieg heil|froci",
    "sexual": r"nud[aoei]\b|porno\b|sesso\b|scopare|pompino|masturb|tette|figa\b|sexy|spogliati|togliti i vestiti|intimo|mutandine|reggiseno|nudes|sextare|sexting|cose sporche|foto piccanti",
    "alone": r"da sola|da solo|sei sola|sei solo|solo a casa|sola a casa|i tuoi (?:sono|genitori sono|non ci sono|escono)|genitori a casa|qualcuno a casa|in camera tua",
    "age": r"quanti anni|che eta|la tua eta|che classe fai|in che classe|hai 1[0-7]|sei minorenne",
    "secret": r"nostro segreto|un segreto tra|tra noi|tra me e te|non dirlo a nessuno|non dire niente|non dirlo ai|nessuno deve sapere|cancella (?:la|le|i|questa|questi|la nostra) (?:chat|messaggi|conversazione)",
    "private": r"in privato|in dm|in pv\b|scrivimi in priv|dove nessuno (?:ci )?(?:puo|potra) (?:leggere|vedere)|messaggi effimeri|chat segreta|(?:passiamo su|parliamo su|scrivimi su) (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"ti compro|ti regalo|ti pago|ti do (?:soldi|\d)|ti mando (?:soldi|\d)|carta regalo",
    "mature": r"matura per la tua eta|cosi matura|molto matura|molto maturo|sembri piu grande|piu matura|non sei come le altre|non sei come gli altri|l'eta e solo un numero|solo io ti capisco",
    "flattery": r"bellissima|bella\b|carina|stupenda|sexy|perfetta|speciale",
    "meet": r"incontrarci|ci vediamo|vieni da me|ti vengo a prendere|passo a prenderti|di persona|dal vivo",
    "where": r"dove abiti|dove vivi|in che citta|che citta|che scuola|in che scuola|il tuo indirizzo|in che via|che quartiere",
    "send": r"mandami|inviami|manda\b|fammi vedere|mostrami|voglio vedere|accendi la (?:cam|webcam|telecamera)",
    "picture": r"foto|selfie|nudes|video|webcam|cam\b|corpo",
    "relapse": r"l'ho rifatto|rifatto stanotte|ricaduta|ci sono ricascat",
    "hidden": r"maniche lunghe|felpa|nessuno vede|coprono",
    "give_away": r"regalo le mie cose|do via le mie|regalo tutte le mie",
    "no_need": r"non mi servono piu|non mi serviranno|non mi serve piu",
    "last_post": r"mio ultimo post|mio ultimo messaggio|ultimo messaggio qui",
    "goodbye": r"addio|grazie di tutto|grazie per tutto",
    "harmless": r"sotto la coperta|sotto le coperte|morta dal ridere|morto dal ridere|muoio dal ridere",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bse qualcuno\b|\bse uno sconosciuto\b|\bmai (?:mandare|inviare|condividere|dare)\b|\bnon (?:mandare|inviare|condividere) mai\b",
    r"\b(?:dillo|parlane|raccontalo) (?:a|con) (?:un adulto|qualcuno|i tuoi genitori|un prof|una prof)\b|\badulto di fiducia\b",
    r"\bsegnali di (?:allarme|pericolo)\b|\b(?:i )?(?:predatori|adescatori|truffatori|sconosciuti) (?:spesso |di solito )?(?:cercano|fingono|chiedono|usano)\b",
    r"\b(?:la|il) (?:prof|professoressa|professore|psicologa|psicologo)\b",
]
