"""The database itself refuses to change the audit log.

PostgreSQL: a trigger rejects UPDATE and DELETE of rows (TRUNCATE, used only when a test database is
flushed, stays possible). SQLite: a trigger rejects UPDATE; DELETE stays possible there because Django's
test flush deletes rows one table at a time, and the model and queryset refuse deletes anyway."""

from django.db import migrations

from bik.moderation.migrations._append_only import backward, forward

class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
