"""Time the automatic screen (`bik.moderation.screen.screen`) per post, on one core, offline.

    .venv/bin/python bench/screen_bench.py [--rounds 20]

The posts are the patterns' own examples (tests/moderation/screen_eval.py and screen_examples.py: ordinary
chatter and posts with contact details or risk signals in all 28 languages), never the independent
evaluation set. Three ways a post is screened are timed: in its own language (a national space), in its
language plus English and a second language (a writer from another country), and with every language's
patterns (a language the platform does not know). Reported: mean, p50 and p95 over the posts of each post's
median time in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bik.moderation import screen  # noqa: E402 -- after the path is set
from tests.moderation.screen_eval import EXAMPLES  # noqa: E402

WAYS: dict[str, Callable[[str, str], object]] = {
    "own language": lambda text, language: screen.screen(text, language),
    "own + second language": lambda text, language: screen.screen(text, language, also=("pl",)),
    "unknown language (all 28)": lambda text, _language: screen.screen(text, None),
}


def _timings(posts: list[tuple[str, str]], rounds: int, call: Callable[[str, str], object]) -> list[float]:
    for language, text in posts:  # warm up: compile every pattern once, as a running server has
        call(text, language)
    per_post: list[list[float]] = [[] for _post in posts]
    for _ in range(rounds):
        for index, (language, text) in enumerate(posts):
            started = time.perf_counter()
            call(text, language)
            per_post[index].append((time.perf_counter() - started) * 1000)
    # Each post's median over the rounds: the machine is shared, and a round another process interrupts says
    # nothing about the screen.
    return [statistics.median(times) for times in per_post]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    short = [(language, text) for language, text, _held in EXAMPLES]
    by_language: dict[str, list[str]] = {}
    for language, text in short:
        by_language.setdefault(language, []).append(text)
    # A typical post: a few sentences (six examples of one language joined, about 230 characters).
    typical = [
        (language, " ".join(texts[start : start + 6]))
        for language, texts in by_language.items()
        for start in range(0, len(texts), 6)
    ]
    for label, posts in (("short posts (one example)", short), ("typical posts (six examples)", typical)):
        print(f"\n{label}:")
        _report(posts, args.rounds)


def _report(posts: list[tuple[str, str]], rounds: int) -> None:
    mean_length = statistics.mean(len(text) for _language, text in posts)
    print(f"{len(posts)} posts, {rounds} rounds, mean length {mean_length:.0f} characters")
    for name, call in WAYS.items():
        timings = sorted(_timings(posts, rounds, call))
        p50 = timings[len(timings) // 2]
        p95 = timings[int(len(timings) * 0.95)]
        print(f"{name:28} mean {statistics.mean(timings):.3f} ms   p50 {p50:.3f} ms   p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
