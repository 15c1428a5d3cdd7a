"""The automatic screen: a fast, offline check of a text for contact details, personal data and risk signals.

It runs before anything a young person writes is shown to others. A hit holds the item for a moderator
(pre-moderation); `reasons` says why, as stable codes a moderator and the statistics can rely on. Every
platform language has its own patterns (bik/moderation/screen_languages/); a text is checked with its
languages' patterns and English ones (young people mix in English), and with every language's patterns when
its language is unknown. Text and patterns are compared without accents and case.

Contact details do not depend on the language: phone numbers are recognised by `phonenumbers` (written with
any separators, digit by digit, in other scripts' digits or as number words), links and bare domains against
the public suffix list shipped with `publicsuffixlist` (no network at run time). Helpline and emergency
numbers (112, 116 xxx, short and free-phone numbers, the centres' own) and safety websites are never held.
Weak grooming signals (a question about age, flattery about maturity) are returned as `signals`: two in one
text hold it, and the moderation service adds them up across an author's recent messages.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import num2words
import phonenumbers
from publicsuffixlist import PublicSuffixList

from bik.moderation import classifier, screen_languages

# The regular-expression parser of the standard library (re._parser, re._constants): which letters a pattern's
# words can start with. Typeshed describes neither module (only their deprecated aliases, in part), so they are
# imported as what they are to the type checker: modules it knows nothing of.
sre_constants: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

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
GROOMING = "grooming"
SEXUAL = "sexual"
INSULT = "insult"
HATE = "hate"
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
    GROOMING,
    SEXUAL,
    INSULT,
    HATE,
    SELF_HARM,
    ABUSE,
)
# Weak signals: not enough alone, but they add up (in one text, and across an author's recent messages).
AGE_QUESTION = "age_question"
FLATTERY = "flattery"
RELATIONSHIP_QUESTION = "relationship_question"
WEAK_SIGNALS = (AGE_QUESTION, FLATTERY, RELATIONSHIP_QUESTION)
WEAK_SIGNALS_TO_HOLD = 2
# A stranger asking a young person's age directly is held even alone (measured: it costs no precision on the
# independent set); it still counts as a signal towards the author's grooming risk.
SIGNALS_THAT_HOLD = frozenset({AGE_QUESTION})
# Reasons whose writer should see the national helpline at once, and whose item goes first in the queue.
NEEDS_HELPLINE = frozenset({SELF_HARM, ABUSE})
URGENT = NEEDS_HELPLINE
# Reasons a post written in an awareness voice ("in class we talked about why you never share nudes") does
# not get: talking about a risk is not taking it. Contact details, self-harm and abuse said in the first
# person are held whatever the voice.
_AWARENESS_PASSES = frozenset(
    {PRIVATE_CHANNEL, MEET_UP, SECRECY, IMAGE_REQUEST, GROOMING, SEXUAL, INSULT, HATE, *WEAK_SIGNALS}
)
# A language's `patterns` key for self-harm words that name the subject rather than say it happens to the writer.
_SELF_HARM_TOPIC = "self_harm_topic"
_AWARENESS = "awareness"
_PATTERN_KEYS = frozenset({*ALL_REASONS, *WEAK_SIGNALS, _SELF_HARM_TOPIC, _AWARENESS})

# Word lists by stem (a language's `lexicon`): some hold alone, the others only in combination, so
# that a single word of an ordinary sentence ("alone", "photo", "secret") holds nothing.
# Hold alone, with their reason (said as risk, not as a subject: "self_harm" stems are first-person forms).
_LEXICON_ALONE = {
    "self_harm": SELF_HARM,
    "slur": INSULT,
    "hate": HATE,
    "private": PRIVATE_CHANNEL,
}
# Hold with a word for the reader ("you", "your", a second-person verb): (key, reason or weak signal).
_LEXICON_WITH_YOU = {
    "insult": INSULT,
    "alone": GROOMING,
    "age": AGE_QUESTION,
    "secret": SECRECY,
    "gift": GROOMING,
    "mature": FLATTERY,
    "flattery": FLATTERY,
    "meet": MEET_UP,
    "where": MEET_UP,
    "body": SEXUAL,
    "sexual": SEXUAL,
}
# Despair and death wishes: self-harm when writers say it of themselves, not in advice or a lesson.
_DESPAIR = "despair"
# A request ("send", "show") about a picture ("photo", "nudes").
_SEND, _PICTURE = "send", "picture"
_YOU = "you"
# Pairs that say self-harm together though neither does alone: doing "it" again and hiding it under long
# sleeves; giving one's things away and not needing them any more; a last post and a goodbye.
_SELF_HARM_PAIRS = (("relapse", "hidden"), ("give_away", "no_need"), ("last_post", "goodbye"))
# Figures of speech that take the despair out of a sentence ("disappear under my duvet all weekend").
_HARMLESS = "harmless"
# Two insulting words together insult, with or without a word for the reader ("fat pig lol").
_INSULT_TWICE = "insult_twice"
_LEXICON_KEYS = frozenset(
    {*_LEXICON_ALONE, *_LEXICON_WITH_YOU, _DESPAIR, _SEND, _PICTURE, _YOU, _HARMLESS}
    | {key for pair in _SELF_HARM_PAIRS for key in pair}
)

LANGUAGES = screen_languages.LANGUAGES
_ALIASES = {"no": "nb", "nn": "nb", "ie": "ga", "gd": "ga"}

# Numbers that are never personal contact details: emergency, harmonised European helplines (116 xxx) and
# national helplines of the network's centres (the centres' own numbers are added by the caller).
WELL_KNOWN_HELPLINES = frozenset(
    {
        "112",
        "116000",
        "116006",
        "116111",
        "116117",
        "116123",
        "3018",
        "3020",
        "119",
        "147",
        "19696",
        "08001111",
        "08000432",
        "1800666666",
        "0800111033",
        "0800116111",
        "800121212",
        "900202010",
        "1056",
        "11525",
        "1024",
        "1717",
        "08001110550",
        "08001110333",
        "113",
        "08000113",
    }
)
SAFETY_DOMAINS = frozenset(
    {
        "betterinternetforkids.eu",
        "saferinternetday.org",
        "childhelplineinternational.org",
        "116111.eu",
        "inhope.org",
        "insafe.org",
        "e-enfance.org",
        "childline.org.uk",
        "samaritans.org",
        "nummergegenkummer.de",
        "telefonoazzurro.it",
        "kindertelefoon.nl",
        "bris.se",
        "saferinternet.at",
        "klicksafe.de",
    }
)


@dataclass(frozen=True)
class Allowlist:
    """Numbers (digits only, national or international form) and web domains the screen never holds."""

    numbers: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScreenResult:
    reasons: tuple[str, ...] = field(default_factory=tuple)
    signals: tuple[str, ...] = field(default_factory=tuple)

    @property
    def held(self) -> bool:
        return bool(self.reasons)

    @property
    def needs_helpline(self) -> bool:
        return bool(NEEDS_HELPLINE.intersection(self.reasons))

    @property
    def urgent(self) -> bool:
        return bool(URGENT.intersection(self.reasons))


# --- Normalisation --------------------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f\u20e3"), None)
_UNDECOMPOSED = str.maketrans({"ß": "ss", "đ": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ħ": "h", "ı": "i"})


def normalise(text: str) -> str:
    """Case- and accent-insensitive form (accents dropped, sharp s as ss, Greek final sigma as sigma),
    apostrophes unified, invisible characters removed; every script's digits become ASCII digits."""
    return _without_accents(text).casefold().translate(_UNDECOMPOSED).translate(_digits())


@cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (accents, the Greek tonos, the Cyrillic breve), to be dropped by str.translate."""
    return {codepoint: None for codepoint in range(0x0300, 0x1FBFA) if unicodedata.combining(chr(codepoint))}


@cache
def _digits() -> dict[int, str]:
    table: dict[int, str] = {}
    for codepoint in range(0x0660, 0x1FBFA):
        char = chr(codepoint)
        if unicodedata.category(char) == "Nd":
            table[codepoint] = str(unicodedata.digit(char))
    return table


_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z", "з": "z", "и": "i",
        "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    }
)  # fmt: skip


_LEETSPEAK = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# A word that mixes letters with digits or symbols typed for letters ("k1ll", "s3nd nud3s", "@lone").
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[^\W\d_])[\w@$]*[013457@$][\w@$]*")
_REPEATED_LETTER = re.compile(r"([^\W\d_])\1{2,}")


def relaxed(normalised: str) -> str:
    """The normalised text with leetspeak read as letters and letters held down ("sooo", "diiie") once:
    patterns are searched in it too, when it differs."""
    unleeted = _LEET_WORD.sub(lambda match: match.group(0).translate(_LEETSPEAK), normalised)
    return _REPEATED_LETTER.sub(r"\1", unleeted)


def _without_accents(text: str) -> str:
    """The text as written, its case kept, without accents, invisible characters and the apostrophes' variants."""
    text = text.translate(_INVISIBLE).replace("\u2019", "'").replace("\u00b4", "'").replace("\u02bc", "'")
    return unicodedata.normalize("NFKD", text).translate(_combining_marks())


def _serbian_latin(normalised: str) -> str:
    """Serbian is written in both scripts: its patterns are Latin, and Cyrillic text is read in Latin."""
    return normalised.translate(_CYRILLIC_TO_LATIN)


def base_language(language: str | None) -> str:
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return _ALIASES.get(code, code)


def screening_languages(languages: Iterable[str | None]) -> tuple[str, ...]:
    """The pattern sets to use for texts in `languages`: each known one plus English; every language when
    none is known (an unknown language is screened with everything, never refused)."""
    known = [code for code in (base_language(language) for language in languages) if code in LANGUAGES]
    if not known:
        return LANGUAGES
    return tuple(dict.fromkeys([*known, "en"]))


# --- Contact details ------------------------------------------------------------------------------------

