"""The type check (``mypy --strict`` over the library and the tests) run in the background.

It is one test (``tests/test_types.py``) but most of a run's longest job: about 15 s of CPU on a
cold cache, all in one process. Run as an ordinary test it holds a worker that long; started in
the background, it runs beside the other tests and takes the CPU they leave idle while they wait
(for their servers, child processes, timeouts, and on a fresh clone for the first worker's
collection), and the test itself, listed last, only reads its result.

One process per run starts it: the last xdist worker as its session starts (``starts_early``),
or pytest itself without ``-n`` with the session's first test (``running``). It writes
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


class Background:
    """One run of the check in the background, into ``folder``: ``output`` while it runs, then
    ``returncode``, written whole once it has ended."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "output").open("wb") as log:
            self.process = subprocess.Popen(COMMAND, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)

        def report() -> None:
            code = self.process.wait()
            done = folder / "returncode.tmp"
            done.write_text(str(code))
            done.replace(folder / "returncode")  # whole, or not there yet

        self.waiter = threading.Thread(target=report, name="type-check", daemon=True)
        self.waiter.start()

    def stop(self) -> None:
        self.process.kill()
        self.waiter.join()

    def finish(self, session: pytest.Session) -> None:
        """Wait for the check (another worker's test may still need its result); a run stopping
        early (a failure under ``-x``) does not."""
        if session.shouldstop or session.shouldfail:
            self.process.kill()
        self.waiter.join(TIMEOUT_S)
        if self.waiter.is_alive():
            self.stop()


def selected(session: pytest.Session) -> bool:
    return any(item.nodeid == NODE_ID for item in session.items)


def starts_early(config: pytest.Config) -> Path | None:
    """Under ``pytest -n``, the last worker starts the check as its session starts, before it
    collects (a fresh clone's later workers first wait for the first one's collection, see
    ``conftest.pytest_collection``: the check takes that idle core), when the run's arguments
    reach the type-check test's file; after collecting it stops a check that ``-k`` or the like
    left out. The folder it writes into: the one the ``type_check_folder`` fixture names."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    count = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    basetemp = config.getoption("basetemp")
    if worker is None or count is None or worker != f"gw{int(count) - 1}" or not basetemp:
        return None
    base = config.rootpath
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        base = config.invocation_params.dir
    return Path(basetemp).resolve().parent / "type-check" if reaches(config.args, base) else None


def reaches(args: list[str], base: Path) -> bool:
    """Whether pytest's arguments ``args`` (paths relative to ``base``, or node ids) reach the
    type-check test: its file, or a folder above it."""
    target = ROOT / "tests" / "test_types.py"
    for arg in args:
        path = (base / arg.split("::")[0]).resolve()
        if path == target or path in target.parents:
            return True
    return False


@contextmanager
def running(session: pytest.Session, folder: Path) -> Iterator[None]:
    """Without ``-n``: run the check in the background into ``folder`` while the session's tests
    run, when the type-check test is selected."""
    if "PYTEST_XDIST_WORKER" in os.environ or not selected(session):
        yield
        return
    check = Background(folder)
    try:
        yield
    finally:
        check.finish(session)


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
