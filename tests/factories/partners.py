"""Research and industry partners: the organisations, and the people who act for them."""

from __future__ import annotations

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.partners.models import PartnerMember, PartnerOrganisation
from tests.factories.accounts import UserFactory


class PartnerOrganisationFactory(DjangoModelFactory[PartnerOrganisation]):
    """An approved research organisation (`kind` and `status` say otherwise), its slug made from its name."""

    class Meta:
        model = PartnerOrganisation

    name = factory.Sequence(lambda number: f"Partner organisation {number}")
    slug = factory.LazyAttribute(lambda organisation: slugify(organisation.name))
    kind = PartnerOrganisation.Kind.RESEARCH
    description = "We study things."
    status = PartnerOrganisation.Status.APPROVED


class PartnerMemberFactory(DjangoModelFactory[PartnerMember]):
    """A person acting for an organisation."""

    class Meta:
        model = PartnerMember

    organisation = factory.SubFactory(PartnerOrganisationFactory)
    user = factory.SubFactory(UserFactory, role=Role.PARTNER, mfa=True)


class PartnerFactory(UserFactory):
    """A person with the partner role and the second factor it needs before acting (`mfa=False` for one who has
    not set it up yet), acting for `organisation` when one is given."""

    class Params:
        role = Role.PARTNER
        mfa = True
        organisation: PartnerOrganisation | None = None

    partner_member = factory.Maybe(
        "organisation",
        factory.RelatedFactory(
            PartnerMemberFactory, factory_related_name="user", organisation=factory.SelfAttribute("..organisation")
        ),
    )
