"""Time the README's test command, step by step, on a fresh clone (what `.ci/run` runs in CI).

    python bench/test_loop.py                 # HEAD of this repository
    python bench/test_loop.py --rev main --rev 150982c   # several revisions, one after another

Each revision is cloned into a new temporary folder, and the README's test command of that
revision is run there one ``&&`` step at a time with ``bash -c``, as the README gives it. For
each step it prints the wall time and the CPU time (user + system of the step and every process
it started: xdist workers, the ``brief`` child processes of the tests). The machine's load
average is printed before and after: on a shared machine wall time grows with the load, CPU
time much less, so compare CPU seconds between runs made at different loads. A fixed reference
loop is timed before and after: on a virtual machine the CPU seconds of the same work vary with
the host's load too, so compare runs made at similar reference times.

On 2 idle cores the wall time of the whole command is about: the sequential steps' CPU (venv,
install, ruff) plus half of pytest's CPU (two workers, and the type check in the background:
``tests/type_check.py``), plus what the tests wait for that nothing else fills.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^python3 -m venv .venv && .*pytest.*$", re.M)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f}"


def _reference_s() -> float:
    """CPU seconds of a fixed pure-Python loop: this machine's speed at the moment. A virtual
    machine's CPU seconds for the same work vary with what its host runs (the same loop took
    1.36 s and 2.32 s within one hour here), so a run's figures are read against it."""
    started = time.process_time()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.process_time() - started


def run(repo: Path, rev: str) -> None:
    with tempfile.TemporaryDirectory(prefix="test-loop-") as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
        subprocess.run(["git", "-C", str(clone), "checkout", "-q", rev], check=True)
        commit = subprocess.run(
            ["git", "-C", str(clone), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        readme = (clone / "README.md").read_text(encoding="utf-8")
        (command,) = COMMAND.findall(readme)
        reference = _reference_s()
        print(f"\n{commit[:72]}\nload average before: {_load()}; reference loop {reference:.2f} s")
        print(f"{'step':<78} {'wall s':>7} {'CPU s':>7}")
        total_wall = total_cpu = 0.0
        for step in command.split(" && "):
            cpu, wall = _children_cpu(), time.perf_counter()
            done = subprocess.run(
                ["bash", "-c", step], cwd=clone, capture_output=True, text=True, check=False
            )
            wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
            total_wall, total_cpu = total_wall + wall, total_cpu + cpu
            print(f"{step[:78]:<78} {wall:>7.1f} {cpu:>7.1f}")
            if done.returncode != 0:
                print(done.stdout[-3000:] + done.stderr[-3000:])
                sys.exit(f"step failed with exit {done.returncode}: {step}")
        tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        print(f"{'all':<78} {total_wall:>7.1f} {total_cpu:>7.1f}")
        print(
            f"pytest: {tail}\nload average after: {_load()}; reference loop {_reference_s():.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository to clone")
    parser.add_argument("--rev", action="append", help="revision(s) to time (default HEAD)")
    args = parser.parse_args()
    for rev in args.rev or ["HEAD"]:
        run(args.repo, rev)


if __name__ == "__main__":
    main()
