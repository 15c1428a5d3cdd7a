"""The background write of a batch of counts (the web process only queues it)."""

from __future__ import annotations

from typing import Any

from django_tasks import task


@task()
def write_counts(rows: list[list[Any]]) -> int:
    from bik.analytics.recorder import write

    return write(rows)
