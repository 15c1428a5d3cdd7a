"""A small site like the one the network runs, made with the factories for the page-cost tests: a dozen
illustrated articles, a few of every record the portal lists (resources in several languages, videos, guide
entries, events, publications), three sent bulletin issues, the about page and the footer's pages, the home page in
French; and, for the signed-in pages, the youth spaces with their posts, meetings and courses, and the community's
forums. Every list shows several rows, so a query made per row shows in its count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Locale
from wagtail.models import Site as WagtailSite
from wagtail.search.backends import get_search_backend

from bik.accounts.models import User
from bik.bulletin.models import BulletinIssuePage
from bik.community.forums import generate
from bik.community.forums import services as forums
from bik.community.forums.models import Forum
from bik.events.models import Event, EventFormat
from bik.guide.models import Category
from bik.network.models import Centre
from bik.news.models import ArticlePage, Section
from bik.research.models import Publication, PublicationType
from bik.resources.models import Resource
from bik.youth import coordination
from bik.youth import services as youth
from bik.youth.models import EUROPEAN_SLUG, LearningModule, LearningPath, PathStep, Post, Space
from tests.conftest import Cast
from tests.events.helpers import add_events_in_bulk
from tests.factories import news, resources, videos
from tests.factories.bulletin import BulletinIssuePageFactory, MailingFactory
from tests.factories.community import CommunityMemberFactory
from tests.factories.events import EventFactory
from tests.factories.guide import OnlineServiceFactory
from tests.factories.images import ImageFactory
from tests.factories.knowledge import PolicyDocumentFactory
from tests.factories.moderation import ModeratedItemFactory
from tests.factories.news import ArticleFactory
from tests.factories.pages import StandardPageFactory, home, translate
from tests.factories.research import PublicationFactory
from tests.factories.resources import ResourceFactory
from tests.factories.standard_pages import FooterLinksFactory
from tests.factories.youth import (
    EuropeanSpaceFactory,
    MeetingFactory,
    SpaceFactory,
    WebinarFactory,
    YouthCoordinatorFactory,
    YouthMemberFactory,
)
from tests.guide.helpers import add_services_in_bulk
from tests.news.helpers import add_articles_in_bulk
from tests.research.helpers import add_publications_in_bulk
from tests.resources.helpers import bulk_resources
from tests.videos.helpers import add_videos_in_bulk

# The word the site's search is tried with: one record of every kind has it in its name.
SEARCHED = "privacy"
# The news index's first page, and what the growth tests multiply: each adds ten and a hundred times a dozen
# records of every kind the home page and the search show.
DOZEN = 12
# The French home page's own text (the rest of the French site falls back to English, as it does until editors
# translate it).
FRENCH_HOME = {
    "title": "Accueil",
    "hero_heading": "Un internet meilleur pour les enfants et les jeunes",
    "hero_text": "Better Internet for Kids réunit les centres pour un internet plus sûr d'Europe.",
}


@dataclass(frozen=True)
class PortalSite:
    """The picture every record shows, and the records whose pages the tests find by their id (the video's, the
    guide entry's and the about page's addresses come from their titles)."""

    picture: Image
    article: ArticlePage
    resource: Resource
    event: Event
    publication: Publication

    @property
    def article_url(self) -> str:
        return str(self.article.url)

    @property
    def resource_url(self) -> str:
        return f"/en/portal/resources/{self.resource.pk}-{self.resource.slug}/"

    @property
    def event_url(self) -> str:
        return f"/en/portal/events/{self.event.slug}/"

    @property
    def publication_url(self) -> str:
        return f"/en/portal/research/{self.publication.slug}/"


def portal_site() -> PortalSite:
    """The public site's content; see the module's docstring."""
    picture = ImageFactory.create()
    _home_pages(picture)
    articles = _news(picture)
    _videos()
    _guide(picture)
    _bulletin(articles[:2], picture)
    return PortalSite(
        picture=picture,
        article=articles[0],
        resource=_resources(picture)[0],
        event=_events(picture)[0],
        publication=_research()[0],
    )


def _home_pages(picture: Image) -> None:
    """The home page illustrated and translated into French, the footer's pages and the about page (/en/about/)."""
    page = home()
    page.image = picture
    page.save_revision().publish()
    translate(page, "fr", {getattr(page, field): french for field, french in FRENCH_HOME.items()})
    FooterLinksFactory.create(
        site=WagtailSite.objects.get(is_default_site=True),
        accessibility_page__aliases=False,
        privacy_page__aliases=False,
        contact_page__aliases=False,
    )
    StandardPageFactory.create(
        title="About Better Internet for Kids",
        slug="about",
        intro="Who we are and what the platform is for.",
        body=[("paragraph", "<p>The network of Safer Internet Centres, and what it does.</p>")],
        aliases=False,
    )


