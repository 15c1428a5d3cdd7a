"""Site search finds the records the portal lists by their own names — resources, videos, guide entries,
events, publications, centres — beside pages, the visitor's language first, for the same number of queries
however many records match."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from bik.events.models import Event
from bik.guide.models import OnlineService
from bik.network.models import Centre
from bik.pages.models import HomePage
from bik.research.models import Publication
from bik.resources.models import Resource
from bik.search import records, registry, services
from bik.videos.models import Video
from tests.factories.events import EventFactory, translate_event
from tests.factories.guide import OnlineServiceFactory, live_services_in_bulk
from tests.factories.news import ArticleFactory
from tests.factories.partners import PartnerOrganisationFactory
from tests.factories.research import PublicationFactory
from tests.factories.resources import ResourceFactory
from tests.factories.videos import VideoFactory

pytestmark = pytest.mark.django_db


def _tiktok() -> OnlineService:
    service: OnlineService = OnlineServiceFactory.create(
        name="TikTok", used_for="Watching and making short videos set to music."
    )
    return service


# A live English record of each kind, named as nothing else is (the centres are the network's own).
RECORDS: dict[type, Callable[[], object]] = {
    Resource: lambda: ResourceFactory.create(title="Kestrels at school: a teaching pack"),
    Video: lambda: VideoFactory.create(title="A kestrel learns to hunt"),
    OnlineService: lambda: OnlineServiceFactory.create(name="Kestrelchat"),
    Event: lambda: EventFactory.create(title="Kestrel day in Brussels"),
    Publication: lambda: PublicationFactory.create(title="Kestrels and children online: a study"),
    Centre: lambda: None,
}


def test_tiktok_finds_the_tiktok_guide_entry(client: Client) -> None:
    _tiktok()
    results = services.search("tiktok", "en")
    guide_hits = [hit for hit in results.hits if hit.title == "TikTok"]
    assert guide_hits, [hit.title for hit in results.hits]
    assert guide_hits[0].url.endswith("/online-services/tiktok/")
    assert client.get(guide_hits[0].url).status_code == 200
    html = client.get("/en/search/", {"q": "tiktok"}).content.decode()
    assert f'href="{guide_hits[0].url}"' in html


@pytest.mark.parametrize(
    ("group", "model", "name_field"),
    [
        ("resources", Resource, "title"),
        ("videos", Video, "title"),
        ("guide", OnlineService, "name"),
        ("events", Event, "title"),
        ("research", Publication, "title"),
        ("centres", Centre, "name"),
    ],
)
def test_each_kind_of_record_is_found_by_its_name_and_its_link_works(
    client: Client, group: str, model: type[Resource], name_field: str
) -> None:
    RECORDS[model]()
    records = model.objects.filter(live=True) if hasattr(model, "live") else model.objects.filter(is_active=True)
    if model is Resource:
        records = records.filter(is_original=True)
    record = records.filter(**({"locale__language_code": "en"} if hasattr(model, "locale") else {})).first()
    assert record is not None
    name = str(getattr(record, name_field))
    results = services.search(name, "en", kind=group)
    assert results.hits, (group, name)
    assert results.hits[0].title == name  # its own name ranks it first
    response = client.get(results.hits[0].url)
    assert response.status_code == 200, results.hits[0].url
    assert name in response.content.decode()


def test_the_visitors_language_comes_first() -> None:
    """A guide entry translated into French is found in French by a French visitor, as the French text."""
    original = _tiktok()
    translated = original.copy_for_translation(Locale.objects.get(language_code="fr"))
    translated.used_for = "Regarder et créer de courtes vidéos en musique."
    translated.save()
    translated.save_revision().publish()

    french = services.search("tiktok", "fr", kind="guide").hits
    assert [(hit.language, hit.summary) for hit in french] == [("fr", translated.used_for)]
    assert french[0].url.startswith("/fr/")
    english = services.search("tiktok", "en", kind="guide").hits
    assert [hit.language for hit in english] == ["en"]


def test_resources_in_the_visitors_language_come_before_the_others() -> None:
    from bik.resources.models import ResourceLanguageVersion
    from bik.resources.search import refresh_search_index

    for number, title in enumerate(("Cyberbullying: a guide", "Cyberbullying at school", "Cyberbullying and games")):
        ResourceFactory.create(title=title, date=dt.date(2025, 1, 1) + dt.timedelta(days=number))
    ResourceFactory.create(
        title="Σταμάτα τον διαδικτυακό εκφοβισμό", locale=Locale.objects.get(language_code="el"), languages=("el",)
    )
    before = services.search("cyberbullying", "it", kind="resources").hits
    assert len(before) > 1
    assert "it" not in {hit.language for hit in before}
    last = Resource.objects.get(pk=int(before[-1].url.rstrip("/").rsplit("/", 1)[1].split("-")[0]))
    ResourceLanguageVersion.objects.create(resource=last, language="it", url="https://resources.bik.example/it/x")
    refresh_search_index([last])

    after = services.search("cyberbullying", "it", kind="resources").hits
    assert after[0].url == before[-1].url
    assert [hit.language for hit in after] == ["it"] + ["en"] * (len(after) - 1)
    greek = services.search("εκφοβισμό", "el", kind="resources")
    assert greek.hits
    assert {hit.language for hit in greek.hits} == {"el"}


def test_a_search_costs_the_same_with_ten_and_a_thousand_matching_records() -> None:
    def queries() -> int:
        services.search("zebrapp", "de")
        with CaptureQueriesContext(connection) as captured:
            results = services.search("zebrapp", "de")
        assert results.hits
        return len(captured.captured_queries)

    live_services_in_bulk(10, name="Zebrapp")
    few = queries()
    live_services_in_bulk(990, name="Zebrapp")
    assert queries() == few


@pytest.fixture
def records_of_every_kind() -> None:
    """Records the combined statement's questions find beside the network's centres: three guide entries (more
    than the smaller limit), videos, an event translated into French, publications and a partner organisation."""
    for name in ("TikTok", "Online chat for teens", "Privacy checker online"):
        OnlineServiceFactory.create(name=name, used_for="Sharing online, with privacy settings and age assurance.")
    VideoFactory.create(title="Privacy online", description="Safer internet tips in two minutes.")
    VideoFactory.create(title="Age assurance explained", description="How apps check a user's age online.")
    event = EventFactory.create(title="Safer internet day: privacy online", description="<p>On age assurance.</p>")
    translate_event(event, "fr", "Journée pour un internet plus sûr : vie privée en ligne")
    PublicationFactory.create(title="Age assurance online: a study", summary="Privacy and a safer internet.")
    PublicationFactory.create(title="Privacy of children online", summary="What children share on TikTok.")
    PartnerOrganisationFactory.create(name="Online privacy lab", description="We study age assurance.")


@pytest.mark.usefixtures("records_of_every_kind")
@pytest.mark.parametrize("language", ["en", "fr", "el"])
@pytest.mark.parametrize("query", ["privacy", "safer internet", "tiktok", "online", "age assurance", "zzzz"])
def test_the_combined_statement_finds_what_each_domain_finds_on_its_own(query: str, language: str) -> None:
    """Every registered record search answered in one statement gives the same hits, in the same order, as each
    domain's own search (titles, links, languages, summaries, dates), cut at the same limit."""
    providers = registry.providers()
    for limit in (100, 2):
        together = records.search_together(providers, query, language, limit)
        assert set(together) == {"guide", "videos", "events", "research", "partners", "knowledge", "centres"}
        for provider in providers:
            if provider.key in together:
                assert together[provider.key] == list(provider.search(query, language, limit)), provider.key


