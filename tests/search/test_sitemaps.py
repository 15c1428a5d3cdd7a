"""One sitemap per language behind a sitemap index; each page lists its language versions with hreflang."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.test import Client

from tests.news.helpers import add_article

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.search.urls")]

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _xml(client: Client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    root: ET.Element = fromstring(response.content)
    return root


def _urls(root: ET.Element) -> dict[str, ET.Element]:
    return {url.findtext(f"{SM}loc") or "": url for url in root.iter(f"{SM}url")}


def test_the_index_lists_one_sitemap_per_language(client: Client) -> None:
    root = _xml(client, "/sitemap.xml")
    locations = [node.findtext(f"{SM}loc") for node in root.iter(f"{SM}sitemap")]
    assert locations == [f"http://testserver/sitemap-{code}.xml" for code, _name in settings.LANGUAGES]


def test_a_language_sitemap_lists_that_languages_pages_with_hreflang(client: Client) -> None:
    urls = _urls(_xml(client, "/sitemap-fr.xml"))
    assert all("/fr/" in location for location in urls)
    news = next(node for location, node in urls.items() if location.endswith("/fr/news/"))
    links = {link.get("hreflang"): link.get("href") or "" for link in news.iter(f"{XHTML}link")}
    assert links["fr"].endswith("/fr/news/")
    assert links["de"].endswith("/de/news/")
    assert links["x-default"].endswith("/en/news/")
    assert len(links) == len(settings.LANGUAGES) + 1
    assert all(link.get("rel") == "alternate" for link in news.iter(f"{XHTML}link"))


def test_sitemaps_leave_out_drafts_and_private_pages(client: Client) -> None:
    from wagtail.models import PageViewRestriction

    draft = add_article("Sitemap draft", publish=False)
    private = add_article("Sitemap private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = add_article("Sitemap public")
    locations = set(_urls(_xml(client, "/sitemap-en.xml")))
    assert any(location.endswith(f"/en/news/{public.slug}/") for location in locations)
    assert not any(draft.slug in location or private.slug in location for location in locations)


def test_an_unknown_language_has_no_sitemap(client: Client) -> None:
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap_index(client: Client) -> None:
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
