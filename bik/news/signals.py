"""Keep the search index in step with an article's topics.

Wagtail indexes a page in post_save, before modelcluster writes its many-to-many relations, so the
topics an editor just chose would reach the index only at the next save; reindex once publishing is done."""

from __future__ import annotations

from typing import Any

from wagtail.search import index
from wagtail.signals import page_published

from bik.news.models import ArticlePage


def reindex_article(sender: type[ArticlePage], instance: ArticlePage, **kwargs: Any) -> None:
    index.insert_or_update_object(instance)


page_published.connect(reindex_article, sender=ArticlePage, dispatch_uid="bik.news.reindex_article")
