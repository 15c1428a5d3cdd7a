"""The "latest helpline trends" article: a draft for editors, made when a quarter is locked, with the quarter's
headline figures and its charts (chart blocks: the dashboard's SVG with a text alternative and a data table),
all with the public dashboard's small-count suppression."""

from __future__ import annotations

from typing import Any, cast

from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale

from bik.news.models import ArticlePage, NewsIndexPage, Section
from bik.statistics.blocks import chart_value
from bik.statistics.dashboard import Chart, Filters, build, shown
from bik.statistics.models import Quarter


def trends_slug(quarter: Quarter) -> str:
    return f"helpline-trends-{quarter.year}-q{quarter.number}"


ARTICLE_CHARTS = ("category", "age", "channel", "country")


def _chart_block(chart: Chart, quarter: Quarter) -> dict[str, Any]:
    """The chart as stored in the article, with the values as the public dashboard shows them."""
    pairs = [
        (number, label, shown_value)
        for (label, number), (_l, _v, shown_value) in zip(chart.rows, chart.shown_rows(), strict=True)
    ]
    if chart.key in ("category", "country"):  # the largest first, the empty ones left out
        pairs = sorted((pair for pair in pairs if pair[0]), key=lambda pair: -pair[0])
    if not pairs or not max(pair[0] for pair in pairs):
        summary = _("%(title)s in %(quarter)s: no contacts.") % {"title": chart.title, "quarter": quarter.label}
    else:
        _number, label, value = max(pairs, key=lambda pair: pair[0])
        summary = _("%(title)s in %(quarter)s. The most: %(label)s (%(value)s). Counts under 5 are shown as “<5”.") % {
            "title": chart.title,
            "quarter": quarter.label,
            "label": label,
            "value": value,
        }
    rows = [(label, value) for _number, label, value in pairs]
    return {"type": "chart", "value": chart_value(f"{chart.title} — {quarter.label}", summary, chart.column, rows)}


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
    rows = "".join(
        f"<li>{escape(name)}: {escape(shown(value, public=True))}</li>" for name, value in by_category if value
    )
    headline = _("Helplines of the network answered %(total)s contacts in %(quarter)s.") % {
        "total": figures.total,
        "quarter": quarter.label,
    }
    body = f"<p>{escape(headline)}</p><p>{escape(_('The most frequent topics:'))}</p><ul>{rows}</ul>"
    charts = {chart.key: chart for chart in figures.charts}
    article = ArticlePage(
        title=_("Latest helpline trends: %s") % quarter.label,
        slug=slug,
        intro=_("What children, young people, parents and teachers contacted helplines about in %s.") % quarter.label,
        section=Section.HELPLINES,
        body=[
            {"type": "paragraph", "value": body},
            *(_chart_block(charts[key], quarter) for key in ARTICLE_CHARTS if key in charts),
        ],
        live=False,
    )
    index.add_child(instance=article)
    article.save_revision()
    return article
