"""Shared fixtures of the Safer Internet Day tests."""

from __future__ import annotations

import pytest

from bik.sid.models import Edition
from tests.factories.sid import EditionFactory


@pytest.fixture
def edition(db: None) -> Edition:
    """The next Safer Internet Day, the current edition for which supporters submit their actions."""
    return EditionFactory.create()
