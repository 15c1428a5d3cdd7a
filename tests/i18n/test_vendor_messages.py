"""Django and allauth ship no Maltese catalogue; the platform's carries their messages that visitors read, so a
Maltese form speaks Maltese when it refuses what was typed. Languages Django does speak keep its own words."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_maltese_sign_up_form_explains_its_errors_in_maltese(client: Client) -> None:
    page = client.post("/mt/accounts/signup/", {"email": "not-an-address"}).content.decode()

    assert "Daħħal indirizz tal-email validu." in page
    assert "Din il-kaxxa hija meħtieġa." in page
    assert "Enter a valid email address." not in page
    assert "This field is required." not in page


def test_the_maltese_sign_in_form_is_maltese(client: Client) -> None:
    page = client.get("/mt/accounts/login/").content.decode()

    assert "Ftakar fija" in page
    assert "Remember Me" not in page


def test_french_keeps_djangos_own_words(client: Client) -> None:
    page = client.post("/fr/accounts/signup/", {"email": "not-an-address"}).content.decode()

    assert "Saisissez une adresse de courriel valide." in page
