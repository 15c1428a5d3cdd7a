"""People with a place in a Safer Internet Centre: the CentreRole that says which centre and what they do there.

Centres are never made here: the 31 centres of the network are in every test database."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from bik.network.models import Centre, CentreRole
from tests.factories.accounts import UserFactory


class CentreRoleFactory(DjangoModelFactory[CentreRole]):
    """A person's place in a centre: by default a member, of no strand, of Belgium's centre (`country` picks
    another centre, or pass `centre`)."""

    class Meta:
        model = CentreRole

    class Params:
        country = "BE"

    user = factory.SubFactory(UserFactory)
    centre = factory.LazyAttribute(lambda centre_role: Centre.objects.get(country=centre_role.country))
    role = CentreRole.Kind.MEMBER
    strand = ""


class CentrePersonFactory(UserFactory):
    """An account with a role in one centre: the role's group says what the person may do, the CentreRole
    where. The subclasses name the role (`role`, and `kind` and `strand` of the CentreRole); `country` picks the
    centre, Belgium's unless the test says otherwise."""

    class Params:
        country = "BE"
        kind = CentreRole.Kind.MEMBER
        strand = ""

    centre_role = factory.RelatedFactory(
        CentreRoleFactory,
        factory_related_name="user",
        country=factory.SelfAttribute("..country"),
        role=factory.SelfAttribute("..kind"),
        strand=factory.SelfAttribute("..strand"),
    )


class CentreCoordinatorFactory(CentrePersonFactory):
    """A centre's coordinator: decides who joins the centre's community and reviews its country's Safer Internet
    Day actions. The coordinator's place needs no group of its own."""

    class Params:
        kind = CentreRole.Kind.COORDINATOR
