"""Wagtail's search and reference indexes, updated once per row while the demo loads.

Wagtail queues an index update (one task for the search index, one for the reference index) at every save. The
demo saves most rows several times: a page is created, revised, published, then copied or aliased into every
language. While it loads, the updates are collected instead; at the end the search index gets one task per model
(its rows that still exist, added in one bulk insert a class) and the reference index one per row that still
exists (run at once by the tests' immediate backend, by the worker under `make run`). The tests' page factories
(tests/factories/pages.py) make each page the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.apps import apps
from django.db.models import Model
from django.db.models.signals import post_save
from django_tasks import task
from django_tasks.base import Task
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends_with_name
from wagtail import signal_handlers as wagtail_signals
from wagtail.models import ReferenceIndex
from wagtail.tasks import update_reference_index_task

Key = tuple[str, str, str]  # app label, model name, primary key: a collected row


class _Collector:
    def __init__(self, original: Any, models: list[type[Model]]) -> None:
        self.original, self.models = original, models
        self.keys: dict[Key, None] = {}  # an ordered set

    def __call__(self, sender: type[Model], instance: Model, raw: bool = False, **kwargs: Any) -> None:
        if not raw:
            self.keys[instance._meta.app_label, instance._meta.model_name or "", str(instance.pk)] = None

    def __enter__(self) -> _Collector:
        for model in self.models:
            post_save.disconnect(self.original, sender=model)
            post_save.connect(self, sender=model, weak=False)
        return self

    def __exit__(self, *exc: object) -> None:
        for model in self.models:
            post_save.disconnect(self, sender=model)
            post_save.connect(self.original, sender=model)

    def by_model(self) -> dict[tuple[str, str], list[str]]:
        """The collected rows that still exist, by (app label, model name)."""
        collected: dict[tuple[str, str], list[str]] = {}
        for app_label, model_name, pk in self.keys:
            collected.setdefault((app_label, model_name), []).append(pk)
        existing = {}
        for (app_label, model_name), pks in collected.items():
            rows = apps.get_model(app_label, model_name)._default_manager.filter(pk__in=pks)
            found = {str(pk) for pk in rows.values_list("pk", flat=True)}
            existing[app_label, model_name] = [pk for pk in pks if pk in found]
        return existing

    def enqueue_each(self, task: Task[Any, Any]) -> int:
        """Queue `task` once for every collected row that still exists; returns how many."""
        queued = 0
        for (app_label, model_name), pks in self.by_model().items():
            for pk in pks:
                task.enqueue(app_label, model_name, pk)
                queued += 1
        return queued

    def enqueue_by_model(self, task: Task[Any, Any]) -> int:
        """Queue `task` once for every model, with its collected rows that still exist; returns how many."""
        queued = 0
        for (app_label, model_name), pks in self.by_model().items():
            if pks:
                task.enqueue(app_label, model_name, pks)
                queued += 1
        return queued


@task()
def add_to_search_index(app_label: str, model_name: str, pks: list[str]) -> None:
    """Rows of one model into the search index of every backend that follows saves, a bulk insert per class (a
    page is indexed as its specific page), as modelsearch's per-row task would add them one by one."""
    model = apps.get_model(app_label, model_name)
    by_class: dict[type[Model], list[Any]] = {}
    for row in model._default_manager.filter(pk__in=pks):
        indexed = row.get_indexed_instance()
        if indexed is not None:
            by_class.setdefault(type(indexed), []).append(indexed)
    for indexed_class, rows in by_class.items():
        # Only rows of the class's indexed objects (e.g. live pages only, where a model says so).
        allowed = set(
            indexed_class.get_indexed_objects()  # type: ignore[attr-defined]
            .filter(pk__in=[row.pk for row in rows])
            .values_list("pk", flat=True)
        )
        rows = [row for row in rows if row.pk in allowed]
        if rows:
            for _name, backend in get_search_backends_with_name(with_auto_update=True):
                backend.add_bulk(indexed_class, rows)


_collecting = threading.local()


@contextmanager
def updated_once_at_the_end() -> Iterator[None]:
    """Collect the index updates of the saves inside, and queue them once per row (search: once per model) at the
    end. Within another such block, the outer one collects."""
    if getattr(_collecting, "active", False):
        yield
        return
    _collecting.active = True
    try:
        with _collected():
            yield
    finally:
        _collecting.active = False


@contextmanager
def _collected() -> Iterator[None]:
    searched = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    search = _Collector(search_signals.post_save_signal_handler, searched)
    references = _Collector(wagtail_signals.update_reference_index_on_save, list(ReferenceIndex.tracked_models))
    with search, references:
        yield
    search.enqueue_by_model(add_to_search_index)
    references.enqueue_each(update_reference_index_task)
