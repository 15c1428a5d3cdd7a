"""Leaving deletes the person, not the conversation, and the audit log stops naming people.

- A moderated item and a report stay when their author or reporter deletes their account (SET_NULL).
- The audit log keeps actors by id and the role they acted in: the "name <email>" column goes, and reports'
  own words are cut from existing entries (only the reason code stays). The append-only triggers are lifted
  for this one rewrite and put back afterwards, in the same transaction on PostgreSQL.
- Moderation records whose content no longer exists (left behind by earlier cascades) are removed."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from bik.audit.triggers import AppendOnlyTrigger

TRIGGER = AppendOnlyTrigger("moderation_auditentry", "moderation audit log")

AUTHOR_ACTIONS = ("edited", "resubmitted")


def pseudonymise(apps, schema_editor):  # type: ignore[no-untyped-def]
    AuditEntry = apps.get_model("moderation", "AuditEntry")
    for entry in AuditEntry.objects.all().iterator():
        if entry.actor_id is None:
            role = "screen"
        elif entry.action == "reported":
            role = "reporter"
        elif entry.action in AUTHOR_ACTIONS:
            role = "author"
        else:
            role = "moderator"
        reason = entry.reason
        if entry.action == "reported":
            reason = reason.split(":", 1)[0].strip()  # "bullying: what the reporter wrote" → "bullying"
        AuditEntry.objects.filter(pk=entry.pk).update(actor_role=role, reason=reason)


def drop_orphaned_items(apps, schema_editor):  # type: ignore[no-untyped-def]
    ModeratedItem = apps.get_model("moderation", "ModeratedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for content_type in ContentType.objects.filter(pk__in=ModeratedItem.objects.values("content_type")):
        try:
            model = apps.get_model(content_type.app_label, content_type.model)
        except LookupError:
            model = None
        items = ModeratedItem.objects.filter(content_type=content_type, object_id__isnull=False)
        if model is not None:
            items = items.exclude(object_id__in=model.objects.values("pk"))
        items.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0002_audit_log_is_append_only"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        TRIGGER.lift(),
        migrations.AlterField(
            model_name="moderateditem",
            name="author",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="moderated_items",
                to=settings.AUTH_USER_MODEL,
                verbose_name="author",
            ),
        ),
        migrations.AlterField(
            model_name="report",
            name="reporter",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="reports_made",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="actor_role",
            field=models.CharField(
                choices=[
                    ("screen", "automatic screen"),
                    ("author", "author"),
                    ("reporter", "reporter"),
                    ("moderator", "moderator"),
                    ("admin", "network admin"),
                ],
                default="moderator",
                editable=False,
                max_length=20,
            ),
            preserve_default=False,
        ),
        migrations.RunPython(pseudonymise, migrations.RunPython.noop),
        migrations.RemoveField(model_name="auditentry", name="actor_name"),
        migrations.RunPython(drop_orphaned_items, migrations.RunPython.noop),
        TRIGGER.install(),
    ]
