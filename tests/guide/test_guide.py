"""A visitor searches the guide, filters by category and age, and reads one service's page."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bik.guide.models import Category, OnlineService
from tests.factories.guide import OnlineServiceFactory, live_services_in_bulk

pytestmark = pytest.mark.django_db

GUIDE = "/en/portal/online-services/"


def _names(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_the_guide_lists_live_services_twenty_a_page(client: Client) -> None:
    live_services_in_bulk(21)  # "Bulk service 0000" to "Bulk service 0020"
    OnlineServiceFactory.create(name="A draft service", publish=False)
    html = client.get(GUIDE).content.decode()
    count = int(re.search(r"(\d+) services", html).group(1))  # type: ignore[union-attr]
    assert count == 21
    assert _names(html) == [f"Bulk service {number:04d}" for number in range(20)]
    assert "Page 1 of 2" in html


def test_it_filters_by_category(client: Client) -> None:
    for name in ("WhatsApp", "Signal"):
        OnlineServiceFactory.create(name=name, category=Category.MESSAGING)
    OnlineServiceFactory.create(name="Instagram", category=Category.SOCIAL_MEDIA)
    names = _names(client.get(GUIDE, {"category": "messaging"}).content.decode())
    expected = OnlineService.objects.filter(live=True, category="messaging", locale__language_code="en")
    assert sorted(names) == sorted(s.name for s in expected) == ["Signal", "WhatsApp"]


def test_every_category_shows_its_services(client: Client) -> None:
    for category in Category:
        OnlineServiceFactory.create(name=f"An app for {category.value}", category=category)
    for value in Category.values:
        assert _names(client.get(GUIDE, {"category": value}).content.decode()) == [f"An app for {value}"], value


def test_it_shows_only_services_whose_terms_allow_the_age(client: Client) -> None:
    OnlineServiceFactory.create(name="Teen chat", minimum_age=16, category=Category.MESSAGING)
    OnlineServiceFactory.create(name="Kids chat", minimum_age=0, category=Category.MESSAGING)
    OnlineServiceFactory.create(name="Chat at thirteen", minimum_age=13, category=Category.MESSAGING)
    names = _names(client.get(GUIDE, {"age": "13", "category": "messaging"}).content.decode())
    assert names == ["Chat at thirteen", "Kids chat"]
    assert all(OnlineService.objects.get(name=n, locale__language_code="en").minimum_age <= 13 for n in names)


def test_it_searches_names_and_descriptions(client: Client) -> None:
    OnlineServiceFactory.create(name="Minecraft", used_for="Building worlds block by block, alone or together.")
    OnlineServiceFactory.create(name="Life360", used_for="Sharing where you are with your family on a map.")
    OnlineServiceFactory.create(name="Find My", used_for="Finding lost devices and sharing a location with friends.")
    OnlineServiceFactory.create(name="Family Link", used_for="Setting limits for children's devices.")
    assert _names(client.get(GUIDE, {"q": "Minecraft"}).content.decode()) == ["Minecraft"]
    assert _names(client.get(GUIDE, {"q": "sharing family"}).content.decode()) == ["Life360"]


def test_it_reports_a_bad_filter_and_keeps_the_rest(client: Client) -> None:
    for name in ("Roblox", "Fortnite"):
        OnlineServiceFactory.create(name=name, category=Category.GAMING)
    OnlineServiceFactory.create(name="Snapchat", category=Category.SOCIAL_MEDIA)
    response = client.get(GUIDE, {"age": "not-a-number", "category": "gaming", "q": "  "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert _names(html) == ["Fortnite", "Roblox"]


def test_it_never_lists_or_shows_drafts(client: Client) -> None:
    draft = OnlineServiceFactory.create(name="Secret draft app")
    draft.save_revision()  # a later draft does not hide the live version
    hidden = OnlineServiceFactory.create(name="Unpublished app", publish=False)
    assert "Unpublished app" not in client.get(GUIDE, {"q": "app"}).content.decode()
    assert client.get(f"{GUIDE}{hidden.slug}/").status_code == 404
    assert client.get(f"{GUIDE}{draft.slug}/").status_code == 200


def test_a_service_page_shows_every_fact(client: Client) -> None:
    OnlineServiceFactory.create(
        name="TikTok",
        minimum_age=13,
        age_rating="App Store 12+",
        used_for="Watching and making short videos with music, effects and duets.",
        privacy_settings="<p>Accounts of under-16s are private by default.</p>",
        reporting_tools="<p>Long-press a video or comment to report it.</p>",
        parental_controls="<p>Family Pairing links a parent's account to set screen-time limits.</p>",
        safety_tips="<p>Check who can duet, stitch and comment.</p>",
        safety_centre_url="https://www.tiktok.com/safety",
    )
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
    service = OnlineServiceFactory.create(
        name="Sneaky app",
        safety_tips='<p onclick="steal()">Tip</p><script>alert(1)</script><a href="javascript:x()">x</a>',
    )
    html = client.get(f"{GUIDE}{service.slug}/").content.decode()
    main = html[html.index("<main") :]
    assert "<script>alert" not in main
    assert "onclick" not in main
    assert "javascript:" not in main
    assert "Tip" in main


def test_pagination_keeps_the_filters_and_drops_bad_ones(client: Client) -> None:
    live_services_in_bulk(25, category=Category.AI, minimum_age=13)
    html = client.get(GUIDE, {"category": "ai", "age": "not-an-age"}).content.decode()
    assert 'href="?category=ai&amp;page=2" rel="next"' in html
