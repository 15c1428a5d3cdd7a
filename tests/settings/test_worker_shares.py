"""The parallel workers begin with the tests that need no database (tests/worker_databases.py), so they have work
while the controller builds the test database."""

from __future__ import annotations

from tests.worker_databases import first_in_each_share


def shares(items: list[int], workers: int) -> list[list[int]]:
    """The first shares `--dist worksteal` hands out: each idle worker in turn gets `len(pending) // left`."""
    pending, handed = list(items), []
    for share in range(workers):
        size = len(pending) // (workers - share)
        handed.append(pending[:size])
        del pending[:size]
    return handed


def test_each_workers_first_share_begins_with_the_picked_items() -> None:
    items = list(range(100))
    picked = {3, 4, 40, 41, 42, 77, 90, 98, 99}

    ordered = first_in_each_share(items, 3, lambda item: item in picked)

    assert sorted(ordered) == items
    first_shares = shares(ordered, 3)
    assert [share[:3] for share in first_shares] == [[3, 4, 40], [41, 42, 77], [90, 98, 99]]
    for share in first_shares:
        others = [item for item in share if item not in picked]
        assert others == sorted(others)  # the other items keep their order


def test_more_picked_items_than_fit_in_a_share_or_none_at_all() -> None:
    items = list(range(10))

    assert first_in_each_share(items, 4, lambda item: True) == items
    assert first_in_each_share(items, 4, lambda item: False) == items
    assert shares(first_in_each_share(items, 2, lambda item: item >= 3), 2) == [[3, 4, 5, 0, 1], [6, 7, 8, 9, 2]]
