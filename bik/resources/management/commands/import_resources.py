from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bik.resources import imports


class Command(BaseCommand):
    help = "Import resources from a CSV or JSON file: every row is checked first, then all are written or none."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="a .csv or .json file (see bik/resources/imports.py)")
        parser.add_argument("--publish", action="store_true", help="publish them (default: import as drafts)")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        report = imports.import_resources(path.read_bytes(), path.name, publish=options["publish"])
        if not report.ok:
            for error in report.errors:
                where = f"row {error.row}" if error.row else "file"
                self.stderr.write(f"{where}: {error.message}")
            raise CommandError(f"Nothing was imported: {len(report.errors)} problem(s) in {path.name}.")
        state = "published" if options["publish"] else "as drafts"
        self.stdout.write(self.style.SUCCESS(f"{len(report.created)} resources imported {state}."))
