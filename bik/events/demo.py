# ruff: noqa: E501 -- demo prose: one sentence per field reads better than split strings
"""Demo events: the events page under the portal and events across the network, some online, some past, written
for the project. Dates are set relative to the day the demo is loaded so the list always has upcoming events and
an archive. Idempotent: only missing events are added."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page

from bik.demo.registry import mark_demo
from bik.events.models import Event, EventAudience, EventFormat, EventIndexPage
from bik.network.models import Centre
from bik.pages.models import HomePage, SectionPage
from bik.pictures import demo as pictures

DEMO_NOTE = "<p><em>Demo event written for this project; it does not take place.</em></p>"
F, A = EventFormat, EventAudience

# slug, title, days from today, local start "HH:MM", duration in hours, format, venue, city, country, organiser, audience, language, description
EVENTS: list[tuple[str, str, int, str, float, str, str, str, str, str, str, str, str]] = [
    (
        "safer-internet-forum",
        "Safer Internet Forum",
        21,
        "09:00",
        32,
        F.HYBRID,
        "Square conference centre, Mont des Arts",
        "Brussels",
        "BE",
        "BE",
        A.POLICYMAKERS,
        "en",
        "The yearly meeting of policymakers, researchers, industry, young people and Safer Internet Centres on how to make the internet better for children.",
    ),
    (
        "webinar-ai-companions",
        "Webinar: AI companions and teenagers",
        7,
        "16:00",
        1.5,
        F.ONLINE,
        "",
        "",
        "",
        "IE",
        A.PARENTS,
        "en",
        "What parents should know about chatbots that present themselves as friends, and how to talk about them at home.",
    ),
    (
        "helpline-training-grooming",
        "Helpline training: recognising online grooming",
        14,
        "10:00",
        3,
        F.ONLINE,
        "",
        "",
        "GR",
        "GR",
        A.PROFESSIONALS,
        "el",
        "A training session for helpline counsellors on the warning signs of grooming and how to support callers.",
    ),
    (
        "parents-evening-lyon",
        "Parents' evening: screens at home",
        10,
        "18:30",
        2,
        F.IN_PERSON,
        "Médiathèque du Bachut",
        "Lyon",
        "FR",
        "FR",
        A.PARENTS,
        "fr",
        "An evening of questions and answers about family rules for screens, games and social media.",
    ),
    (
        "teachers-workshop-berlin",
        "Workshop for teachers: media literacy in the classroom",
        28,
        "14:00",
        4,
        F.IN_PERSON,
        "Landesinstitut für Schule und Medien",
        "Berlin",
        "DE",
        "DE",
        A.TEACHERS,
        "de",
        "Hands-on lesson plans on spotting misinformation, for teachers of 10 to 15 year-olds.",
    ),
    (
        "youth-panel-meetup-warsaw",
        "Youth panel meet-up",
        35,
        "11:00",
        5,
        F.IN_PERSON,
        "Centrum Nauki Kopernik",
        "Warsaw",
        "PL",
        "PL",
        A.YOUNG_PEOPLE,
        "pl",
        "Members of youth panels from across the region share their campaigns and plan the next Safer Internet Day.",
    ),
    (
        "hotline-analysts-exchange",
        "Hotline analysts' exchange",
        42,
        "09:30",
        7,
        F.IN_PERSON,
        "Fondazione Bruno Kessler",
        "Rome",
        "IT",
        "IT",
        A.PROFESSIONALS,
        "it",
        "Hotline analysts compare notes on assessing reports and working with law enforcement and industry.",
    ),
    (
        "industry-roundtable-age-assurance",
        "Industry roundtable: age assurance",
        49,
        "13:00",
        3,
        F.HYBRID,
        "Nieuwspoort",
        "The Hague",
        "NL",
        "NL",
        A.INDUSTRY,
        "en",
        "Platforms, regulators and children's advocates discuss age assurance that respects privacy.",
    ),
    (
        "gaming-safety-lisbon",
        "Safer gaming day",
        56,
        "10:00",
        6,
        F.IN_PERSON,
        "Pavilhão do Conhecimento",
        "Lisbon",
        "PT",
        "PT",
        A.CHILDREN,
        "pt",
        "Games, quizzes and short talks for children and families about playing safely online.",
    ),
    (
        "online-consultation-research",
        "Online consultation: research priorities",
        63,
        "15:00",
        2,
        F.ONLINE,
        "",
        "",
        "",
        "",
        A.RESEARCHERS,
        "en",
        "Researchers and centres discuss which questions about children's online lives need answers first.",
    ),
    (
        "safer-internet-day-celebration-tallinn",
        "Safer Internet Day celebration",
        -30,
        "10:00",
        6,
        F.IN_PERSON,
        "Kultuurikatel",
        "Tallinn",
        "EE",
        "EE",
        A.EVERYONE,
        "et",
        "Workshops, a school quiz and an exhibition of pupils' posters for Safer Internet Day.",
    ),
    (
        "webinar-sextortion",
        "Webinar: responding to sextortion",
        -14,
        "17:00",
        1.5,
        F.ONLINE,
        "",
        "",
        "FI",
        "FI",
        A.TEACHERS,
        "fi",
        "How schools can respond when a pupil is blackmailed with intimate images, and where to get help.",
    ),
    (
        "cyberbullying-conference-athens",
        "Conference on cyberbullying",
        -45,
        "09:00",
        8,
        F.IN_PERSON,
        "Technopolis",
        "Athens",
        "GR",
        "GR",
        A.TEACHERS,
        "el",
        "Research findings and classroom practice on preventing cyberbullying among 13 to 15 year-olds.",
    ),
    (
        "youth-hackathon-vienna",
        "Youth hackathon: ideas for a kinder internet",
        -60,
        "09:00",
        30,
        F.HYBRID,
        "Impact Hub",
        "Vienna",
        "AT",
        "AT",
        A.YOUNG_PEOPLE,
        "de",
        "Teams of young people design tools and campaigns against online hate.",
    ),
    (
        "network-training-online",
        "Network training: new reporting rules",
        -7,
        "10:00",
        2,
        F.ONLINE,
        "",
        "",
        "",
        "BE",
        A.PROFESSIONALS,
        "en",
        "Staff of the centres learn what the new reporting rules mean for helplines and hotlines.",
    ),
]


def load(home: HomePage, out: Any = None) -> None:
    _index(home)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = set(Event.objects.filter(locale=english).values_list("slug", flat=True))
    centres = {centre.country.code: centre for centre in Centre.objects.all()}
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    today = timezone.localdate()
    added = 0
    for slug, title, days, start, hours, kind, venue, city, country, organiser, audience, language, text in EVENTS:
        if slug in existing:
            continue
        hour, minute = (int(part) for part in start.split(":"))
        starts_at = dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute), tzinfo=zone)
        event = Event(
            image=pictures.picture_for("event", slug),
            title=title,
            slug=slug,
            description=f"<p>{text}</p>{DEMO_NOTE}",
            starts_at=starts_at,
            ends_at=starts_at + dt.timedelta(hours=hours),
            format=kind,
            venue=venue,
            city=city,
            country=country,
            online_url=f"https://events.bik.example/{slug}" if kind != F.IN_PERSON else "",
            organiser=centres.get(organiser),
            audience=audience,
            language=language,
            locale=english,
        )
        event.full_clean()
        event.save()
        mark_demo(event)
        event.save_revision().publish()
        added += 1
    if out is not None and added:
        out.write(f"{added} demo events added.")


def _index(home: HomePage) -> EventIndexPage:
    portal: Page | None = SectionPage.objects.child_of(home).filter(slug="portal").first()
    parent: Page = portal or home
    existing: EventIndexPage | None = EventIndexPage.objects.child_of(parent).filter(slug="events").first()
    if existing is not None:
        return existing
    index = EventIndexPage(
        title="Events",
        slug="events",
        intro="Conferences, trainings, webinars and Safer Internet Day celebrations of the network of Safer Internet Centres, online and across Europe.",
        show_in_menus=False,
    )
    parent.add_child(instance=index)
    mark_demo(index)
    index.save_revision().publish()
    return index
