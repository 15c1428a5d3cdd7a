"""Demo content of the SID mini-site: pictures for the reference editions (bik/sid/reference.py), the next edition
when the file has no future date, an organiser per network country, a SID committee, and supporters with
approved and pending events and actions in several countries. Idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.demo.datafiles import demo_data
from bik.demo.registry import mark_demo
from bik.demo.services import demo_account
from bik.network.models import Centre, CentreRole
from bik.pages.models import HomePage
from bik.pictures import demo as pictures
from bik.sid import reference
from bik.sid.models import (
    Action,
    CountryOrganiser,
    CountryProfile,
    Edition,
    EditionText,
    Format,
    Status,
    Supporter,
)
from bik.sid.services import next_sid_date, sanitise

DATA = demo_data("sid")


def _log(out: Any, message: str) -> None:
    if out is not None:
        out.write(message)


def _account(email: str, name: str) -> User:
    return demo_account(email, display_name=name[:60])


def ensure_editions(today: dt.date | None = None) -> None:
    """The reference editions (bik/sid/reference.py, made by set_up_site) get a picture each, and a next
    edition is added when none is announced."""
    today = today or timezone.localdate()
    reference.ensure_editions()
    years = [edition.year for edition in reference.reference_editions()]
    for edition in Edition.objects.filter(image__isnull=True, year__in=years):
        edition.image = pictures.picture_for("edition", str(edition.number))
        edition.image_decorative = True
        edition.save(update_fields=["image", "image_decorative"])
    latest = Edition.objects.order_by("-date").first()
    if latest is not None and latest.date < today:
        # The file stops at the last announced date; the demo needs a next edition for its countdown.
        year = max(latest.year + 1, today.year)
        date = next_sid_date(year)
        if date < today:
            year, date = year + 1, next_sid_date(year + 1)
        edition, created = Edition.objects.get_or_create(
            year=year,
            defaults={
                "number": latest.number + (year - latest.year),
                "date": date,
                "theme": DATA["next_theme"],
                "slogan": "Act together",
                "image": pictures.picture_for("edition", str(year)),
                "image_decorative": True,
            },
        )
        if created:
            mark_demo(edition)
    translations = DATA["theme_translations"]
    for edition in Edition.objects.filter(theme__in=translations):
        for language, words in translations[edition.theme].items():
            theme, slogan = words["theme"], words["slogan"]
            EditionText.objects.get_or_create(
                edition=edition, language=language, defaults={"theme": theme, "slogan": slogan}
            )


def ensure_organisers() -> int:
    count = 0
    for centre in Centre.objects.published():
        code = str(centre.country).lower()
        user = _account(f"sid-{code}@bik.example", f"SID organiser ({centre.country.code})")
        CentreRole.objects.get_or_create(user=user, centre=centre, role=CentreRole.Kind.COORDINATOR, strand="")
        count += 1
    committee_user = _account(DATA["committee"]["email"], "SID committee (Brazil)")
    CountryOrganiser.objects.get_or_create(user=committee_user, country=DATA["committee"]["country"])
    country_profile, created = CountryProfile.objects.get_or_create(
        country=DATA["committee"]["country"],
        defaults={
            "committee_name": DATA["committee"]["name"],
            "intro": "Schools, NGOs and companies across Brazil take part in Safer Internet Day every February.",
            "contact_name": "Comitê SID Brasil",
            "contact_email": "contato@sid-brasil.example",
        },
    )
    if created:
        mark_demo(country_profile)
    country_profile, created = CountryProfile.objects.get_or_create(
        country="PT",
        defaults={
            "intro": "In Portugal, the Safer Internet Centre coordinates Safer Internet Day with schools and partners.",
            "contact_name": "Equipa SID Portugal",
            "contact_email": "sid@centro-internet-segura.example",
        },
    )
    if created:
        mark_demo(country_profile)
    return count


def ensure_supporters(current: Edition, previous: Edition | None) -> int:
    created = 0
    for spec in DATA["supporters"]:
        user = _account(spec["email"], spec["name"])
        supporter, new = Supporter.objects.get_or_create(
            user=user,
            defaults={
                "name": spec["name"],
                "kind": spec["kind"],
                "country": spec["country"],
                "website": spec["website"],
            },
        )
        if new:
            mark_demo(supporter)
        for item in spec["actions"]:
            title, format_, status = item["title"], item["format"], item["status"]
            edition = previous if item["edition"] == "previous" and previous is not None else current
            if Action.objects.filter(supporter=supporter, title=title).exists():
                continue
            starts = dt.datetime.combine(edition.date, dt.time(10, 0), tzinfo=dt.UTC)
            action = Action.objects.create(
                supporter=supporter,
                edition=edition,
                country=supporter.country,
                kind=item["kind"],
                title=title,
                description=sanitise(f"<p>{title}. Everyone is welcome; bring your questions.</p>"),
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=2),
                timezone="UTC",
                format=format_,
                city=item["city"],
                online_url="https://meet.example/sid" if format_ == Format.ONLINE else "",
                audiences=f",{item['audiences']},",
                language=item["language"],
                status=status,
                reviewed_at=timezone.now() if status == Status.APPROVED else None,
            )
            mark_demo(action)
            created += 1
    return created


@transaction.atomic
def load(home: HomePage | None = None, out: Any = None) -> None:
    ensure_editions()
    organisers = ensure_organisers()
    current = Edition.objects.filter(date__gte=timezone.localdate()).order_by("date").first()
    current = current or Edition.objects.order_by("-date").first()
    if current is None:
        raise RuntimeError("No Safer Internet Day edition could be loaded.")
    previous = Edition.objects.filter(date__lt=current.date).order_by("-date").first()
    created = ensure_supporters(current, previous)
    _log(
        out,
        f"Safer Internet Day: {Edition.objects.count()} editions, {organisers} country organisers "
        f"(sid-<country>@bik.example), {created} new demo events and actions.",
    )
