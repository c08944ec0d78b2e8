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

That last part is measured too (Linux): every 50 ms the step's process tree is read from /proc,
and the threads in it that are running or ready to run are counted; each sample with fewer
than the machine's cores counts the missing cores as idle (a single-threaded step, a test
waiting for a timer, a worker waiting for another's collection). Other people's processes do
not count, so the idle core-seconds, and ``alone`` = (CPU + idle) / cores, the step's wall time
on a machine running nothing else, move much less with the load than the wall time does.
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


CORES = os.cpu_count() or 1
SAMPLE_S = 0.05


def _stat(path: str) -> list[str]:
    """The fields of a /proc stat file after the command name (state first, then the parent)."""
    with open(path, encoding="ascii", errors="replace") as handle:
        text = handle.read()
    return text[text.rfind(")") + 2 :].split()


def _runnable(root: int) -> int:
    """Threads running or ready to run (state R) in the process tree under ``root``."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                children.setdefault(int(_stat(f"/proc/{entry}/stat")[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
    count, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                count += _stat(f"/proc/{pid}/task/{tid}/stat")[0] == "R"
            except (OSError, IndexError):
                continue
    return count


def _run_watched(step: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``step``; also the core-seconds its process tree left idle (0 without /proc)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(["bash", "-c", step], cwd=cwd, stdout=out, stderr=err, text=True)
        idle, last = 0.0, time.perf_counter()
        watch = os.path.isdir("/proc")
        while process.poll() is None:
            missing = max(0, CORES - _runnable(process.pid)) if watch else 0
            now = time.perf_counter()  # each sample stands for the time since the last one
            idle, last = idle + missing * (now - last), now
            time.sleep(max(0.0, SAMPLE_S - (time.perf_counter() - now)))
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(process.args, process.returncode, out.read(), err.read())
    return done, idle


def _alone(cpu: float, idle: float) -> float:
    """The wall time of work of ``cpu`` CPU seconds that left ``idle`` core-seconds idle, on a
    machine running nothing else."""
    return (cpu + idle) / CORES


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
        print(f"{'step':<62} {'wall s':>7} {'CPU s':>7} {'idle':>7} {'alone':>7}")
        total_wall = total_cpu = total_idle = 0.0
        for step in command.split(" && "):
            cpu, wall = _children_cpu(), time.perf_counter()
            done, idle = _run_watched(step, clone)
            wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
            total_wall, total_cpu, total_idle = (
                total_wall + wall,
                total_cpu + cpu,
                total_idle + idle,
            )
            alone = _alone(cpu, idle)
            print(f"{step[:62]:<62} {wall:>7.1f} {cpu:>7.1f} {idle:>7.1f} {alone:>7.1f}")
            if done.returncode != 0:
                print(done.stdout[-3000:] + done.stderr[-3000:])
                sys.exit(f"step failed with exit {done.returncode}: {step}")
        tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        alone = _alone(total_cpu, total_idle)
        print(f"{'all':<62} {total_wall:>7.1f} {total_cpu:>7.1f} {total_idle:>7.1f} {alone:>7.1f}")
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
