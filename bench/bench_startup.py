"""CPU and wall time of `brief` commands: what start-up costs every command, every user and every
process a test starts, and a briefing of one very long article (a 512 KiB line, ~70,000 words,
beside a short one: the input of tests/test_bad_input.py's half-megabyte test), where the
checks of every claim read the same evidence.

    python bench/bench_startup.py                       # this checkout
    python bench/bench_startup.py --rev main~3 --rev HEAD --runs 7

Each revision is exported (``git archive``) to a temporary folder and run with this
environment's Python and packages, its folder first on ``PYTHONPATH``; the revisions' runs are
interleaved (A, B, A, B, ...) so that both see the same load. Every run has its own empty
``BRIEFING_HOME``. For each command it prints the median CPU seconds (user + system of the child
process) and the median wall seconds; the last column is each revision's CPU against the first.
On a shared machine compare CPU: wall grows with the load.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-25T08:00:00+00:00"
COMMANDS: list[tuple[str, list[str]]] = [
    ("brief --help", ["--help"]),
    ("brief config path", ["config", "path"]),
    ("brief history", ["history"]),
    ("brief today markets.md", ["today", "examples/markets.md", "--now", NOW]),
    ("brief today examples/", ["today", "examples", "--now", NOW]),  # HTML: trafilatura
    ("brief today <512 KiB>", ["today", "tests/data/bad/good.md", "LONG", "--json", "--now", NOW]),
]


def _long_article(path: Path) -> Path:
    """The half-megabyte line of tests/test_bad_input.py."""
    words = "the council said on tuesday that budget plans were approved after debate".split()
    line = " ".join(words[(i * 7) % len(words)] + str(i % 101) for i in range(70_000))
    path.write_text(line[: 512 * 1024], encoding="utf-8")
    return path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _export(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def _once(source: Path, args: list[str], home: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(source), "BRIEFING_HOME": str(home)}
    env.pop("OPENAI_API_KEY", None)
    cpu, wall = _children_cpu(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=source,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return _children_cpu() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", action="append", help="revision(s) to compare (default HEAD)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    args = parser.parse_args()
    revs: list[str] = args.rev or ["HEAD"]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        sources = {rev: _export(rev, Path(tmp) / f"rev{i}") for i, rev in enumerate(revs)}
        long = str(_long_article(Path(tmp) / "one-line.txt"))
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"{'command':<24} {'revision':<16} {'CPU s':>6} {'wall s':>7} {'CPU ×':>6}")
        for c, (label, command) in enumerate(COMMANDS):
            runs: dict[str, list[tuple[float, float]]] = {rev: [] for rev in revs}
            for i in range(args.runs):
                for r, rev in enumerate(revs):
                    home = Path(tmp) / f"home-{c}-{r}-{i}"
                    args_ = [long if arg == "LONG" else arg for arg in command]
                    runs[rev].append(_once(sources[rev], args_, home))
            first = statistics.median(cpu for cpu, _ in runs[revs[0]])
            for rev in revs:
                cpu = statistics.median(c for c, _ in runs[rev])
                wall = statistics.median(w for _, w in runs[rev])
                print(f"{label:<24} {rev:<16} {cpu:>6.2f} {wall:>7.2f} {cpu / first:>6.2f}")
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
