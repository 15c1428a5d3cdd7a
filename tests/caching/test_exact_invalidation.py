"""The page cache never serves a page older than the data, while a change replaces only the pages that read it.

Every kind of public page reachable from a few language homes on both hosts is kept; then one change at a time is made
(and committed), and every page is asked for as a visitor would (from the cache where it is still kept) and
rendered afresh with nothing cached at all: the two must be the same. How many pages each change replaced, and
how many it actually changed, is printed (`pytest -s`) to show how narrow the invalidation is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.news.models import Topic as NewsTopic
from bik.pages.models import FooterLinks
from bik.sid.models import Action, Edition, Status
from tests.conftest import AfterCommit, clear_test_cache
from tests.factories.bulletin import BulletinIssuePageFactory, MailingFactory
from tests.factories.events import EventFactory
from tests.factories.guide import OnlineServiceFactory
from tests.factories.news import ArticleFactory
from tests.factories.news import AudienceFactory as NewsAudienceFactory
from tests.factories.news import TopicFactory as NewsTopicFactory
from tests.factories.research import PublicationFactory
from tests.factories.resources import ResourceFactory
from tests.factories.resources import TopicFactory as ResourceTopicFactory
from tests.factories.standard_pages import FooterLinksFactory
from tests.factories.videos import VideoFactory
from tests.sid.helpers import action, supporter

pytestmark = pytest.mark.django_db

# English, and Polish (whose pages show English content where nothing is translated) on the portal; English
# and French on the mini-site. Links to the same pages in the other languages (the language menu) are not followed.
START = {"portal": ["/en/", "/pl/"], "sid": ["/en/", "/fr/"]}
# Every kind of page of each host in those languages, few enough to stay quick: each of the changes below renders
# every kept page afresh.
PAGES_AT_MOST = {"portal": 60, "sid": 18}
# Items of one list (resources and actions by number, editions by year, countries by code): a few show that kind.
ITEMS_AT_MOST = 2
_ITEM = re.compile(r"^(?P<list>/.+/)(?:[0-9][^/]*|[a-z]{2})/$")
_LINK = re.compile(r'href="(/[^"?#]*)"')
_STAMP = re.compile(rb"^DTSTAMP:[0-9TZ]+\r?$", re.MULTILINE)  # a calendar's time of writing, not of its data
_SKIP = ("/admin/", "/_dev/", "/healthz", "/api/", "/static/", "/media/", "/documents/", "/accounts/")


@dataclass
class Site:
    clients: dict[str, Client]
    kept: dict[tuple[str, str], bytes] = field(default_factory=dict)  # (host, path) → what the cache holds

    def get(self, host: str, path: str) -> Any:
        response = self.clients[host].get(path, HTTP_ACCEPT_LANGUAGE="en")
        response.content = _STAMP.sub(b"DTSTAMP:", response.content)
        return response


@pytest.fixture
def site(settings: Any, page_cache_on: None, after_commit: AfterCommit) -> Site:
    with after_commit():  # a site in use: its content committed before the visits
        _fill_the_site()
    return Site({"portal": Client(), "sid": Client(HTTP_HOST=settings.BIK_SID_HOST)})


def _fill_the_site() -> None:
    """A little of everything the two hosts show: news with its terms (two articles in every language), a record
    of each tool, the footer's pages, the bulletin's archive and Safer Internet Day's editions and actions."""
    FooterLinksFactory.create()
    gaming, privacy = NewsTopicFactory.create(name="Gaming"), NewsTopicFactory.create(name="Privacy")
    parents = NewsAudienceFactory.create(name="Parents")
    # Two articles in every language: the Polish feeds still list one once the oldest is unpublished (an empty
    # feed's time of update is the time of writing, which no two renderings share).
    ArticleFactory.create(title="News in every language", topics=[gaming], date=dt.date(2026, 1, 5))
    for number, (section, topics) in enumerate((("youth", [gaming, privacy]), ("hotlines", [privacy]))):
        ArticleFactory.create(
            title=f"News from the {section}",
            section=section,
            topics=topics,
            audiences=[parents],
            date=dt.date(2026, 1, 10 + number),
            aliases=section == "youth",
        )
    cyberbullying = ResourceTopicFactory.create(name="Cyberbullying")
    for number in range(2):
        ResourceFactory.create(title=f"A guide for parents {number}", topics=[cyberbullying], centre=_belgium())
    VideoFactory.create(title="A film about kindness online")
    OnlineServiceFactory.create(name="A chat app")
    EventFactory.create(title="A webinar for teachers")
    PublicationFactory.create(title="A study of young people online")
    MailingFactory.create(issue=BulletinIssuePageFactory.create(title="The spring issue", aliases=False))
    today = timezone.localdate()
    Edition.objects.all().delete()  # the reference editions make way for two around today
    for number, year in enumerate((today.year - 1, today.year + 1), start=1):
        Edition.objects.create(number=number, year=year, date=dt.date(year, 2, 10), theme=f"The theme of {year}")
    upcoming = Edition.objects.get(year=today.year + 1)
    action(supporter("PT"), title="A family workshop", status=Status.APPROVED, edition=upcoming)


def _belgium() -> Centre:
    return Centre.objects.get(country="BE")