_PSL = PublicSuffixList()
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
_MAIL_PROVIDERS = (
    r"(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|gmx|web|proton(?:mail)?|aol|mail|seznam|wp|o2|"
    r"onet|interia|libero|orange|free|laposte|abv|yandex|ukr|t-online|freemail|centrum|azet|zoho|inbox|sapo|"
    r"tutanota|email|post|protonmail|virgilio|tiscali|telenet|skynet|ziggo|kpnmail|hotmail\.co)"
)
_PHONE_CANDIDATE = re.compile(r"(?<![\w.,/])(?:\+|00)?[\s(]*\d(?:[\s().\-/]{0,3}\d){5,16}(?![\w])")
_DATE_OR_TIME = re.compile(
    r"^\d{1,4}([./\-])\d{1,2}\1\d{1,4}$|^\d{1,2}[:.]\d{2}$|^(?:19|20)\d{2}\s*[-/]\s*(?:19|20)\d{2}$"
    r"|^\d{1,2}[./]\d{1,2}[./]?\s*[-–]\s*\d{1,2}[./]\d{1,2}[./]?$"
)
# Amounts grouped in thousands ("1,250,000", "10.000.000"); groups of three with spaces are a phone format.
_GROUPED_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?:\.000)+$")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?<![\w@.-])((?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+([^\W\d_]{2,24}))(?![\w-]|\.[^\W_])", re.IGNORECASE
)
# "site dot com", "site (punkt) pl": the word for a dot between a name and a common ending.
_SPACED_DOMAIN = re.compile(
    r"(?<![\w@])([a-z0-9][a-z0-9-]{1,62})\s*[(\[]?\s*(?:dot|\.|punkt|point|punto|ponto|pont|piste|pika|tecka|"
    r"bodka|kropka|punct|taskas|punkts|tocka|τελεια|точка|крапка)\s*[)\]]?\s*"
    r"(com|net|org|io|gg|tv|me|app|ru|xyz|eu|link|ly|be|to|info|pt|pl|nl|cz|sk|hu|ro|bg|gr|se|dk|no|fi|ee|lv|lt|"
    r"hr|si|rs|ua|ie|mt|at|ch|uk|co)\b"
)
_PLATFORMS = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|dc|whats ?app|wa|telegram|tg|signal|kik|"
    r"facebook|fb|messenger|twitter|x\.com|wechat|viber|skype|twitch|roblox|steam|reddit|threads|bereal|"
    r"youtube|yt|psn|xbox|xbox live|epic(?: games)?|fortnite|line|threema|wire|session|omegle|wink|yubo|"
    r"hoop|vk|vkontakte|ok\.ru|pinterest|tumblr|kick|minecraft|brawl stars|clash royale|genshin|valorant)"
)
_HANDLE = re.compile(
    r"(?<![\w@.])@(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{3,30}\b|\b[a-z][\w.]{2,31}#\d{4}\b"
    rf"|\b{_PLATFORMS}\s*(?:id|name|user(?:name)?|nick)?\s*[:=→>]+\s*@?[a-z0-9_.]{{3,}}"
)


# Game currency and gift cards: what groomers offer young people, whatever the language around it.
_GIFTS = re.compile(
    r"\b(?:robux|v-?bucks|vbucks|paysafe ?(?:card|karte|kartu)?|steam ?(?:gift ?)?(?:card|guthaben|credit)|"
    r"gift ?cards?|google play (?:card|karte)|itunes (?:card|karte)|psn (?:card|karte)|fortnite skins?|free skins?)\b"
)


