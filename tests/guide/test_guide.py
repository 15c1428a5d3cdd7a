"""A visitor searches the guide, filters by category and age, and reads one service's page."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bik.guide.models import Category, OnlineService
from tests.guide.helpers import add_service, add_services_in_bulk

pytestmark = pytest.mark.django_db

GUIDE = "/en/portal/online-services/"


def _names(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_the_demo_guide_has_more_than_sixty_services_in_pages(client: Client) -> None:
    html = client.get(GUIDE).content.decode()
    count = int(re.search(r"(\d+) services", html).group(1))  # type: ignore[union-attr]
    assert count >= 60
    assert len(_names(html)) == 20
    assert "Page 1 of" in html


def test_it_filters_by_category(client: Client) -> None:
    names = _names(client.get(GUIDE, {"category": "messaging"}).content.decode())
    expected = OnlineService.objects.filter(live=True, category="messaging", locale__language_code="en")
    assert sorted(names) == sorted(s.name for s in expected)


def test_every_category_shows_results(client: Client) -> None:
    for value in Category.values:
        assert _names(client.get(GUIDE, {"category": value}).content.decode()), value


def test_it_shows_only_services_whose_terms_allow_the_age(client: Client) -> None:
    add_service("Teen chat", minimum_age=16, category="messaging")
    add_service("Kids chat", minimum_age=0, category="messaging")
    names = _names(client.get(GUIDE, {"age": "13", "category": "messaging"}).content.decode())
    assert "Kids chat" in names
    assert "Teen chat" not in names
    assert all(OnlineService.objects.get(name=n, locale__language_code="en").minimum_age <= 13 for n in names)


def test_it_searches_names_and_descriptions(client: Client) -> None:
    assert _names(client.get(GUIDE, {"q": "Minecraft"}).content.decode()) == ["Minecraft"]
    assert "Life360" in _names(client.get(GUIDE, {"q": "location family"}).content.decode())


def test_it_reports_a_bad_filter_and_keeps_the_rest(client: Client) -> None:
    response = client.get(GUIDE, {"age": "not-a-number", "category": "gaming", "q": "  "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    names = _names(html)
    assert names
    assert all(OnlineService.objects.get(name=n, locale__language_code="en").category == "gaming" for n in names)


def test_it_never_lists_or_shows_drafts(client: Client) -> None:
    draft = add_service("Secret draft app")
    draft.save_revision()  # a later draft does not hide the live version
    hidden = add_service("Unpublished app", publish=False)
    assert "Unpublished app" not in client.get(GUIDE, {"q": "app"}).content.decode()
    assert client.get(f"{GUIDE}{hidden.slug}/").status_code == 404
    assert client.get(f"{GUIDE}{draft.slug}/").status_code == 200


def test_a_service_page_shows_every_fact(client: Client) -> None:
    html = client.get(f"{GUIDE}tiktok/").content.decode()
    for text in (
        "<h1>TikTok</h1>",
        "Minimum age in its terms</dt><dd>13</dd>",
        "Family Pairing",
        "Privacy settings and how to use them",
        "Reporting and blocking",
        "Safety tips",
        'href="https://www.tiktok.com/safety" rel="noopener noreferrer"',
        "Last reviewed",
    ):
        assert text in html, text


def test_rich_text_is_sanitised(client: Client) -> None:
    service = add_service(
        "Sneaky app", safety_tips='<p onclick="steal()">Tip</p><script>alert(1)</script><a href="javascript:x()">x</a>'
    )
    html = client.get(f"{GUIDE}{service.slug}/").content.decode()
    main = html[html.index("<main") :]
    assert "<script>alert" not in main
    assert "onclick" not in main
    assert "javascript:" not in main
    assert "Tip" in main


def test_pagination_keeps_the_filters_and_drops_bad_ones(client: Client) -> None:
    add_services_in_bulk(25, category="ai", minimum_age=13)
    html = client.get(GUIDE, {"category": "ai", "age": "not-an-age"}).content.decode()
    assert 'href="?category=ai&amp;page=2" rel="next"' in html
