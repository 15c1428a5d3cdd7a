from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from bik.hotline.reporting import purge_expired


class Command(BaseCommand):
    help = "Delete hotline reports older than BIK_HOTLINE_RETENTION_DAYS (run daily, e.g. from cron)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args: Any, **options: Any) -> None:
        count = purge_expired(dry_run=options["dry_run"])
        verb = "would be deleted" if options["dry_run"] else "deleted"
        self.stdout.write(f"{count} hotline reports older than {settings.BIK_HOTLINE_RETENTION_DAYS} days {verb}.")
