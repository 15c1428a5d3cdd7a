"""A chart with its data table, for a page body (the "latest helpline trends" article): the figures are stored in
the block, so editors can change them, and the page draws the same accessible SVG as the dashboards, with the
chart's title and summary as its text alternative and the table beside it. Imports no models, so a page app can
use it without depending on the statistics models."""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from bik.statistics.charts import bar_chart


class ChartRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    value = blocks.RegexBlock(
        regex=r"^(\d{1,9}|<5)$",
        label=_("Value as shown"),
        max_length=12,
        help_text=_("A whole number, or “<5” for a count from 1 to 4."),
        error_messages={"invalid": _("Enter a whole number or “<5”.")},
    )


class ChartBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    summary = blocks.TextBlock(
        label=_("Summary"),
        max_length=400,
        help_text=_("One or two sentences saying what the chart shows: read out instead of the picture."),
    )
    column = blocks.CharBlock(label=_("What the rows are"), max_length=60, help_text=_("E.g. Category, Age group."))
    rows = blocks.ListBlock(ChartRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Chart with its table")
        template = "statistics/blocks/chart.html"

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(value, parent_context)
        rows = [
            (str(r["label"]), int(r["value"]) if str(r["value"]).isdigit() else None, str(r["value"]))
            for r in value["rows"]
        ]
        digest = hashlib.sha256(repr((value["title"], rows)).encode()).hexdigest()[:10]
        chart_id = f"chart-{digest}"
        context["chart_id"] = chart_id
        context["rows"] = rows
        context["svg"] = bar_chart(chart_id, str(value["title"]), rows, description=str(value["summary"]))
        return context


def chart_value(title: str, summary: str, column: str, rows: list[tuple[str, str]]) -> dict[str, Any]:
    """A chart block's stored (raw) value."""
    return {
        "title": title,
        "summary": summary,
        "column": column,
        "rows": [{"label": label, "value": value} for label, value in rows],
    }
