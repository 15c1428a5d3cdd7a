"""The demo's bulletin archive: two issues, in English and in French."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_demo_archive_has_two_issues_in_english_and_french(client: Client) -> None:
    english = client.get("/en/bulletin/").content.decode()
    french = client.get("/fr/bulletin/").content.decode()

    assert "growing up with AI companions" in english
    assert "Safer Internet Day is coming" in english
    assert "grandir avec des compagnons IA" in french
    assert "le Safer Internet Day approche" in french
