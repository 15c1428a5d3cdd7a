"""The fuzz suite's fixed budget, and a tally of what it tried (printed at the end of the run by
tests/fuzz/conftest.py): `make test` must stay within about two minutes on two cores."""

from __future__ import annotations

from collections import Counter

# Examples per API operation (14 operations), per public page's query string, and per public form.
API_EXAMPLES = 20
QUERY_EXAMPLES = 4
FORM_EXAMPLES = 4

TALLY: Counter[str] = Counter()
SERVER_ERRORS: list[str] = []


def count_request(kind: str, status: int, where: str = "") -> None:
    TALLY[kind] += 1
    if status >= 500:
        SERVER_ERRORS.append(f"{kind} {status} {where}")
