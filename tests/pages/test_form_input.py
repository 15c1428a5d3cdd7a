"""A form's cleaned data handed to a service's input dataclass."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bik.pages.forms import as_input


@dataclass(frozen=True)
class _Meeting:
    title: str
    minutes: int
    is_webinar: bool = False


def test_each_field_is_taken_by_name_and_the_forms_other_fields_are_left_aside() -> None:
    data = {"title": "Panel", "minutes": 45, "is_webinar": True, "confirm": True, "poster": object()}

    assert as_input(_Meeting, data) == _Meeting(title="Panel", minutes=45, is_webinar=True)


def test_a_field_the_form_does_not_have_keeps_its_default() -> None:
    assert as_input(_Meeting, {"title": "Panel", "minutes": 45}) == _Meeting("Panel", 45, is_webinar=False)


def test_a_required_field_missing_from_the_form_is_a_programming_error_not_a_silent_default() -> None:
    with pytest.raises(TypeError, match="minutes"):
        as_input(_Meeting, {"title": "Panel"})
