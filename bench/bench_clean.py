"""Speed of ``clean_text`` on the repository's news text: every article of the offline days and
both furniture sets (raw text, with its outlet), best of five rounds, against a baseline measured
in the same run: the same texts only whitespace-normalised and split into lines
(``briefing.text.normalize_space``), the least any cleaner must do.

Usage::

    python bench/bench_clean.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from data_parts import KEPT_ASIDE, tuning

from briefing.clean import clean_text
from briefing.text import normalize_space

ROOT = Path(__file__).resolve().parent / "data"
SOURCES = (
    ROOT / "offline" / "days.jsonl",
    ROOT / "furniture" / "articles.jsonl",
    ROOT / "furniture" / "articles2.jsonl",
)


def texts() -> list[tuple[str, str]]:
    """(text, outlet) of every article of the days (but for the parts kept aside, on which
    nothing of the pipeline runs) and both furniture sets."""
    out: list[tuple[str, str]] = []
    for path in SOURCES:
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            # a kept-aside part, or an offline day of a part written after SPLITS was loaded
            if record.get("split") in KEPT_ASIDE or (
                "day" in record and not tuning(record["split"])
            ):
                continue
            items = record.get("articles", [record])
            out += [(item["text"], item.get("outlet") or "") for item in items]
    return out


def best_of(rounds: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    corpus = texts()
    words = sum(len(text.split()) for text, _ in corpus)
    lines = sum(text.count("\n") + 1 for text, _ in corpus)

    def cleaned() -> None:
        for text, outlet in corpus:
            clean_text(text, outlet=outlet)

    def baseline() -> None:
        for text, _ in corpus:
            normalize_space(text).split("\n")

    base = best_of(args.rounds, baseline)
    took = best_of(args.rounds, cleaned)
    print(f"{len(corpus)} texts, {lines} lines, {words} words; best of {args.rounds} rounds")
    print(f"clean_text:        {took * 1000:8.0f} ms  {words / took / 1000:6.0f}k words/s")
    print(f"baseline (same run, normalize_space + split): {base * 1000:.0f} ms")
    print(f"clean_text / baseline = {took / base:.0f}x; {took / lines * 1e6:.0f} µs per line")


if __name__ == "__main__":
    main()
