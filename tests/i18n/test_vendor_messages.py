"""Django and allauth ship no catalogue for some platform languages (allauth: Irish, Icelandic, Maltese; Django:
Maltese); the platform's carries their messages that visitors read, so the account pages and a form's errors
speak the visitor's language. Languages Django and allauth do speak keep their own words."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from django.test import Client

from bik.pages import allauth_messages
from tools import translations

pytestmark = pytest.mark.django_db

ACCOUNT_PAGES = ("login", "signup", "password/reset")


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


def _text(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(re.sub(r"\s+", " ", response.content.decode()))


def _allauth_phrases() -> list[str]:
    """allauth's messages of two words or more (a single word such as "Email" may be the same in a language)."""
    phrases = {str(message) for message in allauth_messages.ALLAUTH_MESSAGES}
    return sorted(phrase for phrase in phrases if " " in phrase and "%" not in phrase and "\n" not in phrase)


@pytest.mark.parametrize("language", ["ga", "is", "mt"])
@pytest.mark.parametrize("page", ACCOUNT_PAGES)
def test_the_account_pages_speak_the_languages_allauth_does_not(client: Client, language: str, page: str) -> None:
    english = _text(client, f"/en/accounts/{page}/")
    shown = [phrase for phrase in _allauth_phrases() if phrase in english]
    assert "Sign In" in shown or "Password Reset" in shown or "Sign Up" in shown  # the page is allauth's

    translated = _text(client, f"/{language}/accounts/{page}/")

    assert [phrase for phrase in shown if phrase in translated] == []


def test_french_keeps_djangos_own_words(client: Client) -> None:
    page = client.post("/fr/accounts/signup/", {"email": "not-an-address"}).content.decode()

    assert "Saisissez une adresse de courriel valide." in page


def test_the_list_of_allauths_messages_is_the_installed_allauths(tmp_path: Path) -> None:
    written = tmp_path / "allauth_messages.py"

    translations.write_allauth_module(written)

    assert written.read_text(encoding="utf-8") == Path(allauth_messages.__file__).read_text(encoding="utf-8"), (
        "run `python tools/translations.py allauth` and `make makemessages`, then translate the new entries"
    )
