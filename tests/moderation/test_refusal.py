"""Why a write was refused, as the writer reads it on the form."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from bik.moderation.forms import BUSY, BUSY_YOUNG, refusal
from bik.moderation.services import RateLimitError, Suspended


def test_too_much_in_a_short_time_is_said_gently_and_more_gently_to_young_people() -> None:
    assert str(refusal(RateLimitError())) == "You have written a lot in a short time. Please try again later."
    assert refusal(RateLimitError(), busy=BUSY_YOUNG) == BUSY_YOUNG
    assert BUSY != BUSY_YOUNG


def test_a_services_reason_is_shown_as_it_gave_it() -> None:
    assert refusal(ValidationError(["Too short.", "No links, please."])) == "Too short. No links, please."
    assert refusal(Suspended("Your account is suspended until Friday.")) == "Your account is suspended until Friday."
    assert refusal(ValueError("This thread is locked.")) == "This thread is locked."


def test_a_refusal_without_a_reason_gets_the_fallback() -> None:
    assert str(refusal(PermissionDenied())) == "You cannot write here."
    assert refusal(PermissionDenied(), fallback="You cannot change your profile now.") == (
        "You cannot change your profile now."
    )