# A named school with its town, in any language: "Lycée Victor Hugo à Lyon", "St Mary's School in Cork",
# "Gimnazjum nr 5 w Krakowie". Read on the text as written: the capitals mark the names.
_SCHOOL_WORDS = (
    r"(?:[Ss]chool|[Ss]chule|[Gg]ymnasium|[Gg]ymnázium|[Gg]imnazij\w*|[Gg]imnazjum|[Gg]imn[aá]zium|[Ll]yc[ée]e|"
    r"[Cc]oll[eè]ge|[Cc]olegio|[Ii]nstituto|[Ll]iceo|[Ll]iceu|[Ll]iceul|[Ee]scola|[Ee]scuela|[Éé]cole|[Ss]zkoł\w*|"
    r"[Ss]zkol\w*|[Šš]kol\w*|[Ss]kol\w*|[Ss]kole|[Ss]kolan|[Kk]oulu|[Kk]ool|[Ii]skola|[Ss]coala|[Șș]coala|"
    r"[Ll]yceum|[Aa]theneum|[Aa]cademy|[Gg]aelscoil|[Cc]oláiste|[Ss]cuola|[Oo]snovn\w*|[Gg]ymnasiet|"
    r"[Uu]čilište|[Уу]чилище|[Шш]кол\w*|[Лл]іце\w*|[Гг]імназі\w*|[Σσ]χολε[ίι]ο|[Γγ]υμν[άα]σιο|[Λλ]ύκειο)"
)
_NAME = r"(?:[A-ZÀ-ÝĀ-ŽΑ-ΩА-ЯЁІЇЄ][\w'’.-]*|n[ro]\.?\s?\d+|\d+\.?)"
_PLACE_PREPOSITION = r"(?:in|at|à|en|di|de|do|da|w|we|v|ve|na|i|u|στο|στη|στην|в|у|bei|im|no|nel|nella)"
# Capitalised words that start sentences rather than name a school.
_NOT_A_NAME = (
    r"(?:At|In|My|Our|The|This|That|I|We|A|An|Je|Ich|Die|Der|Das|Unsere|Meine|La|Le|Les|El|Los|Mi|Ma|Mon|"
    r"Na|W|U|V|Ao|No)"
)
_SCHOOL_WITH_PLACE = re.compile(
    rf"{_SCHOOL_WORDS}(?:\s+{_NAME}){{1,4}},?\s+{_PLACE_PREPOSITION}\s+[A-ZÀ-ÝĀ-ŽΑ-ΩА-ЯЁІЇЄ]\w+"
    rf"|(?:(?!{_NOT_A_NAME}\b){_NAME}\s+){{1,4}}{_SCHOOL_WORDS},?\s+{_PLACE_PREPOSITION}\s+[A-ZÀ-ÝĀ-ŽΑ-ΩА-ЯЁІЇЄ]\w+"
)
# "I live" in the platform's languages (without accents), then a street named with a capital, its number and the
# town, named with a capital too: "μένω Ερμού 25, Αθήνα", "živim na Celovški 100 v Ljubljani", "I live at Mill Road
# 12, Cork" (not "I live for level 3 in Minecraft", "I live for FIFA 23, Minecraft", "ich wohne seit 2019 in Berlin").
_I_LIVE = (
    r"(?:i live|i'm living|im living|j'habite|ich wohne|wohne|vivo|moro|abito|ik woon|woon|mieszkam|bydlim|byvam|"
    r"zivim|живим|живея|живу|μενω|lakom|lakunk|asun|elan|dzivoju|gyvenu|locuiesc|stau|jeg bor|jag bor|bor|"
    r"eg by|eg a heima|i mo chonai|noqghod|nghix)"
)
_CAPITALISED = r"[A-ZΑ-ΩА-ЯЁІЇЄЂЈЉЊЋЏ][^\W\d_]{2,}"
_LIVING_AT_A_STREET_NUMBER = re.compile(
    rf"(?i:\b{_I_LIVE}\b(?!\s+(?:for|para|per|pour|fur|voor)\b))(?:\s+\S+){{0,2}}?\s+{_CAPITALISED}\s+\d{{1,4}}[a-z]?"
    rf"(?:,|\s+(?i:in|v|ve|u|w|we|a|en|em|i|στην|στη|στο|в|у|na))\s+{_CAPITALISED}"
)
# A postcode with its town after a street: ", 75011 Paris", ", 00-950 Warszawa", ", 1011 AB Amsterdam".
_POSTCODE_AND_TOWN = re.compile(
    r",\s*(?:[A-Z]{1,2}-)?\d{2}-?\d{3}(?:\s?[A-Z]{2})?\s+[A-ZÀ-ÝĀ-Ž][\w-]{2,}|,\s*\d{4}(?:\s?[A-Z]{2})?\s+[A-ZÀ-ÝĀ-Ž][\w-]{2,}"
)


def _is_helpline(number: phonenumbers.PhoneNumber, digits: str, allow: Allowlist) -> bool:
    national = str(number.national_number)
    if digits in allow.numbers or national in allow.numbers or digits in WELL_KNOWN_HELPLINES:
        return True
    if national.startswith("116") and len(national) == 6:
        return True
    kind = phonenumbers.number_type(number)
    return kind in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST)


def _parsed(digits: str, international: bool, regions: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    """The number `digits` stands for: valid in one of `regions` (the text's own first), or at least of a
    possible length there when it is written in full, internationally or with a trunk prefix: people invent
    numbers in examples, and a made-up number is as much a contact detail as a real one."""
    if international:
        try:
            number = phonenumbers.parse("+" + digits.removeprefix("00"), None)
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_possible_number(number) else None
    possible = None
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
        if possible is None and len(digits) >= 9 and phonenumbers.is_possible_number(number):
            possible = number
    return possible


def _has_phone_number(text: str, regions: tuple[str, ...], network: tuple[str, ...], allow: Allowlist) -> bool:
    for match in _PHONE_CANDIDATE.finditer(text):
        candidate = match.group(0).strip(" (")
        if _DATE_OR_TIME.match(candidate) or _GROUPED_NUMBER.match(candidate):
            continue
        digits = re.sub(r"\D", "", candidate)
        if digits in WELL_KNOWN_HELPLINES or digits in allow.numbers or len(digits) < 7:
            continue
        international = candidate.startswith(("+", "00"))
        # Seven-digit numbers exist only in a few countries: looked for in the text's own regions only.
        number = _parsed(digits, international, regions if len(digits) < 8 else (*regions, *network))
        if number is not None and not _is_helpline(number, digits, allow):
            return True
    return False


_SINGLE_DIGITS_WITH_COMMAS = re.compile(r"(?<![\d,])(\d)\s*,\s*(?=\d(?!\d))")
_LETTER_O_AFTER_DIGIT = re.compile(r"(?<=\d)o+(?![a-z])")
_LETTER_O_BEFORE_DIGIT = re.compile(r"(?<![a-z])o+(?=\d)")
# Numbers said in words, marked while they are read: neighbours said one after the other (even with commas between
# them, "zero six, forty-two, eighteen") are one number, as a reader hears them.
_SAID, _SAID_END = "\x01", "\x02"
_SAID_NEIGHBOURS = re.compile(rf"{_SAID_END}[\s,;-]*{_SAID}")
_SAID_TWICE = re.compile(rf"\b(double|triple)\s*{_SAID}(\d){_SAID_END}")
_SEPARATORS = re.compile(r"[\s-]+")
# num2words' name of a language where it is not the platform's (Croatian's numbers are Serbian's in Latin letters).
_NUM2WORDS_LANGUAGE = {"nb": "no", "hr": "sr"}
# Spellings num2words does not give: today's Swedish "fyrtio" (its "förtio" is the older one).
_OTHER_SPELLINGS = {"sv": (("förtio", "fyrtio"),)}
_SERBIAN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SERBIAN_LETTERS = str.maketrans(dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True)))


