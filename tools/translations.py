"""Translators' tool for the interface catalogues (bik/locale/<lang>/LC_MESSAGES/django.po).

    python tools/translations.py stats                  entries per language, translated or not
    python tools/translations.py todo LANG [FILE]       untranslated or fuzzy entries as JSON lines (stdout or FILE)
    python tools/translations.py apply LANG FILE        write translations given as JSON lines into LANG's catalogue
    python tools/translations.py headers                give every catalogue its language's Plural-Forms header
    python tools/translations.py tidy                   drop guesses (fuzzy) that no reader of a language needs
    python tools/translations.py allauth                rewrite bik/pages/allauth_messages.py from allauth's catalogue

Each entry is named by a stable `key` (a hash of its context and message), so a list of translations stays valid
when `make makemessages` rewrites the catalogues. `todo` lines carry the English message, its plural, context,
where it is used, the plural count of the language, and the French and German translations as hints. `apply`
takes lines `{"key": ..., "msgstr": ...}` or `{"key": ..., "msgstr_plural": [...]}` and refuses a translation
whose placeholders (`%(name)s`, `%s`, `{name}`, HTML tags) differ from the English.

Every entry must be translated into every language, the staff's (the community, the moderation queues, the
hotline's and coordinators' workspaces, the admin) as the visitors': staff in every country of the network read
them. Django's and allauth's own messages are left to their catalogues where they ship one for the language.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import polib  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "bik" / "locale"

# Plural rules for languages whose catalogue Django does not ship (Maltese), as gettext writes them.
_PLURAL_FORMS = {
    "mt": "nplurals=4; plural=(n==1 ? 0 : n==0 || ( n%100>1 && n%100<11) ? 1 : (n%100>10 && n%100<20 ) ? 2 : 3);",
}

_PLACEHOLDER = re.compile(r"%\([a-zA-Z_0-9]+\)[sdif]|%[sdif]|\{[a-zA-Z_0-9]*\}|</?[a-zA-Z][a-zA-Z0-9]*")


def key_of(entry: polib.POEntry) -> str:
    return hashlib.sha1(f"{entry.msgctxt or ''}\x04{entry.msgid}".encode(), usedforsecurity=False).hexdigest()[:10]


def own_paths(entry: polib.POEntry) -> list[str]:
    """Where the platform itself uses `entry` (not counting the lists of Django's and allauth's messages)."""
    return [path for path, _line in entry.occurrences if path not in _VENDOR_MESSAGES]


def catalogue_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "django.po"


def languages() -> list[str]:
    return sorted(path.name for path in LOCALE.iterdir() if catalogue_path(path.name).exists())


# Django's, allauth's and django-countries' own messages, listed (in these modules of bik/) for the languages those
# packages ship no catalogue for, or name wrongly: the platform's catalogue then carries them.
_VENDOR_MESSAGES = {
    "pages/vendor_messages.py": "django",
    "pages/allauth_messages.py": "allauth",
    "network/country_names.py": "django_countries",
}
ALLAUTH_MESSAGES = ROOT / "bik" / "pages" / "allauth_messages.py"


def vendors_of(entry: polib.POEntry) -> set[str]:
    """The packages (django, allauth, django_countries) whose message `entry` is too."""
    return {_VENDOR_MESSAGES[path] for path, _line in entry.occurrences if path in _VENDOR_MESSAGES}


def is_vendor_message(entry: polib.POEntry) -> bool:
    """Whether only the lists of Django's and allauth's messages use `entry`."""
    return bool(entry.occurrences) and not own_paths(entry)


def package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed")
    return Path(spec.origin).parent


@functools.cache
def has_catalogue(package: str, language: str) -> bool:
    """Whether gettext finds `package`'s catalogue for `language` (as Django looks: "pt" finds pt_PT)."""
    locale = package_dir(package) / ("conf/locale" if package == "django" else "locale")
    return gettext.find("django", str(locale), [language]) is not None


def needs_translation(language: str, entry: polib.POEntry) -> bool:
    """Whether `entry` must be translated in `language` (English reads its own messages)."""
    if language == "en" or entry.obsolete:
        return False
    vendors = vendors_of(entry)
    if any(not has_catalogue(vendor, language) for vendor in vendors):
        return True
    # Django's or allauth's own message, wherever else the platform uses it too (allauth's templates that
    # bik/templates overrides): their catalogue translates it, and gettext reads theirs where ours is empty.
    return not vendors


