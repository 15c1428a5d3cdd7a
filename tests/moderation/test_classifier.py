"""The screen's learned half (bik/moderation/classifier.py): what it was trained on, what it reads, and what it
adds to the patterns."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bik.moderation import classifier, evaluation
from bik.moderation.screen import LANGUAGES, SELF_HARM, normalise, relaxed, screen
from tools.screen_model import data

TESTS = Path(__file__).resolve().parent


def _stored() -> dict[str, object]:
    with gzip.open(classifier.MODEL_FILE, "rt", encoding="utf-8") as stored:
        data: dict[str, object] = json.load(stored)
    return data


def _texts(directory: Path) -> set[str]:
    return {normalise(str(row["text"])).strip() for row in evaluation.load(directory)}


def test_the_model_was_trained_on_every_platform_language() -> None:
    trained_on = _stored()["trained_on"]
    assert isinstance(trained_on, dict)
    assert set(LANGUAGES) <= set(trained_on)
    assert min(trained_on[language] for language in LANGUAGES) >= 100


def test_no_text_of_the_evaluation_sets_is_trained_on() -> None:
    judged = _texts(TESTS / "evaluation") | _texts(TESTS / "evaluation-holdout")
    trained = {normalise(str(row["text"])).strip() for row in data.training_rows()}
    assert len(trained) > 10_000
    assert not trained & judged, f"{len(trained & judged)} evaluation texts in the training rows"


def test_the_same_words_give_the_same_features_whatever_the_script_case_or_accents() -> None:
    def read(text: str) -> set[str]:
        return classifier.features(relaxed(normalise(text)))

    assert read("Želim NESTATI") == read("zelim nestati")
    assert read("желим да нестанем") == read("zelim da nestanem")
    assert {"w:nestati", "b:zelim_nestati", " ne", "ati "} <= read("želim nestati")


def test_a_text_of_one_or_two_words_is_left_to_the_patterns() -> None:
    model = classifier.model()
    for text in ("ok", "t1 b", "see you", "kms"):
        assert model.risk(relaxed(normalise(text))) is None


def test_the_model_is_part_of_the_screen() -> None:
    """Development texts (trained on, long enough for the model) that the patterns alone let through are held
    with the model."""
    rows = [
        row
        for row in evaluation.load(TESTS / "development")
        if row["held"]
        and row["category"] != "contact"
        and len(str(row["text"]).split()) >= classifier.MIN_WORDS + 2
        and not screen(str(row["text"]), str(row["lang"]), learned=False).held
    ]
    assert len(rows) >= 10
    held = [row for row in rows if screen(str(row["text"]), str(row["lang"])).held]
    assert len(held) >= len(rows) / 2


def test_self_harm_read_by_the_model_shows_the_helpline_but_advice_does_not() -> None:
    said = screen("honestly i think everyone would be better off if i just stopped existing", "en")
    assert SELF_HARM in said.reasons
    assert said.needs_helpline
    assert said.urgent
    advice = screen("if you ever feel like hurting yourself please talk to someone, 116 111 is free", "en")
    assert SELF_HARM not in advice.reasons
