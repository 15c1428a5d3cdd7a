from __future__ import annotations

from dataclasses import dataclass

import pytest

from bik.accounts.models import User
from bik.hotline import services
from bik.hotline.models import Report
from bik.network.models import Centre
from tests.factories.hotline import HotlineAnalystFactory


@dataclass
class Analysts:
    belgium: User
    france: User
    without_mfa: User  # a Belgian analyst who has not set up a second factor


@pytest.fixture
def analysts(db: None) -> Analysts:
    return Analysts(
        belgium=HotlineAnalystFactory.create(email="ana-be@cast.example", country="BE"),
        france=HotlineAnalystFactory.create(email="ana-fr@cast.example", country="FR"),
        without_mfa=HotlineAnalystFactory.create(email="ana-nomfa@cast.example", country="BE", mfa=False),
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
