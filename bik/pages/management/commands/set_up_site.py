from typing import Any

from django.core.management.base import BaseCommand

from bik.pages.structure import set_up_site


class Command(BaseCommand):
    help = (
        "Make the site's structure after migrate: every language, the home page, the sections of the main menu and "
        "each tool's index page, in every language, and the reference lists (idempotent: what exists is left as it "
        "is). No demo content."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        built = set_up_site()
        self.stdout.write(
            f"Site structure ready: {built.pages_made} pages made, {built.aliases_made} made in the other languages."
        )
        for line in built.reference:
            self.stdout.write(line)
