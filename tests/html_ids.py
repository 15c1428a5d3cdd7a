"""Ids in a page: each once, and every id a field or fieldset names in aria-describedby there."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.described_by: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids[value] += 1
            elif name == "aria-describedby" and value:
                self.described_by.extend(value.split())


def id_problems(html: str) -> list[str]:
    """What is wrong with the page's ids: repeated ones, and ones named by aria-describedby but absent."""
    parser = _Ids()
    parser.feed(html)
    repeated = [f"id {name!r} {count} times" for name, count in parser.ids.items() if count > 1]
    missing = [
        f"aria-describedby names {name!r}, which is not there" for name in parser.described_by if name not in parser.ids
    ]
    return repeated + missing
