"""The database itself refuses to change the audit log.

PostgreSQL: a trigger rejects UPDATE and DELETE of rows (TRUNCATE, used only when a test database is
flushed, stays possible). SQLite: a trigger rejects UPDATE; DELETE stays possible there because Django's
test flush deletes rows one table at a time, and the model and queryset refuse deletes anyway."""

from django.db import migrations

SQLITE_FORWARD = """
CREATE TRIGGER hotline_hotlineauditentry_no_update BEFORE UPDATE ON hotline_hotlineauditentry
BEGIN SELECT RAISE(ABORT, 'the hotline audit log is append-only'); END;
"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS hotline_hotlineauditentry_no_update;"

POSTGRES_FORWARD = """
CREATE OR REPLACE FUNCTION hotline_hotlineauditentry_refuse() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the hotline audit log is append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER hotline_hotlineauditentry_append_only BEFORE UPDATE OR DELETE ON hotline_hotlineauditentry
FOR EACH ROW EXECUTE FUNCTION hotline_hotlineauditentry_refuse();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS hotline_hotlineauditentry_append_only ON hotline_hotlineauditentry;
DROP FUNCTION IF EXISTS hotline_hotlineauditentry_refuse();
"""


def forward(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_FORWARD)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)


def backward(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_BACKWARD)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("hotline", "0001_reports_urls_assessments_forwards_timeline_audit")]

    operations = [migrations.RunPython(forward, backward)]
