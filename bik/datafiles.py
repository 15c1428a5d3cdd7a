"""Copy kept as data: YAML files read here (the site's structure, bik/pages/structure.yaml; the demo's copy,
bik/demo/data/; the screen's patterns, bik/moderation/screen_languages/).

HTML (a key ending in `_html`) is written one block per line, so that it reads well: a line break between two tags
is dropped, any other line break reads as a space, exactly as in the folded text of the other keys."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser where PyYAML was built with it (its wheels are): ten times the pure-Python one's speed.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(path: Path) -> dict[str, Any]:
    """The YAML file at `path`, its HTML joined as the module says."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = _joined(yaml.load(handle, Loader=_LOADER))  # noqa: S506 -- a safe loader, C or Python
    return data


def _joined(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _html(value) if str(key).endswith("_html") else _joined(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_joined(item) for item in node]
    return node


def _html(text: str) -> str:
    return re.sub(r">\n<", "><", text).replace("\n", " ")