def _crawl(site: Site) -> None:
    """Keep the pages reachable from each host's start pages (breadth first, at most PAGES_AT_MOST of the host)."""
    for host, start in START.items():
        queue = deque(start)
        seen = set(start)
        languages = tuple(start)  # the prefixes followed: "/en/", …
        items: Counter[str] = Counter()  # queued items of each list
        kept = 0
        while queue and kept < PAGES_AT_MOST[host]:
            path = queue.popleft()
            response = site.get(host, path)
            if response.status_code != 200 or response.get("X-Page-Cache") != "miss":
                continue  # not a page the cache keeps (a form, a redirect, a file)
            site.kept[host, path] = response.content
            kept += 1
            for link in _LINK.findall(response.content.decode()):
                if link.startswith(languages) and not link.startswith(_SKIP) and link not in seen:
                    item = _ITEM.match(link)
                    if item:
                        if items[item["list"]] >= ITEMS_AT_MOST:
                            continue
                        items[item["list"]] += 1
                    seen.add(link)
                    queue.append(link)


def _fresh(site: Site, settings: Any) -> dict[tuple[str, str], bytes]:
    """Every kept page rendered from the database alone: no whole page, look-up, menu or fragment cached."""
    settings.PAGE_CACHE_SECONDS = 0
    clear_test_cache()
    try:
        return {(host, path): site.get(host, path).content for host, path in site.kept}
    finally:
        settings.PAGE_CACHE_SECONDS = 600


def _newest_article() -> ArticlePage:
    articles = ArticlePage.objects.live().filter(locale__language_code="en")
    article: ArticlePage | None = articles.order_by("-date", "-pk").first()
    assert article is not None
    return article


def _republish(page: Page, change: Callable[[Any], None]) -> None:
    specific = page.specific
    change(specific)
    specific.save_revision().publish()


def _edit_body(article: Any) -> None:
    blocks = list(article.body.raw_data)
    for block in blocks:
        if isinstance(block.get("value"), str) and "</p>" in block["value"]:
            block["value"] = block["value"].replace("</p>", " Edited a moment ago.</p>", 1)
            break
    else:
        blocks.append({"type": "paragraph", "value": "<p>Edited a moment ago.</p>"})
    article.body = blocks


def _set_title(article: Any) -> None:
    article.title = "Retitled a moment ago"


def _unpublish_a_page() -> None:
    article = ArticlePage.objects.live().filter(locale__language_code="en").order_by("date", "pk").first()
    assert article is not None
    article.unpublish()


def _edit_a_centre() -> None:
    centre = Centre.objects.get(country="BE")
    centre.name = "A centre renamed a moment ago"
    centre.save()


def _rename_a_news_topic() -> None:
    topic = NewsTopic.objects.filter(locale__language_code="en").order_by("pk").first()
    assert topic is not None
    topic.name = "A topic renamed a moment ago"
    topic.save()


def _change_the_footer() -> None:
    footer = FooterLinks.objects.order_by("pk").first()
    assert footer is not None
    footer.privacy_page = footer.contact_page
    footer.save()


def _change_an_edition() -> None:
    edition = Edition.objects.order_by("-date").first()
    assert edition is not None
    edition.theme = "A theme changed a moment ago"
    edition.save()


def _change_an_action() -> None:
    action = Action.objects.approved().order_by("pk").first()
    assert action is not None
    action.title = "An action retitled a moment ago"
    action.save()


CHANGES: list[tuple[str, Callable[[], object]]] = [
    (
        "publish a new news article",
        lambda: ArticleFactory.create(title="Published a moment ago", date=timezone.localdate(), aliases=False),
    ),
    ("edit an article's body", lambda: _republish(_newest_article(), _edit_body)),
    ("change an article's title", lambda: _republish(_newest_article(), _set_title)),
    ("unpublish a page", _unpublish_a_page),
    (
        "publish a resource",
        lambda: ResourceFactory.create(title="A resource published a moment ago", date=dt.date(2031, 1, 1)),
    ),
    ("edit a centre", _edit_a_centre),
    ("rename a vocabulary term", _rename_a_news_topic),
    ("change the footer settings", _change_the_footer),
    ("change a Safer Internet Day edition", _change_an_edition),
    ("change a Safer Internet Day action", _change_an_action),
]


def test_no_change_ever_leaves_a_kept_page_stale(site: Site, settings: Any, after_commit: AfterCommit) -> None:
    _crawl(site)
    assert len(site.kept) == sum(PAGES_AT_MOST.values()), "as many pages as asked for are crawled"
    before = _fresh(site, settings)
    assert before == site.kept, "a kept page is what a fresh render gives"

    figures = []
    for name, change in CHANGES:
        with after_commit():
            change()

        served = {}
        replaced = 0
        for host, path in site.kept:
            response = site.get(host, path)
            served[host, path] = response.content
            replaced += response.get("X-Page-Cache") == "miss"
        fresh = _fresh(site, settings)
        stale = sorted(f"{host} {path}" for (host, path), content in served.items() if content != fresh[host, path])
        assert not stale, f"{name}: served stale {stale}"
        changed = sum(fresh[page] != before[page] for page in site.kept)
        figures.append(f"{name}: {replaced} of {len(site.kept)} pages replaced, {changed} changed")
        before = fresh  # every page is kept again, as the visits above left it
    print("\n" + "\n".join(figures))
    print("kept:", *(f"{host} {path}" for host, path in site.kept), sep="\n  ")
