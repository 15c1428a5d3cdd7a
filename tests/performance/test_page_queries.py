"""Every page type, rendered when the whole-page cache does not hold it, within its ceiling of SQL queries:
10 for public pages, 15 for signed-in ones. The site's look-ups (site, route, view restrictions, vocabularies,
chrome) are warm, as on a running site; what is counted is what the page itself shows, on a small site built
like the real one (tests/performance/content.py: a dozen articles, a few of every record of the portal, the
youth spaces and the forums), so every list shows several rows.

That the counts stay the same as the content grows is proven per domain (tests/*/test_query_counts.py, with 10
and 1,000 items); here the news (the most written-to content) grows by 10 and 100 times the site's dozen
articles, and everything the home page and a search show by 10 and 100 times a dozen records of each kind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import translation

from bik.accounts.models import User
from bik.news.models import ArticlePage, Section
from tests.conftest import Cast
from tests.news.helpers import add_articles_in_bulk
from tests.performance.content import DOZEN, SEARCHED, PortalSite, grow_portal, portal_site, signed_in_site
from tests.query_counts import Rendered, render_warm

pytestmark = pytest.mark.django_db

PUBLIC_CEILING = 10
SIGNED_IN_CEILING = 15

PUBLIC_PAGES = [
    "/en/",
    "/fr/",
    "/en/news/",
    "/en/portal/",
    "/en/portal/resources/",
    "/en/portal/resources/?topic=cyberbullying&language=el",
    "/en/portal/videos/",
    "/en/portal/videos/think-before-you-share/",
    "/en/portal/online-services/",
    "/en/portal/online-services/instagram/",
    "/en/portal/events/",
    "/en/portal/research/",
    "/en/centres/",
    "/en/centres/gr/",
    "/en/help/",
    "/en/search/",
    "/en/bulletin/",
    "/en/about/",
]


@pytest.fixture(scope="module")
def site(django_db_setup: None, django_db_blocker: Any) -> Iterator[PortalSite]:
    """The site, made once for the module's tests, as Django's TestCase.setUpTestData makes a class's data: in a
    transaction that each test's own is nested in (so what a test adds is gone after it) and that is rolled back
    after the module's last test. Making it takes seconds, and every test here but the Safer Internet Day
    ones reads it."""
    with django_db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        yield portal_site()
        transaction.set_rollback(True)


# The providers whose hits the site's records make.
SEARCHED_GROUPS = (
    "Pages and news",
    "Resources",
    "Videos",
    "Events",
    "Guide to online services",
    "Research and industry",
    "Policy and guidance documents",
)


def _checked(client: Client, url: str) -> Rendered:
    rendered = render_warm(client, url)
    assert client.get(url).status_code == 200, url
    return rendered


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_public_page_runs_at_most_10_queries(site: PortalSite, client: Client, url: str) -> None:
    rendered = _checked(client, url)
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("address", ["article_url", "resource_url", "event_url", "publication_url"])
def test_a_record_page_runs_at_most_10_queries(site: PortalSite, client: Client, address: str) -> None:
    rendered = _checked(client, getattr(site, address))
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("url", ["/en/", "/en/gallery/", "/en/countries/pt/"])
def test_a_safer_internet_day_page_runs_at_most_10_queries(url: str) -> None:
    rendered = _checked(Client(HTTP_HOST=settings.BIK_SID_HOST), url)
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


def test_a_search_runs_at_most_10_queries(site: PortalSite, client: Client) -> None:
    """A search asks nine providers: the pages (two text searches, then what hits show of every page type found,
    in one statement), the resources (their search, then the page of them), and the seven other domains' records
    in one statement. Searches are never cached whole."""
    rendered = _checked(client, f"/en/search/?q={SEARCHED}")
    for group in SEARCHED_GROUPS:
        assert f"{group} (" in rendered.html, group  # every provider is measured finding something
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("growth", [10, 100])
def test_news_pages_cost_the_same_with_10_and_100_times_the_articles(
    site: PortalSite, client: Client, growth: int
) -> None:
    urls = ["/en/", "/en/news/", site.article_url]
    before = [_checked(client, url).queries for url in urls]
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    assert english.count() == DOZEN
    add_articles_in_bulk(DOZEN * growth, section=Section.YOUTH)
    # Illustrated like the site's articles, so the lists show the same kind of cards before and after.
    english.filter(image__isnull=True).update(image=site.picture)
    assert english.count() == DOZEN * (growth + 1)
    assert [_checked(client, url).queries for url in urls] == before


@pytest.mark.parametrize("growth", [10, 100])
def test_the_home_page_and_a_search_cost_the_same_with_10_and_100_times_the_content(
    site: PortalSite, client: Client, growth: int
) -> None:
    urls = ["/en/", "/fr/", f"/en/search/?q={SEARCHED}"]
    before = [_checked(client, url).queries for url in urls]
    grow_portal(growth, site.picture)
    after = [_checked(client, url) for url in urls]

    assert [rendered.queries for rendered in after] == before
    home, _french_home, search = (rendered.html for rendered in after)
    assert home.count(f"{SEARCHED} bulk resource") == 4  # the newest resources are the added ones
    assert home.count(f"{SEARCHED} bulk article") == 3
    for group in ("Pages and news", "Resources", "Videos", "Events", "Guide to online services"):
        assert f"{group} (100)" in search, group  # each provider's hits reach its limit


def test_signed_in_pages_run_at_most_15_queries(
    site: PortalSite, cast: Cast, client_for: Callable[[User], Client]
) -> None:
    """Community home, the forums and a long thread, the youth spaces and France's space with its posts,
    meetings, courses and picked resources (for a young member of it, its coordinator and a network admin), the
    moderation queue with a post waiting in it."""
    people = signed_in_site(cast)
    space = "/en/youth/spaces/fr/"
    pages = {
        cast.sic_member: [
            "/en/community/home/",
            "/en/community/forums/",
            f"/en/community/forums/threads/{people.long_thread}/?page=10",
        ],
        cast.youth_member: ["/en/youth/spaces/"],
        people.young_french: ["/en/youth/spaces/", space, "/fr/youth/spaces/fr/"],
        people.french_coordinator: ["/en/youth/spaces/", space],
        cast.network_admin: ["/en/youth/spaces/", space],
        cast.moderator: ["/en/moderation/", "/en/moderation/queue/youth-fr/"],
    }
    for who, urls in pages.items():
        client = client_for(who)
        for url in urls:
            rendered = _checked(client, url)
            # Reading a thread also writes the reader's place in it (the read mark), and every signed-in request
            # notes the session's last activity: reads are what is bounded.
            reads = [sql for sql in rendered.sql if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
            assert len(reads) <= SIGNED_IN_CEILING, (who.email, url, "\n\n".join(rendered.sql))
