"""Print the screen's precision and recall on the labelled evaluation set: overall, per language and per
category. Only aggregate figures are printed, never a text of the set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bik.moderation import evaluation


class Command(BaseCommand):
    help = "Precision and recall of the automatic screen on the labelled set (aggregate figures only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--directory", default=str(evaluation.DEFAULT_DIRECTORY), help="Folder of <lang>.jsonl")
        parser.add_argument(
            "--by-language-and-category",
            action="store_true",
            help="Also count right answers per language and category.",
        )
        parser.add_argument(
            "--reasons-on-clean", action="store_true", help="Also count the reasons that held texts labelled clean."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        rows = evaluation.load(Path(options["directory"]))
        if not rows:
            raise CommandError(f"No labelled texts in {options['directory']}.")
        self.stdout.write(evaluation.evaluate(rows).table())
        if options["by_language_and_category"]:
            totals: dict[str, Counter[str]] = {}
            for row in rows:
                totals.setdefault(str(row["lang"]), Counter())[str(row["category"])] += 1
            right = evaluation.category_recall_by_language(rows)
            categories = sorted({category for counts in totals.values() for category in counts})
            self.stdout.write("\nright/total per language and category\n" + "lang " + " ".join(categories))
            for language in sorted(totals):
                cells = [f"{right.get(language, Counter())[c]}/{totals[language][c]}" for c in categories]
                self.stdout.write(f"{language} " + " ".join(cells))
        if options["reasons_on_clean"]:
            counts = evaluation.reasons_on_clean_texts(rows)
            listed = ", ".join(f"{key} {count}" for key, count in counts.most_common())
            self.stdout.write(f"\nreasons that held clean texts: {listed}")