def _news(picture: Image) -> list[ArticlePage]:
    """A dozen illustrated articles of every section, tagged, the newer ones credited to a centre; the newest
    three aliased into French, so the French home page lists them too (aliasing every article into every
    language would take seconds)."""
    topics = [news.TopicFactory.create(name=name) for name in ("Privacy and personal data", "Cyberbullying", "Gaming")]
    audiences = [news.AudienceFactory.create(name=name) for name in ("Parents", "Teachers")]
    centres = list(Centre.objects.filter(country__in=["BE", "FR", "GR"]).order_by("country"))
    sections = list(Section)
    articles = []
    for number in range(DOZEN):
        title = f"Children's {SEARCHED} online" if number == 0 else f"News from the network {number}"
        articles.append(
            ArticleFactory.create(
                title=title,
                date=dt.date(2026, 6, 1) - dt.timedelta(days=7 * number),
                section=sections[number % len(sections)],
                topics=topics[: 1 + number % len(topics)],
                audiences=audiences[: 1 + number % len(audiences)],
                author_name=f"Author {number}",
                author_centre=centres[number % len(centres)] if number % 2 == 0 else None,
                image=picture,
                body=[("paragraph", "<p>What happened, and what it means for children.</p>")],
                aliases=False,
            )
        )
    french = Locale.objects.get(language_code="fr")
    for article in articles[:3]:
        article.copy_for_translation(french, alias=True)
    return articles


def _resources(picture: Image) -> list[Resource]:
    """Eight resources of several centres in several languages, tagged with every vocabulary, some to download;
    four about cyberbullying in Greek; one translated into French."""
    cyberbullying = resources.TopicFactory.create(name="Cyberbullying")
    privacy = resources.TopicFactory.create(name="Privacy")
    gaming = resources.TopicFactory.create(name="Gaming")
    ages = [resources.AgeGroupFactory.create(slug=slug) for slug in ("9-12", "13-15")]
    audiences = [resources.AudienceFactory.create(name=name) for name in ("Parents", "Teachers")]
    types = [resources.ResourceTypeFactory.create(name=name) for name in ("Guide", "Lesson plan")]
    specs = [
        (f"A parent's guide to {SEARCHED}", "BE", [privacy], ("en", "fr", "nl"), ("en",)),
        ("Stop cyberbullying", "GR", [cyberbullying], ("el", "en"), ("el",)),
        ("Kindness online", "GR", [cyberbullying, gaming], ("el",), ()),
        ("When a game turns nasty", "CY", [cyberbullying, gaming], ("el", "en"), ()),
        ("Speak up", "GR", [cyberbullying], ("el", "de"), ()),
        ("Safe gaming together", "DE", [gaming], ("de", "en"), ("de",)),
        ("Your data, your choice", "FR", [privacy], ("fr",), ()),
        ("Settings that matter", "IE", [privacy, gaming], ("en", "ga", "fr"), ()),
    ]
    made = [
        ResourceFactory.create(
            title=title,
            centre=Centre.objects.get(country=country),
            topics=topics,
            age_groups=ages[: 1 + number % 2],
            audiences=audiences[: 1 + number % 2],
            types=types[number % 2 :],
            languages=languages,
            files=files,
            image=picture,
            date=dt.date(2026, 5, 1) - dt.timedelta(days=number),
        )
        for number, (title, country, topics, languages, files) in enumerate(specs)
    ]
    resources.translate_resource(made[0], "fr", "Guide de la vie privée pour les parents")
    return made


