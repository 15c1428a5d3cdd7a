"""The database itself refuses to change the audit log.

PostgreSQL: a trigger rejects UPDATE and DELETE of rows (TRUNCATE, used only when a test database is
flushed, stays possible). SQLite: a trigger rejects UPDATE; DELETE stays possible there because Django's
test flush deletes rows one table at a time, and the model and queryset refuse deletes anyway."""

from django.db import migrations

from bik.audit.triggers import AppendOnlyTrigger

TRIGGER = AppendOnlyTrigger("moderation_auditentry", "moderation audit log")


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [TRIGGER.install()]
