"""The Safer Internet Day demo: its editions are those of the reference file, bik/sid/data/sid-editions.csv."""

from __future__ import annotations

import datetime as dt

import pytest

from bik.sid.models import Edition

pytestmark = pytest.mark.django_db


def test_the_editions_come_from_the_reference_file() -> None:
    assert Edition.objects.get(year=2015).date == dt.date(2015, 2, 10)
    assert Edition.objects.get(year=2026).number == 23
