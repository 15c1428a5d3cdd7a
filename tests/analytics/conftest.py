from __future__ import annotations

import pytest

from bik.analytics.recorder import BUFFER


@pytest.fixture(autouse=True)
def _empty_buffer() -> None:
    """Events other tests left in this process's buffer are not this test's."""
    BUFFER.take()
