"""Atom and RSS feeds of the bulletin archive, in the index's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed

from bik.bulletin import services
from bik.bulletin.models import BulletinIndexPage, BulletinIssuePage

FEED_TYPES: dict[str, type[SyndicationFeed]] = {"atom": Atom1Feed, "rss": Rss201rev2Feed}
FEED_SIZE = 20


class IssueFeed(Feed):  # type: ignore[type-arg]
    def __init__(self, index: BulletinIndexPage, kind: str) -> None:
        super().__init__()
        self.index = index
        self.feed_type = FEED_TYPES[kind]
        self.request: HttpRequest | None = None
        self.language = str(index.locale.language_code)

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return str(self.index.title)

    def link(self) -> str:
        return self.index.get_url(self.request) or "/"

    def description(self) -> str:
        return str(self.index.intro or self.index.title)

    def items(self) -> list[BulletinIssuePage]:
        return list(services.archived_issues(self.index)[:FEED_SIZE])

    def item_title(self, item: BulletinIssuePage) -> str:
        return str(item.title)

    def item_description(self, item: BulletinIssuePage) -> str:
        return str(item.summary)

    def item_link(self, item: BulletinIssuePage) -> str:
        return item.get_url(self.request) or ""

    def item_pubdate(self, item: BulletinIssuePage) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(item.issue_date, dt.time(9, 0)))


def serve(request: HttpRequest, index: BulletinIndexPage, kind: str) -> HttpResponse:
    if kind not in FEED_TYPES:
        raise Http404
    return IssueFeed(index, kind)(request)
