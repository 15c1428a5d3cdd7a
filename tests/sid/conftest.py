"""The SID demo (editions, organisers per country, supporters) in the test database, as `make run` has it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session", autouse=True)
def sid_demo(django_db_setup: None, django_db_blocker: Any) -> None:
    from bik.sid import demo

    with django_db_blocker.unblock():
        demo.load()