def missing(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags or not entry.translated()


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def plural_count(catalogue: polib.POFile) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def django_plural_forms(language: str) -> str | None:
    if language in _PLURAL_FORMS:
        return _PLURAL_FORMS[language]
    import django

    path = Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES" / "django.po"
    if not path.exists():
        return None
    forms: str | None = polib.pofile(str(path)).metadata.get("Plural-Forms")
    return forms


def set_headers() -> None:
    for language in languages():
        catalogue = polib.pofile(str(catalogue_path(language)))
        forms = django_plural_forms(language) or catalogue.metadata.get("Plural-Forms", "")
        if catalogue.metadata.get("Plural-Forms") != forms or catalogue.metadata.get("Language") != language:
            catalogue.metadata["Plural-Forms"] = forms
            catalogue.metadata["Language"] = language
            catalogue.save()
            print(f"{language}: {forms}")


def tidy() -> None:
    """A fuzzy entry is gettext's guess from a similar older message; it is never shown, and where the language
    does not need the entry (a message Django's or allauth's catalogue translates) nobody will correct it: empty
    it rather than keep a wrong guess in the file."""
    for language in languages():
        catalogue = polib.pofile(str(catalogue_path(language)))
        guesses = [entry for entry in catalogue if "fuzzy" in entry.flags and not needs_translation(language, entry)]
        for entry in guesses:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
            if entry.msgid_plural:
                entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
            else:
                entry.msgstr = ""
        if guesses:
            catalogue.save()


def stats() -> Iterator[tuple[str, int, int]]:
    for language in languages():
        catalogue = polib.pofile(str(catalogue_path(language)))
        due = [entry for entry in catalogue if needs_translation(language, entry)]
        if language == "en":
            due = [entry for entry in catalogue if not entry.obsolete and not is_vendor_message(entry)]
            yield language, len(due), len(due)
            continue
        yield language, len(due), sum(1 for entry in due if not missing(entry))


def todo(language: str) -> Iterator[dict[str, Any]]:
    catalogue = polib.pofile(str(catalogue_path(language)))
    hints = {
        hint: {key_of(entry): entry for entry in polib.pofile(str(catalogue_path(hint)))}
        for hint in ("fr", "de")
        if hint != language and catalogue_path(hint).exists()
    }
    for entry in catalogue:
        if not needs_translation(language, entry) or not missing(entry):
            continue
        key = key_of(entry)
        line: dict[str, Any] = {"key": key, "msgid": entry.msgid}
        if entry.msgid_plural:
            line["msgid_plural"] = entry.msgid_plural
            line["nplurals"] = plural_count(catalogue)
        if entry.msgctxt:
            line["context"] = entry.msgctxt
        if entry.comment:
            line["comment"] = entry.comment
        line["used_in"] = [path for path, _line in entry.occurrences[:3]]
        for hint, entries in hints.items():
            other = entries.get(key)
            if other is not None and not missing(other):
                line[hint] = other.msgstr or other.msgstr_plural.get(0, "")
        yield line


def _check(entry: polib.POEntry, given: dict[str, Any], nplurals: int) -> str | None:
    expected = placeholders(entry.msgid)
    if entry.msgid_plural:
        forms = given.get("msgstr_plural")
        if not isinstance(forms, list) or len(forms) != nplurals or not all(isinstance(f, str) and f for f in forms):
            return f"needs msgstr_plural with {nplurals} non-empty forms"
        plural_expected = placeholders(entry.msgid_plural)
        for form in forms:
            found = placeholders(form)
            # A language's singular form may leave out the count (“one item”), never add or rename one.
            if not set(found) <= set(expected) | set(plural_expected):
                return f"placeholders {found} not in {plural_expected}"
        return None
    text = given.get("msgstr")
    if not isinstance(text, str) or not text.strip():
        return "needs a non-empty msgstr"
    if placeholders(text) != expected:
        return f"placeholders {placeholders(text)} differ from {expected}"
    return None


def apply(language: str, lines: Iterable[str]) -> tuple[int, list[str]]:
    path = catalogue_path(language)
    catalogue = polib.pofile(str(path))
    nplurals = plural_count(catalogue)
    by_key = {key_of(entry): entry for entry in catalogue if not entry.obsolete}
    applied, problems = 0, []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            given = json.loads(raw)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error})")
            continue
        entry = by_key.get(str(given.get("key")))
        if entry is None:
            problems.append(f"line {number}: unknown key {given.get('key')!r}")
            continue
        problem = _check(entry, given, nplurals)
        if problem:
            problems.append(f"line {number} ({entry.msgid[:40]!r}): {problem}")
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(given["msgstr_plural"]))
        else:
            entry.msgstr = given["msgstr"]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        applied += 1
    catalogue.save(str(path))
    return applied, problems


