from __future__ import annotations

import pytest

from bik.analytics.models import DailyCount
from bik.analytics.recorder import BUFFER


@pytest.fixture(autouse=True)
def _empty_buffer() -> None:
    """Events other tests left in this process's buffer are not this test's."""
    BUFFER.take()


@pytest.fixture(autouse=True)
def _no_demo_counts(db: None) -> None:
    """The test database holds the demo counts; these tests count their own."""
    DailyCount.objects.all().delete()
