"""Time the automatic screen (`bik.moderation.screen.screen`) per post, on one core, offline.

    .venv/bin/python bench/screen_bench.py [--rounds 20]

The posts are the patterns' own examples (tests/moderation/screen_eval.py and screen_examples.py: ordinary
chatter and posts with contact details or risk signals in all 28 languages), never the independent
evaluation set. Three ways a post is screened are timed: in its own language (a national space), in its
language plus English and a second language (a writer from another country), and with every language's
patterns (a language the platform does not know). Reported: mean, p50 and p95 in milliseconds per post.
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


def _timings(posts: list[tuple[str, str]], rounds: int, call: Callable[[str, str], object]) -> list[float]:
    for language, text in posts:  # warm up: compile every pattern once, as a running server has
        call(text, language)
    timings = []
    for _ in range(rounds):
        for language, text in posts:
            started = time.perf_counter()
            call(text, language)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    posts = [(language, text) for language, text, _held in EXAMPLES]
    ways: dict[str, Callable[[str, str], object]] = {
        "own language": lambda text, language: screen.screen(text, language),
        "own + second language": lambda text, language: screen.screen(text, language, also=("pl",)),
        "unknown language (all 28)": lambda text, _language: screen.screen(text, None),
    }
    print(
        f"{len(posts)} posts, {args.rounds} rounds, mean length {statistics.mean(len(t) for _l, t in posts):.0f} chars"
    )
    for name, call in ways.items():
        timings = sorted(_timings(posts, args.rounds, call))
        p50 = timings[len(timings) // 2]
        p95 = timings[int(len(timings) * 0.95)]
        print(f"{name:28} mean {statistics.mean(timings):.3f} ms   p50 {p50:.3f} ms   p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
