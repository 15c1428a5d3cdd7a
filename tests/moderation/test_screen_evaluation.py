"""The screen judged on texts its authors never read: precision and recall of `held`, overall and per language.

Two independent labelled sets, stored apart from the patterns' own examples (tests/moderation/screen_examples.py):
- `evaluation/`: 64 texts in each of the 28 languages, written before the screen was extended; its authors only
  ever saw aggregate figures of it, never a text.
- `evaluation-holdout/`: 24 texts per language, written after the last change to the patterns and never used
  to tune them.

Issue #13's target is precision and recall of 0.95 overall and 0.90 in every language. The screen does not
reach it yet. Measured 2026-12-04 with the learned model (bik/moderation/classifier.py) beside the patterns,
trained on four writers' batches: the first set 0.967 / 0.912 (two batches: 0.960 / 0.909; patterns alone:
0.973 / 0.821), the hold-out 0.930 / 0.982 (two batches: 0.926 / 0.970; patterns alone: 0.966 / 0.938). The
floors below are those figures, to be raised as the screen improves. Two were lowered, once: the first set's
lowest recall in a language went from 0.795 (three batches) to 0.773 (four), one text in one language, and the
hold-out's precision from 0.935 to 0.930 (two more harmless posts held for a moderator), while the fourth batch
raised the figures on texts of writers the model never saw (the third batch judged by a model trained without
it: precision 0.888 → 0.914, recall 0.658 → 0.670; `tools/screen_model/train.py --check`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bik.moderation import evaluation
from bik.moderation.screen import LANGUAGES

SETS = Path(__file__).resolve().parent
# (overall precision, overall recall, lowest precision in a language, lowest recall in a language)
FLOORS = {
    "evaluation": (0.96, 0.91, 0.90, 0.77),
    "evaluation-holdout": (0.929, 0.98, 0.80, 0.91),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def judged(request: pytest.FixtureRequest) -> tuple[str, evaluation.Evaluation]:
    name: str = request.param
    outcome = evaluation.evaluate(evaluation.load(SETS / name))
    print(f"\n{name}\n{outcome.table()}")
    return name, outcome


def test_each_set_covers_every_platform_language(judged: tuple[str, evaluation.Evaluation]) -> None:
    name, outcome = judged
    assert set(outcome.by_language) == set(LANGUAGES)
    assert min(tally.texts for tally in outcome.by_language.values()) >= (60 if name == "evaluation" else 24)


def test_the_screen_holds_at_least_what_it_held_when_the_set_was_added(
    judged: tuple[str, evaluation.Evaluation],
) -> None:
    name, outcome = judged
    precision, recall, language_precision, language_recall = FLOORS[name]

    assert outcome.overall.precision >= precision
    assert outcome.overall.recall >= recall
    assert min(tally.precision for tally in outcome.by_language.values()) >= language_precision
    assert min(tally.recall for tally in outcome.by_language.values()) >= language_recall
