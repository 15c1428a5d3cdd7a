"""Every page type, rendered when the whole-page cache does not hold it, within its ceiling of SQL queries:
10 for public pages, 15 for signed-in ones. The site's look-ups (site, route, view restrictions, vocabularies,
chrome) are warm, as on a running site; what is counted is what the page itself shows.

That the counts stay the same as the content grows is proven per domain (tests/*/test_query_counts.py, with 10
and 1,000 items); here the news (the most written-to content) grows to 10 and 100 times the demo's articles, and
everything the home page and a search show to 10 and 100 times the demo's content."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.search.backends import get_search_backend

from bik.accounts.models import User
from bik.community.forums import generate, services
from bik.community.forums.models import Forum
from bik.events.models import Event
from bik.guide.models import OnlineService
from bik.network.models import Centre
from bik.news.models import ArticlePage
from bik.research.models import Publication
from bik.resources.models import Resource
from bik.videos.models import Video
from bik.youth import services as youth
from tests.conftest import Cast
from tests.events.helpers import add_events_in_bulk
from tests.guide.helpers import add_services_in_bulk
from tests.news.helpers import add_articles_in_bulk
from tests.query_counts import Rendered, render_warm
from tests.research.helpers import add_publications_in_bulk
from tests.resources.helpers import bulk_resources
from tests.videos.helpers import add_videos_in_bulk
from tests.youth.conftest import make_coordinator, make_youth

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


def _first_article() -> str:
    article = ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    assert article is not None
    return str(article.url)


def _first_resource() -> str:
    resource = Resource.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
    assert resource is not None
    return f"/en/portal/resources/{resource.pk}-{resource.slug}/"


def _first_event() -> str:
    event = Event.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
    assert event is not None
    return f"/en/portal/events/{event.slug}/"


def _first_publication() -> str:
    publication = Publication.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
    assert publication is not None
    return f"/en/portal/research/{publication.slug}/"


def _checked(client: Client, url: str) -> Rendered:
    rendered = render_warm(client, url)
    assert client.get(url).status_code == 200, url
    return rendered


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_public_page_runs_at_most_10_queries(client: Client, url: str) -> None:
    rendered = _checked(client, url)
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("find", [_first_article, _first_resource, _first_event, _first_publication])
def test_a_record_page_runs_at_most_10_queries(client: Client, find: Callable[[], str]) -> None:
    rendered = _checked(client, find())
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("url", ["/en/", "/en/gallery/", "/en/countries/pt/"])
def test_a_safer_internet_day_page_runs_at_most_10_queries(url: str) -> None:
    rendered = _checked(Client(HTTP_HOST=settings.BIK_SID_HOST), url)
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


def test_a_search_runs_at_most_10_queries(client: Client) -> None:
    """A search asks nine providers: the pages (two text searches, then what hits show of every page type found,
    in one statement), the resources (their search, then the page of them), and the seven other domains' records
    in one statement. Searches are never cached whole."""
    rendered = _checked(client, "/en/search/?q=privacy")
    assert "privacy" in rendered.html.lower()
    assert rendered.queries <= PUBLIC_CEILING, "\n\n".join(rendered.sql)


@pytest.mark.parametrize("growth", [10, 100])
def test_news_pages_cost_the_same_with_10_and_100_times_the_articles(client: Client, growth: int) -> None:
    urls = ["/en/", "/en/news/", _first_article()]
    before = [_checked(client, url).queries for url in urls]
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    demo = english.count()
    add_articles_in_bulk(demo * growth, section="youth")
    # Illustrated like the demo's articles, so the lists show the same kind of cards before and after.
    english.filter(section="youth", image__isnull=True).update(image=Image.objects.order_by("pk").first())
    assert english.count() == demo * (growth + 1)
    assert [_checked(client, url).queries for url in urls] == before


SEARCHED = "privacy"


def _grow_content(growth: int) -> None:
    """`growth` times the demo's English articles, resources, videos, events, guide entries and publications
    more, each with the searched word in its name, the newest of them first on the home page and illustrated like
    the demo's records."""
    picture = Image.objects.order_by("pk").first()
    articles = ArticlePage.objects.live().filter(locale__language_code="en")
    add_articles_in_bulk(articles.count() * growth, prefix=f"{SEARCHED} bulk article", section="youth")
    articles.filter(section="youth", image__isnull=True).update(image=picture)
    # Wagtail indexes a page as it is saved; the bulk-made ones are indexed here, so the search finds them.
    get_search_backend().add_bulk(ArticlePage, list(articles.filter(title__startswith=f"{SEARCHED} bulk")))
    resources = Resource.objects.filter(live=True, is_original=True).count() * growth
    bulk_resources(resources, prefix=f"{SEARCHED} bulk resource", date=timezone.localdate(), image=picture)
    add_videos_in_bulk(Video.objects.filter(live=True).count() * growth, prefix=f"{SEARCHED} bulk video")
    add_events_in_bulk(Event.objects.filter(live=True).count() * growth, prefix=f"{SEARCHED} bulk event")
    add_services_in_bulk(OnlineService.objects.filter(live=True).count() * growth, prefix=f"{SEARCHED} bulk service")
    add_publications_in_bulk(Publication.objects.filter(live=True).count() * growth, prefix=f"{SEARCHED} bulk paper")


@pytest.mark.parametrize("growth", [10, 100])
def test_the_home_page_and_a_search_cost_the_same_with_10_and_100_times_the_content(
    client: Client, growth: int
) -> None:
    urls = ["/en/", "/fr/", f"/en/search/?q={SEARCHED}"]
    before = [_checked(client, url).queries for url in urls]
    _grow_content(growth)
    after = [_checked(client, url) for url in urls]

    assert [rendered.queries for rendered in after] == before
    home, _french_home, search = (rendered.html for rendered in after)
    assert home.count(f"{SEARCHED} bulk resource") == 4  # the newest resources are the added ones
    assert home.count(f"{SEARCHED} bulk article") == 3
    for group in ("Pages and news", "Resources", "Videos", "Events", "Guide to online services"):
        assert f"{group} (100)" in search, group  # each provider's hits reach its limit


def test_signed_in_pages_run_at_most_15_queries(
    cast: Cast, client_for: Callable[[User], Client], colleague: User
) -> None:
    """Community home, a forum thread, the youth spaces and a youth space (for a young member of it, its
    coordinator and a network admin), the moderation queue."""
    helplines = Forum.objects.get(slug="helplines")
    thread = services.start_thread(colleague, helplines, "Long", "A long thread", notify=False)
    generate.bulk_posts(thread, [colleague, cast.sic_member], 999)
    for centre in Centre.objects.order_by("country"):
        youth.national_space(str(centre.country.code))
    space = "/en/youth/spaces/fr/"
    pages = {
        cast.sic_member: [
            "/en/community/home/",
            "/en/community/forums/",
            f"/en/community/forums/threads/{thread.pk}/?page=10",
        ],
        cast.youth_member: ["/en/youth/spaces/"],
        make_youth("young-fr@cast.example", "FR"): ["/en/youth/spaces/", space, "/fr/youth/spaces/fr/"],
        make_coordinator("coordinator-fr@cast.example", "FR"): ["/en/youth/spaces/", space],
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


@pytest.fixture
def colleague(cast: Cast) -> User:
    from tests.community.forums.conftest import make_member

    return make_member("lena@cast.example", "DE")
