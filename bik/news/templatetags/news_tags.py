"""The news feeds every page advertises in its <head>, in the visitor's language."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.utils.translation import get_language
from wagtail.signals import page_published, page_unpublished, post_page_move

from bik.caching import tags
from bik.caching.generations import Generation
from bik.news.models import NewsIndexPage

register = template.Library()

FEEDS = Generation("news-feeds")
_TIMEOUT = 60 * 60


@register.inclusion_tag("news/feed_links.html", takes_context=True)
def news_feed_links(context: template.Context) -> dict[str, Any]:
    """Links to the Atom and RSS feeds of the news index in the visitor's language (cached)."""
    language = get_language()

    def build() -> tuple[str, str]:
        index = NewsIndexPage.objects.live().public().filter(locale__language_code=language).first()
        url = (index.get_url(context.get("request")) or "") if index is not None else ""
        return (url, str(index.title) if index is not None else "")

    url, title = tags.remember(cache, FEEDS.key(language), build, _TIMEOUT)
    return {"index_url": url, "index_title": title}


def _invalidate(**kwargs: Any) -> None:
    if kwargs.get("sender") is not NewsIndexPage and not isinstance(kwargs.get("instance"), NewsIndexPage):
        return
    FEEDS.renew()


for _signal in (page_published, page_unpublished, post_page_move):
    _signal.connect(_invalidate, dispatch_uid=f"bik.news.feeds.{_signal!r}")
post_delete.connect(_invalidate, sender=NewsIndexPage, dispatch_uid="bik.news.feeds.delete")