def _number_words(text: str, languages: tuple[str, ...]) -> str:
    """Numbers spelled out ("nine one two …", "zero six, forty-two, eighteen", "double one") as digits, so a
    number written in words is read like any other; digits listed one by one with commas ("9, 1, 2") and the
    letter o typed for a zero ("07700 9oo") too."""
    pattern, numbers = _number_word_pattern(languages)
    if pattern.pattern:
        text = pattern.sub(lambda match: _SAID + numbers[_SEPARATORS.sub("", match.group(0))] + _SAID_END, text)
        if _SAID in text:
            text = _SAID_TWICE.sub(_said_twice, text)
            text = _SAID_NEIGHBOURS.sub("", text).replace(_SAID, " ").replace(_SAID_END, " ")
    text = _LETTER_O_AFTER_DIGIT.sub(lambda match: "0" * len(match.group(0)), text)
    text = _LETTER_O_BEFORE_DIGIT.sub(lambda match: "0" * len(match.group(0)), text)
    return _SINGLE_DIGITS_WITH_COMMAS.sub(r"\1 ", text)


def _said_twice(match: re.Match[str]) -> str:
    return _SAID + match.group(2) * (2 if match.group(1) == "double" else 3) + _SAID_END


@cache
def _number_word_pattern(languages: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every way `languages` write the numbers 0 to 99 (each language's own digit words, and num2words' numbers
    from 10 to 99 where it speaks the language), by their letters without spaces or hyphens."""
    numbers: dict[str, str] = {}
    spellings: set[str] = set()
    for language in languages:
        said = [(str(value), word) for value, words in enumerate(screen_languages.language_data(language).numbers)
                for word in words.split("|")]  # fmt: skip
        said.extend((str(value), words) for value, words in _spelled_tens(language))
        for old, new in _OTHER_SPELLINGS.get(language, ()):
            said += [(value, words.replace(old, new)) for value, words in said if old in words]
        if language == "sr":  # written in both scripts
            said += [(value, _serbian_cyrillic(words)) for value, words in said]
        for value, words in said:
            spelling = normalise(words).strip()
            spellings.add(spelling)
            numbers.setdefault(_SEPARATORS.sub("", spelling), value)
    if not numbers:
        return re.compile(""), numbers
    # In the text, the parts of a number may be written together, apart or with hyphens ("forty two", "forty-two").
    alternatives = sorted(
        {r"[\s-]*".join(map(re.escape, _SEPARATORS.split(spelling))) for spelling in spellings}, key=len, reverse=True
    )
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b"), numbers


def _serbian_cyrillic(latin: str) -> str:
    for digraph, letter in _SERBIAN_DIGRAPHS.items():
        latin = latin.replace(digraph, letter)
    return latin.translate(_SERBIAN_LETTERS)


@cache
def _spelled_tens(language: str) -> tuple[tuple[int, str], ...]:
    """The numbers 10 to 99 in `language`: num2words' where it speaks the language, else from the language's own
    teens, decades and compound (screen_languages), else none."""
    converter = _NUM2WORDS_LANGUAGE.get(language, language)
    if converter in num2words.CONVERTER_CLASSES:
        return tuple((value, num2words.num2words(value, lang=converter)) for value in range(10, 100))
    data = screen_languages.language_data(language)
    teens, decades, compound = data.teens, data.decades, data.compound
    said = [(10 + value, word) for value, words in enumerate(teens) for word in words.split("|")]
    for position, words in enumerate(decades):
        tens = 20 + 10 * position
        for word in words.split("|"):
            said.append((tens, word))
            said.extend(
                (tens + unit, compound.format(tens=word, unit=unit_word))
                for unit, unit_words in enumerate(data.numbers[1:], start=1)
                for unit_word in unit_words.split("|")
            )
    return tuple(said)


@cache
def _obfuscated_email(languages: tuple[str, ...]) -> re.Pattern[str]:
    at_words = {"at", "@"}
    dot_words = {"dot"}
    for language in languages:
        at_words.update(normalise(word) for word in screen_languages.language_data(language).at)
        dot_words.update(normalise(word) for word in screen_languages.language_data(language).dot)
    # A word for "at" or "dot" counts only as a whole word ("great post" hides no address).
    letter = r"[^\W\d_]"
    at = rf"(?<!{letter})(?:" + "|".join(sorted(map(re.escape, at_words), key=len, reverse=True)) + rf")(?!{letter})"
    dot = rf"(?<!{letter})(?:" + "|".join(sorted(map(re.escape, dot_words), key=len, reverse=True)) + rf")(?!{letter})"
    return re.compile(
        rf"\b[\w.+-]{{2,}}\s*[(\[{{<]?\s*(?:{at})\s*[)\]}}>]?\s*(?:(?P<host>[\w-]{{2,}})\s*[(\[{{<]?\s*(?:{dot}|\.)\s*"
        rf"[)\]}}>]?\s*(?P<tld>[a-z]{{2,6}})\b|{_MAIL_PROVIDERS}\b)"
        rf"|[(\[{{<]\s*(?:{at}|a)\s*[)\]}}>]"
        rf"|\b[\w.+-]{{3,}}\s+(?:on|at|en|sur|auf|bei|na|no|su|op|pa|w|v|em|in|pe)\s+{_MAIL_PROVIDERS}\b(?!\s+\w)"
    )


def _has_email(normalised: str, languages: tuple[str, ...]) -> bool:
    if _EMAIL.search(normalised):
        return True
    for match in _obfuscated_email(languages).finditer(normalised):
        tld = match.group("tld")
        if tld is None or _PSL.publicsuffix(f"x.{tld}", accept_unknown=False) is not None:
            return True
    return False


def _domain_allowed(domain: str, allow: Allowlist) -> bool:
    domain = domain.lower().removeprefix("www.")
    return any(domain == safe or domain.endswith("." + safe) for safe in (*SAFETY_DOMAINS, *allow.domains))


def _has_link(text: str, allow: Allowlist) -> bool:
    """Links with a scheme or www, and bare domains whose ending is on the public suffix list ("x.ru",
    "y.xyz"); a sentence run on after a full stop ("the end.It was") is not a domain."""
    for match in _URL.finditer(text):
        host = re.sub(r"^(?:https?://)?", "", match.group(0), flags=re.IGNORECASE).split("/")[0]
        if not _domain_allowed(host, allow):
            return True
    without_urls = _URL.sub(" ", _EMAIL.sub(" ", text))
    for match in _DOMAIN.finditer(without_urls):
        domain, tld = match.group(1), match.group(2)
        if tld[0].isupper() and not tld.isupper():
            continue
        if _PSL.privatesuffix(domain.lower(), accept_unknown=False) is None or _domain_allowed(domain, allow):
            continue
        return True
    return any(not _domain_allowed(f"{m.group(1)}.{m.group(2)}", allow) for m in _SPACED_DOMAIN.finditer(text))


# --- Language patterns ----------------------------------------------------------------------------------


@cache
def _topic(language: str) -> re.Pattern[str] | None:
    """A language's words naming self-harm as a subject (its `patterns`' keys are checked here too)."""
    patterns = screen_languages.language_data(language).patterns
    unknown = set(patterns) - _PATTERN_KEYS
    if unknown:
        raise ValueError(f"Unknown screen keys in {language}: {sorted(unknown)}")
    alternatives = patterns.get(_SELF_HARM_TOPIC)
    return re.compile("|".join(f"(?:{normalise(pattern)})" for pattern in alternatives)) if alternatives else None


@cache
def _lexicon_stems(language: str) -> dict[str, tuple[str, ...]]:
    """A language's word lists (`lexicon`): for each, the stems a word may start with."""
    lexicon = screen_languages.language_data(language).lexicon
    unknown = set(lexicon) - _LEXICON_KEYS
    if unknown:
        raise ValueError(f"Unknown lexicon keys in {language}: {sorted(unknown)}")
    return {key: _stems(normalise(stems)) for key, stems in lexicon.items()}


