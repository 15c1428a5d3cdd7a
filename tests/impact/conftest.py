"""Centre reporters made to order."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from tests.factories.impact import CentreReporterFactory


def make_reporter(email: str, country: str = "BE", *, mfa: bool = True) -> User:
    return CentreReporterFactory.create(email=email, country=country, mfa=mfa)


@pytest.fixture
def reporter(db: None) -> User:
    return make_reporter("rita@cast.example")
