"""Send the daily forum digests. Run it once a day (cron, a systemd timer or the platform's scheduler):

python manage.py send_forum_digests            # send now, in this process
python manage.py send_forum_digests --enqueue  # leave the work to a task worker
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from bik.community.forums import services, tasks


class Command(BaseCommand):
    help = "Email each member who chose the daily digest the new posts in the threads and forums they follow."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--enqueue", action="store_true", help="Enqueue a task instead of sending here.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["enqueue"]:
            result = tasks.send_forum_digests.enqueue()
            self.stdout.write(f"Enqueued digest task {result.id}.")
            return
        sent = services.send_digests()
        self.stdout.write(f"{sent} forum digests sent.")
