"""Every offered language answers under its own prefix, Maltese included (Django ships nothing for it)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.utils.translation import get_language_info

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_home_page_answers_in_every_language(client: Client, language: str) -> None:
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert f'<html lang="{language}"' in response.content.decode()


def test_maltese_pages_stay_maltese(client: Client) -> None:
    for path in ("/mt/portal/", "/mt/centres/", "/mt/help/", "/mt/bulletin/subscribe/", "/mt/search/?q=privacy"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert '<html lang="mt"' in response.content.decode(), path


def test_a_maltese_browser_is_sent_to_the_maltese_site(client: Client) -> None:
    response = client.get("/", headers={"accept-language": "mt-MT,mt;q=0.9,en;q=0.5"})
    assert response["Location"] == "/mt/"


def test_maltese_has_a_name_and_a_date_format() -> None:
    from django.utils import formats, translation

    assert get_language_info("mt")["name_local"] == "Malti"
    with translation.override("mt"):
        assert formats.get_format("DATE_FORMAT") == "j E Y"  # E: the month as a date writes it (Jannar)
        assert formats.date_format(dt.date(2026, 1, 20)) == "20 Jannar 2026"
