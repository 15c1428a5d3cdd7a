"""Youth panels: a centre's panel, its members (young members of its country, shown by a byline), the articles
they sign, and the consultations put to young people."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from factory.django import DjangoModelFactory

from bik.moderation.models import ModeratedItem, Status
from bik.network.models import Centre
from bik.panels.models import Article, Consultation, Panel, PanelMember
from tests.factories.moderation import ModeratedItemFactory
from tests.factories.youth import YouthMemberFactory


class PanelFactory(DjangoModelFactory[Panel]):
    """The youth panel of Ireland's centre (`country` picks another centre), active, with no members yet. A centre
    has one panel: asking again for the same country returns it, as `services.panel_for` does."""

    class Meta:
        model = Panel
        django_get_or_create = ("centre",)

    class Params:
        country = "IE"

    centre = factory.LazyAttribute(lambda panel: Centre.objects.get(country=panel.country))


class PanelMemberFactory(DjangoModelFactory[PanelMember]):
    """A youth panellist of Ireland's panel (`panel` picks another), signing with their pseudonym: a new young
    member of the panel's country. `byline_name=PanelMember.Name.FIRST_NAME` with `first_name` signs with a
    first name instead."""

    class Meta:
        model = PanelMember

    panel = factory.SubFactory(PanelFactory)
    user = factory.SubFactory(YouthMemberFactory, country=factory.SelfAttribute("..panel.country_code"))
    title = PanelMember.Title.PANELLIST
    byline_name = PanelMember.Name.PSEUDONYM


def _point_the_item_at_the_article(article: Article, create: bool, extracted: object, **context: object) -> None:
    """The article's moderation item is made first (the article cannot exist without it), so it learns which
    article it is about only once the article has its id."""
    if create:
        ModeratedItem.objects.filter(pk=article.moderation_id).update(object_id=article.pk)
        article.moderation.object_id = article.pk


class ArticleFactory(DjangoModelFactory[Article]):
    """An article of Ireland's panel (`panel` picks another) in English, written and signed by a new member of the
    panel, published by a coordinator a moment ago. `moderation__status=Status.HELD` leaves it waiting for the
    coordinator's approval instead."""

    class Meta:
        model = Article
        skip_postgeneration_save = True  # the hook below updates the moderation item, not the article

    panel = factory.SubFactory(PanelFactory)
    signed_by = factory.SubFactory(PanelMemberFactory, panel=factory.SelfAttribute("..panel"))
    author = factory.SelfAttribute("signed_by.user")
    title = factory.Sequence(lambda number: f"Panel article {number}")
    body = "What we think about it."
    language = "en"
    moderation = factory.SubFactory(
        ModeratedItemFactory,
        content_type=factory.LazyFunction(lambda: ContentType.objects.get_for_model(Article)),
        object_id=None,
        author=factory.SelfAttribute("..author"),
        space_key=factory.SelfAttribute("..panel.moderation_key"),
        status=Status.PUBLISHED,
        decided_at=factory.LazyAttribute(lambda item: timezone.now() if item.status == Status.PUBLISHED else None),
    )
    about_the_article = factory.PostGeneration(_point_the_item_at_the_article)


class ConsultationFactory(DjangoModelFactory[Consultation]):
    """An open consultation in English for 13 to 18 year olds, closing in a week, answered by choosing one of
    three options ("Bullying", "Fake news", "Sleep"). `languages=["en", "fr"]` puts it to French readers too
    (their version is written with `services.save_translation`)."""

    class Meta:
        model = Consultation

    question = factory.Sequence(lambda number: f"Question {number}?")
    kind = Consultation.Kind.SINGLE
    options = "Bullying\nFake news\nSleep"
    languages = factory.LazyFunction(lambda: ["en"])
    min_age = 13
    max_age = 18
    closes_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))
