"""The demo's copy, kept as data: one YAML file per domain in bik/demo/data/ (<domain>.yaml), read here (HTML as
bik/datafiles.py says). The copy of the site's structure, which a deployment has without the demo, is
bik/pages/structure.yaml."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from bik.datafiles import read_data

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def demo_data(domain: str) -> dict[str, Any]:
    """The data file of `domain` (bik/demo/data/<domain>.yaml), read once per process. Callers must not change it."""
    return read_data(DATA_DIR / f"{domain}.yaml")
