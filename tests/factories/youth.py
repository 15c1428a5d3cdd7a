"""The youth area's people: young members with their profile, and the youth coordinators of a country."""

from __future__ import annotations

import factory
from django.contrib.contenttypes.models import ContentType
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.moderation.models import ModeratedItem
from bik.network.models import CentreRole, Strand
from bik.youth import services
from bik.youth.models import YouthProfile
from tests.factories.accounts import UserFactory
from tests.factories.moderation import ModeratedItemFactory
from tests.factories.network import CentrePersonFactory


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
    """A youth coordinator, of Belgium's centre unless `country` says otherwise: looks after the young members of
    the centre's country."""

    class Params:
        role = Role.YOUTH_COORDINATOR
        kind = CentreRole.Kind.YOUTH_COORDINATOR
        strand = Strand.YOUTH