# Where in allauth the messages visitors read are used: the account pages and forms, the shared elements and the
# list of one's sessions (the multi-factor pages are for staff, who read English, French or German).
_ALLAUTH_VISITOR = re.compile(
    r"^(?:account/(?:adapter|forms|fields|views|utils|reauthentication)\.py|templates/(?:account|allauth|usersessions)/"
    r"|usersessions/(?:forms|views)\.py)"
)


def allauth_module() -> str:
    """bik/pages/allauth_messages.py: allauth's messages that visitors read, marked for the platform's catalogues."""
    catalogue = polib.pofile(str(package_dir("allauth") / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    calls: list[str] = []
    seen: set[tuple[str, str]] = set()
    for entry in catalogue:
        paths = [path for path, _line in entry.occurrences]
        if entry.obsolete or not any(_ALLAUTH_VISITOR.match(path) for path in paths):
            continue
        if (entry.msgctxt or "", entry.msgid) in seen:
            continue
        seen.add((entry.msgctxt or "", entry.msgid))
        texts = [json.dumps(text, ensure_ascii=False) for text in (entry.msgid, entry.msgid_plural) if text]
        if entry.msgctxt:
            context = json.dumps(entry.msgctxt, ensure_ascii=False)
            if entry.msgid_plural:
                calls.append(f"npgettext_lazy({context}, {texts[0]}, {texts[1]}, 1)")
            else:
                calls.append(f"pgettext_lazy({context}, {texts[0]})")
        elif entry.msgid_plural:
            calls.append(f"ngettext_lazy({texts[0]}, {texts[1]}, 1)")
        else:
            calls.append(f"gettext_noop({texts[0]})")
    helpers = sorted({call.split("(")[0] for call in calls})
    lines = [
        '"""allauth\'s messages that visitors read on its account pages (sign-in, sign-up, password reset, email',
        "addresses, sessions), listed so that the platform's catalogues carry them for the languages allauth ships no",
        "catalogue for (Irish, Icelandic, Maltese). Written by `python tools/translations.py allauth` from allauth's",
        "English catalogue; tools/translations.py asks for these entries only in such languages. Do not edit by hand.",
        '"""',
        "",
        "# ruff: noqa: E501",
        f"from django.utils.translation import {', '.join(helpers)}",
        "",
        "ALLAUTH_MESSAGES = (",
        *(f"    {call}," for call in calls),
        ")",
    ]
    return "\n".join(lines) + "\n"


def write_allauth_module(path: Path) -> None:
    path.write_text(allauth_module(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(path)], check=True)  # noqa: S603 (our own file)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "stats"
    if command == "stats":
        for language, due, done in stats():
            print(f"{language}\t{done}/{due}")
        return 0
    if command == "headers":
        set_headers()
        return 0
    if command == "tidy":
        tidy()
        return 0
    if command == "allauth":
        write_allauth_module(ALLAUTH_MESSAGES)
        return 0
    if command == "todo" and len(argv) in (3, 4):
        out = open(argv[3], "w", encoding="utf-8") if len(argv) == 4 else sys.stdout  # noqa: SIM115
        count = 0
        for line in todo(argv[2]):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
        if out is not sys.stdout:
            out.close()
        print(f"{count} entries to translate", file=sys.stderr)
        return 0
    if command == "apply" and len(argv) == 4:
        applied, problems = apply(argv[2], Path(argv[3]).read_text(encoding="utf-8").splitlines())
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{applied} applied, {len(problems)} refused", file=sys.stderr)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
