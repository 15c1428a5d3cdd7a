"""Demo competition: a closed spring round whose Belgian winner is featured on the public page, and an
autumn round open for entries with two entries. Idempotent by title; dates relative to the first load."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.community.competition import services
from bik.community.competition.models import Entry, Round, Vote
from bik.community.demo import demo_members
from bik.community.models import Membership
from bik.network.models import Centre
from bik.resources.services import published_resources

ADMIN_EMAIL = "admin@bik.example"
CLOSED_TITLE = "Spring 2026 resource competition"
OPEN_TITLE = "Autumn 2026 resource competition"

# (country, title, description, link)
SPRING_ENTRIES = (
    (
        "BE",
        "Stop, think, report: a sextortion card game",
        "A card game for classes of 12 to 15 year olds: each card is a message a stranger might send, and the "
        "class decides together what to do next. Comes with a teacher's guide.",
        "https://www.childfocus.be",
    ),
    (
        "DE",
        "Parents' evening kit: the first smartphone",
        "Slides, a short film and a handout for a parents' evening about the first smartphone: settings, "
        "screen time and talking about what children see online.",
        "https://www.klicksafe.de",
    ),
    (
        "IE",
        "Report it: a short film about reporting illegal images",
        "A three-minute animated film that explains what happens after you report an image to a hotline.",
        "https://www.hotline.ie",
    ),
)
# Voting centre -> the country of the entry it voted for.
SPRING_VOTES = {"FR": "BE", "IT": "BE", "GR": "BE", "PT": "DE", "BE": "IE", "DE": "BE", "IE": "DE"}


def _member_of(country: str, people: list[User]) -> User | None:
    membership = (
        Membership.objects.approved()
        .filter(centre__country=country, user__in=people)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership is not None else None


def _spring(admin: User | None, people: list[User], today: dt.date) -> None:
    if Round.objects.filter(title=CLOSED_TITLE).exists():
        return
    spring = Round.objects.create(
        title=CLOSED_TITLE,
        description="Show us a resource your centre made for children, teenagers or parents this year.",
        submissions_open_on=today - dt.timedelta(days=240),
        submissions_close_on=today - dt.timedelta(days=210),
        voting_close_on=today - dt.timedelta(days=190),
        created_by=admin,
    )
    entries: dict[str, Entry] = {}
    for country, title, description, link in SPRING_ENTRIES:
        entries[country] = Entry.objects.create(
            round=spring,
            centre=Centre.objects.get(country=country),
            submitted_by=_member_of(country, people),
            title=title,
            description=description,
            link=link,
        )
    for voter, choice in SPRING_VOTES.items():
        Vote.objects.create(
            round=spring,
            centre=Centre.objects.get(country=voter),
            entry=entries[choice],
            cast_by=_member_of(voter, people),
        )
    winner = entries["BE"]
    winner.is_featured = True
    winner.featured_at = timezone.now()
    winner.featured_by = admin
    winner.save(update_fields=["is_featured", "featured_at", "featured_by"])


def _autumn(admin: User | None, people: list[User], today: dt.date) -> None:
    if Round.objects.filter(title=OPEN_TITLE).exists():
        return
    autumn = Round.objects.create(
        title=OPEN_TITLE,
        description="This round's theme is artificial intelligence: resources that help children, parents or "
        "teachers understand AI-made images, chatbots and recommendation feeds.",
        submissions_open_on=today - dt.timedelta(days=10),
        submissions_close_on=today + dt.timedelta(days=20),
        voting_close_on=today + dt.timedelta(days=40),
        created_by=admin,
    )
    belgian = _member_of("BE", people)
    resource = published_resources().filter(centre__country="BE").first()
    resource = resource or published_resources().order_by("pk").first()
    if belgian is not None and resource is not None:
        services.submit_entry(belgian, autumn, resource=resource)
    italian = _member_of("IT", people)
    if italian is not None:
        services.submit_entry(
            italian,
            autumn,
            title="Chatbot or friend? A lesson plan for 10 to 12 year olds",
            description="A 50-minute lesson in which pupils compare answers from a chatbot and from a friend, "
            "and learn what a chatbot does with what they tell it. Made with our youth panel.",
            link="https://www.generazioniconnesse.it",
        )


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    people = demo_members()
    admin = User.objects.filter(email=ADMIN_EMAIL).first()
    today = timezone.localdate()
    _spring(admin, people, today)
    _autumn(admin, people, today)
    if out is not None:
        out.write(f"{Round.objects.count()} competition rounds ready.")
