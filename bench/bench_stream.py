"""Cost of watching a streamed answer for a loop (``briefing.backends.salvage.Repetition``).

Usage::

    python bench/bench_stream.py [--repeat 5]

Every streamed call checks the growing answer each 64 new characters: does its end repeat one
stretch (a period of 1-600 characters)? *Plain* tries every period in turn and compares its
repeats in full (how ``Repetition`` searched before); *search* is ``Repetition`` itself, which
only compares the periods where the answer's last characters occur again. Both watch the same
answers: every golden answer (hand-written and recorded, compact and indented JSON, none a loop)
and the recorded SmolLM2 loops in tests/data/smollm2, each streamed in 64-character steps. The
figure is CPU time (median of ``--repeat`` rounds) in this process; the ratio is search/plain,
both measured in the same run, and both must stop the loops at the same place.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from briefing.backends.salvage import Repetition

ROOT = Path(__file__).resolve().parent.parent


class _Plain(Repetition):
    """``Repetition`` with the period search of before: every period, compared in full."""

    def _periodic(self, tail: str) -> bool:
        for period in range(1, self.max_period + 1):
            count = max(self.repeats, -(-self.min_span // period))
            span = period * count
            if span > len(tail):
                break
            unit = tail[-period:]
            if tail[-span:] == unit * count and unit.strip():
                self.period = period
                return True
        return False


def _answers() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "golden").glob("*/answers.json")):
        for answer in json.loads(path.read_text(encoding="utf-8"))["answers"]:
            if "content" in answer:
                out.append(answer["content"])
            else:
                out.append(json.dumps(answer["answer"], ensure_ascii=False))
                out.append(json.dumps(answer["answer"], indent=2))
    for path in sorted((ROOT / "tests" / "data" / "smollm2").glob("*loop*.json")):
        out.append(json.loads(path.read_text(encoding="utf-8"))["content"])
    return out


def _watch(make: Callable[[], Repetition], answers: list[str]) -> tuple[float, list[int | None]]:
    stops: list[int | None] = []
    started = time.process_time()
    for text in answers:
        watch = make()
        stop = next((n for n in range(64, len(text) + 1, 64) if watch.looping(text[:n])), None)
        stops.append(stop)
    return time.process_time() - started, stops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    answers = _answers()
    plain: list[float] = []
    search: list[float] = []
    for _ in range(args.repeat):
        seconds, plain_stops = _watch(_Plain, answers)
        plain.append(seconds)
        seconds, search_stops = _watch(Repetition, answers)
        search.append(seconds)
        if plain_stops != search_stops:
            raise SystemExit("the two searches stopped different answers at different places")
    p, s = statistics.median(plain), statistics.median(search)
    chars = sum(len(text) for text in answers)
    loops = sum(stop is not None for stop in plain_stops)
    print(f"{len(answers)} answers, {chars:,} characters, {loops} stopped as loops by both")
    print(f"median of {args.repeat} rounds, CPU seconds to watch them all in 64-character steps")
    print(f"plain (every period)   {p:.3f}")
    print(f"search (Repetition)    {s:.3f}   ratio search/plain {s / p:.3f}")


if __name__ == "__main__":
    main()
