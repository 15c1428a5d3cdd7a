"""Server-rendered SVG bar charts, drawn by pygal: no JavaScript, no third-party files. Each chart has a title and a
description for assistive technology, and is always shown beside a table with the same figures.

pygal writes an inline <style> and a <script> (its configuration) into every chart, both of which the site's
Content-Security-Policy refuses, plus tooltips and comments. A filter on pygal's element tree takes all of that
out before the chart is written, so what is left is shapes and text with pygal's class names; the site's
stylesheet (statistics.css) colours them with the design tokens, so the dark theme applies too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pygal
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from pygal.etree import etree
from pygal.style import Style

WIDTH = 640
BAR = 28  # the band of one row: the bar and the gap below it
FRAME = 48  # the margins and the value axis under the bars
LABEL_CHARS = 32
FONT = 13

# pygal reads sizes from its style to lay the chart out; the colours and fonts themselves come from statistics.css.
_STYLE = Style(
    font_family="inherit",
    label_font_size=FONT,
    major_label_font_size=FONT,
    value_font_size=FONT,
    title_font_size=FONT,
)

# Elements that only pygal's script, tooltips or inline styles use: none of them may reach the page.
_DROPPED_TAGS = {"defs", "style", "script", "desc", "title"}
_DROPPED_CLASSES = {"tooltip-overlay", "tooltip", "titles"}


def short_label(label: str) -> str:
    """A label that fits beside the bars (LABEL_CHARS): a trailing "(…)" goes first, then whole words, ended by
    "…". The table beside the chart, and the chart's description, keep the whole label."""
    if len(label) <= LABEL_CHARS:
        return label
    if label.endswith(")") and "(" in label:
        label = label[: label.rindex("(")].rstrip()
        if len(label) <= LABEL_CHARS:
            return label
    cut = label[: LABEL_CHARS - 1]
    if " " in cut[LABEL_CHARS // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-(") + "…"


def grouped(number: float | str) -> str:
    """A count as the reader's language writes it (1 234, 1.234, 1,234), as the table's `intcomma` does; text
    that is no count ("<5") as it is."""
    if isinstance(number, str) and not number.isdigit():
        return number
    return number_format(int(float(number)), force_grouping=True)


def _value(shown: str, value: int | None) -> dict[str, Any]:
    """One bar. A suppressed count is drawn with no length, so the bar says nothing of the number; its text is
    what the table shows ("<5")."""
    text = grouped(shown)
    return {"value": value or 0, "formatter": lambda _v: text}


def _clean(chart_id: str, title: str, description: str) -> Callable[[Any], Any]:
    """A filter for pygal's element tree: drops comments, <defs> (style and script), tooltips and every pygal
    <title>/<desc>, removes style attributes, and names the picture by our own <title> and <desc>. Text goes in
    as element text, so the serialiser escapes it."""

    def strip(node: Any) -> None:
        for child in list(node):
            classes = set((child.get("class") or "").split()) if isinstance(child.tag, str) else set()
            if not isinstance(child.tag, str) or child.tag in _DROPPED_TAGS or classes & _DROPPED_CLASSES:
                node.remove(child)
                continue
            child.attrib.pop("style", None)
            strip(child)

    def apply(root: Any) -> Any:
        strip(root)
        root.attrib.pop("style", None)
        root.attrib.pop("id", None)
        root.set("role", "img")
        root.set("aria-labelledby", f"{chart_id}-t {chart_id}-d")
        title_node = etree.Element("title", id=f"{chart_id}-t")
        title_node.text = title
        desc_node = etree.Element("desc", id=f"{chart_id}-d")
        desc_node.text = description
        root.insert(0, title_node)
        root.insert(1, desc_node)
        return root

    return apply


def bar_chart(
    chart_id: str, title: str, rows: Sequence[tuple[str, int | None, str]], *, description: str = ""
) -> SafeString:
    """Horizontal bars; rows are (label, value or None when suppressed, value as shown). The description (read
    with the title) defaults to the figures themselves."""
    description = description or "; ".join(f"{label}: {shown}" for label, _v, shown in rows)
    top = max([value or 0 for _label, value, _shown in rows] + [1])
    chart = pygal.HorizontalBar(
        style=_STYLE,
        width=WIDTH,
        height=max(1, len(rows)) * BAR + FRAME,
        explicit_size=True,
        disable_xml_declaration=True,
        no_prefix=True,
        js=[],
        css=[],
        classes=["pygal-chart", "stats-chart"],
        show_legend=False,
        print_values=True,
        print_values_position="top",
        print_zeroes=True,
        range=(0, top),
        margin=8,
        margin_right=56,
        show_minor_x_labels=False,  # on a horizontal chart, the value axis: only its major ticks are labelled
        value_formatter=grouped,
        truncate_label=-1,
        show_y_guides=False,
        no_data_text="",
    )
    # pygal draws the first value at the bottom: reversed, the chart reads top-down like the table beside it.
    chart.x_labels = [short_label(label) for label, _v, _s in reversed(rows)]
    chart.add("", [_value(shown, value) for _label, value, shown in reversed(rows)])
    chart.add_xml_filter(_clean(chart_id, title, description))
    svg: str = chart.render(is_unicode=True)
    return mark_safe(svg)  # noqa: S308 -- written by the XML serialiser, which escapes every text and attribute
