"""A visitor filters the video gallery, opens a video and plays it, in a real browser: nothing is requested from
YouTube or Vimeo before the click on play; axe-core finds no violation on the gallery or a video page."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

THIRD_PARTY = re.compile(r"youtube|vimeo|ytimg|googlevideo|vimeocdn", re.IGNORECASE)


def _no_axe_violations(page: Any) -> None:
    page.wait_for_load_state("load")
    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def test_a_visitor_filters_the_gallery_by_language_and_opens_a_video(page: Any) -> None:
    page.goto("/en/portal/videos/")
    _no_axe_violations(page)
    page.get_by_label("Language", exact=True).select_option(label="Ελληνικά")
    page.get_by_label("Age group").select_option(label="13–15")
    page.get_by_role("button", name="Show videos").click()
    expect(page).to_have_url(re.compile(r"language=el"))
    expect(page.get_by_role("heading", name="1 video")).to_be_visible()
    page.get_by_role("link", name="Κυβερνοεκφοβισμός: τι μπορείς να κάνεις").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Κυβερνοεκφοβισμός: τι μπορείς να κάνεις")
    _no_axe_violations(page)


def test_nothing_loads_from_the_provider_until_the_visitor_clicks_play(fresh_page: Any) -> None:
    page = fresh_page
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto("/en/portal/videos/think-before-you-share/")
    page.wait_for_load_state("networkidle")
    expect(page.get_by_text("Playing this video loads it from YouTube, which may set cookies.")).to_be_visible()
    expect(page.locator("iframe")).to_have_count(0)
    _no_axe_violations(page)
    assert [url for url in requests if THIRD_PARTY.search(url)] == []

    page.get_by_role("button", name="Play the video (loads YouTube)").click()

    frame = page.locator("iframe")
    expect(frame).to_have_count(1)
    expect(frame).to_have_attribute("src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/BIKdemo-001\?"))
    expect(frame).to_have_attribute("title", "Think before you share")
    page.wait_for_timeout(300)
    assert any("youtube-nocookie.com" in url for url in requests)


def test_without_javascript_the_play_control_is_a_link_to_the_provider(browser: Any, live_url: str) -> None:
    context = browser.new_context(locale="en-GB", base_url=live_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/en/portal/videos/harcelement-en-ligne-en-parler/")
        expect(page.get_by_role("button", name=re.compile("Play the video"))).to_have_count(0)
        link = page.get_by_role("link", name="Watch on Vimeo (leaves this site)")
        expect(link).to_have_attribute("href", "https://vimeo.com/900000003")
    finally:
        context.close()
