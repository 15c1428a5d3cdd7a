"""The community of the centres' staff: memberships and the members who hold them, and what the members share
in the community's rooms: network meetings, and the rounds of the resource competition with their entries and
votes."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from bik.accounts.roles import Role
from bik.community.competition.models import Entry, Round, Vote
from bik.community.meetings.models import Meeting
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


class CommunityMeetingFactory(DjangoModelFactory[Meeting]):
    """A two-hour online network meeting two weeks from now (`days=-30` makes one held a month ago), on the hour
    and in Brussels time, with an agenda."""

    class Meta:
        model = Meeting

    class Params:
        days = 14

    title = factory.Sequence(lambda number: f"Network meeting {number}")
    kind = Meeting.Kind.MEETING
    starts_at = factory.LazyAttribute(
        lambda meeting: (timezone.now() + dt.timedelta(days=meeting.days)).replace(minute=0, second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda meeting: meeting.starts_at + dt.timedelta(hours=2))
    timezone = "Europe/Brussels"
    online_url = "https://meet.example.org/network"
    agenda = "<ul><li>Welcome</li><li>News from the centres</li></ul>"


class RoundFactory(DjangoModelFactory[Round]):
    """A round of the resource competition open for entries: it opened 5 days ago, takes entries for 10 days
    and votes for 10 more. `opened_days_ago=15` makes a round in its voting, 30 a closed one, -3 one not open
    yet."""

    class Meta:
        model = Round

    class Params:
        opened_days_ago = 5

    title = factory.Sequence(lambda number: f"Resource competition round {number}")
    description = "Resources about artificial intelligence."
    submissions_open_on = factory.LazyAttribute(
        lambda competition_round: timezone.localdate() - dt.timedelta(days=competition_round.opened_days_ago)
    )
    submissions_close_on = factory.LazyAttribute(
        lambda competition_round: competition_round.submissions_open_on + dt.timedelta(days=9)
    )
    voting_close_on = factory.LazyAttribute(
        lambda competition_round: competition_round.submissions_open_on + dt.timedelta(days=19)
    )


class EntryFactory(DjangoModelFactory[Entry]):
    """The entry of Belgium's centre (`country` picks another) in a new open round: a new resource described with
    a link, entered by a member of the centre. `is_featured=True` shows it on the public winners page."""

    class Meta:
        model = Entry

    class Params:
        country = "BE"

    round = factory.SubFactory(RoundFactory)
    centre = factory.LazyAttribute(lambda entry: Centre.objects.get(country=entry.country))
    submitted_by = factory.SubFactory(CommunityMemberFactory, country=factory.SelfAttribute("..country"))
    title = factory.Sequence(lambda number: f"Competition entry {number}")
    description = "A resource for classes."
    link = factory.Sequence(lambda number: f"https://resources.example.org/entry-{number}")
    is_featured = False
    featured_at = factory.Maybe("is_featured", factory.LazyFunction(timezone.now), None)


class VoteFactory(DjangoModelFactory[Vote]):
    """The vote of Germany's centre (`country` picks another) for an entry (Belgium's, in a new round unless
    `entry` says otherwise), cast by a member of the centre."""

    class Meta:
        model = Vote

    class Params:
        country = "DE"

    entry = factory.SubFactory(EntryFactory)
    round = factory.SelfAttribute("entry.round")
    centre = factory.LazyAttribute(lambda vote: Centre.objects.get(country=vote.country))
    cast_by = factory.SubFactory(CommunityMemberFactory, country=factory.SelfAttribute("..country"))
