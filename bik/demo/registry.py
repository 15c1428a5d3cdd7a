"""Which rows are demo content. The demo marks every row it makes here, beside the production tables, so
production models need no demo column; the demo asks it what already exists, tests ask it for demo rows.

A row is recorded under its own model; a page under its specific page model, so a demo home page is a demo
`HomePage` and a demo `Page`. Asking about a model includes the models built on it (multi-table inheritance)."""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import Page

from bik.demo.models import DemoRecord

BATCH = 1000


def mark_demo(rows: models.Model | Iterable[models.Model]) -> None:
    """Record `rows` (a saved object, a queryset or a list of saved objects) as demo content; twice is harmless."""
    pairs: Iterable[tuple[int, int]]
    if isinstance(rows, models.QuerySet):
        if issubclass(rows.model, Page):
            pairs = rows.values_list("content_type_id", "pk")
        else:
            content_type_id = ContentType.objects.get_for_model(rows.model).pk
            pairs = ((content_type_id, pk) for pk in rows.values_list("pk", flat=True))
    else:
        pairs = (_key(row) for row in ([rows] if isinstance(rows, models.Model) else rows))
    records = [DemoRecord(content_type_id=content_type_id, object_id=pk) for content_type_id, pk in pairs]
    DemoRecord.objects.bulk_create(records, batch_size=BATCH, ignore_conflicts=True)


def demo_ids(model: type[models.Model]) -> models.QuerySet[DemoRecord, int]:
    """The primary keys of `model`'s demo rows, as a subquery: `Model.objects.filter(pk__in=demo_ids(Model))`."""
    return DemoRecord.objects.filter(content_type__in=_content_types(model)).values_list("object_id", flat=True)


def is_demo(row: models.Model) -> bool:
    return demo_ids(type(row)).filter(object_id=row.pk).exists()


def mark_translations() -> int:
    """Record the translations and aliases of demo rows (made by wagtail-localize, by `copy_for_translation` or by
    the synchronisation of the locale trees) as demo content too. Returns how many records were added."""
    before = DemoRecord.objects.count()
    for model in _models_with_records():
        if any(field.name == "translation_key" for field in model._meta.get_fields()):
            keys = model._base_manager.filter(pk__in=demo_ids(model)).values("translation_key")
            mark_demo(model._base_manager.filter(translation_key__in=keys).exclude(pk__in=demo_ids(model)))
    return DemoRecord.objects.count() - before


def forget_deleted() -> int:
    """Drop the records of demo rows that no longer exist (deleted by an editor, or with what they belonged to)."""
    forgotten = 0
    for model in _models_with_records():
        records = DemoRecord.objects.filter(content_type=ContentType.objects.get_for_model(model))
        forgotten += records.exclude(object_id__in=model._base_manager.values("pk")).delete()[0]
    return forgotten


def _key(row: models.Model) -> tuple[int, int]:
    if isinstance(row, Page):
        return row.content_type_id, row.pk
    return ContentType.objects.get_for_model(row).pk, row.pk


def _content_types(model: type[models.Model]) -> list[ContentType]:
    built_on = [other for other in apps.get_models() if issubclass(other, model) and not other._meta.proxy]
    return list(ContentType.objects.get_for_models(*built_on).values())


def _models_with_records() -> list[type[models.Model]]:
    content_types = ContentType.objects.filter(pk__in=DemoRecord.objects.values("content_type")).order_by("pk")
    return [model for content_type in content_types if (model := content_type.model_class()) is not None]
