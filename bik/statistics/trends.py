"""The "latest helpline trends" article: a draft for editors, made when a quarter is locked."""

from __future__ import annotations

from typing import cast

from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.rich_text import RichText

from bik.news.models import ArticlePage, NewsIndexPage, Section
from bik.statistics.dashboard import Filters, build
from bik.statistics.models import Quarter


def trends_slug(quarter: Quarter) -> str:
    return f"helpline-trends-{quarter.year}-q{quarter.number}"


def create_trends_draft(quarter: Quarter) -> ArticlePage | None:
    """An unpublished article with the quarter's headline figures; nothing when there is no news index or the
    article exists already (a quarter locked again keeps the editors' work)."""
    index = NewsIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        return None
    slug = trends_slug(quarter)
    existing = ArticlePage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        return cast(ArticlePage, existing)
    figures = build(Filters(start=quarter.label, end=quarter.label), public=True)
    by_category = sorted(figures.charts[1].rows, key=lambda row: -row[1])[:5]
    rows = "".join(f"<li>{escape(name)}: {value}</li>" for name, value in by_category if value)
    headline = _("Helplines of the network answered %(total)s contacts in %(quarter)s.") % {
        "total": figures.total,
        "quarter": quarter.label,
    }
    body = f"<p>{escape(headline)}</p><p>{escape(_('The most frequent topics:'))}</p><ul>{rows}</ul>"
    article = ArticlePage(
        title=_("Latest helpline trends: %s") % quarter.label,
        slug=slug,
        intro=_("What children, young people, parents and teachers contacted helplines about in %s.") % quarter.label,
        section=Section.HELPLINES,
        body=[("paragraph", RichText(body))],
        live=False,
    )
    index.add_child(instance=article)
    article.save_revision()
    return article