def _videos() -> None:
    """Four videos with a poster, tagged, spoken in one or two languages (the first at
    /en/portal/videos/think-before-you-share/); one uploaded with captions."""
    topics = [videos.TopicFactory.create(name=name) for name in ("Privacy", "Cyberbullying")]
    ages = [videos.AgeGroupFactory.create(name="9–12", slug="9-12"), videos.AgeGroupFactory.create(slug="13-15")]
    poster = videos.PictureFactory.create()
    for number, (title, languages) in enumerate(
        [
            ("Think before you share", ("en", "fr")),
            (f"{SEARCHED.capitalize()} in a minute", ("en",)),
            ("Stand up to bullies", ("el", "en")),
        ]
    ):
        videos.VideoFactory.create(
            title=title,
            image=poster,
            topics=topics[: 1 + number % 2],
            age_groups=ages[number % 2 :],
            languages=languages,
        )
    videos.UploadedVideoFactory.create(title="Ask for help", image=poster, caption_languages=("en", "fr"))


def _guide(picture: Image) -> None:
    """Four illustrated entries of different categories and ages (the first at
    /en/portal/online-services/instagram/)."""
    for name, category, age in (
        ("Instagram", Category.SOCIAL_MEDIA, 13),
        (f"{SEARCHED.capitalize()} Guard", Category.FAMILY, 0),
        ("ChatSpace", Category.MESSAGING, 16),
        ("BlockWorld", Category.GAMING, 7),
    ):
        OnlineServiceFactory.create(name=name, category=category, minimum_age=age, image=picture)


def _events(picture: Image) -> list[Event]:
    """Four illustrated events organised by centres: in person, online and both."""
    now = timezone.now()
    return [
        EventFactory.create(
            title=title,
            organiser=Centre.objects.get(country=country),
            format=event_format,
            online_url="https://meet.example/event" if event_format != EventFormat.IN_PERSON else "",
            starts_at=now + dt.timedelta(days=days),
            image=picture,
        )
        for title, country, event_format, days in (
            (f"{SEARCHED.capitalize()} day workshop", "BE", EventFormat.IN_PERSON, 3),
            ("Safer Internet Forum", "LU", EventFormat.HYBRID, 10),
            ("Webinar for teachers", "IE", EventFormat.ONLINE, 20),
            ("Parents' evening", "FR", EventFormat.IN_PERSON, 30),
        )
    ]


def _research() -> list[Publication]:
    """Four publications of different kinds and topics, and a policy document for the search's knowledge
    provider."""
    topics = [news.TopicFactory.create(name=name) for name in ("Privacy and personal data", "Cyberbullying")]
    made = [
        PublicationFactory.create(title=title, publication_type=kind, topics=topics[: 1 + number % 2])
        for number, (title, kind) in enumerate(
            (
                (f"Children's {SEARCHED} in Europe", PublicationType.REPORT),
                ("Cyberbullying among teenagers", PublicationType.STUDY),
                ("Age assurance", PublicationType.POLICY_PAPER),
                ("Designing for children", PublicationType.INDUSTRY_GUIDE),
            )
        )
    ]
    PolicyDocumentFactory.create(title=f"Children's {SEARCHED} act")
    return made


def _bulletin(articles: list[ArticlePage], picture: Image) -> None:
    """Three sent issues, a month apart, illustrated, with features and two articles picked from the news."""
    issues: list[BulletinIssuePage] = [
        BulletinIssuePageFactory.create(
            title=title,
            issue_date=dt.date(2026, 4, 1) - dt.timedelta(days=30 * number),
            image=picture,
            features=[
                ("youth", {"title": "Youth voices", "text": "What young people said.", "page": None, "url": ""}),
                ("research", {"title": "New research", "text": "What we learnt.", "page": None, "url": ""}),
            ],
            picks=[("news", article) for article in articles],
            aliases=False,
        )
        for number, title in enumerate(("Spring issue", "Winter issue", "New year issue"))
    ]
    for issue in issues:
        MailingFactory.create(issue=issue)


