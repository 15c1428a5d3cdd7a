from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from bik.statistics import services
from bik.statistics.models import Quarter


class Command(BaseCommand):
    help = "Email helplines that have not submitted the open quarters' statistics (run daily, e.g. from cron)."

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        for quarter in Quarter.objects.filter(locked_at__isnull=True):
            # From two weeks before the deadline, and every day after it.
            if (quarter.deadline - today).days <= 14:
                sent = services.send_reminders(quarter, today)
                self.stdout.write(f"{quarter}: {sent} centres reminded.")
