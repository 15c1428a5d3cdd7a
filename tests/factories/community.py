"""The community of the centres' staff: memberships, and the members who hold them."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.community.models import Membership
from bik.network.models import Centre, CentreRole
from tests.factories.accounts import UserFactory
from tests.factories.network import CentreRoleFactory


class MembershipFactory(DjangoModelFactory[Membership]):
    """A place in the community, approved (what most tests need; `status=Membership.Status.PENDING` makes a
    request), in Belgium's centre unless `country` or `centre` says otherwise, of no strand."""

    class Meta:
        model = Membership

    class Params:
        country = "BE"

    user = factory.SubFactory(UserFactory)
    centre = factory.LazyAttribute(lambda membership: Centre.objects.get(country=membership.country))
    strands = factory.LazyFunction(list)
    job_title = "Officer"
    organisation = factory.LazyAttribute(lambda membership: membership.centre.name)
    status = Membership.Status.APPROVED


class CommunityMemberFactory(UserFactory):
    """An approved member of a centre's community (Belgium's unless `country` says otherwise), with the SIC
    member role and the second factor members must have. `membership__strands=[…]`, `membership__job_title=…`
    and the like shape the membership."""

    class Params:
        role = Role.SIC_MEMBER
        mfa = True
        country = "BE"

    membership = factory.RelatedFactory(
        MembershipFactory, factory_related_name="user", country=factory.SelfAttribute("..country")
    )


class CommunityCoordinatorFactory(CommunityMemberFactory):
    """A centre's coordinator in the community: an approved member of the centre (Belgium's unless `country` says
    otherwise) whose coordinator's place lets them decide who else joins it."""

    membership = factory.RelatedFactory(
        MembershipFactory,
        factory_related_name="user",
        country=factory.SelfAttribute("..country"),
        job_title="Coordinator",
    )
    centre_role = factory.RelatedFactory(
        CentreRoleFactory,
        factory_related_name="user",
        country=factory.SelfAttribute("..country"),
        role=CentreRole.Kind.COORDINATOR,
    )
