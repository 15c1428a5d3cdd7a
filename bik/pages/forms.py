"""What views hand from a form to a service."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

Input = TypeVar("Input")


def as_input(cls: type[Input], data: Mapping[str, Any]) -> Input:
    """A service's input dataclass from a form's cleaned data: each of its fields by name, the fields the form does
    not have (or left out) at their defaults, and the form's other fields (a file, a confirmation) left aside."""
    names = {field.name for field in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{name: value for name, value in data.items() if name in names})
