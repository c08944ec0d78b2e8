"""The type check (``mypy --strict`` over the library and the tests) run in the background.

It is one test (``tests/test_types.py``) but most of a run's longest job: about 15 s of CPU on a
cold cache, all in one process. Run as an ordinary test it holds a worker that long; started in
the background when the session's first test starts, it runs beside the other tests and takes
the CPU they leave idle while they wait (for their servers, child processes and timeouts), and
the test itself, listed last, only reads its result.

One process per run starts it: the first xdist worker, or pytest itself without ``-n``. It writes
into the run's own temporary folder (shared by the workers; pytest removes old ones), so the test
reads the result whichever worker runs it. The starter waits for the check before it ends, or
stops it when the run is stopping early (a failure under ``-x``); a Ctrl-C at the terminal
reaches the check as it reaches every process of the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODE_ID = "tests/test_types.py::test_the_library_and_the_tests_type_check_strictly"
COMMAND = [sys.executable, "-m", "mypy"]
TIMEOUT_S = 900.0


@contextmanager
def running(session: pytest.Session, folder: Path) -> Iterator[None]:
    """Run the check in the background into ``folder`` while the session's tests run, when this
    process is the one to start it and the type-check test is selected."""
    first = os.environ.get("PYTEST_XDIST_WORKER", "gw0") == "gw0"
    if not first or not any(item.nodeid == NODE_ID for item in session.items):
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "output").open("wb") as log:
        process = subprocess.Popen(COMMAND, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)

    def report() -> None:
        code = process.wait()
        done = folder / "returncode.tmp"
        done.write_text(str(code))
        done.replace(folder / "returncode")  # whole, or not there yet

    waiter = threading.Thread(target=report, name="type-check", daemon=True)
    waiter.start()
    try:
        yield
    finally:
        # Another worker's test may still need the result; a run stopping early does not.
        if session.shouldstop or session.shouldfail:
            process.kill()
        waiter.join(TIMEOUT_S)
        if waiter.is_alive():
            process.kill()
            waiter.join()


def result(folder: Path) -> tuple[int, str]:
    """The check's exit code and output: the background one's, waited for; or, when none was
    started into ``folder`` (the test run some other way), the check run here and now."""
    if not folder.is_dir():
        done = subprocess.run(
            COMMAND, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
        return done.returncode, done.stdout + done.stderr
    code_file = folder / "returncode"
    deadline = time.monotonic() + TIMEOUT_S
    while not code_file.exists():
        assert time.monotonic() < deadline, f"the type check gave no result in {TIMEOUT_S:.0f} s"
        time.sleep(0.1)
    return int(code_file.read_text()), (folder / "output").read_text(errors="replace")
