"""The map of the network: an offline SVG drawn by the site, one labelled link per country with a centre, and
the list of centres kept below it as the text alternative; and "get help now" in two clicks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation
from django_countries.fields import Country

from bik.network.europe import MapLink, europe_map
from bik.network.models import Centre, Strand
from tests.events.vnu import html_errors

pytestmark = pytest.mark.django_db


def _map(html: str) -> str:
    match = re.search(r"<svg class=\"centre-map__svg[^\"]*\".*?</svg>", html, re.S)
    assert match, "the page has no map"
    return match.group(0)


def test_the_map_links_every_one_of_the_31_centres_by_name(client: Client) -> None:
    html = client.get("/en/centres/").content.decode()
    svg = _map(html)
    links = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"', svg)
    assert len(links) == 31
    expected = {(centre.get_absolute_url(), str(centre.country.name)) for centre in Centre.objects.published()}
    assert set(links) == expected
    assert ("/en/centres/gr/", "Greece") in links


def test_the_map_names_countries_in_the_visitors_language(client: Client) -> None:
    # Country names come from django-countries' catalogue ("Griechenland" once the app is installed).
    with translation.override("de"):
        greece = str(Country("GR").name)
    svg = _map(client.get("/de/centres/").content.decode())
    assert f'<a href="/de/centres/gr/" aria-label="{greece}"' in svg


def test_the_map_loads_nothing_from_elsewhere(client: Client) -> None:
    html = client.get("/en/centres/").content.decode()
    svg = _map(html)
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<image" not in svg
    assert "style=" not in svg


def test_the_list_of_centres_stays_as_the_text_alternative(client: Client) -> None:
    html = client.get("/en/centres/").content.decode()
    assert html.count('class="centre-card"') == 31
    assert 'href="#centre-list-heading"' in html


def test_an_inactive_centre_leaves_the_map(client: Client) -> None:
    Centre.objects.filter(country="IS").update(is_active=False)
    svg = _map(client.get("/en/centres/").content.decode())
    assert "/en/centres/is/" not in svg


def test_every_centre_is_drawn_with_its_outline_or_a_marker(client: Client) -> None:
    svg = _map(client.get("/en/centres/").content.decode())
    for code in ("IS", "MT", "CY", "LU", "RU", "PT"):
        link = re.search(rf'<a [^>]*data-country="{code}">(.*?)</a>', svg, re.S)
        assert link, code
        assert "<path d=" in link.group(1) or "<circle" in link.group(1)
    # Small countries get a marker circle that can be seen and clicked; large ones do not need one.
    assert "<circle" in re.search(r'data-country="MT">(.*?)</a>', svg, re.S).group(1)  # type: ignore[union-attr]
    assert "<circle" not in re.search(r'data-country="FR">(.*?)</a>', svg, re.S).group(1)  # type: ignore[union-attr]


def test_the_countries_without_a_centre_are_background_without_links(client: Client) -> None:
    svg = _map(client.get("/en/centres/").content.decode())
    background = re.search(r'<g class="europe-map__land" aria-hidden="true">(.*?)</g>', svg, re.S)
    assert background
    assert background.group(1).count("<path") >= 10  # Spain, Switzerland, Ukraine, Turkey, North Africa...
    assert 'data-country="ES"' not in svg
    assert "Natural Earth" in client.get("/en/centres/").content.decode()


def test_a_member_beyond_the_maps_frame_gets_a_marker_below_it() -> None:
    links = [MapLink(code="PT", url="/pt/"), MapLink(code="AU", url="/au/"), MapLink(code="US", url="/us/")]
    layout = europe_map(links)
    beyond = {country.code: country for country in layout.beyond}
    assert set(beyond) == {"AU", "US"}
    assert layout.height > layout.map_height
    assert all(country.small and layout.map_height < country.y < layout.height for country in beyond.values())
    assert beyond["AU"].x != beyond["US"].x


def test_get_help_lists_every_country_as_a_link_to_its_helpline(client: Client) -> None:
    html = client.get("/en/help/").content.decode()
    for centre in Centre.objects.published():
        assert f'href="{centre.get_absolute_url()}#helpline"' in html


def test_get_help_offers_the_hotline_report_link_too(client: Client) -> None:
    hotline = Centre.objects.get(country="GR").hotline
    assert hotline is not None
    assert hotline.report_link in client.get("/en/help/").content.decode()


def test_a_hotline_without_a_report_page_of_its_own_links_to_the_platforms_form(client: Client) -> None:
    greece = Centre.objects.get(country="GR")
    greece.services.filter(strand=Strand.HOTLINE).update(report_url="")
    html = client.get("/en/centres/gr/").content.decode()
    assert '<a href="/en/report/hotline/gr/" rel="noopener">Report illegal content</a>' in html
    assert (
        '<a href="/en/report/hotline/gr/" rel="noopener">Report illegal content in Greece</a>'
        in client.get("/en/help/").content.decode()
    )
    greece.services.filter(strand=Strand.HOTLINE).update(report_url="https://report.example/gr/")
    assert "/en/report/hotline/gr/" not in client.get("/en/centres/gr/").content.decode()


def test_the_centre_page_opens_with_the_helpline_then_the_hotline(client: Client) -> None:
    centre = Centre.objects.get(country="GR")
    html = client.get("/en/centres/gr/").content.decode()
    main = html[html.index("<main") :]
    helpline, hotline = centre.service(Strand.HELPLINE), centre.service(Strand.HOTLINE)
    assert helpline is not None
    assert hotline is not None
    assert main.index('id="helpline"') < main.index('id="hotline"') < main.index('id="about-centre"')
    assert main.index(helpline.phone) < main.index(hotline.report_link) < main.index('id="about-centre"')


def test_the_map_page_and_the_help_pages_are_valid_html(client: Client, tmp_path: Path) -> None:
    urls = ["/en/centres/", "/el/centres/", "/en/centres/gr/", "/en/help/"]
    pages = {url: client.get(url).content for url in urls}
    assert html_errors(pages, tmp_path) == []
