"""Centre reporters made to order: a Belgian reporter with a second factor, and one who has none yet."""

from __future__ import annotations

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import Centre, CentreRole
from tests.conftest import make_user


def make_reporter(email: str, country: str = "BE", *, mfa: bool = True) -> User:
    user = make_user(email, Role.CENTRE_REPORTER, mfa=mfa)
    CentreRole.objects.create(
        user=user, centre=Centre.objects.get(country=country), role=CentreRole.Kind.CENTRE_REPORTER
    )
    return user


@pytest.fixture
def reporter(db: None) -> User:
    return make_reporter("rita@cast.example")