def test_the_combined_statement_leaves_out_a_provider_registered_in_its_place() -> None:
    """A domain that replaces a record search with its own provider is asked itself, not answered for."""
    original = next(provider for provider in registry.providers() if provider.key == "videos")
    registry.register("videos", "Videos", lambda query, language, limit: [], order=original.order)
    assert "videos" not in records.search_together(registry.providers(), "privacy", "en", 100)
    assert "videos" not in {group.key for group in services.search("privacy", "en").groups}


def test_page_hits_show_each_page_types_text_and_date(client: Client) -> None:
    """What a page hit shows comes from its own type: an article's intro and date, a home page's hero text, a
    page's search description before either."""
    article = ArticleFactory.create(
        title="Kestrels nest in the school roof", intro="A pair came back this spring.", aliases=False
    )
    hits = {hit.url: hit for hit in services.search(article.title, "en", kind="pages").hits}
    found = hits[article.url]
    assert (found.kind, found.summary, found.date) == ("News article", article.intro, article.date)

    home = HomePage.objects.get(locale__language_code="en")
    hits = {hit.url: hit for hit in services.search(home.hero_text, "en", kind="pages").hits}
    assert (hits[home.url].kind, hits[home.url].summary) == ("Home page", home.hero_text)

    article.search_description = "What this article is about, for search."
    article.save_revision().publish()
    hits = {hit.url: hit for hit in services.search(article.title, "en", kind="pages").hits}
    assert hits[article.url].summary == "What this article is about, for search."