def grow_portal(growth: int, picture: Image) -> None:
    """`growth` times a dozen more English articles, resources, videos, events, guide entries and publications,
    each with the searched word in its name and illustrated like the site's, the newest of them first on the home
    page."""
    count = growth * DOZEN
    add_articles_in_bulk(count, prefix=f"{SEARCHED} bulk article", section=Section.YOUTH)
    grown = ArticlePage.objects.filter(title__startswith=f"{SEARCHED} bulk")
    grown.update(image=picture)
    # Wagtail indexes a page as it is saved; the bulk-made ones are indexed here, so the search finds them.
    get_search_backend().add_bulk(ArticlePage, list(grown))
    bulk_resources(count, prefix=f"{SEARCHED} bulk resource", date=timezone.localdate(), image=picture)
    add_videos_in_bulk(count, prefix=f"{SEARCHED} bulk video")
    add_events_in_bulk(count, prefix=f"{SEARCHED} bulk event")
    add_services_in_bulk(count, prefix=f"{SEARCHED} bulk service")
    add_publications_in_bulk(count, prefix=f"{SEARCHED} bulk paper")


@dataclass(frozen=True)
class SignedInSite:
    """Who visits the signed-in pages besides the cast, and what they read."""

    young_french: User
    french_coordinator: User
    long_thread: int


def signed_in_site(cast: Cast) -> SignedInSite:
    """The youth spaces (the European one and one per centre's country), France's with posts, a comment, a post
    waiting for moderation, meetings, a webinar, courses in a path and resources picked for it; and the community's
    forums with threads, one of them a thousand posts long."""
    EuropeanSpaceFactory.create()
    for centre in Centre.objects.order_by("country"):
        SpaceFactory.create(country=str(centre.country.code))
    france = Space.objects.get(slug="fr")
    young = YouthMemberFactory.create(email="young-fr@cast.example", country="FR")
    ModeratedItemFactory.create_batch(3, author=young)  # earlier posts published: trusted
    coordinator = YouthCoordinatorFactory.create(email="coordinator-fr@cast.example", country="FR")
    _youth_space(france, young, coordinator)
    return SignedInSite(young_french=young, french_coordinator=coordinator, long_thread=_forums(cast))


def _youth_space(france: Space, young: User, coordinator: User) -> None:
    posts = [
        youth.submit_post(young, france, kind=Post.Kind.DISCUSSION, title=f"Discussion {number}", body="Hi all").obj
        for number in range(4)
    ]
    youth.submit_comment(coordinator, posts[0], "Thanks for starting this.")
    newcomer = YouthMemberFactory.create(email="newcomer-fr@cast.example", country="FR")
    youth.submit_post(newcomer, france, kind=Post.Kind.DISCUSSION, title="My first post", body="Hello everyone")
    MeetingFactory.create_batch(2, space=france)
    WebinarFactory.create(space=Space.objects.get(slug=EUROPEAN_SLUG))
    modules = [
        LearningModule.objects.create(space=france, title=f"Course {number}", summary="A short course.")
        for number in range(3)
    ]
    path = LearningPath.objects.create(
        space=france, title="Digital leaders", badge_name="Digital leader", is_published=True
    )
    for position, module in enumerate(modules):
        PathStep.objects.create(path=path, module=module, sort_order=position)
    for resource in Resource.objects.filter(live=True, is_original=True).order_by("pk")[:3]:
        coordination.pick(coordinator, france, resource.pk)


def _forums(cast: Cast) -> int:
    """A thread in three forums, the helplines' a thousand posts long; returns the long thread's id."""
    colleague = CommunityMemberFactory.create(email="lena@cast.example", country="DE", display_name="Lena")
    long_thread = forums.start_thread(
        colleague, Forum.objects.get(slug="helplines"), "Long", "A long thread", notify=False
    )
    generate.bulk_posts(long_thread, [colleague, cast.sic_member], 999)
    for forum in Forum.objects.exclude(slug="helplines").order_by("pk")[:2]:
        forums.start_thread(cast.sic_member, forum, f"About {forum.title}", "What do you think?", notify=False)
    return int(long_thread.pk)
