"""The check every public list page gets: it runs the same number of SQL queries with 10 items as with 1,000,
so no query is made per item shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


@dataclass(frozen=True)
class Rendered:
    html: str
    sql: list[str]

    @property
    def queries(self) -> int:
        return len(self.sql)


def render_warm(client: Client, url: str) -> Rendered:
    """The page's second rendering: the first warms per-process caches (Wagtail's site root paths)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    return Rendered(html, [query["sql"] for query in captured.captured_queries])


def at_10_and_1000(client: Client, url: str, add: Callable[[int], None]) -> tuple[Rendered, Rendered]:
    """The page after `add(10)`, then after `add(990)` more."""
    add(10)
    few = render_warm(client, url)
    add(990)
    return few, render_warm(client, url)


def assert_same_cost(few: Rendered, many: Rendered, item: str, per_page: int) -> None:
    """Ten items shown, then a full first page with a link to the next one, for the same number of queries."""
    assert few.html.count(item) == min(10, per_page)
    assert many.html.count(item) == per_page
    assert "page=2" in many.html
    assert many.queries == few.queries, many.sql
