"""The fault-and-load table (docs/FAULTS.md), produced by the tests themselves.

Runs the fault tests with ``FAULTS_REPORT`` set; each test adds a row (the ``fault_table``
fixture in tests/conftest.py): what it injected, how often, what the run did and what was lost.
The table is written only when every test passed, so it never shows a result that did not hold.

    python bench/faults.py              # rewrites docs/FAULTS.md
    python bench/faults.py --print      # prints the table instead
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    "tests/test_concurrency.py",
    "tests/test_storage_faults.py",
    "tests/test_exit_codes.py",
    "tests/test_faults.py",
]
COMMAND = "python bench/faults.py"


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(rows: list[dict[str, str]], summary: str) -> str:
    lines = [
        "# Faults and load: what was injected, how often, what was lost",
        "",
        f"Produced by `{COMMAND}` on {dt.date.today().isoformat()} (it runs "
        + ", ".join(f"`{t}`" for t in TESTS)
        + " with `FAULTS_REPORT` set; each row is written by the test named in it, after its "
        "assertions passed). Every server is real and on 127.0.0.1: aiosmtpd for SMTP, an "
        "HTTP server playing the Slack webhook, the fake OpenAI-compatible server.",
        "",
        f"pytest: {summary}",
        "",
        "| fault or load | injected, how often | what the runs did | lost | test |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        test = row["test"].split("::")[-1]
        cells = (row["fault"], row["injected"], row["outcome"], row["lost"], f"`{test}`")
        lines.append("| " + " | ".join(_escape(c) for c in cells) + " |")
    lines += [
        "",
        "*Lost* counts articles, briefings and delivery parts that never arrived or arrived "
        "twice. The one documented at-least-once case (a part whose run was killed between "
        "the send and its record) is its own row.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--print", action="store_true", help="print the table, write nothing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "rows.jsonl"
        env = {**os.environ, "FAULTS_REPORT": str(report)}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        summary = (run.stdout.strip().splitlines() or ["no output"])[-1]
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-4000:] + run.stderr[-2000:])
            sys.stderr.write(f"\nthe fault tests failed ({summary}); docs/FAULTS.md unchanged\n")
            return 1
        rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    table = render(rows, summary.strip("= "))
    if args.print:
        sys.stdout.write(table)
    else:
        (ROOT / "docs" / "FAULTS.md").write_text(table, encoding="utf-8")
        print(f"wrote docs/FAULTS.md: {len(rows)} rows ({summary.strip('= ')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
