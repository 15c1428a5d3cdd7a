from __future__ import annotations

import datetime as dt
import uuid

from django.db import connection
from django.db.models import F, Model
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from bik.caching.pages import content_changed
from bik.news.models import ArticlePage, Audience, NewsIndexPage, Topic


def news_index(language: str = "en") -> NewsIndexPage:
    index: NewsIndexPage = NewsIndexPage.objects.get(locale__language_code=language)
    return index


def add_article(
    title: str,
    *,
    language: str = "en",
    section: str = "news",
    topics: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
    date: dt.date | None = None,
    author: str = "",
    publish: bool = True,
    intro: str = "An introduction.",
) -> ArticlePage:
    english = Locale.objects.get(language_code="en")
    article = ArticlePage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=intro,
        section=section,
        author_name=author,
        date=date or dt.date(2030, 1, 1),
        live=publish,
    )
    news_index(language).add_child(instance=article)
    article.topics.set(Topic.objects.filter(slug__in=topics, locale=english))
    article.audiences.set(Audience.objects.filter(slug__in=audiences, locale=english))
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


def add_articles_in_bulk(
    count: int,
    *,
    prefix: str = "Bulk article",
    section: str = "news",
    topics: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
) -> None:
    """`count` live English articles in a handful of queries: the page rows with their tree paths worked out
    here, then the article rows and their terms. Wagtail's add_child saves, revises and indexes one page at a
    time, which takes minutes for a thousand."""
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
    english = Locale.objects.get(language_code="en")
    for relation, model, slugs in (("topics", Topic, topics), ("audiences", Audience, audiences)):
        through = getattr(ArticlePage, relation).through
        target = f"{model._meta.model_name}_id"
        terms = list(model.objects.filter(slug__in=slugs, locale=english).values_list("pk", flat=True))
        through.objects.bulk_create(
            [through(articlepage_id=article.pk, **{target: term}) for article in articles for term in terms]
        )
    # Rows written behind the signals' back: the site is told of the change as a save would tell it.
    content_changed(sender=ArticlePage)
