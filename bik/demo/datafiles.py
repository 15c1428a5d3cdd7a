"""The demo's copy, kept as data: one YAML file per domain in bik/demo/data/ (<domain>.yaml), read here.

HTML (a key ending in `_html`) is written one block per line, so that it reads well: a line break between two tags
is dropped, any other line break reads as a space, exactly as in the folded text of the other keys."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def demo_data(domain: str) -> dict[str, Any]:
    """The data file of `domain` (bik/demo/data/<domain>.yaml), read once per process. Callers must not change it."""
    with (DATA_DIR / f"{domain}.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = _joined(yaml.safe_load(handle))
    return data


def _joined(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _html(value) if str(key).endswith("_html") else _joined(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_joined(item) for item in node]
    return node


def _html(text: str) -> str:
    return re.sub(r">\n<", "><", text).replace("\n", " ")
