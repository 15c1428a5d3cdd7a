from __future__ import annotations

import pytest

from bik.search import registry


@pytest.fixture(autouse=True)
def _own_providers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test registers and unregisters search providers in its own copy: the real ones (the resources' and
    the other domains') are all back for the next test in this process."""
    monkeypatch.setattr(registry, "_providers", dict(registry._providers))
