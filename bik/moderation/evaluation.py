"""Precision and recall of the automatic screen on a labelled set kept apart from its patterns.

The set (tests/moderation/evaluation/<lang>.jsonl, one JSON object a line: id, lang, text, held, category)
was written by people who never read the patterns. Only aggregate figures leave this module, never a text:
looking at the texts to tune the patterns would turn the set into one more set of the patterns' own examples.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bik.moderation.screen import screen

DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent.parent / "tests" / "moderation" / "evaluation"
CLEAN = "clean"


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0

    def add(self, *, expected: bool, held: bool) -> None:
        if expected and held:
            self.true_positives += 1
        elif held:
            self.false_positives += 1
        elif expected:
            self.false_negatives += 1
        else:
            self.true_negatives += 1

    @property
    def texts(self) -> int:
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


@dataclass
class Evaluation:
    overall: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=dict)
    # For held categories: how many of them the screen held; for "clean": how many it let through.
    by_category: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ms_per_text(self) -> float:
        return self.seconds * 1000 / self.overall.texts if self.overall.texts else 0.0

    def table(self) -> str:
        """Aggregate figures only, as a Markdown table per language and a line per category."""
        lines = ["| language | texts | precision | recall |", "|---|---:|---:|---:|"]
        for language, tally in sorted(self.by_language.items()):
            lines.append(f"| {language} | {tally.texts} | {tally.precision:.3f} | {tally.recall:.3f} |")
        overall = self.overall
        lines.append(f"| **all** | {overall.texts} | {overall.precision:.3f} | {overall.recall:.3f} |")
        lines.append("")
        lines.append("| category | texts | recall (held) or pass rate (clean) |")
        lines.append("|---|---:|---:|")
        for category, tally in sorted(self.by_category.items()):
            rate = tally.true_negatives / tally.texts if category == CLEAN else tally.recall
            lines.append(f"| {category} | {tally.texts} | {rate:.3f} |")
        lines.append("")
        lines.append(f"{self.ms_per_text:.3f} ms per text on average")
        return "\n".join(lines)


def load(directory: Path = DEFAULT_DIRECTORY) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def evaluate(rows: list[dict[str, object]]) -> Evaluation:
    result = Evaluation()
    started = time.perf_counter()
    for row in rows:
        language, category = str(row["lang"]), str(row["category"])
        expected = bool(row["held"])
        held = screen(str(row["text"]), language).held
        result.overall.add(expected=expected, held=held)
        result.by_language.setdefault(language, Tally()).add(expected=expected, held=held)
        result.by_category.setdefault(category, Tally()).add(expected=expected, held=held)
    result.seconds = time.perf_counter() - started
    return result


def category_recall_by_language(rows: list[dict[str, object]]) -> dict[str, Counter[str]]:
    """How many texts of each category the screen got right, per language (for finding where it is weak
    without reading the texts)."""
    right: dict[str, Counter[str]] = {}
    for row in rows:
        held = screen(str(row["text"]), str(row["lang"])).held
        if held == bool(row["held"]):
            right.setdefault(str(row["lang"]), Counter())[str(row["category"])] += 1
    return right


def reasons_on_clean_texts(rows: list[dict[str, object]]) -> Counter[str]:
    """Which reasons held texts labelled clean, counted per "language:reason" (where precision is lost)."""
    counts: Counter[str] = Counter()
    for row in rows:
        if row["held"]:
            continue
        for reason in screen(str(row["text"]), str(row["lang"])).reasons:
            counts[f"{row['lang']}:{reason}"] += 1
    return counts
