"""The one way a number is read from a request (query string, form field, URL part, webhook body).

`str.isdigit()` accepts "²" and "٣", and `int()` accepts "٣", " 7", "+7" and "1_000" and turns 5,000 digits
into a ValueError or a number no database column holds; each of those was a 500 somewhere. `strict_int`
accepts ASCII digits only, within bounds, and answers None for anything else, so the caller falls back
(page 1, no filter) or answers 400/404."""

from __future__ import annotations

# The largest value of a 64-bit signed integer column: the widest id any of our tables (or SQLite) holds.
MAX_ID = 2**63 - 1
_MAX_DIGITS = len(str(MAX_ID))


def strict_int(value: object, *, minimum: int = 0, maximum: int = MAX_ID) -> int | None:
    """`value` as an int if it is a string of ASCII digits (or an int, not a bool) between `minimum` and
    `maximum` inclusive; None otherwise. Never raises."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and 0 < len(value) <= _MAX_DIGITS and value.isascii() and value.isdigit():
        number = int(value)
    else:
        return None
    return number if minimum <= number <= maximum else None


def strict_id(value: object) -> int | None:
    """A database id from a request: a positive integer a 64-bit column can hold, else None."""
    return strict_int(value, minimum=1)
