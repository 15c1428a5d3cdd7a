"""Demo content of the SID mini-site: the editions (bik/sid/data/sid-editions.csv, plus the next one when
the file has no future date), an organiser per network country, a SID committee, and supporters with
approved and pending events and actions in several countries. Idempotent."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from bik.accounts.models import User
from bik.demo.registry import mark_demo
from bik.network.models import Centre, CentreRole
from bik.pages.models import HomePage
from bik.pictures import demo as pictures
from bik.sid.models import (
    Action,
    ActionKind,
    CountryOrganiser,
    CountryProfile,
    Edition,
    EditionText,
    Format,
    Status,
    Supporter,
    SupporterKind,
)
from bik.sid.services import next_sid_date, sanitise

EDITIONS_CSV = Path(__file__).resolve().parent / "data" / "sid-editions.csv"
DEMO_PASSWORD = "better-internet-demo"  # noqa: S105 -- the demo accounts' published password (see README)
NEXT_THEME = "Together for a better internet"

THEME_TRANSLATIONS = {
    "Together for a better internet": {
        "fr": ("Ensemble pour un meilleur internet", "Agissons ensemble"),
        "de": ("Gemeinsam für ein besseres Internet", "Gemeinsam handeln"),
        "pt": ("Juntos por uma internet melhor", "Juntos fazemos a diferença"),
    },
}

COMMITTEE = {"country": "BR", "name": "Comitê Dia da Internet Segura Brasil", "email": "sid-committee-br@bik.example"}

SUPPORTERS: list[dict[str, Any]] = [
    {
        "email": "escola-lisboa@bik.example",
        "name": "Escola Básica de Alfama",
        "kind": SupporterKind.SCHOOL,
        "country": "PT",
        "website": "https://escola.example/alfama",
        "actions": [
            (
                "Family workshop: safer online gaming",
                ActionKind.EVENT,
                Format.IN_PERSON,
                "Lisbon",
                "parents,teens",
                "pt",
                Status.APPROVED,
                0,
            ),
            (
                "Classroom challenge: kind comments week",
                ActionKind.ACTION,
                Format.IN_PERSON,
                "Lisbon",
                "children",
                "pt",
                Status.PENDING,
                0,
            ),
            (
                "Assembly on passwords and privacy",
                ActionKind.EVENT,
                Format.IN_PERSON,
                "Lisbon",
                "children,teachers",
                "pt",
                Status.APPROVED,
                -1,
            ),
        ],
    },
    {
        "email": "techforgood@bik.example",
        "name": "Tech for Good Belgium",
        "kind": SupporterKind.ORGANISATION,
        "country": "BE",
        "website": "https://techforgood.example",
        "actions": [
            (
                "Webinar: AI and young people",
                ActionKind.EVENT,
                Format.ONLINE,
                "",
                "industry,teachers",
                "en",
                Status.APPROVED,
                0,
            ),
            (
                "Open day at our office",
                ActionKind.EVENT,
                Format.IN_PERSON,
                "Brussels",
                "general",
                "fr",
                Status.PENDING,
                0,
            ),
        ],
    },
    {
        "email": "parents-lyon@bik.example",
        "name": "Association des parents de Lyon",
        "kind": SupporterKind.ORGANISATION,
        "country": "FR",
        "website": "",
        "actions": [
            (
                "Soirée parents : écrans et sommeil",
                ActionKind.EVENT,
                Format.IN_PERSON,
                "Lyon",
                "parents",
                "fr",
                Status.APPROVED,
                0,
            ),
        ],
    },
    {
        "email": "lehrerin@bik.example",
        "name": "Anna Schmidt",
        "kind": SupporterKind.INDIVIDUAL,
        "country": "DE",
        "website": "",
        "actions": [
            (
                "Unterrichtsreihe: Fake News erkennen",
                ActionKind.ACTION,
                Format.ONLINE,
                "",
                "teens,teachers",
                "de",
                Status.APPROVED,
                0,
            ),
        ],
    },
    {
        "email": "safernet-school@bik.example",
        "name": "Escola Estadual Paulista",
        "kind": SupporterKind.SCHOOL,
        "country": "BR",
        "website": "",
        "actions": [
            (
                "Roda de conversa: cyberbullying",
                ActionKind.EVENT,
                Format.IN_PERSON,
                "São Paulo",
                "teens",
                "pt",
                Status.APPROVED,
                0,
            ),
            (
                "Live: segurança nas redes",
                ActionKind.EVENT,
                Format.ONLINE,
                "",
                "teens,parents",
                "pt",
                Status.PENDING,
                0,
            ),
        ],
    },
]


def _log(out: Any, message: str) -> None:
    if out is not None:
        out.write(message)


def _account(email: str, name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, DEMO_PASSWORD, display_name=name[:60])
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def ensure_editions(today: dt.date | None = None) -> None:
    today = today or timezone.localdate()
    with EDITIONS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            edition, created = Edition.objects.get_or_create(
                number=int(row["edition"]),
                defaults={
                    "year": int(row["year"]),
                    "date": dt.date.fromisoformat(row["date"]),
                    "theme": row["theme"],
                    "image": pictures.picture_for("edition", row["edition"]),
                    "image_decorative": True,
                },
            )
            if created:
                mark_demo(edition)
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
                "theme": NEXT_THEME,
                "slogan": "Act together",
                "image": pictures.picture_for("edition", str(year)),
                "image_decorative": True,
            },
        )
        if created:
            mark_demo(edition)
    for edition in Edition.objects.filter(theme__in=THEME_TRANSLATIONS):
        for language, (theme, slogan) in THEME_TRANSLATIONS[edition.theme].items():
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
    committee_user = _account(COMMITTEE["email"], "SID committee (Brazil)")
    CountryOrganiser.objects.get_or_create(user=committee_user, country=COMMITTEE["country"])
    country_profile, created = CountryProfile.objects.get_or_create(
        country=COMMITTEE["country"],
        defaults={
            "committee_name": COMMITTEE["name"],
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
    for spec in SUPPORTERS:
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
        for title, kind, format_, city, audiences, language, status, edition_offset in spec["actions"]:
            edition = current if edition_offset == 0 or previous is None else previous
            if Action.objects.filter(supporter=supporter, title=title).exists():
                continue
            starts = dt.datetime.combine(edition.date, dt.time(10, 0), tzinfo=dt.UTC)
            action = Action.objects.create(
                supporter=supporter,
                edition=edition,
                country=supporter.country,
                kind=kind,
                title=title,
                description=sanitise(f"<p>{title}. Everyone is welcome; bring your questions.</p>"),
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=2),
                timezone="UTC",
                format=format_,
                city=city,
                online_url="https://meet.example/sid" if format_ == Format.ONLINE else "",
                audiences=f",{audiences},",
                language=language,
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
