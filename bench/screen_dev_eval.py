"""Score the automatic screen on the development set (tests/moderation/development/<lang>.jsonl, or a
directory given with --set): precision and recall per language and per category, and every miss.

    .venv/bin/python bench/screen_dev_eval.py [--set DIR] [--misses] [--language xx]

The development set is the patterns' own examples set, written blind by someone other than the patterns'
author and free to read and tune on. Never point this at tests/moderation/evaluation*/: those sets are judged
by their aggregate figures only (tests/moderation/test_screen_evaluation.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bik.moderation import evaluation  # noqa: E402 -- after the path is set
from bik.moderation.screen import screen  # noqa: E402

DEVELOPMENT = BASE_DIR / "tests" / "moderation" / "development"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEVELOPMENT)
    parser.add_argument("--misses", action="store_true", help="print every text the screen gets wrong")
    parser.add_argument("--language", help="only this language")
    args = parser.parse_args()
    if "evaluation" in args.set.resolve().name:
        parser.error("the evaluation sets are judged by their aggregate figures only")
    rows = evaluation.load(args.set)
    if args.language:
        rows = [row for row in rows if row["lang"] == args.language]
    print(evaluation.evaluate(rows).table())
    if args.misses:
        for row in rows:
            result = screen(str(row["text"]), str(row["lang"]))
            if result.held != bool(row["held"]):
                kind = "MISSED" if row["held"] else "FALSE "
                reasons = ",".join(result.reasons)
                print(f"{kind} {row['lang']} {row['category']:10} [{reasons}] {row['text']}")


if __name__ == "__main__":
    main()
