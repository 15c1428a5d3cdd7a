"""A visitor ticks two or three services and compares them side by side in an accessible table."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from bik.guide.models import Category
from tests.factories.guide import OnlineServiceFactory

pytestmark = pytest.mark.django_db

GUIDE = "/en/portal/online-services/"
COMPARE = f"{GUIDE}compare/"


@pytest.fixture(autouse=True)
def _services() -> None:
    """Four social networks whose terms allow them from 13 (PEGI 12 ratings: no other cell reads 13)."""
    for name in ("Instagram", "TikTok", "Snapchat", "Discord"):
        OnlineServiceFactory.create(name=name, minimum_age=13, parental_controls="<p>A family centre.</p>")


def test_the_list_offers_a_compare_checkbox_per_service_in_a_get_form(client: Client) -> None:
    html = client.get(GUIDE).content.decode()
    assert f'<form method="get" action="{COMPARE}"' in html
    for slug, name in (
        ("discord", "Discord"),
        ("instagram", "Instagram"),
        ("snapchat", "Snapchat"),
        ("tiktok", "TikTok"),
    ):
        assert re.search(rf'<input type="checkbox" name="compare" value="{slug}" id="compare-{slug}"', html)
        assert f'<label for="compare-{slug}">Compare {name}</label>' in html


def test_it_compares_three_services_in_a_table_with_row_and_column_headers(client: Client) -> None:
    response = client.get(COMPARE, {"compare": ["instagram", "tiktok", "snapchat"]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<caption" in html
    assert "Comparison of 3 services" in html
    columns = re.findall(r'<th scope="col"><a href="[^"]+">([^<]+)</a></th>', html)
    assert columns == ["Instagram", "TikTok", "Snapchat"]
    rows = re.findall(r'<th scope="row">([^<]+)</th>', html)
    assert rows[:3] == ["Category", "Minimum age in its terms", "Age rating"]
    assert "Parental controls" in rows
    assert "Last reviewed" in rows
    assert html.count("<td>13</td>") == 3


def test_it_refuses_more_than_three_and_keeps_the_choice(client: Client) -> None:
    response = client.get(COMPARE, {"compare": ["instagram", "tiktok", "snapchat", "discord"]})
    html = response.content.decode()
    assert response.status_code == 400
    assert "You can compare at most three services at a time; you chose 4." in html
    assert "<table" not in html
    for slug in ("instagram", "tiktok", "snapchat", "discord"):
        assert f'value="{slug}" id="compare-{slug}" checked' in html


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ([], "Choose two or three services to compare."),
        (["instagram"], "Choose two or three services to compare."),
        (["instagram", "instagram"], "Choose two or three services to compare."),
        (["instagram", "no-such-app"], "We could not find this service: no-such-app."),
        (["instagram", "<script>"], "We could not find this service: &lt;script&gt;."),
    ],
)
def test_it_explains_what_is_wrong_with_a_selection(client: Client, chosen: list[str], message: str) -> None:
    response = client.get(COMPARE, {"compare": chosen})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_comparison_works_in_another_language(client: Client) -> None:
    OnlineServiceFactory.create(name="Roblox", category=Category.GAMING, minimum_age=0)
    OnlineServiceFactory.create(name="Minecraft", category=Category.GAMING, minimum_age=7)
    response = client.get("/de/portal/online-services/compare/", {"compare": ["roblox", "minecraft"]})
    assert response.status_code == 200
    html = response.content.decode()
    assert re.findall(r'<th scope="col"><a href="[^"]+">([^<]+)</a></th>', html) == ["Roblox", "Minecraft"]
    assert '<html lang="de"' in html
