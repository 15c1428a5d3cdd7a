"""Server-rendered SVG bar charts: no JavaScript, no third-party files. Each chart has a title and a
description for assistive technology, and is always shown beside a table with the same figures."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
BAR = 22
GAP = 6
LABEL = 210


def bar_chart(
    chart_id: str, title: str, rows: Sequence[tuple[str, int | None, str]], *, description: str = ""
) -> SafeString:
    """Horizontal bars; rows are (label, value or None when suppressed, value as shown). The description (read
    with the title) defaults to the figures themselves."""
    description = description or "; ".join(f"{label}: {shown}" for label, _v, shown in rows)
    height = max(1, len(rows)) * (BAR + GAP) + GAP
    top = max([value or 0 for _label, value, _shown in rows] + [1])
    scale = (WIDTH - LABEL - 70) / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="stats-chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(description)}</desc>',
    ]
    for i, (label, value, shown) in enumerate(rows):
        y = GAP + i * (BAR + GAP)
        width = int((value or 0) * scale)
        parts.append(
            f'<text x="{LABEL - 8}" y="{y + BAR - 6}" text-anchor="end" font-size="13" fill="#1a1a1a">'
            f"{escape(label[:32])}</text>"
        )
        parts.append(f'<rect x="{LABEL}" y="{y}" width="{width}" height="{BAR}" fill="#00508a"/>')
        parts.append(
            f'<text x="{LABEL + width + 6}" y="{y + BAR - 6}" font-size="13" fill="#1a1a1a">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 -- every value above is escaped or a number
