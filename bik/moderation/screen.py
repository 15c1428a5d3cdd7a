# ruff: noqa: E501 -- tables of patterns read best one per line
"""The automatic screen: a fast, offline check of a text for contact details, personal data and risk signals.

It runs before anything a young person writes is shown to others. A hit holds the item for a moderator
(pre-moderation); `reasons` says why, as stable codes a moderator and the statistics can rely on. Patterns
cover English, French, German, Spanish, Italian and Greek; text and patterns are compared without accents
and case, since young people rarely type either. Contact-data patterns do not depend on the language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

# Reason codes, stable: they are stored on moderated items and shown (translated) to moderators.
PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"
SOCIAL_HANDLE = "social_handle"
LINK = "link"
PRIVATE_CHANNEL = "private_channel"
MEET_UP = "meet_up"
SECRECY = "secrecy"
IMAGE_REQUEST = "image_request"
INSULT = "insult"
SELF_HARM = "self_harm"
ABUSE = "abuse"

ALL_REASONS = (
    PHONE,
    EMAIL,
    ADDRESS,
    SOCIAL_HANDLE,
    LINK,
    PRIVATE_CHANNEL,
    MEET_UP,
    SECRECY,
    IMAGE_REQUEST,
    INSULT,
    SELF_HARM,
    ABUSE,
)
# Reasons that call for the national helpline to be shown to the writer at once.
NEEDS_HELPLINE = frozenset({SELF_HARM, ABUSE})
LANGUAGES = ("en", "fr", "de", "es", "it", "el")


@dataclass(frozen=True)
class ScreenResult:
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def held(self) -> bool:
        return bool(self.reasons)

    @property
    def needs_helpline(self) -> bool:
        return bool(NEEDS_HELPLINE.intersection(self.reasons))


def normalise(text: str) -> str:
    """Case- and accent-insensitive form (accents dropped, sharp s as ss, Greek final sigma as sigma) with
    apostrophes unified."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u00b4", "'"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


# --- Contact details (language-independent) -------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
_OBFUSCATED_EMAIL = re.compile(
    r"\b[\w.+-]+\s*(?:\(at\)|\[at\]|\{at\}| at | arroba | chiocciola | klammeraffe )\s*[\w-]+\s*(?:\(dot\)|\[dot\]|\.| dot | punkt | point | punto )\s*"
    r"(?:com|net|org|fr|de|es|it|gr|eu|co\.uk|be|nl|at|ch)\b"
)
_PHONE_CANDIDATE = re.compile(r"(?<![\w.,/])(?:\+|00)?\(?\d[\d\s().\-/]{5,20}\d(?![\w])")
_DATE_OR_TIME = re.compile(r"^\d{1,4}([./\-])\d{1,2}\1\d{1,4}$|^\d{1,2}[:.]\d{2}$")
_URL = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+|\b[a-z0-9][a-z0-9-]{1,62}\."
    r"(?:com|net|org|info|io|gg|ly|me|tv|app|eu|fr|de|es|it|gr|be|nl|at|ch|co\.uk|uk|ie|pt|pl)\b(?:/\S*)?"
)
_HANDLE = re.compile(r"(?<![\w@.])@[a-z0-9_.]{3,30}\b|\b[a-z][\w.]{2,31}#\d{4}\b")
_PLATFORMS = (
    r"(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|discord|whats ?app|telegram|signal|kik|facebook|fb|"
    r"messenger|twitter|wechat|viber|skype|twitch|roblox|steam|reddit|threads|bereal)"
)
_PLATFORM_ID = re.compile(rf"\b{_PLATFORMS}\s*(?:id|name|user(?:name)?)?\s*[:=]\s*@?[a-z0-9_.]{{3,}}")


def _phone_numbers(text: str) -> bool:
    for match in _PHONE_CANDIDATE.finditer(text):
        candidate = match.group(0).strip()
        digits = re.sub(r"\D", "", candidate)
        if _DATE_OR_TIME.match(candidate):
            continue
        international = candidate.startswith(("+", "00"))
        if 8 <= len(digits) <= 15 and (international or digits.startswith("0") or len(digits) >= 9):
            return True
    return False


# --- Language patterns ----------------------------------------------------------------------------------
# Written in plain text; normalised (accents, case) before compiling, like the text they are matched with.

_PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        ADDRESS: [
            r"\b\d{1,4}[a-z]?,? [a-z]+(?: [a-z]+)? (?:street|st|road|rd|avenue|ave|lane|drive|close|way|crescent|terrace)\b",
            r"\bi live (?:at|on) (?:number |no\.? )?\d",
            r"\bmy (?:home )?address is\b",
            r"\bi live (?:at|on) [a-z]+ (?:street|road|avenue|lane)\b",
            r"\bmy postcode is\b",
        ],
        SOCIAL_HANDLE: [
            rf"\badd me on {_PLATFORMS}",
            rf"\bfollow me on {_PLATFORMS}",
            rf"\bmy {_PLATFORMS}(?: name| username| handle| id)? is\b",
            rf"\bhit me up on {_PLATFORMS}",
            rf"\bfind me on {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"\b(?:dm|pm|inbox|message|text) me\b",
            r"\b(?:talk|chat|speak) (?:in|on|over) (?:private|dms?|pms?)\b",
            r"\blet'?s (?:talk|chat|continue) (?:in )?private(?:ly)?\b",
            rf"\b(?:talk|chat|move|continue|message me|text me) (?:on|to|over) {_PLATFORMS}",
            r"\bprivate (?:chat|message)\b",
            r"\bslide into (?:my|your) dms\b",
        ],
        MEET_UP: [
            r"\b(?:let'?s|we (?:should|could)|wanna|want to) meet\b",
            r"\bmeet (?:up|me|irl|in person|in real life)\b",
            r"\bcome (?:to|over to|round to) my (?:house|place|flat)\b",
            r"\bwhere do you live\b",
            r"\bwhat school do you go to\b",
            r"\bwhich school (?:do you go to|are you at)\b",
            r"\bi(?:'ll| will| can) pick you up\b",
        ],
        SECRECY: [
            r"\bdon'?t tell (?:your|anyone|anybody|ur)\b",
            r"\bkeep (?:it|this|that) (?:a )?secret\b",
            r"\bour (?:little )?secret\b",
            r"\bjust between (?:us|you and me)\b",
            r"\bdelete (?:this|our|the) (?:chat|messages?)\b",
        ],
        IMAGE_REQUEST: [
            r"\bsend (?:me )?(?:a |some |your |more )?(?:pic|pics|photo|photos|picture|pictures|selfie|selfies|nudes?|video of you)\b",
            r"\bshow me (?:yourself|your body|what you look like)\b",
            r"\bturn (?:on )?your (?:cam|camera|webcam)\b",
            r"\bsend nudes\b",
        ],
        INSULT: [
            r"\byou(?:'re| are| r|r) (?:so |such an? |a |an |really )*(?:stupid|idiot|loser|ugly|fat|dumb|moron|pathetic|freak|worthless|disgusting|retard)\b",
            r"\b(?:stupid|ugly|fat|dumb|fucking) (?:loser|idiot|cow|pig|bitch|freak)\b",
            r"\bnobody (?:likes|wants|cares about) you\b",
            r"\beveryone hates you\b",
            r"\bshut up\b",
            r"\b(?:retard|bitch|slut|whore|faggot|fuck you)\b",
            r"\bgo (?:and )?die\b",
            r"\bkill yourself\b|\bkys\b",
        ],
        SELF_HARM: [
            r"\bkill(?:ing)? myself\b",
            r"\b(?:want|wanna|going) to die\b",
            r"\bend (?:it all|my life)\b",
            r"\b(?:hurt|hurting|cut|cutting) myself\b",
            r"\bsuicid(?:e|al)\b",
            r"\bself[- ]?harm",
            r"\bdon'?t want to (?:live|be alive|exist)\b",
            r"\bno reason to live\b",
            r"\bbetter off (?:dead|without me)\b",
        ],
        ABUSE: [
            r"\b(?:he|she|they|my \w+) (?:touches|touched|hits|hit|beats|beat|hurts) me\b",
            r"\b(?:sexually )?abus(?:ed|es|ing) me\b",
            r"\bsexual abuse\b",
            r"\bblackmail(?:s|ing|ed)? me\b",
            r"\bthreaten(?:s|ing|ed)? to (?:share|post|send) my (?:photos|pictures|pics|nudes|videos)\b",
            r"\bsextortion\b",
        ],
    },
    "fr": {
        ADDRESS: [
            r"\b\d{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av|boulevard|bd|place|chemin|allée|impasse|quai|route) ",
            r"\bj'habite (?:au |a |rue |avenue |boulevard |place )?\d",
            r"\bj'habite (?:rue|avenue|boulevard|place|chemin) ",
            r"\bmon adresse (?:c'est|est)\b",
            r"\bmon code postal\b",
        ],
        SOCIAL_HANDLE: [
            rf"\bajoute[- ]?moi sur {_PLATFORMS}",
            rf"\bsuis[- ]moi sur {_PLATFORMS}",
            rf"\bmon {_PLATFORMS} (?:c'est|est)\b",
            rf"\bviens sur mon {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"\b(?:ecris|parle|envoie)[- ]moi en (?:prive|mp|dm)\b",
            r"\b(?:en|par) (?:mp|message prive)\b",
            r"\bparlons[- ]en en prive\b|\bparlons en prive\b|\bon (?:parle|continue) en prive\b",
            r"\bviens en (?:prive|mp)\b",
            rf"\b(?:parler|discuter|continuer|parle[- ]moi) sur {_PLATFORMS}",
        ],
        MEET_UP: [
            r"\bon (?:se voit|se rencontre|pourrait se voir)\b",
            r"\b(?:se|te|nous) rencontrer\b",
            r"\brencontrons[- ]nous\b",
            r"\bviens chez moi\b",
            r"\b(?:tu habites|t'habites|vous habitez) ou\b|\bou (?:tu habites|t'habites|habites[- ]tu)\b",
            r"\btu vas dans quel (?:college|lycee)\b|\bc'est quoi ton (?:college|lycee)\b",
            r"\bje (?:peux|vais) venir te chercher\b",
        ],
        SECRECY: [
            r"\bne (?:le |la )?dis (?:rien |ca )?a personne\b",
            r"\bne dis rien a tes parents\b|\bne le dis pas a tes parents\b",
            r"\bnotre (?:petit )?secret\b",
            r"\bgarde (?:ca|le) (?:secret|pour toi)\b",
            r"\bentre nous\b",
            r"\bsupprime (?:nos|les|ces) messages\b",
        ],
        IMAGE_REQUEST: [
            r"\benvoie[- ]?(?:moi )?(?:une |des |ta |tes |d'autres )?(?:photo|photos|selfie|selfies|nude|nudes|video de toi)\b",
            r"\bmontre[- ]toi\b|\bmontre[- ]moi ton corps\b",
            r"\ballume ta (?:cam|camera|webcam)\b",
        ],
        INSULT: [
            r"\b(?:connard|connasse|salope|pute|encule|batard|pd|fils de pute|ta gueule|ferme[- ]la)\b",
            r"\b(?:t'es|tu es|t'es vraiment|tu es vraiment) (?:qu'un |une |un |trop |tellement |si )?(?:debile|idiot|idiote|nul|nulle|moche|con|conne|gros|grosse|bouffon|bolosse|naze|laid|laide|stupide)\b",
            r"\bpersonne ne t'aime\b|\btout le monde te deteste\b",
            r"\b(?:gros|grosse) (?:porc|vache|tas)\b",
            r"\bva (?:te )?(?:mourir|crever)\b|\btue[- ]toi\b",
        ],
        SELF_HARM: [
            r"\bme (?:tuer|suicider|scarifier|faire du mal|couper)\b",
            r"\benvie de mourir\b|\bveux mourir\b",
            r"\bsuicid",
            r"\bmettre fin a mes jours\b|\ben finir avec la vie\b|\bj'ai envie d'en finir\b",
            r"\bje ne veux plus vivre\b|\bje veux plus vivre\b",
            r"\bautomutilation\b",
        ],
        ABUSE: [
            r"\b(?:il|elle|ils|mon \w+|ma \w+) me (?:touche|frappe|bat|tape)\b",
            r"\b(?:abuse|abusee|agresse|agressee) sexuellement\b|\babus sexuels?\b",
            r"\bme fait chanter\b|\bchantage\b",
            r"\bmenace de (?:publier|partager|envoyer) mes (?:photos|videos)\b",
            r"\bsextorsion\b",
        ],
    },
    "de": {
        ADDRESS: [
            r"\b[a-z]+(?:strasse|str\.|weg|gasse|allee|platz|ring|damm) \d{1,4}[a-z]?\b",
            r"\bich wohne in der [a-z]+(?:strasse|str|weg|gasse|allee)\b",
            r"\bmeine (?:adresse|anschrift) (?:ist|lautet)\b",
            r"\bmeine postleitzahl\b",
        ],
        SOCIAL_HANDLE: [
            rf"\b(?:add|adde|addet) mich (?:auf|bei|in) {_PLATFORMS}",
            rf"\bfolg(?:e|t)? mir (?:auf|bei) {_PLATFORMS}",
            rf"\bmein {_PLATFORMS}(?:[- ]name)? (?:ist|lautet)\b",
            rf"\bfug mich (?:auf|bei) {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"\bschreib(?:e|t)? mir (?:privat|eine pn|per pn|per dm|eine dm)\b",
            r"\b(?:per|als) (?:pn|privatnachricht)\b",
            r"\blass(?:t)? uns (?:privat|im privaten) (?:schreiben|reden|chatten)\b",
            rf"\b(?:schreib mir|reden wir|chatten wir|lass uns) (?:auf|bei|uber) {_PLATFORMS}",
            r"\bprivat(?:er)? chat\b",
        ],
        MEET_UP: [
            r"\b(?:treffen wir uns|wollen wir uns treffen|lass(?:t)? uns (?:mal )?treffen|sollen wir uns treffen)\b",
            r"\bkomm (?:zu mir|mal vorbei)\b",
            r"\bwo wohnst du\b",
            r"\bauf welche schule gehst du\b",
            r"\bich (?:kann|hole) dich ab\b",
            r"\bpersonlich treffen\b",
        ],
        SECRECY: [
            r"\bsag(?:'s| es)? (?:das )?niemandem\b",
            r"\b(?:erzahl|sag) (?:es |das )?(?:nicht )?deinen eltern(?: nichts)?\b",
            r"\bunser (?:kleines )?geheimnis\b",
            r"\bbehalte? (?:es|das) fur dich\b",
            r"\bunter uns\b",
            r"\blosch (?:den chat|die nachrichten|unsere nachrichten)\b",
        ],
        IMAGE_REQUEST: [
            r"\bschick(?:e|st)? (?:mir )?(?:ein |mal ein |noch ein |deine |ein paar )?(?:foto|fotos|bild|bilder|selfie|selfies|nacktbild|nacktbilder|nudes|video von dir)\b",
            r"\bzeig (?:dich|mir deinen korper)\b",
            r"\bmach (?:deine )?(?:kamera|cam|webcam) an\b",
        ],
        INSULT: [
            r"\bdu bist (?:so |voll |echt |ein |eine |so ein |so eine |total )*(?:dumm|hasslich|fett|idiot|opfer|spast|behindert|loser|versager|missgeburt|peinlich)\b",
            r"\b(?:du )?(?:hurensohn|schlampe|wichser|missgeburt|fotze|spast|arschloch|du opfer)\b",
            r"\bniemand mag dich\b|\balle hassen dich\b",
            r"\bhalt die (?:klappe|fresse)\b",
            r"\bbring dich um\b|\bgeh sterben\b",
        ],
        SELF_HARM: [
            r"\bmich (?:umbringen|ritzen|toten|verletzen)\b",
            r"\bselbstmord\b|\bsuizid",
            r"\b(?:ich )?will (?:nicht mehr leben|sterben)\b|\bmochte sterben\b",
            r"\britze mich\b",
            r"\bmir (?:etwas |was )?antun\b",
            r"\bselbstverletzung\b",
        ],
        ABUSE: [
            r"\b(?:er|sie|mein \w+|meine \w+) (?:schlagt|schlug|beruhrt|fasst) mich\b",
            r"\bfasst mich an\b",
            r"\bmissbrauch(?:t)?\b",
            r"\berpresst mich\b|\berpressung\b",
            r"\bdroht(?:,)? meine (?:fotos|bilder|videos) zu (?:teilen|posten|verschicken)\b",
            r"\bsextortion\b",
        ],
    },
    "es": {
        ADDRESS: [
            r"\b(?:calle|c/|avenida|avda\.?|plaza|paseo|camino) [a-z]+(?: [a-z]+){0,3},? (?:n[o.º]? ?)?\d{1,4}\b",
            r"\bvivo en (?:la )?(?:calle|avenida|plaza) ",
            r"\bmi direccion es\b",
            r"\bmi codigo postal\b",
        ],
        SOCIAL_HANDLE: [
            rf"\b(?:agregame|agrégame|anademe|añademe|sigueme) (?:en|por) {_PLATFORMS}",
            rf"\bmi {_PLATFORMS} es\b",
            rf"\bbuscame en {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"\b(?:escribeme|hablame|mandame un mensaje) (?:por|en) (?:privado|md|dm)\b",
            r"\bpor (?:md|privado|dm)\b",
            r"\bhablemos en privado\b|\bsigamos en privado\b",
            rf"\b(?:hablamos|hablemos|seguimos|escribeme) (?:por|en) {_PLATFORMS}",
            r"\bmandame un privado\b",
        ],
        MEET_UP: [
            r"\bquedamos\b|\bquedemos\b",
            r"\bnos vemos en persona\b|\bvernos en persona\b|\bconocernos en persona\b",
            r"\bven a mi casa\b",
            r"\bdonde vives\b",
            r"\ba que (?:colegio|instituto|insti) vas\b",
            r"\bte (?:recojo|paso a buscar)\b",
            r"\bvamos a vernos\b",
        ],
        SECRECY: [
            r"\bno (?:se lo |le )?digas (?:nada )?a nadie\b",
            r"\bno (?:se lo |le )?digas (?:nada )?a tus padres\b",
            r"\bnuestro (?:pequeno )?secreto\b",
            r"\bguardalo en secreto\b|\bque quede entre nosotros\b",
            r"\bentre nosotros\b",
            r"\bborra (?:los|estos|nuestros) mensajes\b",
        ],
        IMAGE_REQUEST: [
            r"\b(?:mandame|enviame|pasame|manda|envia) (?:una |unas |tu |tus |mas )?(?:foto|fotos|selfie|selfies|nudes|video tuyo)\b",
            r"\bensename tu cuerpo\b|\bmuestrate\b",
            r"\bpon (?:la )?(?:camara|webcam|cam)\b",
        ],
        INSULT: [
            r"\b(?:eres|sos) (?:un |una |muy |tan |super )*(?:idiota|estupido|estupida|imbecil|feo|fea|gordo|gorda|perdedor|perdedora|tonto|tonta|inutil|asqueroso|asquerosa|pringado|pringada|subnormal)\b",
            r"\b(?:puta|zorra|gilipollas|cabron|maricon|hijo de puta|subnormal)\b",
            r"\bnadie te quiere\b|\btodos te odian\b",
            r"\bcallate\b",
            r"\bmatate\b|\bmuerete\b",
        ],
        SELF_HARM: [
            r"\b(?:matarme|suicidarme|cortarme|hacerme dano)\b",
            r"\bsuicid",
            r"\bquiero morir(?:me)?\b|\bme quiero morir\b",
            r"\bno quiero (?:seguir )?vivir\b",
            r"\bautolesion",
            r"\bacabar con (?:todo|mi vida)\b",
        ],
        ABUSE: [
            r"\b(?:el|ella|mi \w+) me (?:pega|toca|golpea|pego|toco)\b",
            r"\babusa(?:ba)? de mi\b|\babuso sexual\b|\babusos\b",
            r"\bme (?:chantajea|extorsiona)\b|\bchantaje\b",
            r"\bamenaza con (?:publicar|compartir|subir|enviar) mis (?:fotos|videos)\b",
            r"\bsextorsion\b",
        ],
    },
    "it": {
        ADDRESS: [
            r"\b(?:via|viale|piazza|corso|vicolo|largo) [a-z]+(?: [a-z]+){0,3},? (?:n\.? ?)?\d{1,4}\b",
            r"\babito in (?:via|viale|piazza|corso) ",
            r"\bil mio indirizzo (?:e|è)\b",
            r"\bil mio cap\b",
        ],
        SOCIAL_HANDLE: [
            rf"\b(?:aggiungimi|seguimi) (?:su|in) {_PLATFORMS}",
            rf"\bil mio {_PLATFORMS} (?:e|è)\b",
            rf"\bcercami su {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"\b(?:scrivimi|parlami|mandami un messaggio) in (?:privato|pvt|dm|direct)\b",
            r"\bin (?:pvt|privato|direct)\b",
            r"\bparliamo(?:ne)? in privato\b|\bcontinuiamo in privato\b",
            rf"\b(?:parliamo|scrivimi|continuiamo|sentiamoci) (?:su|in) {_PLATFORMS}",
        ],
        MEET_UP: [
            r"\bci vediamo\b(?! (?:alla|alle|nella|nel) (?:riunione|lezione|chat))",
            r"\bincontriamoci\b|\bci incontriamo\b|\bincontrarci\b|\bvederci dal vivo\b",
            r"\bvieni a casa mia\b",
            r"\bdove (?:abiti|vivi)\b",
            r"\bche scuola (?:fai|frequenti)\b|\bin che scuola vai\b",
            r"\bti vengo a prendere\b",
        ],
        SECRECY: [
            r"\bnon (?:dirlo|dire niente|dire nulla|lo dire) a nessuno\b",
            r"\bnon (?:dirlo|dire niente|dire nulla) ai tuoi(?: genitori)?\b",
            r"\bil nostro (?:piccolo )?segreto\b",
            r"\btienilo (?:segreto|per te)\b",
            r"\btra (?:di )?noi\b",
            r"\bcancella (?:i|questi|i nostri) messaggi\b",
        ],
        IMAGE_REQUEST: [
            r"\b(?:mandami|inviami|mandi|manda) (?:una |delle |la tua |le tue |altre )?(?:foto|selfie|nudes|video tuo)\b",
            r"\bfammi vedere (?:il tuo corpo|come sei)\b",
            r"\baccendi la (?:cam|webcam|telecamera)\b",
        ],
        INSULT: [
            r"\bsei (?:un |una |proprio |cosi |troppo |solo )*(?:idiota|stupido|stupida|brutto|brutta|ciccione|cicciona|sfigato|sfigata|cretino|cretina|scemo|scema|deficiente|ritardato|inutile|schifo)\b",
            r"\b(?:troia|puttana|stronzo|stronza|vaffanculo|coglione|frocio|figlio di puttana)\b",
            r"\bnessuno ti vuole\b|\btutti ti odiano\b",
            r"\bstai zitt[oa]\b",
            r"\bammazzati\b|\buccidit[i]\b",
        ],
        SELF_HARM: [
            r"\b(?:uccidermi|suicidarmi|ammazzarmi|tagliarmi|farmi del male)\b",
            r"\bsuicid",
            r"\bvoglio morire\b",
            r"\bnon voglio piu vivere\b",
            r"\bautolesion",
            r"\bfarla finita\b",
        ],
        ABUSE: [
            r"\b(?:lui|lei|mio \w+|mia \w+) mi (?:picchia|tocca|colpisce|ha toccato|ha picchiato)\b",
            r"\bmi (?:picchia|tocca) (?:sempre|spesso|quando)\b",
            r"\babusa di me\b|\babus[oi] sessual[ei]\b",
            r"\bmi ricatta\b|\bricatto\b",
            r"\bminaccia di (?:pubblicare|condividere|mandare) le mie (?:foto|video)\b",
            r"\bsextortion\b",
        ],
    },
    "el": {
        ADDRESS: [
            r"(?:οδος|οδο|λεωφορος|λεωφ\.|πλατεια) [α-ω]+(?: [α-ω]+){0,2},? \d{1,4}\b",
            r"\bμενω (?:στην|στη|στον|στο) (?:οδο|λεωφορο|πλατεια) ",
            r"\bη διευθυνση μου (?:ειναι)?\b",
            r"\bο ταχυδρομικος μου κωδικας\b",
        ],
        SOCIAL_HANDLE: [
            rf"(?:κανε με|καντε με) (?:add|αντ) (?:στο|στα|στον) {_PLATFORMS}",
            rf"(?:προσθεσε με|ακολουθησε με) (?:στο|στα|στον) {_PLATFORMS}",
            rf"\bτο {_PLATFORMS} μου (?:ειναι)?",
            rf"add me (?:στο|στα) {_PLATFORMS}",
        ],
        PRIVATE_CHANNEL: [
            r"(?:στειλε|γραψε|μιλα) μου (?:σε |στο |με )?(?:ιδιωτικο|ιδιωτικα|inbox|pm|dm|προσωπικο)",
            r"\bσε ιδιωτικο (?:μηνυμα|chat)\b|\bστο inbox\b",
            r"\bας μιλησουμε (?:ιδιωτικα|σε ιδιωτικο|στο inbox)\b",
            rf"(?:μιλαμε|μιλησουμε|συνεχισουμε|γραψε μου) (?:στο|στα|στον|σε) {_PLATFORMS}",
        ],
        MEET_UP: [
            r"\bνα (?:βρεθουμε|συναντηθουμε|βρεθουμε απο κοντα)\b",
            r"\bας βρεθουμε\b|\bβρισκομαστε\b",
            r"\bελα (?:σπιτι μου|απο το σπιτι μου)\b",
            r"\bπου μενεις\b",
            r"\bσε ποιο σχολειο (?:πας|εισαι)\b",
            r"\bθα σε παρω (?:εγω|απο)\b",
        ],
        SECRECY: [
            r"\bμην το πεις (?:σε κανεναν|πουθενα|στους γονεις σου)\b",
            r"\bμην πεις (?:τιποτα )?(?:σε κανεναν|στους γονεις σου)\b",
            r"\bμυστικο μας\b|\bτο μικρο μας μυστικο\b",
            r"\bμεταξυ μας\b",
            r"\bκρατα το μυστικο\b",
            r"\bσβησε (?:τα|αυτα τα) μηνυματα\b",
        ],
        IMAGE_REQUEST: [
            r"\bστειλε (?:μου )?(?:μια |καμια |τη |τις |κι αλλες )?(?:φωτογραφια|φωτογραφιες|φωτο|φωτος|selfie|σελφι|nudes|βιντεο σου)\b",
            r"\bδειξε μου (?:το σωμα σου|πως εισαι)\b",
            r"\bανοιξε (?:την )?καμερα\b",
        ],
        INSULT: [
            r"\bεισαι (?:πολυ |τοσο |ενας |μια |ενα |σκετος |σκετη )*(?:ηλιθιος|ηλιθια|βλακας|χαζος|χαζη|ασχημος|ασχημη|χοντρος|χοντρη|αποτυχημενος|αποτυχημενη|καθυστερημενος|αχρηστος|αχρηστη|σκουπιδι)\b",
            r"\b(?:μαλακα|πουτανα|καριολη|γαμησου|πουστη)\b",
            r"\bκανεις δεν σε (?:θελει|αγαπαει|συμπαθει)\b|\bολοι σε μισουν\b",
            r"\bσκασε\b",
            r"\bσκοτωσου\b|\bπηγαινε να πεθανεις\b",
        ],
        SELF_HARM: [
            r"\bνα (?:αυτοκτονησω|σκοτωθω|σκοτωσω τον εαυτο μου)\b",
            r"\bαυτοκτον",
            r"\bθελω να πεθανω\b",
            r"\b(?:κανω κακο|κοβω|πληγωνω) (?:στον )?(?:τον )?εαυτο μου\b",
            r"\bδεν θελω να ζω\b|\bδε θελω να ζω\b",
            r"\bαυτοτραυματισμ",
        ],
        ABUSE: [
            r"\b(?:με χτυπαει|με χτυπησε|με αγγιζει|με αγγιξε|με δερνει)\b",
            r"\bκακοποιηση\b|\bμε κακοποιει\b|\bκακοποιηθηκα\b",
            r"\bμε εκβιαζει\b|\bεκβιασμος\b",
            r"\bαπειλει να (?:ανεβασει|στειλει|δημοσιευσει) (?:τις )?(?:φωτογραφιες|φωτο|βιντεο) μου\b",
        ],
    },
}


