"""Run the automatic screen over texts on standard input, one per line, and print one JSON object per line:
{"held": true/false, "reasons": [...]}. For evaluating the screen on any text set."""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bik.moderation.screen import LANGUAGES, screen


class Command(BaseCommand):
    help = "Screen texts from stdin (one per line); print one JSON object per line with held and reasons."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", required=True, help=f"Language code, one of {', '.join(LANGUAGES)}.")

    def handle(self, *args: Any, **options: Any) -> None:
        language = str(options["language"]).lower()
        if language not in LANGUAGES:
            raise CommandError(f"Unsupported language {language!r}; use one of {', '.join(LANGUAGES)}.")
        for line in sys.stdin:
            text = line.rstrip("\n")
            result = screen(text, language)
            self.stdout.write(json.dumps({"held": result.held, "reasons": list(result.reasons)}, ensure_ascii=False))
