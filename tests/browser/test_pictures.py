"""In a real browser: the home page shows its hero picture and thumbnails that load, and the pages with pictures
pass axe-core's checks."""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe


def _loaded(page: Any, selector: str) -> list[int]:
    """The natural widths of the images under `selector`, once each has loaded (0 for one that failed)."""
    return list(
        page.eval_on_selector_all(
            selector,
            """images => Promise.all(images.map(img => img.decode().then(() => img.naturalWidth, () => 0)))""",
        )
    )


def test_the_home_page_shows_its_hero_picture_and_thumbnails(page: Any) -> None:
    page.goto("/en/")

    hero = page.locator(".hero__media img")
    assert hero.get_attribute("fetchpriority") == "high"
    # naturalWidth is the rendition's width divided by the density the browser chose from `sizes`: at least the
    # 736 CSS pixels the hero takes on a desktop; the file itself is one of the hero's renditions.
    assert _loaded(page, ".hero__media img")[0] >= 700
    assert re.search(r"(800x450|1200x675)", hero.evaluate("img => img.currentSrc")), hero.evaluate(
        "img => img.currentSrc"
    )
    page.locator(".picture-card").last.scroll_into_view_if_needed()
    widths = _loaded(page, ".picture-card img")
    assert len(widths) >= 4
    assert all(width > 0 for width in widths), widths
    box = hero.bounding_box()
    assert box is not None
    assert box["width"] > 0
    assert abs(box["height"] - box["width"] * 9 / 16) < 2


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/en/portal/videos/", "/en/portal/resources/"])
def test_pages_with_pictures_pass_axe(page: Any, path: str) -> None:
    response = page.goto(path)
    assert response is not None
    assert response.status == 200
    page.wait_for_load_state("load")

    results = Axe().run(page)

    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
