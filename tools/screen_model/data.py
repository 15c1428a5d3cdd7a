"""The texts the screen's model is trained on (tools/screen_model/train.py), without scikit-learn, so that
tests can check them: the corpus, the development set, clean examples and the platform's own interface — and
never a text of the evaluation sets."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bik.moderation.screen import normalise

BASE_DIR = Path(__file__).resolve().parents[2]
CORPUS = BASE_DIR / "tools" / "screen_model" / "corpus"
DEVELOPMENT = BASE_DIR / "tests" / "moderation" / "development"
CATEGORIES = ("self_harm", "grooming", "sexual", "bullying")
EVALUATION = tuple(BASE_DIR / "tests" / "moderation" / name for name in ("evaluation", "evaluation-holdout"))


def load(directory: Path, source: str) -> list[dict[str, object]]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["source"] = source
                row["file"] = path.stem
                rows.append(row)
    return rows


def examples() -> list[dict[str, object]]:
    from tests.moderation.screen_examples import EXAMPLES

    return [
        {"lang": lang, "text": text, "held": False, "category": "clean", "source": "examples"}
        for lang, text, held in EXAMPLES
        if not held
    ]


# The platform's own interface, translated into every language: ordinary sentences of the site's subject
# (passwords, privacy, reporting, school) that must pass. Strings that name a risk are left out: naming a risk
# is taught by the awareness posts of the corpus, in context.
INTERFACE = BASE_DIR / "bik" / "locale"
INTERFACE_PER_LANGUAGE = 200
_RISK_WORDS = re.compile(
    r"harm|suicid|groom|sex|nud|bull|hate|insult|kill|die|dead|abus|threat|violen|porn|explicit|drug|weapon|slur"
    r"|extrem|terror|self|alone|secret|meet|photo|picture|image|age|old|young|child|minor|privat",
    re.IGNORECASE,
)


def interface() -> list[dict[str, object]]:
    import polib  # type: ignore[import-untyped]

    rows: list[dict[str, object]] = []
    for path in sorted(INTERFACE.glob("*/LC_MESSAGES/django.po")):
        language = path.parent.parent.name.split("_")[0]
        texts = sorted(
            {
                re.sub(r"%\(\w+\)[sd]|\{\w*\}|<[^>]+>", "", entry.msgstr)
                for entry in polib.pofile(str(path))
                if entry.msgstr
                and not entry.obsolete
                and "fuzzy" not in entry.flags
                and not _RISK_WORDS.search(entry.msgid)
                and len(entry.msgid.split()) >= 5
            }
        )
        step = max(1, len(texts) // INTERFACE_PER_LANGUAGE)
        rows.extend(
            {"lang": language, "text": text, "held": False, "category": "clean", "source": "interface"}
            for text in texts[::step][:INTERFACE_PER_LANGUAGE]
        )
    return rows


def corpus() -> list[dict[str, object]]:
    return load(CORPUS, "corpus")


def batch(row: dict[str, object]) -> str:
    """Which writers' batch a corpus row is from, by its file (`<lang>.jsonl` is batch 1, `<lang>-2.jsonl` 2, …);
    "" for rows from elsewhere."""
    if row.get("source") != "corpus":
        return ""
    _language, _, number = str(row["file"]).partition("-")
    return number or "1"


def development() -> list[dict[str, object]]:
    return load(DEVELOPMENT, "development")


def clean() -> list[dict[str, object]]:
    return examples() + interface()


def training_rows() -> list[dict[str, object]]:
    """Everything trained on. Contact details are the patterns' to judge (phone numbers, addresses): those rows
    teach the model nothing about risk. A text that also stands in an evaluation set is left out (the sets
    were written apart, and a few short texts coincide): the evaluation must judge texts never trained on."""
    judged = {_key(row) for directory in EVALUATION for row in load(directory, "evaluation")}
    return [
        row for row in corpus() + development() + clean() if row["category"] != "contact" and _key(row) not in judged
    ]


def _key(row: dict[str, object]) -> str:
    return normalise(str(row["text"])).strip()
