"""No two countries share a name in any of the platform's languages: a hotline analyst choosing the hosting country,
or a visitor choosing a centre, must be able to tell Latvia from Lithuania in Serbian (django-countries' Serbian
catalogue names both "Литванија") and the two Congos apart in Slovak (bik/network/country_names.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from django.conf import settings
from django.utils import translation
from django_countries import countries

from bik.network.country_names import COUNTRY_NAMES


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_country_has_a_name_of_its_own(language: str) -> None:
    with translation.override(language):
        names = Counter(str(name) for _code, name in countries)
    assert [name for name, count in names.items() if count > 1] == []


def test_the_catalogues_list_every_country_as_django_countries_names_it() -> None:
    with translation.override("en"):
        assert [str(name) for name in COUNTRY_NAMES] == [str(name) for _code, name in countries]


@pytest.mark.parametrize("language", ["ga", "is", "mt"])
def test_languages_django_countries_has_no_catalogue_for_read_their_own_names(language: str) -> None:
    with translation.override(language):
        assert countries.name("DE") != "Germany"


def test_serbian_names_latvia_as_latvia() -> None:
    with translation.override("sr"):
        assert (countries.name("LV"), countries.name("LT")) == ("Летонија", "Литванија")
