"""What the site's Atom and RSS feeds share (news, bulletin, policy documents, publications): the two formats
an address may ask for, the request kept so that item links are absolute, and the feed of an index page's
children in the index's language."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Generic, TypeVar

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from wagtail.models import Page

FEED_TYPES: dict[str, type[SyndicationFeed]] = {"atom": Atom1Feed, "rss": Rss201rev2Feed}
# A dated item (an article, an issue) is published at this time of its day.
PUBLISHED_AT = dt.time(9, 0)
IndexT = TypeVar("IndexT", bound=Page)


class RequestFeed(Feed):  # type: ignore[type-arg]
    """A feed in format `kind` (a key of FEED_TYPES; the caller answers 404 for any other) that keeps its
    request, so that page links are absolute and right for the site asked."""

    def __init__(self, kind: str = "atom") -> None:
        super().__init__()
        self.feed_type = FEED_TYPES[kind]
        self.request: HttpRequest | None = None

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def item_title(self, item: Any) -> str:
        return str(item.title)


class IndexFeed(RequestFeed, Generic[IndexT]):
    """The feed of an index page's children (articles, bulletin issues), named and described like the index and
    in its language; each item's date (`date_field`) stands for its publication."""

    date_field: ClassVar[str] = "date"

    def __init__(self, index: IndexT, kind: str) -> None:
        super().__init__(kind)
        self.index = index
        self.language = str(index.locale.language_code)

    def title(self) -> str:
        return str(self.index.title)

    def link(self) -> str:
        return self.index.get_url(self.request) or "/"

    def description(self) -> str:
        return str(getattr(self.index, "intro", "") or self.index.title)

    def item_link(self, item: Page) -> str:
        return item.get_url(self.request) or ""

    def item_pubdate(self, item: Page) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(getattr(item, self.date_field), PUBLISHED_AT))
