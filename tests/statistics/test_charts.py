"""The statistics charts drawn by pygal: one SVG inside the page that the Content-Security-Policy lets through whole
(no script, no inline style, nothing fetched from elsewhere), named for assistive technology by its title and
description, and never showing a suppressed count as a bar length or a number."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml.ElementTree import fromstring
from django.utils import translation

from bik.statistics.charts import LABEL_CHARS, bar_chart, short_label

SVG = "{http://www.w3.org/2000/svg}"
ROWS = [("Cyberbullying", 40, "40"), ("Grooming", None, "<5"), ("Sexting", 120, "120")]


def _tree(svg: str) -> ET.Element:
    root: ET.Element = fromstring(svg)
    return root


def test_the_chart_has_no_script_no_style_and_nothing_from_elsewhere() -> None:
    svg = str(bar_chart("chart-c", "Contacts by category", ROWS))
    assert svg.startswith("<svg ")
    assert "<?xml" not in svg
    assert "<script" not in svg.lower()
    assert "<style" not in svg.lower()
    assert not re.search(r"\sstyle\s*=", svg)
    assert "<!--" not in svg
    assert set(re.findall(r"https?://[^\"'\s<>]*", svg)) <= {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
    }
    root = _tree(svg)
    assert root.get("width") == "640"
    assert root.get("height")
    assert "stats-chart" in (root.get("class") or "").split()


def test_the_chart_is_named_by_its_title_and_description() -> None:
    root = _tree(str(bar_chart("chart-c", "Contacts by category", ROWS, description="Cyberbullying is the most.")))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-c-t chart-c-d"
    titles, descs = root.iter(f"{SVG}title"), root.iter(f"{SVG}desc")
    assert [(t.get("id"), t.text) for t in titles] == [("chart-c-t", "Contacts by category")]
    assert [(d.get("id"), d.text) for d in descs] == [("chart-c-d", "Cyberbullying is the most.")]
    # Without a description, the figures themselves are read out, suppressed ones as shown.
    plain = _tree(str(bar_chart("chart-d", "Contacts", ROWS)))
    assert plain.find(f"{SVG}desc") is not None
    assert plain.findtext(f"{SVG}desc") == "Cyberbullying: 40; Grooming: <5; Sexting: 120"


def test_everything_a_user_typed_is_escaped() -> None:
    svg = str(bar_chart("chart-e", 'Title <b>"&', [("<script>alert(1)</script>", 3, "3")], description="<img>"))
    assert "<script>" not in svg
    assert "<b>" not in svg
    assert "<img>" not in svg
    root = _tree(svg)
    assert root.findtext(f"{SVG}title") == 'Title <b>"&'
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "<script>alert(1)</script>" in labels


def test_rows_read_top_down_and_a_suppressed_count_shows_only_its_text() -> None:
    root = _tree(str(bar_chart("chart-s", "Contacts", ROWS)))
    axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "axis y")
    labels = sorted((float(t.get("y") or 0), t.text) for t in axis.iter(f"{SVG}text"))
    assert [text for _y, text in labels] == ["Cyberbullying", "Grooming", "Sexting"]
    overlay = next(g for g in root.iter(f"{SVG}g") if "text-overlay" in (g.get("class") or ""))
    values = sorted((float(t.get("y") or 0), t.text) for t in overlay.iter(f"{SVG}text"))
    assert [text for _y, text in values] == ["40", "<5", "120"]
    bars = sorted(
        (float(r.get("y") or 0), float(r.get("width") or 0))
        for r in root.iter(f"{SVG}rect")
        if "rect" in (r.get("class") or "").split()
    )
    widths = [width for _y, width in bars]
    assert widths[1] == 0  # the suppressed row has no length that could be measured back into a count
    assert 0 < widths[0] < widths[2]
    # No number from 1 to 4 is written anywhere in the chart's text: the axis counts in larger steps.
    assert not {t.text for t in root.iter(f"{SVG}text")} & {"1", "2", "3", "4"}


def test_a_chart_of_only_suppressed_counts_draws_no_bar() -> None:
    root = _tree(str(bar_chart("chart-z", "Contacts", [("Grooming", None, "<5"), ("Sexting", None, "<5")])))
    widths = [float(r.get("width") or 0) for r in root.iter(f"{SVG}rect") if "rect" in (r.get("class") or "").split()]
    assert widths == [0, 0]
    overlay = next(g for g in root.iter(f"{SVG}g") if "text-overlay" in (g.get("class") or ""))
    assert [t.text for t in overlay.iter(f"{SVG}text")] == ["<5", "<5"]


def test_a_long_label_is_shortened_at_a_word_and_the_description_keeps_it_whole() -> None:
    long = "online sexual coercion and extortion of children (formerly: sextortion)"
    assert short_label("e-crime (phishing, identity theft, fraud, hacking)") == "e-crime"
    assert short_label(long) == "online sexual coercion and…"
    assert short_label("self-harm") == "self-harm"
    assert all(len(short_label(label)) <= LABEL_CHARS for label in (long, "x" * 80, "word " * 20))

    root = _tree(str(bar_chart("chart-c", "Contacts by category", [(long, 40, "40")])))
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "online sexual coercion and…" in labels
    assert long not in labels
    assert long in "".join(root.find(f"{SVG}desc").itertext())  # type: ignore[union-attr]


def test_counts_are_grouped_as_the_readers_language_writes_them() -> None:
    rows = [("Cyberbullying", 12500, "12500"), ("Grooming", None, "<5")]
    for language, thousands in (("en", "12,500"), ("de", "12.500"), ("fr", "12\xa0500")):
        with translation.override(language):
            root = _tree(str(bar_chart("chart-g", "Contacts", rows)))
        texts = [t.text for t in root.iter(f"{SVG}text")]
        assert thousands in texts, (language, texts)  # the bar's figure
        assert "12500" not in texts
        axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "axis x")
        ticks = [t.text or "" for t in axis.iter(f"{SVG}text")]
        assert any(len(tick) > 4 and not tick.isdigit() for tick in ticks), (language, ticks)  # 10,000 and the like
        assert "<5" in texts
