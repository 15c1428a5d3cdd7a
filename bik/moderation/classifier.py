"""The screen's learned half: a small linear model over letter and word n-grams that recognises risk said in
words nobody wrote a pattern for (indirect self-harm, grooming moves, sexual content, bullying).

The patterns (screen.py) are exact and explainable; wording varies too much for them alone. This model was
trained offline (tools/screen_model/train.py, scikit-learn's logistic regression, one model per category)
on labelled texts in all 28 platform languages (tools/screen_model/corpus/ and the development set), never on
the evaluation sets. It is stored as plain weights (screen_model.json.gz) and scored here in pure Python: no
network, no numerical library at run time, well under a millisecond a post.

Features are the same at training and at run time (`features`): the words, the pairs of neighbouring words and
the 3- to 5-letter pieces of each word of the screen's normalised text (no case or accents, leetspeak read as
letters, Cyrillic read in Latin letters), each worth 1/√(number of features), so that long and short posts
weigh alike.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().with_name("screen_model.json.gz")

_WORD = re.compile(r"[^\W_]+")
_LETTER_PIECES = (3, 4, 5)
# Long posts: only so many words are read (a typical post has far fewer).
_MAX_WORDS = 400
# Below this many words a text says too little for the model ("ok", "great post, so true!"): the patterns alone
# judge it.
MIN_WORDS = 5
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z", "з": "z", "и": "i",
        "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
        "й": "j", "ю": "ju", "я": "ja", "щ": "sht", "ъ": "a", "ь": "", "ы": "y", "є": "je", "і": "i", "ї": "ji",
        "ґ": "g", "э": "e", "ё": "jo",
    }
)  # fmt: skip


def features(normalised: str) -> set[str]:
    """What the model reads of a text already normalised by the screen (`screen.relaxed(screen.normalise(…))`)."""
    words = _WORD.findall(normalised.translate(_CYRILLIC_TO_LATIN))[:_MAX_WORDS]
    found = {f"w:{word}" for word in words}
    found.update(f"b:{first}_{second}" for first, second in itertools.pairwise(words))
    for word in words:
        padded = f" {word} "
        for size in _LETTER_PIECES:
            found.update(padded[start : start + size] for start in range(len(padded) - size + 1))
    return found


@dataclass(frozen=True)
class Model:
    """One linear score for "any risk" and one per risk category, over the same features."""

    categories: tuple[str, ...]
    # Per feature: the weight for "any risk", then one per category.
    weights: dict[str, tuple[float, ...]]
    biases: tuple[float, ...]
    # Log-odds of "any risk" at or above which a text is held.
    hold: float

    def scores(self, normalised: str) -> tuple[float, ...]:
        """Log-odds of "any risk" and of each category, for a normalised text."""
        found = features(normalised)
        totals = [0.0] * len(self.biases)
        weights = self.weights
        for feature in found:
            row = weights.get(feature)
            if row is not None:
                for position, weight in enumerate(row):
                    totals[position] += weight
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        return tuple(bias + total * scale for bias, total in zip(self.biases, totals, strict=True))

    def risk(self, normalised: str) -> str | None:
        """The risk category recognised in a normalised text, if its "any risk" score reaches the threshold."""
        if len(_WORD.findall(normalised, 0, 200)) < MIN_WORDS:
            return None
        risk, *by_category = self.scores(normalised)
        if risk < self.hold:
            return None
        return max(zip(by_category, self.categories, strict=True))[1]


@cache
def model() -> Model:
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as stored:
        data = json.load(stored)
    return Model(
        categories=tuple(data["categories"]),
        weights={feature: tuple(row) for feature, row in data["weights"].items()},
        biases=tuple(data["biases"]),
        hold=data["hold"],
    )
