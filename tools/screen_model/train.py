"""Train the screen's learned half (bik/moderation/classifier.py) and write bik/moderation/screen_model.json.gz.

    .venv/bin/pip install -c requirements.lock -e '.[train]'      # scikit-learn, once
    .venv/bin/python tools/screen_model/train.py                   # train on everything, write the model
    .venv/bin/python tools/screen_model/train.py --check           # report only: cross-validated and across writers

Training texts: the writers' batches tools/screen_model/corpus/<lang>.jsonl, <lang>-2.jsonl … <lang>-7.jsonl, the
development set tests/moderation/development/ (one JSON object a line: lang, text, held, category), the clean
examples of tests/moderation/screen_examples.py and sentences of the translated interface (tools/screen_model/data.py).
Never the evaluation sets (tests/moderation/evaluation*/): they judge the result.

Two logistic regressions over the same features (scikit-learn): "any risk" against clean (liblinear, balanced
classes, each feature scaled by its log-count ratio between risky and clean texts: Wang and Manning's NB-LR, folded
into the stored weights so that scoring is unchanged), whose threshold is chosen on out-of-fold scores by F-beta,
and which risk among the risky texts (multinomial). Weights too small to matter are dropped and the rest are
rounded, to keep the stored model small.

`--check` reports, without writing anything, 5-fold cross-validation and, the honest figure, each writers' batch
judged by a model trained without it (other writers, other briefs: what texts nobody wrote for the model look like).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))

from bik.moderation import classifier  # noqa: E402 -- after the path is set
from bik.moderation.screen import normalise, relaxed, screen  # noqa: E402
from tools.screen_model import data  # noqa: E402

CATEGORIES = data.CATEGORIES
KEPT_FEATURES = 80_000
DIGITS = 4


def matrix(rows: list[dict[str, object]], vocabulary: dict[str, int], grow: bool) -> csr_matrix:
    indptr, indices, values = [0], [], []
    for row in rows:
        found = classifier.features(relaxed(normalise(str(row["text"]))))
        scale = 1 / math.sqrt(len(found)) if found else 0.0
        for feature in sorted(found):  # columns in a fixed order, whatever the string hashing
            column = vocabulary.get(feature)
            if column is None and grow:
                column = vocabulary[feature] = len(vocabulary)
            if column is not None:
                indices.append(column)
                values.append(scale)
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(rows), len(vocabulary)))


def fit(x: csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000, random_state=0)
    model.fit(x, y)
    return model


def log_count_ratio(x: csr_matrix, y: np.ndarray, smoothing: float = 1.0) -> np.ndarray:
    """Per feature, log of how much more often it is found in risky texts than in clean ones (Wang and
    Manning's NB weighting): the "any risk" model reads each feature scaled by it, so that a feature seen in
    few texts but only in risky ones counts from the start."""
    present = (x > 0).astype(np.float64)
    risky = smoothing + np.asarray(present[y == 1].sum(axis=0)).ravel()
    clean = smoothing + np.asarray(present[y == 0].sum(axis=0)).ravel()
    ratio: np.ndarray = np.log((risky / risky.sum()) / (clean / clean.sum()))
    return ratio


def fit_weighted(x: csr_matrix, y: np.ndarray, c: float, nb: bool) -> tuple[LogisticRegression, np.ndarray]:
    """The "any risk" model and the scale of each feature it reads (1 without NB weighting)."""
    scale = log_count_ratio(x, y) if nb else np.ones(x.shape[1])
    return fit(csr_matrix(x.multiply(scale[None, :])), y, c), scale


def threshold(scores: np.ndarray, y: np.ndarray, beta: float) -> float:
    """The log-odds threshold with the best F-beta on these (out-of-fold) scores."""
    best, best_f = 0.0, -1.0
    for candidate in np.unique(scores):
        predicted = scores >= candidate
        tp = int((predicted & (y == 1)).sum())
        fp = int((predicted & (y == 0)).sum())
        fn = int((~predicted & (y == 1)).sum())
        if tp == 0:
            continue
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f = (1 + beta**2) * precision * recall / (beta**2 * precision + recall)
        if f > best_f:
            best, best_f = float(candidate), f
    return best


def out_of_fold(rows: list[dict[str, object]], c: float, beta: float, folds: int = 5) -> list[bool]:
    """Whether the screen, with a model trained without it, holds each row."""
    strata = [str(row["category"]) for row in rows]
    held = [False] * len(rows)
    for train_index, test_index in StratifiedKFold(folds, shuffle=True, random_state=7).split(rows, strata):
        trained = train_model([rows[i] for i in train_index], c, beta)
        for position in test_index:
            held[position] = judged(rows[position], trained)
    return held


def judged(row: dict[str, object], model: classifier.Model | bool) -> bool:
    return screen(str(row["text"]), str(row["lang"]), learned=model).held


# Whether the "any risk" model reads features scaled by their log-count ratio (--plain: not, for comparison).
NB = True


def train_model(rows: list[dict[str, object]], c: float, beta: float) -> classifier.Model:
    """ "Any risk" against clean (and contact details, which the patterns judge), and which risk among the
    risky texts; thresholds from out-of-fold scores inside these rows."""
    vocabulary: dict[str, int] = {}
    x = matrix(rows, vocabulary, grow=True)
    risky = np.array([row["category"] in CATEGORIES for row in rows], dtype=int)
    risk, scale = fit_weighted(x, risky, c, NB)
    which = LogisticRegression(C=c, max_iter=2000, random_state=0)
    which.fit(x[risky == 1], [str(rows[i]["category"]) for i in np.flatnonzero(risky)])
    scores = np.zeros(len(rows))
    for train_index, test_index in StratifiedKFold(3, shuffle=True, random_state=3).split(rows, risky):
        fold, fold_scale = fit_weighted(x[train_index], risky[train_index], c, NB)
        scores[test_index] = fold.decision_function(csr_matrix(x[test_index].multiply(fold_scale[None, :])))
    hold = threshold(scores, risky, beta)
    order = [list(which.classes_).index(category) for category in CATEGORIES]
    # A row per feature: risk (its scale folded in), then categories.
    weights = np.hstack([(risk.coef_[0] * scale)[:, None], which.coef_[order].T])
    biases = [float(risk.intercept_[0]), *(float(which.intercept_[i]) for i in order)]
    strength = np.abs(weights).max(axis=1)
    kept = np.argsort(-strength, kind="stable")[:KEPT_FEATURES]
    names = {column: feature for feature, column in vocabulary.items()}
    stored = {
        names[int(column)]: tuple(round(float(w), DIGITS) for w in weights[column])
        for column in kept
        if strength[column] >= 10**-DIGITS
    }
    return classifier.Model(
        categories=CATEGORIES,
        weights=stored,
        biases=tuple(round(b, DIGITS) for b in biases),
        hold=round(hold, DIGITS),
    )


def report(name: str, rows: list[dict[str, object]], held: list[bool]) -> None:
    """Precision and recall of `held` per language and per category."""
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    per_category: dict[str, Counter[str]] = defaultdict(Counter)
    for row, was_held in zip(rows, held, strict=True):
        expected = bool(row["held"])
        outcome = "tp" if was_held and expected else "fp" if was_held else "fn" if expected else "tn"
        per_language[str(row["lang"])][outcome] += 1
        per_language["ALL"][outcome] += 1
        per_category[str(row["category"])][outcome] += 1

    def pr(counts: Counter[str]) -> str:
        flagged, expected = counts["tp"] + counts["fp"], counts["tp"] + counts["fn"]
        precision = counts["tp"] / flagged if flagged else 1.0
        recall = counts["tp"] / expected if expected else 1.0
        return f"P {precision:.3f} R {recall:.3f} (n={sum(counts.values())})"

    print(f"\n== {name}")
    for language in sorted(per_language):
        print(f"  {language:4} {pr(per_language[language])}")
    for category in sorted(per_category):
        counts = per_category[category]
        rate = counts["tn"] / (counts["tn"] + counts["fp"]) if category in ("clean",) else None
        print(f"  {category:10} {pr(counts)}" + (f" pass {rate:.3f}" if rate is not None else ""))


def save(model: classifier.Model, counts: Counter[str]) -> None:
    data = {
        "categories": list(model.categories),
        "biases": list(model.biases),
        "hold": model.hold,
        "trained_on": dict(sorted(counts.items())),
        "weights": dict(sorted(model.weights.items())),
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    with gzip.GzipFile(classifier.MODEL_FILE, "wb", mtime=0) as stored:
        stored.write(text.encode("utf-8"))
    size = classifier.MODEL_FILE.stat().st_size // 1024
    print(f"wrote {classifier.MODEL_FILE} ({size} KB, {len(model.weights)} features)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report cross-validated figures, write nothing")
    parser.add_argument("--c", type=float, default=32.0, help="inverse regularisation strength")
    parser.add_argument("--plain", action="store_true", help="no log-count ratio scaling of the features")
    parser.add_argument("--beta", type=float, default=0.5, help="F-beta for the thresholds (below 1: precision first)")
    args = parser.parse_args()
    global NB  # one switch for every model this run trains
    NB = not args.plain
    corpus, development, clean = data.corpus(), data.development(), data.clean()
    rows = data.training_rows()
    print(f"{len(corpus)} corpus, {len(development)} development, {len(clean)} clean examples; {len(rows)} trained on")
    if args.check:
        report("5-fold cross-validation over everything", rows, out_of_fold(rows, args.c, args.beta))
        for batch in sorted({data.batch(row) for row in corpus}):
            trained = train_model([row for row in rows if data.batch(row) != batch], args.c, args.beta)
            kept_out = [row for row in rows if data.batch(row) == batch]
            report(f"writers' batch {batch}, trained without it", kept_out, [judged(r, trained) for r in kept_out])
        if corpus:
            # Across writers: trained without the development set, judged on it (another writer's texts).
            trained = train_model(corpus + clean, args.c, args.beta)
            report("patterns only, on the development set", development, [judged(r, False) for r in development])
            report(
                "trained on the corpus, judged on the development set",
                development,
                [judged(r, trained) for r in development],
            )
            # And the other way round: the development set's model judged on the corpus.
            trained = train_model(development + clean, args.c, args.beta)
            report("patterns only, on the corpus", corpus, [judged(r, False) for r in corpus])
            report("trained on the development set, judged on the corpus", corpus, [judged(r, trained) for r in corpus])
        return
    save(train_model(rows, args.c, args.beta), Counter(str(row["lang"]) for row in rows))


if __name__ == "__main__":
    main()
