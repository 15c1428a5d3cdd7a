"""The Safer Internet Day editions a deployment starts with (bik/sid/reference.py, from
shared/reference/sid-editions.csv): every test database has them, as a deployment does after `set_up_site`."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from bik.pages.structure import set_up_site
from bik.sid.models import Edition
from bik.sid.reference import EDITIONS_CSV
from tests.sid.helpers import sid_client

pytestmark = pytest.mark.django_db


def _editions() -> list[tuple[int, int, dt.date, str]]:
    return list(Edition.objects.order_by("number").values_list("number", "year", "date", "theme"))


def test_a_deployment_has_the_editions_of_the_reference_file() -> None:
    with EDITIONS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    assert _editions() == [
        (int(row["edition"]), int(row["year"]), dt.date.fromisoformat(row["date"]), row["theme"]) for row in rows
    ]
    assert (rows[0]["year"], rows[-1]["year"]) == ("2015", "2026")
    assert "Safer Internet Day: 12 editions." in set_up_site().reference


def test_the_archive_lists_them_from_the_first_day() -> None:
    body = sid_client().get("/en/editions/").content.decode()

    assert "Play your part for a better internet!" in body
    assert "2015" in body


def test_setting_up_again_leaves_what_editors_changed() -> None:
    Edition.objects.filter(year=2015).delete()
    Edition.objects.filter(year=2026).update(theme="Together for a better internet, every day")
    before = _editions()

    set_up_site()

    assert _editions() == before
    assert not Edition.objects.filter(year=2015).exists()


def test_without_any_edition_the_reference_editions_come_back() -> None:
    Edition.objects.all().delete()

    set_up_site()

    assert Edition.objects.count() == 12
