"""``mypy --strict`` over the library and the tests (pyproject's ``[tool.mypy]``), as one test.

The README's test command runs it this way: under ``pytest -n`` the type check (about 15 s of
CPU on a cold cache, most of it third-party code; pyproject lists the parts of it that mypy does
not follow) runs beside the other tests instead of before all of them. ``mypy`` alone runs the
same check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow(cpu_s=15)  # a cold cache; the longest test, so it starts first
def test_the_library_and_the_tests_type_check_strictly() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Success: no issues found"), done.stdout
