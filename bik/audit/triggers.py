"""The database refuses to change an audit log: one trigger per table, created by a migration.

PostgreSQL: a trigger rejects UPDATE and DELETE of rows (TRUNCATE, used only when a test database is flushed,
stays possible). SQLite: a trigger rejects UPDATE; DELETE stays possible there because Django's test flush
deletes rows one table at a time, and the model and queryset refuse deletes anyway (bik.audit.models)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import migrations


@dataclass(frozen=True)
class AppendOnlyTrigger:
    table: str  # the log's table, e.g. "hotline_hotlineauditentry"
    log_name: str  # as the database's refusal names it, e.g. "hotline audit log"

    def create(self, apps: Any, schema_editor: Any) -> None:
        vendor = schema_editor.connection.vendor
        message = f"the {self.log_name} is append-only"
        if vendor == "sqlite":
            schema_editor.execute(
                f"CREATE TRIGGER {self.table}_no_update BEFORE UPDATE ON {self.table}\n"
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END;"
            )
        elif vendor == "postgresql":
            schema_editor.execute(
                f"CREATE OR REPLACE FUNCTION {self.table}_refuse() RETURNS trigger AS $$\n"
                f"BEGIN RAISE EXCEPTION '{message}'; END;\n$$ LANGUAGE plpgsql;\n"
                f"CREATE TRIGGER {self.table}_append_only BEFORE UPDATE OR DELETE ON {self.table}\n"
                f"FOR EACH ROW EXECUTE FUNCTION {self.table}_refuse();"
            )

    def drop(self, apps: Any, schema_editor: Any) -> None:
        vendor = schema_editor.connection.vendor
        if vendor == "sqlite":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {self.table}_no_update;")
        elif vendor == "postgresql":
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS {self.table}_append_only ON {self.table};\n"
                f"DROP FUNCTION IF EXISTS {self.table}_refuse();"
            )

    def install(self) -> migrations.RunPython:
        """The migration operation that adds the trigger (and drops it when migrating back)."""
        return migrations.RunPython(self.create, self.drop)

    def lift(self) -> migrations.RunPython:
        """For a migration that must rewrite the log once: drop the trigger (install() it again afterwards)."""
        return migrations.RunPython(self.drop, self.create)