@cache
def _compiled(language: str) -> dict[str, re.Pattern[str]]:
    return {
        reason: re.compile("|".join(f"(?:{normalise(pattern)})" for pattern in patterns))
        for reason, patterns in _PATTERNS[language].items()
    }


def screen(text: str, language: str | None = None) -> ScreenResult:
    """Check `text`. With a supported `language`, that language's patterns and English ones apply (young
    people mix in English); without one, every supported language's patterns do."""
    normalised = normalise(text)
    found: set[str] = set()
    if _EMAIL.search(normalised) or _OBFUSCATED_EMAIL.search(normalised):
        found.add(EMAIL)
    if _phone_numbers(normalised):
        found.add(PHONE)
    without_emails = _EMAIL.sub(" ", normalised)
    if _URL.search(without_emails):
        found.add(LINK)
    if _HANDLE.search(without_emails) or _PLATFORM_ID.search(without_emails):
        found.add(SOCIAL_HANDLE)
    base = language.split("-")[0].lower() if language else ""
    languages = (base, "en") if base in _PATTERNS else LANGUAGES
    for code in dict.fromkeys(languages):
        for reason, pattern in _compiled(code).items():
            if reason not in found and pattern.search(normalised):
                found.add(reason)
    return ScreenResult(tuple(reason for reason in ALL_REASONS if reason in found))
