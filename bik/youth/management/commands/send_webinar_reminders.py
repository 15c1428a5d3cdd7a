"""Send the webinar reminders that are due and not yet sent (a safety net behind the queued tasks)."""

from typing import Any

from django.core.management.base import BaseCommand

from bik.youth import webinars


class Command(BaseCommand):
    help = "Email registered members whose webinar starts within a day and who have not been reminded yet."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = webinars.send_due_reminders()
        self.stdout.write(f"{sent} webinar reminders sent.")
