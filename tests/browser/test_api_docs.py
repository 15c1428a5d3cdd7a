"""The API documentation (Swagger UI) works in a real browser under the site's Content Security Policy, with
every request going to the platform itself: nothing from a CDN, no CSP violation, the operations listed."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import expect


def test_swagger_ui_loads_from_the_platform_without_a_csp_violation(fresh_page: Any, live_url: str) -> None:
    page = fresh_page
    hosts: set[str] = set()
    violations: list[str] = []
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )

    page.goto("/api/v1/docs")

    expect(page.get_by_text("Better Internet for Kids read API").first).to_be_visible()
    expect(page.get_by_text("/api/v1/resources/", exact=True).first).to_be_visible()
    assert hosts == {urlsplit(live_url).netloc}
    assert violations == []
