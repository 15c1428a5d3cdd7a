from typing import Any

from django.core.management.base import BaseCommand

from bik.demo.services import load_demo


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (idempotent: only what is missing is created)."

    def handle(self, *args: Any, **options: Any) -> None:
        load_demo(out=self.stdout)
