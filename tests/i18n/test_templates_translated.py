"""No visible text in a template escapes translation: every word a visitor can read (text, and the alt, title,
aria-label and placeholder attributes a screen reader speaks) sits inside {% translate %} or
{% blocktranslate %}. Symbols, numbers and a few names that are the same in every language are allowed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "bik" / "templates"
# Machine-read files (crawlers' instructions, sitemaps); the developers' local mail sink, served only with DEBUG
# on; and allauth's button element, which writes its tag name with template tags and holds no text of its own.
NOT_FOR_PEOPLE = {"robots.txt", "search/sitemap.xml", "search/sitemap_index.xml", "allauth/elements/button.html"}
NOT_FOR_PEOPLE_FOLDERS = ("devmail/",)
SPOKEN_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
# Words that read the same in every language of the platform: names and symbols, not sentences.
ALLOWED = {
    "BIK",  # the network's initials, part of the product names ("BIK Bulletin" is translated around them)
    "SID",
    "TOTP",
    "QR",
    "JSON",
    "CSV",
    "iCalendar",
    "RSS",
    "Atom",
    "PDF",
}
LETTERS = re.compile(r"[^\W\d_]{2,}")

_BLOCKS = re.compile(
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}"
    r"|{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}"
    r"|{%\s*block\s+(?:body|column)_class\s*%}.*?{%\s*endblock\s*%}"  # CSS class names
    r"|<script\b.*?</script>|<style\b.*?</style>",
    re.S,
)
_TAGS = re.compile(r"{#.*?#}|{%.*?%}|{{.*?}}", re.S)


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.texts.extend(value for name, value in attrs if name in SPOKEN_ATTRIBUTES and value)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def untranslated(source: str) -> list[str]:
    """The visible words of a template that no translation tag covers."""
    stripped = _TAGS.sub(" ", _BLOCKS.sub(" ", source))
    parser = _Visible()
    parser.feed(stripped)
    parser.close()
    found = []
    for text in parser.texts:
        words = [word for word in LETTERS.findall(text) if word not in ALLOWED]
        if words:
            found.append(" ".join(text.split())[:80])
    return found


def test_no_template_text_escapes_translation() -> None:
    offenders = []
    for path in sorted(TEMPLATES.rglob("*")):
        name = str(path.relative_to(TEMPLATES))
        if not path.is_file() or name in NOT_FOR_PEOPLE or name.startswith(NOT_FOR_PEOPLE_FOLDERS):
            continue
        offenders += [f"{name}: {text}" for text in untranslated(path.read_text(encoding="utf-8"))]
    assert not offenders, "\n".join(offenders)


def test_the_check_finds_plain_text_and_spoken_attributes() -> None:
    assert untranslated('<p>Hello</p><img alt="A logo">') == ["Hello", "A logo"]
    assert untranslated('{% load i18n %}<p>{% translate "Hello" %}</p><img alt="{% translate "A logo" %}">') == []
    assert untranslated("{% blocktranslate %}Hi {{ name }}{% endblocktranslate %} · 3 → BIK") == []
