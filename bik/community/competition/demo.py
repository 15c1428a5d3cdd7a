"""Demo competition (bik/demo/data/competition.yaml): a closed spring round whose Belgian winner is featured on the
public page, and an autumn round open for entries with two entries. Idempotent by title; dates relative to the first
load."""

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
from bik.demo.datafiles import demo_data
from bik.network.models import Centre
from bik.resources.services import published_resources

ADMIN_EMAIL = "admin@bik.example"


def _member_of(country: str, people: list[User]) -> User | None:
    membership = (
        Membership.objects.approved()
        .filter(centre__country=country, user__in=people)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership is not None else None


def _round(spec: dict[str, Any], admin: User | None, today: dt.date) -> Round:
    """The round of `spec`, its dates reckoned in days from `today`."""
    days = spec["days"]
    return Round.objects.create(
        title=spec["title"],
        description=spec["description"],
        submissions_open_on=today + dt.timedelta(days=days["submissions_open"]),
        submissions_close_on=today + dt.timedelta(days=days["submissions_close"]),
        voting_close_on=today + dt.timedelta(days=days["voting_close"]),
        created_by=admin,
    )


def _spring(spec: dict[str, Any], admin: User | None, people: list[User], today: dt.date) -> None:
    if Round.objects.filter(title=spec["title"]).exists():
        return
    spring = _round(spec, admin, today)
    entries: dict[str, Entry] = {}
    for item in spec["entries"]:
        country = item["country"]
        entries[country] = Entry.objects.create(
            round=spring,
            centre=Centre.objects.get(country=country),
            submitted_by=_member_of(country, people),
            title=item["title"],
            description=item["description"],
            link=item["link"],
        )
    for voter, choice in spec["votes"].items():
        Vote.objects.create(
            round=spring,
            centre=Centre.objects.get(country=voter),
            entry=entries[choice],
            cast_by=_member_of(voter, people),
        )
    winner = entries[spec["winner"]]
    winner.is_featured = True
    winner.featured_at = timezone.now()
    winner.featured_by = admin
    winner.save(update_fields=["is_featured", "featured_at", "featured_by"])


def _autumn(spec: dict[str, Any], admin: User | None, people: list[User], today: dt.date) -> None:
    if Round.objects.filter(title=spec["title"]).exists():
        return
    autumn = _round(spec, admin, today)
    country = spec["resource_entry"]
    member = _member_of(country, people)
    resource = published_resources().filter(centre__country=country).first()
    resource = resource or published_resources().order_by("pk").first()
    if member is not None and resource is not None:
        services.submit_entry(member, autumn, resource=resource)
    entry = spec["entry"]
    writer = _member_of(entry["country"], people)
    if writer is not None:
        services.submit_entry(
            writer, autumn, title=entry["title"], description=entry["description"], link=entry["link"]
        )


@transaction.atomic
def load(home: Any, out: Any = None) -> None:
    data = demo_data("competition")
    people = demo_members()
    admin = User.objects.filter(email=ADMIN_EMAIL).first()
    today = timezone.localdate()
    _spring(data["spring"], admin, people, today)
    _autumn(data["autumn"], admin, people, today)
    if out is not None:
        out.write(f"{Round.objects.count()} competition rounds ready.")
