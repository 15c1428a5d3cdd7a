"""Copies the rows flagged `is_demo` into the registry, so a database that already holds the demo keeps
recognising it. Each app's migration that drops its `is_demo` column depends on this one."""

from django.db import migrations

BATCH = 1000


def _flagged_models(apps):
    for model in apps.get_models():
        if not model._meta.proxy and any(field.name == "is_demo" for field in model._meta.local_fields):
            yield model


def _is_page(model):
    return any(parent._meta.label_lower == "wagtailcore.page" for parent in model._meta.get_parent_list())


def copy_flags(apps, schema_editor):
    """Pages are recorded under their specific page model (their `content_type`), other rows under their model."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    DemoRecord = apps.get_model("demo", "DemoRecord")
    for model in _flagged_models(apps):
        flagged = model._base_manager.filter(is_demo=True).order_by("pk")
        if not flagged.exists():
            continue
        if _is_page(model):
            pairs = flagged.values_list("content_type_id", "pk")
        else:
            content_type, _created = ContentType.objects.get_or_create(
                app_label=model._meta.app_label, model=model._meta.model_name
            )
            pairs = ((content_type.pk, pk) for pk in flagged.values_list("pk", flat=True))
        batch = []
        for content_type_id, pk in pairs:
            batch.append(DemoRecord(content_type_id=content_type_id, object_id=pk))
            if len(batch) == BATCH:
                DemoRecord.objects.bulk_create(batch, ignore_conflicts=True)
                batch = []
        DemoRecord.objects.bulk_create(batch, ignore_conflicts=True)


def restore_flags(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    DemoRecord = apps.get_model("demo", "DemoRecord")

    def content_types(models):
        wanted = {(model._meta.app_label, model._meta.model_name) for model in models}
        return [pk for pk, app_label, name in ContentType.objects.values_list("pk", "app_label", "model") if (app_label, name) in wanted]

    # A page's record names its specific page model, which may be built on the flagged one (a bulletin index is a
    # section page): any page model will do, page ids being unique across them.
    page_types = content_types(model for model in apps.get_models() if _is_page(model))
    for model in _flagged_models(apps):
        wanted = page_types if _is_page(model) else content_types([model])
        ids = DemoRecord.objects.filter(content_type_id__in=wanted).values("object_id")
        model._base_manager.filter(pk__in=ids).update(is_demo=True)


class Migration(migrations.Migration):
    dependencies = [
        ("demo", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("analytics", "0001_initial"),
        ("bulletin", "0003_focus_image_is_the_issue_image"),
        ("events", "0002_event_image_event_image_alt_event_image_decorative"),
        ("guide", "0003_onlineservice_image_onlineservice_image_alt_and_more"),
        ("hotline", "0002_audit_log_is_append_only"),
        ("impact", "0001_initial"),
        ("knowledge", "0002_pillars"),
        ("network", "0007_alter_centrerole_role"),
        ("news", "0004_alter_articlepage_body"),
        ("pages", "0002_home_page_hero_image"),
        ("partners", "0001_initial"),
        ("policy", "0001_initial"),
        ("research", "0002_partner_and_audiences"),
        ("resources", "0005_resource_youth_credit"),
        ("sid", "0004_merge_images_and_reach"),
        ("statistics", "0002_audit_log_is_append_only"),
        ("videos", "0002_poster_is_the_video_image"),
    ]

    operations = [migrations.RunPython(copy_flags, restore_flags)]
