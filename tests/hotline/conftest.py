from __future__ import annotations

from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.hotline import services
from bik.hotline.models import Report
from bik.network.models import Centre, CentreRole, Strand
from tests.conftest import make_user


@dataclass
class Analysts:
    belgium: User
    france: User
    without_mfa: User  # a Belgian analyst who has not set up a second factor


def _analyst(email: str, country: str, *, mfa: bool = True) -> User:
    user = make_user(email, Role.HOTLINE_ANALYST, mfa=mfa)
    CentreRole.objects.create(
        user=user,
        centre=Centre.objects.get(country=country),
        role=CentreRole.Kind.HOTLINE_ANALYST,
        strand=Strand.HOTLINE,
    )
    return user


@pytest.fixture
def analysts(db: None) -> Analysts:
    return Analysts(
        belgium=_analyst("ana-be@cast.example", "BE"),
        france=_analyst("ana-fr@cast.example", "FR"),
        without_mfa=_analyst("ana-nomfa@cast.example", "BE", mfa=False),
    )


@pytest.fixture
def belgian_report(db: None) -> Report:
    return services.submit_report(
        Centre.objects.get(country="BE"),
        urls=["https://shop.example/gallery/item?utm_source=chat", "files.example/share/abc"],
        kind="child_abuse",
        where_seen="website",
        description="Found through a link in a chat.",
    )


@pytest.fixture
def french_report(db: None) -> Report:
    """The same first address, reported to the French hotline in another form."""
    return services.submit_report(
        Centre.objects.get(country="FR"),
        urls=["HTTPS://SHOP.example:443/gallery/item#photos"],
        kind="child_abuse",
        where_seen="social",
    )
