"""The youth area: its spaces (the European one and the national ones) with their online meetings, and its
people: young members with their profile, and the youth coordinators of a country."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.moderation.models import ModeratedItem
from bik.network.models import Centre, CentreRole, Strand
from bik.youth import services
from bik.youth.models import EUROPEAN_SLUG, Meeting, Space, YouthProfile
from tests.factories.accounts import UserFactory
from tests.factories.moderation import ModeratedItemFactory
from tests.factories.network import CentrePersonFactory


class SpaceFactory(DjangoModelFactory[Space]):
    """France's national space (`country` picks another), titled and in the language the site gives a national
    space. A space is made once: asking again for the same country returns it, as the site does
    (`services.national_space`)."""

    class Meta:
        model = Space
        django_get_or_create = ("slug",)

    country = "FR"
    slug = factory.LazyAttribute(lambda space: space.country.lower() or EUROPEAN_SLUG)
    title = factory.LazyAttribute(
        lambda space: (
            f"{Centre(country=space.country).country.name} youth space" if space.country else "European youth space"
        )
    )
    language = factory.LazyAttribute(lambda space: services.COUNTRY_LANGUAGES.get(space.country, "en"))


class EuropeanSpaceFactory(SpaceFactory):
    """The European space: no country, in English, open to the young members of every country."""

    country = ""


class MeetingFactory(DjangoModelFactory[Meeting]):
    """An hour's online meeting of France's space (`space` picks another) a week from now, on the hour as the
    coordinators' form sets it, with a secure joining link."""

    class Meta:
        model = Meeting

    space = factory.SubFactory(SpaceFactory)
    title = factory.Sequence(lambda number: f"Meeting {number}")
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + dt.timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
    )
    join_url = "https://meet.example/room"


class WebinarFactory(MeetingFactory):
    """A European webinar a week from now: members of every country register for it."""

    space = factory.SubFactory(EuropeanSpaceFactory)
    title = factory.Sequence(lambda number: f"Webinar {number}")
    is_webinar = True


def _point_the_item_at_the_profile(profile: YouthProfile, create: bool, extracted: object, **context: object) -> None:
    """The profile's moderation item is made first (the profile cannot exist without it), so it learns which
    profile it is about only once the profile has its id."""
    if create:
        ModeratedItem.objects.filter(pk=profile.moderation_id).update(object_id=profile.pk)
        profile.moderation.object_id = profile.pk


class YouthProfileFactory(DjangoModelFactory[YouthProfile]):
    """A young member's profile in France (`country` picks another), born in 2009, so at or above the age of
    digital consent, with the published moderation item in the country's space that every profile has."""

    class Meta:
        model = YouthProfile
        skip_postgeneration_save = True  # the hook below updates the moderation item, not the profile

    user = factory.SubFactory(UserFactory, role=Role.YOUTH_MEMBER)
    year_of_birth = 2009
    country = "FR"
    consent_status = YouthProfile.Consent.NOT_NEEDED
    moderation = factory.SubFactory(
        ModeratedItemFactory,
        content_type=factory.LazyFunction(lambda: ContentType.objects.get_for_model(YouthProfile)),
        object_id=None,
        author=factory.SelfAttribute("..user"),
        space_key=factory.LazyAttribute(
            lambda item: services.national_space(item.factory_parent.country).moderation_key
        ),
    )
    about_the_profile = factory.PostGeneration(_point_the_item_at_the_profile)


class YouthMemberFactory(UserFactory):
    """A young member with a profile: France's, born in 2009 and needing no consent unless `country`,
    `year_of_birth` or `consent` say otherwise. The pseudonym is the address's first part, capitalised."""

    class Params:
        role = Role.YOUTH_MEMBER
        country = "FR"
        year_of_birth = 2009
        consent = YouthProfile.Consent.NOT_NEEDED

    display_name = factory.LazyAttribute(lambda user: user.email.split("@")[0].title())
    profile = factory.RelatedFactory(
        YouthProfileFactory,
        factory_related_name="user",
        country=factory.SelfAttribute("..country"),
        year_of_birth=factory.SelfAttribute("..year_of_birth"),
        consent_status=factory.SelfAttribute("..consent"),
    )


class YouthCoordinatorFactory(CentrePersonFactory):
    """A youth coordinator, of Belgium's centre unless `country` says otherwise, with the second factor the role
    must have: looks after the young members of the centre's country."""

    class Params:
        role = Role.YOUTH_COORDINATOR
        kind = CentreRole.Kind.YOUTH_COORDINATOR
        strand = Strand.YOUTH
        mfa = True  # the role counts only with a second factor (`mfa=False` for one who has not set it up)
