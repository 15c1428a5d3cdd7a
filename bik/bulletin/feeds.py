"""Atom and RSS feeds of the bulletin archive, in the index's language."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse

from bik.bulletin import services
from bik.bulletin.models import BulletinIndexPage, BulletinIssuePage
from bik.pages.feeds import FEED_TYPES, IndexFeed

FEED_SIZE = 20


class IssueFeed(IndexFeed[BulletinIndexPage]):
    date_field = "issue_date"

    def items(self) -> list[BulletinIssuePage]:
        return list(services.archived_issues(self.index)[:FEED_SIZE])

    def item_description(self, item: BulletinIssuePage) -> str:
        return str(item.summary)


def serve(request: HttpRequest, index: BulletinIndexPage, kind: str) -> HttpResponse:
    if kind not in FEED_TYPES:
        raise Http404
    return IssueFeed(index, kind)(request)
