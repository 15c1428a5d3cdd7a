"""Wagtail's search and reference indexes, updated once per row while the demo loads.

Wagtail queues an index update (one task for the search index, one for the reference index) at every save. The
demo saves most rows several times: a page is created, revised, published, then copied or aliased into every
language. While it loads, the updates are collected instead, and each row that still exists gets one of each at
the end (run at once by the tests' immediate backend, by the worker under `make run`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.apps import apps
from django.db.models import Model
from django.db.models.signals import post_save
from django_tasks.base import Task
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from modelsearch.tasks import insert_or_update_object_task
from wagtail import signal_handlers as wagtail_signals
from wagtail.models import ReferenceIndex
from wagtail.tasks import update_reference_index_task

Key = tuple[str, str, str]  # app label, model name, primary key: the arguments of both index tasks


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

    def enqueue(self, task: Task[Any, Any]) -> int:
        """Queue `task` once for every collected row that still exists; returns how many."""
        by_model: dict[tuple[str, str], list[str]] = {}
        for app_label, model_name, pk in self.keys:
            by_model.setdefault((app_label, model_name), []).append(pk)
        queued = 0
        for (app_label, model_name), pks in by_model.items():
            model = apps.get_model(app_label, model_name)
            existing = {str(pk) for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)}
            for pk in pks:
                if pk in existing:
                    task.enqueue(app_label, model_name, pk)
                    queued += 1
        return queued


@contextmanager
def updated_once_at_the_end() -> Iterator[None]:
    searched = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    search = _Collector(search_signals.post_save_signal_handler, searched)
    references = _Collector(wagtail_signals.update_reference_index_on_save, list(ReferenceIndex.tracked_models))
    with search, references:
        yield
    search.enqueue(insert_or_update_object_task)
    references.enqueue(update_reference_index_task)