def _stems(alternatives: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" is "a" and "b(?:c|d)"), empty ones left out."""
    stems, depth, start = [], 0, 0
    escaped = False
    for position, char in enumerate(alternatives):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            stems.append(alternatives[start:position])
            start = position + 1
    stems.append(alternatives[start:])
    return tuple(stem.strip() for stem in stems if stem.strip())


@cache
def _first_person(language: str) -> re.Pattern[str]:
    return re.compile(normalise(screen_languages.language_data(language).first_person))


# Searching every word list over the whole text, one list after the other, costs more than the rest of the
# screen together. So each language's patterns and stems are indexed once by the letter their words start with:
# the text's word starts are found once, and at each only the patterns for its first letter are tried (one
# combined pattern first, which fails at most words). Patterns that do not start a word with known letters
# are searched over the whole text as before.
_Key = tuple[bool, str]  # (a lexicon word list rather than a pattern, its key)
_WORD_START = re.compile(r"\b\w")
_ANY = None


@dataclass(frozen=True)
class _Index:
    # For each first letter: the patterns of each key that find words starting with it (compiled when first
    # needed: a language's patterns for all letters take seconds to compile).
    by_letter: dict[str, dict[_Key, list[str]]]
    whole_text: tuple[tuple[_Key, re.Pattern[str]], ...]


def _first_letters(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a parsed pattern can start with, or None when that cannot be said simply."""
    letters: set[str] = set()
    for position, (op, argument) in enumerate(items):
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.LITERAL:
            return letters | {chr(argument)}  # type: ignore[arg-type]
        if op is sre_constants.IN:
            for kind, value in argument:  # type: ignore[attr-defined]
                if kind is sre_constants.LITERAL:
                    letters.add(chr(value))
                elif kind is sre_constants.RANGE and value[1] - value[0] < 64:
                    letters.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return _ANY
            return letters
        if op is sre_constants.SUBPATTERN:
            inner = _first_letters(list(argument[3]))  # type: ignore[index]
            return _ANY if inner is None else letters | inner
        if op is sre_constants.BRANCH:
            for branch in argument[1]:  # type: ignore[index]
                inner = _first_letters(list(branch))
                if inner is None:
                    return _ANY
                letters |= inner
            return letters
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            inner = _first_letters(list(argument[2]))  # type: ignore[index]
            if inner is None:
                return _ANY
            if argument[0] >= 1:  # type: ignore[index]
                return letters | inner
            rest = _first_letters(items[position + 1 :])
            return _ANY if rest is None else letters | inner | rest
        return _ANY
    return _ANY


def _starts_a_word(items: list[tuple[object, object]]) -> bool:
    """Whether every way a parsed pattern can match begins with a word boundary (lookbehinds aside)."""
    for op, argument in items:
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.AT:
            return argument is sre_constants.AT_BOUNDARY
        if op is sre_constants.SUBPATTERN:
            return _starts_a_word(list(argument[3]))  # type: ignore[index]
        if op is sre_constants.BRANCH:
            return all(_starts_a_word(list(branch)) for branch in argument[1])  # type: ignore[index]
        return False
    return False


# A word-list stem (one alternative) as `_language_patterns` gives it, starting with a plain letter: no need
# to parse it.
_PLAIN_STEM = re.compile(r"\\b\(\?:(\w)(?![?*{])")


def _word_letters(pattern: str, *, stem: bool) -> set[str] | None:
    """The letters words found by `pattern` start with, when it only ever finds the start of a word."""
    plain = _PLAIN_STEM.match(pattern) if stem else None
    if plain:
        return {plain.group(1)}
    items = list(sre_parse.parse(pattern))
    letters = _first_letters(items) if _starts_a_word(items) else None
    if letters is None or not letters or not all(re.match(r"\w", letter) for letter in letters):
        return None
    return letters


def _language_patterns(language: str) -> Iterator[tuple[_Key, str]]:
    substitutions = {"{platforms}": _PLATFORMS}
    for key, alternatives in screen_languages.language_data(language).patterns.items():
        if key == _SELF_HARM_TOPIC:
            continue  # looked for with the words around it (_said_of_writer)
        for alternative in alternatives:
            pattern = normalise(alternative)
            for name, value in substitutions.items():
                pattern = pattern.replace(name, value)
            yield (False, key), pattern
    for key, stems in _lexicon_stems(language).items():
        for stem in stems:
            yield (True, key), rf"\b(?:{stem})"


_LETTERS_PER_PATTERN = 8


def _joined(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@cache
def _index(language: str) -> _Index:
    by_letter: dict[str, dict[_Key, list[str]]] = {}
    whole_text: dict[_Key, list[str]] = {}
    for key, pattern in _language_patterns(language):
        letters = _word_letters(pattern, stem=key[0])
        if letters is not None and len(letters) > _LETTERS_PER_PATTERN:
            letters = None  # a long list of words is compiled into many letters' patterns: searched whole
        for letter in letters or ():
            by_letter.setdefault(letter, {}).setdefault(key, []).append(pattern)
        if letters is None:
            whole_text.setdefault(key, []).append(pattern)
    return _Index(by_letter, tuple((key, _joined(patterns)) for key, patterns in whole_text.items()))


@cache
def _at_letter(language: str, letter: str) -> tuple[re.Pattern[str], re.Pattern[str], tuple[_Key, ...]] | None:
    """Two patterns for the words of `language` that start with `letter`: one that finds any (it fails
    quickly at most words), and one whose group `k<n>` holds what the `n`-th key's patterns find at a word's
    start (each key looks ahead on its own, so that words of several lists at one place are all found)."""
    keys = _index(language).by_letter.get(letter)
    if keys is None:
        return None
    lookaheads = (
        "(?:(?=(?P<k{}>{})))?".format(number, "|".join(f"(?:{pattern})" for pattern in patterns))
        for number, patterns in enumerate(keys.values())
    )
    any_key = _joined(pattern for patterns in keys.values() for pattern in patterns)
    return any_key, re.compile("".join(lookaheads)), tuple(keys)


def _found(language: str, text: str, found: dict[_Key, set[str]]) -> None:
    """Add to `found` the pattern and word-list keys of `language` that match in `text`, with what they
    matched (the insults are counted)."""
    index = _index(language)
    for key, pattern in index.whole_text:
        if key in found and key != (True, "insult"):
            continue
        for match in pattern.finditer(text):
            found.setdefault(key, set()).add(match.group(0))
            if key != (True, "insult"):
                break
    for start in _WORD_START.finditer(text):
        entry = _at_letter(language, start.group(0))
        if entry is None:
            continue
        any_key, each_key, keys = entry
        if not any_key.match(text, start.start()):
            continue
        at_word = each_key.match(text, start.start())
        if at_word is None:
            continue
        for name, words in at_word.groupdict().items():
            if words is not None:
                found.setdefault(keys[int(name[1:])], set()).add(words)


# How near a word for the writer must be to a word naming self-harm for the sentence to be about the writer.
_WRITER_WINDOW = 40


def _said_of_writer(topic: re.Pattern[str], first_person: re.Pattern[str], text: str) -> bool:
    """Self-harm named near a word by which the writers speak of themselves ("I keep thinking about suicide"),
    not a first-person word elsewhere in a post about the subject."""
    for match in topic.finditer(text):
        window = text[max(0, match.start() - _WRITER_WINDOW) : match.end() + _WRITER_WINDOW]
        if first_person.search(window):
            return True
    return False


_HELPLINE_NUMBER = re.compile(r"(?<!\d)(?:112|116[\s.-]?\d{3}|3018|0800[\s\d]{4,10})(?!\d)|\bhelpline\b")


def _names_helpline(normalised: str) -> bool:
    """Advice names a helpline: a text that gives 116 123 or 112 speaks about help, not a crisis."""
    return bool(_HELPLINE_NUMBER.search(normalised))


@cache
def _regions(languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(region for code in languages for region in screen_languages.language_data(code).regions))


def _combined(words: set[str]) -> set[str]:
    """Reasons and weak signals from the lexicon words found in a text."""
    found = {reason for key, reason in _LEXICON_ALONE.items() if key in words}
    if any(first in words and second in words for first, second in _SELF_HARM_PAIRS):
        found.add(SELF_HARM)
    if _INSULT_TWICE in words:
        found.add(INSULT)
    if _YOU in words:
        found.update(reason for key, reason in _LEXICON_WITH_YOU.items() if key in words)
    if _SEND in words and _PICTURE in words:
        found.add(IMAGE_REQUEST)
    if "gift" in words and _PICTURE in words:
        found.add(GROOMING)
    return found


# The learned model's categories and the reasons they give.
_LEARNED = {"self_harm": SELF_HARM, "grooming": GROOMING, "sexual": SEXUAL, "bullying": INSULT}


def screen(
    text: str,
    language: str | None = None,
    *,
    also: Iterable[str | None] = (),
    allow: Allowlist | None = None,
    learned: classifier.Model | bool = True,
) -> ScreenResult:
    """Check `text`, written in `language` (and possibly the `also` languages: a space's and its writer's).
    Without a known language, every language's patterns apply. The learned model (classifier.py) adds the
    risks it recognises; `learned=False` leaves it out, and a `classifier.Model` replaces the stored one."""
    allow = allow or Allowlist()
    languages = screening_languages([language, *also])
    normalised = normalise(text)
    found: set[str] = set()
    matched: set[str] = set()
    regions = _regions(languages)
    if _has_email(normalised, languages):
        found.add(EMAIL)
    without_emails = _EMAIL.sub(" ", normalised)
    if _has_phone_number(_number_words(without_emails, languages), regions, screen_languages.NETWORK_REGIONS, allow):
        found.add(PHONE)
    if _has_link(unicodedata.normalize("NFKC", _EMAIL.sub(" ", text)), allow):
        found.add(LINK)
    if _HANDLE.search(without_emails):
        found.add(SOCIAL_HANDLE)
    as_written = unicodedata.normalize("NFKC", text)
    if (
        _SCHOOL_WITH_PLACE.search(as_written)
        or _POSTCODE_AND_TOWN.search(as_written)
        or _LIVING_AT_A_STREET_NUMBER.search(_without_accents(as_written))
    ):
        found.add(ADDRESS)
    topic_near_writer = False
    words: set[str] = set()
    insults: set[str] = set()
    loose = relaxed(normalised)
    variants = (normalised,) if loose == normalised else (normalised, loose)
    for code in languages:
        found_here: dict[_Key, set[str]] = {}
        for variant in variants:
            subject = _serbian_latin(variant) if code == "sr" else variant
            _found(code, subject, found_here)
            topic = _topic(code)
            if topic is not None and not topic_near_writer:
                topic_near_writer = _said_of_writer(topic, _first_person(code), subject)
        for (is_word, key), texts in found_here.items():
            if not is_word:
                matched.add(key)
            elif key == "insult":
                insults.update(texts)
            else:
                words.add(key)
    if insults:
        words.update(["insult"] if len(insults) == 1 else ["insult", _INSULT_TWICE])
    if _GIFTS.search(normalised):
        # Game currency offered to the reader, not spent by the writer ("1000 vbucks on the new skin").
        words.add("gift")
    matched.update(_combined(words))
    if _AWARENESS in matched:
        matched -= _AWARENESS_PASSES
    in_earnest = _AWARENESS not in matched and not _names_helpline(normalised)
    if in_earnest and (topic_near_writer or _DESPAIR in words):
        # The subject (suicide, self-harm) named by writers about themselves, or despair (whose words speak of
        # the writer already, often without a pronoun: "just want to be gone"), not in advice or a lesson.
        matched.add(SELF_HARM)
    if _HARMLESS in words and "self_harm" not in words:
        matched.discard(SELF_HARM)
    if learned is not False:
        category = (classifier.model() if learned is True else learned).risk(loose)
        reason = _LEARNED.get(category or "")
        if reason not in (None, SELF_HARM) and matched.intersection(WEAK_SIGNALS):
            reason = GROOMING  # a risky text with a question about age or love, or flattery: a grooming move
        if reason == SELF_HARM and not in_earnest:
            pass  # advice, a lesson or a helpline named: said about the subject, not of the writer
        elif reason in _AWARENESS_PASSES and _AWARENESS in matched:
            pass
        elif reason is not None:
            matched.add(reason)
    signals = tuple(signal for signal in WEAK_SIGNALS if signal in matched)
    if len(signals) >= WEAK_SIGNALS_TO_HOLD or SIGNALS_THAT_HOLD.intersection(signals):
        matched.add(GROOMING)
    found.update(key for key in matched if key in ALL_REASONS)
    return ScreenResult(tuple(reason for reason in ALL_REASONS if reason in found), signals)
