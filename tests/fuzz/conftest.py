"""Prints how many requests the fuzz suite tried and how many 5xx it met."""

from __future__ import annotations

from typing import Any

from tests.fuzz.budget import SERVER_ERRORS, TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TALLY:
        tried = ", ".join(f"{kind}: {count}" for kind, count in sorted(TALLY.items()))
        terminalreporter.write_line(
            f"fuzz: {sum(TALLY.values())} requests ({tried}); {len(SERVER_ERRORS)} server errors"
        )
