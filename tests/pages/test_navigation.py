"""Every tool is within two clicks of the home page, in every language: the header's menus by audience,
the home page's entry points and the "Resources and advice" landing page all link to the tools' list pages."""

from __future__ import annotations

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Locale, Page

from bik.bulletin.models import BulletinIndexPage
from bik.events.models import EventIndexPage
from bik.guide.models import GuidePage
from bik.research.models import ResearchIndexPage
from bik.resources.models import ResourceGalleryPage
from bik.videos.models import VideoGalleryPage
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LIST_PAGE_MODELS: dict[str, type[Page]] = {
    "resource gallery": ResourceGalleryPage,
    "video gallery": VideoGalleryPage,
    "guide to online services": GuidePage,
    "events": EventIndexPage,
    "research and industry": ResearchIndexPage,
    "bulletin": BulletinIndexPage,
}
MAX_DEPTH = 2


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links_of(html: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return [urljoin(base, href).split("#")[0] for href in parser.hrefs]


def list_pages(language: str) -> dict[str, str]:
    """Where each tool lists its records, in `language` (its path), found from the data, not from the menus."""
    locale = Locale.objects.get(language_code=language)
    targets: dict[str, str] = {}
    for name, model in LIST_PAGE_MODELS.items():
        page = model.objects.live().public().filter(locale=locale).first()
        assert page is not None, (language, name)
        targets[name] = page.url
    targets["centres directory"] = f"/{language}/centres/"
    targets["get help"] = f"/{language}/help/"
    targets["Safer Internet Day mini-site"] = f"http://{settings.BIK_SID_HOST}/{language}/"
    return targets


def crawl_depths(client: Client, start: str, targets: dict[str, str]) -> dict[str, int]:
    """Breadth-first from `start` through the public site's pages (up to MAX_DEPTH clicks): the depth at which
    each target's address (query string ignored) first appears as a link. Stops once every target is found."""
    wanted = {_address(url): name for name, url in targets.items()}
    found: dict[str, int] = {}
    seen = {start}
    queue = deque([(start, 0)])
    while queue and len(found) < len(wanted):
        url, depth = queue.popleft()
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for link in links_of(response.content.decode(), f"http://testserver{url}"):
            address = _address(link)
            if address in wanted and wanted[address] not in found:
                found[wanted[address]] = depth + 1
            parts = urlsplit(link)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.netloc == "testserver" and depth + 1 < MAX_DEPTH and path not in seen:
                seen.add(path)
                queue.append((path, depth + 1))
    return found


def _address(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc or "testserver"
    return f"{host}{parts.path}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tool_is_at_most_two_clicks_from_the_home_page(client: Client, language: str) -> None:
    targets = list_pages(language)
    depths = crawl_depths(client, f"/{language}/", targets)
    assert set(depths) == set(targets), f"not reached from /{language}/: {sorted(set(targets) - set(depths))}"
    assert max(depths.values()) <= MAX_DEPTH


@pytest.mark.parametrize("language", ["en", "it", "mt", "pl", "pt"])
def test_each_tool_list_page_answers_in_the_visitors_language(client: Client, language: str) -> None:
    for name, url in list_pages(language).items():
        parts = urlsplit(url)
        host = parts.netloc or "testserver"
        response = client.get(parts.path, headers={"host": host}, follow=True)
        assert response.status_code == 200, (name, url)
        assert f'<html lang="{language}"' in response.content.decode(), (name, url)


def test_every_page_header_offers_every_tool_by_audience(client: Client) -> None:
    """Not only the home page: a news article, the centres directory and the search page carry the same menus."""
    article = ArticleFactory.create(title="A story below the menus", aliases=False)
    targets = {_address(url) for url in list_pages("en").values()}
    for path in (article.url, "/en/centres/", "/en/search/?q=privacy"):
        html = client.get(path).content.decode()
        nav = html[html.index('<nav class="site-nav"') : html.index("</nav>", html.index('<nav class="site-nav"'))]
        menus = re.findall(r"<summary>([^<]+)</summary>", nav)
        assert len(menus) == 5, (path, menus)  # parents, teachers, young people, professionals, industry & research
        reached = {_address(link) for link in links_of(nav, f"http://testserver{path}")}
        assert targets <= reached, (path, sorted(targets - reached))


def test_the_portal_landing_page_links_to_every_tool(client: Client) -> None:
    html = client.get("/fr/portal/").content.decode()
    main = html[html.index("<main") :]
    reached = {_address(link) for link in links_of(main, "http://testserver/fr/portal/")}
    assert {_address(url) for url in list_pages("fr").values()} <= reached


def test_the_safer_internet_day_page_links_to_the_mini_site(client: Client) -> None:
    html = client.get("/de/safer-internet-day/").content.decode()
    main = html[html.index("<main") :]
    assert f'href="http://{settings.BIK_SID_HOST}/de/"' in main


def test_the_sid_link_keeps_the_port_the_site_is_reached_at(client: Client) -> None:
    html = client.get("/en/", headers={"host": "127.0.0.1:8123"}).content.decode()
    assert f'href="http://{settings.BIK_SID_HOST}:8123/en/"' in html
