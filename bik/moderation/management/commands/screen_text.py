"""Run the automatic screen over texts on standard input, one per line, and print one JSON object per line:
{"held": true/false, "reasons": [...]}. For evaluating the screen on any text set.

Any language code is accepted: one of the platform's languages is screened with its own patterns (and
English ones); any other code, or none, with every language's patterns."""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError

from bik.moderation.screen import LANGUAGES, Allowlist, base_language, screen
from bik.moderation.services import screen_allowlist


class Command(BaseCommand):
    help = "Screen texts from stdin (one per line); print one JSON object per line with held and reasons."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--language",
            default="",
            help=f"Language code ({', '.join(LANGUAGES)}); any other code or none uses every language's patterns.",
        )
        parser.add_argument("--also", action="append", default=[], help="Another language of the text (repeatable).")

    def handle(self, *args: Any, **options: Any) -> None:
        language = str(options["language"]).strip().lower() or None
        if language and base_language(language) not in LANGUAGES:
            self.stderr.write(f"Language {language!r} has no patterns of its own: every language's patterns apply.")
        also = tuple(str(code).lower() for code in options["also"])
        try:
            allow = screen_allowlist()
        except DatabaseError:  # no database yet: the screen itself needs none
            allow = Allowlist()
        for line in sys.stdin:
            text = line.rstrip("\n")
            result = screen(text, language, also=also, allow=allow)
            self.stdout.write(json.dumps({"held": result.held, "reasons": list(result.reasons)}, ensure_ascii=False))
