"""The triggers that make the database refuse to change the audit log (migration 0002 creates them; later
migrations that must rewrite the log once lift and restore them). Not a migration: the loader skips `_` names."""

SQLITE_FORWARD = """
CREATE TRIGGER moderation_auditentry_no_update BEFORE UPDATE ON moderation_auditentry
BEGIN SELECT RAISE(ABORT, 'the moderation audit log is append-only'); END;
"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS moderation_auditentry_no_update;"

POSTGRES_FORWARD = """
CREATE OR REPLACE FUNCTION moderation_auditentry_refuse() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the moderation audit log is append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER moderation_auditentry_append_only BEFORE UPDATE OR DELETE ON moderation_auditentry
FOR EACH ROW EXECUTE FUNCTION moderation_auditentry_refuse();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS moderation_auditentry_append_only ON moderation_auditentry;
DROP FUNCTION IF EXISTS moderation_auditentry_refuse();
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
