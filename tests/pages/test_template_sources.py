"""What Django's template language would print by mistake: a `{# … #}` comment ends on its own line, so one that
spans lines is shown to visitors as text; longer notes use `{% comment %}`."""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "bik" / "templates"
_OPEN_COMMENT = re.compile(r"\{#(?:(?!#\}).)*$", re.MULTILINE)


def unclosed_comments(source: str) -> list[int]:
    """The lines on which a `{#` comment opens without closing."""
    return [source.count("\n", 0, match.start()) + 1 for match in _OPEN_COMMENT.finditer(source)]


def test_no_template_comment_spans_lines() -> None:
    found = [
        f"{path.relative_to(TEMPLATES)}:{line}"
        for path in sorted(TEMPLATES.rglob("*.*"))
        for line in unclosed_comments(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_finds_a_comment_that_spans_lines() -> None:
    assert unclosed_comments("<p>{# one line #}</p>\n{# two\nlines #}\n") == [2]
    assert unclosed_comments("{% comment %}two\nlines{% endcomment %}") == []
