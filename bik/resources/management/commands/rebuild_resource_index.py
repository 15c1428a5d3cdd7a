"""Rewrite the resource gallery's search index from the resources (after loading data with SQL, or to repair
it); publishing keeps it in step otherwise."""

from typing import Any

from django.core.management.base import BaseCommand

from bik.resources.search import rebuild_search_index


class Command(BaseCommand):
    help = "Rewrite the resource gallery's search index (text and listing rows) from the live resources."

    def handle(self, *args: Any, **options: Any) -> None:
        listed = rebuild_search_index()
        self.stdout.write(f"{listed} live resources indexed.")
