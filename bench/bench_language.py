"""CPU of telling a briefing's language in a new process: the English fast path against
py3langid's model, the baseline, measured in the same run.

    python bench/bench_language.py [--runs 5]

Each measurement is a new ``python`` process that reads ``golden/seed/briefing.json`` and asks
its language once: ``written_in`` (what the email and page renderers call: plain English prose is
told without the model) against ``py3langid.classify`` on the same text (what every such process
did before: it loads the model, about 0.6 s of CPU). The medians of user + system CPU and their
ratio are printed; the processes alternate so that both see the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETUP = (
    "from pathlib import Path\n"
    "from briefing.models import Briefing\n"
    "from briefing.render._common import written_in\n"
    "b = Briefing.model_validate_json(Path('golden/seed/briefing.json').read_text())\n"
)
CASES = {
    "py3langid model (baseline)": SETUP
    + "import py3langid\n"
    + "words = [b.overview] + [p for s in b.sections for p in (s.title, *(x.text for x in "
    + "s.bullets))]\n"
    + "print(py3langid.classify('\\n'.join(words)[:3000])[0])\n",
    "written_in (fast path)": SETUP + "print(written_in(b))\n",
}


def _cpu_of(script: str) -> tuple[float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in CASES}
    said: dict[str, str] = {}
    for _ in range(args.runs):
        for name, script in CASES.items():
            cpu, language = _cpu_of(script)
            times[name].append(cpu)
            said[name] = language
    base = statistics.median(times["py3langid model (baseline)"])
    print(f"{'process':30} {'language':>8} {'CPU s (median)':>15} {'ratio':>6}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:30} {said[name]:>8} {median:15.2f} {median / base:6.2f}")


if __name__ == "__main__":
    main()
