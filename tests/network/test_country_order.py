"""Countries are listed by their name in the reader's language, not by code; the SID mini-site lists the
countries taking part first."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.conf import settings
from django.test import Client
from django.utils import translation

from bik.network.countries import name_key
from bik.network.models import Centre
from bik.sid.services import country_choices, participating_countries

pytestmark = pytest.mark.django_db


def _option_names(html: str, select_name: str) -> list[str]:
    select = re.search(rf'<select [^>]*name="{select_name}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    options = re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]+)</option>', select.group(1))
    return [name.strip() for _code, name in options]


@pytest.mark.parametrize("language", ["fr", "de", "it", "pl"])
def test_the_help_page_lists_countries_by_their_name_in_the_page_language(client: Client, language: str) -> None:
    names = _option_names(client.get(f"/{language}/help/").content.decode(), "country")
    assert len(names) == Centre.objects.published().count()
    assert names == sorted(names, key=name_key)
    with translation.override(language):
        by_code = [str(centre.country.name) for centre in Centre.objects.published().order_by("country")]
    assert names != by_code  # the order really is the language's, not the codes'


def test_the_centres_directory_is_in_the_order_of_the_readers_names(client: Client) -> None:
    html = client.get("/de/centres/").content.decode()
    listed = re.findall(r'href="/de/centres/([a-z]{2})/"', html[html.index('id="centre-list-heading"') :])
    with translation.override("de"):
        expected = sorted(Centre.objects.published(), key=lambda centre: name_key(str(centre.country.name)))
    assert list(dict.fromkeys(listed)) == [centre.country.code.lower() for centre in expected]


def test_sid_country_choices_list_the_countries_taking_part_first() -> None:
    with translation.override("pt"):
        (_first_label, first), (_other_label, others) = country_choices()
        taking_part = participating_countries()
        assert {code for code, _name in first} == taking_part
        assert not taking_part & {code for code, _name in others}
        assert [name for _code, name in first] == sorted((name for _code, name in first), key=name_key)
    assert len(first) >= Centre.objects.filter(is_active=True).count()


def test_the_sid_registration_form_offers_them_grouped(client: Client) -> None:
    html = Client(HTTP_HOST=settings.BIK_SID_HOST).get("/fr/supporters/register/").content.decode()
    assert html.count("<optgroup") == 2


def test_the_community_join_form_lists_centres_by_country_name() -> None:
    from bik.community.forms import MembershipRequestForm

    with translation.override("de"):
        field = MembershipRequestForm().fields["centre"]
        assert isinstance(field, forms.ModelChoiceField)
        names = [str(label) for value, label in field.iterator(field) if value]
    assert names == sorted(names, key=name_key)
    assert len(names) == Centre.objects.filter(is_active=True).count()
