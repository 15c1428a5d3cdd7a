"""The news: articles below the news index, in a section, tagged with the news topics and audiences (which the
research publications share), and many articles at once for the list's query counts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

import factory
from django.db import connection
from django.db.models import F, Model
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from bik.caching.pages import content_changed
from bik.news.models import ArticlePage, Audience, NewsIndexPage, Section, Topic
from tests.factories.catalogue import TermFactory
from tests.factories.pages import PageFactory


class TopicFactory(TermFactory):
    """An English news topic, its slug made from its name (`name="Gaming"`: "gaming"); `translate_term` gives it a
    name in another language."""

    class Meta:
        model = Topic


class AudienceFactory(TermFactory):
    """An English news audience, its slug made from its name."""

    class Meta:
        model = Audience


class ArticleFactory(PageFactory):
    """A live English article of 1 January 2026 in the "News" section, below the news index: an introduction, no
    body, no topic, audience, author or picture. `topics=[…]` and `audiences=[…]` tag it (TopicFactory,
    AudienceFactory), `author_name=` and `author_centre=` credit it, `image=` illustrates it; aliased into the
    other languages and published as PageFactory makes every page."""

    class Meta:
        model = ArticlePage

    _parent_model = NewsIndexPage

    title = factory.Sequence(lambda number: f"Article {number}")
    date = dt.date(2026, 1, 1)
    intro = "An introduction."
    section = Section.NEWS


def news_index(language: str = "en") -> NewsIndexPage:
    """The news index in `language` (in a language other than English, the English one's alias or translation)."""
    index: NewsIndexPage = NewsIndexPage.objects.get(locale__language_code=language)
    return index


def articles_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk article",
    section: str = Section.NEWS,
    topics: Iterable[Topic] = (),
    audiences: Iterable[Audience] = (),
) -> list[ArticlePage]:
    """`count` live English articles ("Bulk article 0", the newest, dated 1 January 2030, each next one a day
    older) tagged with `topics` and `audiences`, in a handful of queries: the page rows with their tree paths
    worked out here, then the article rows and their terms; no revisions, no aliases. Wagtail's add_child saves,
    revises and indexes one page at a time, which takes minutes for a thousand."""
    index = news_index()
    last_child = index.get_last_child()
    first_step = last_child._get_lastpos_in_path() + 1 if last_child is not None else 1
    now = timezone.now()
    articles = []
    for number in range(count):
        slug = f"{slugify(prefix)}-{uuid.uuid4().hex[:8]}-{number}"  # unique in the batch
        articles.append(
            ArticlePage(
                title=f"{prefix} {number}",
                draft_title=f"{prefix} {number}",
                slug=slug,
                path=Page._get_path(index.path, index.depth + 1, first_step + number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                locale_id=index.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
                intro="An introduction.",
                section=section,
                date=dt.date(2030, 1, 1) - dt.timedelta(days=number),
            )
        )
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    pages = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(article, field.attname) for field in page_fields}) for article in articles]
    )
    for article, page in zip(articles, pages, strict=True):
        article.pk = article.id = page.pk
    # bulk_create refuses models with a parent table; this is the insert it would run for the article table.
    insert = InsertQuery(ArticlePage)
    rows: list[Model] = [*articles]
    insert.insert_values(ArticlePage._meta.local_concrete_fields, rows)
    insert.get_compiler(connection=connection).execute_sql()
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    for relation, terms in (("topics", list(topics)), ("audiences", list(audiences))):
        through = getattr(ArticlePage, relation).through
        target = f"{type(terms[0])._meta.model_name}_id" if terms else ""
        through.objects.bulk_create(
            [through(articlepage_id=article.pk, **{target: term.pk}) for article in articles for term in terms]
        )
    # Rows written behind the signals' back: the site is told of the change as a save would tell it.
    content_changed(sender=ArticlePage)
    return articles
