"""Safer Internet Day: its editions, the supporters who submit actions, and the SID committees that organise it in
countries without a Safer Internet Centre (a country's centre coordinators review its actions otherwise, see
`CentreCoordinatorFactory`)."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from bik.sid.models import CountryOrganiser, CountryProfile, Edition, EditionText, Supporter, SupporterKind
from bik.sid.services import next_sid_date
from tests.factories.accounts import UserFactory

# SID 2004 was the first edition: an edition's number is its year less this.
FIRST_YEAR_BEFORE = 2003


def next_sid_year(today: dt.date | None = None) -> int:
    """The year of the next Safer Internet Day, today's if today is the day."""
    today = today or timezone.localdate()
    return today.year if next_sid_date(today.year) >= today else today.year + 1


class EditionFactory(DjangoModelFactory[Edition]):
    """The next Safer Internet Day, so that `current_edition()` finds it: its year's usual date (the Tuesday of
    the second week of February), its number counted from SID 2004, an English theme and no slogan. `year` picks
    another edition, whose number and date follow; a year of the reference editions (bik/sid/reference.py, in the
    test database from set_up_site) gives that edition as it is."""

    class Meta:
        model = Edition
        django_get_or_create = ("year",)

    year = factory.LazyFunction(next_sid_year)
    number = factory.LazyAttribute(lambda edition: edition.year - FIRST_YEAR_BEFORE)
    date = factory.LazyAttribute(lambda edition: next_sid_date(edition.year))
    theme = "Together for a better internet"


class EditionTextFactory(DjangoModelFactory[EditionText]):
    """An edition's theme and slogan in French (`language` picks another)."""

    class Meta:
        model = EditionText

    edition = factory.SubFactory(EditionFactory)
    language = "fr"
    theme = "Ensemble pour un meilleur internet"
    slogan = "Agissons ensemble"


class SupporterFactory(DjangoModelFactory[Supporter]):
    """A Portuguese school taking part in Safer Internet Day, with an account to submit its actions."""

    class Meta:
        model = Supporter

    user = factory.SubFactory(UserFactory)
    name = "Escola Teste"
    kind = SupporterKind.SCHOOL
    country = "PT"


class CountryProfileFactory(DjangoModelFactory[CountryProfile]):
    """What Portugal's organisers say about SID there, with no committee and no contacts (`committee_name` for a
    country without a centre)."""

    class Meta:
        model = CountryProfile

    country = "PT"
    intro = "Schools and partners take part in Safer Internet Day every February."


class CountryOrganiserFactory(DjangoModelFactory[CountryOrganiser]):
    """A member of Brazil's SID committee, who reviews Brazil's actions (`country` picks another country; one
    without a centre, or its coordinators review)."""

    class Meta:
        model = CountryOrganiser

    user = factory.SubFactory(UserFactory)
    country = "BR"
