"""One run at a time per home: ``brief today`` and ``brief digest`` hold ``<data dir>/run.lock``.

Two runs of the same home at once (a cron line and a manual run) would both build a briefing
(paying the model twice) and both deliver it. The lock is an OS file lock (``filelock``: flock
on POSIX, released by the kernel when the process dies, so a killed run never leaves it
behind). A second run waits up to ``BRIEFING_LOCK_WAIT`` seconds (default ``WAIT_S``), then
stops with ``RunInProgressError`` (exit 10) naming the run that holds the lock.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from briefing.config import data_dir
from briefing.exceptions import RunInProgressError

__all__ = ["LOCK_NAME", "WAIT_ENV", "WAIT_S", "run_lock"]

log = logging.getLogger(__name__)

LOCK_NAME = "run.lock"
HOLDER_NAME = "run.lock.json"  # who holds it, for the message of the run that waits
WAIT_S = 15.0
WAIT_ENV = "BRIEFING_LOCK_WAIT"
POLL_S = 0.01  # a waiting run tries the lock this often (filelock's default: every 50 ms)


def _wait_s() -> float:
    raw = os.environ.get(WAIT_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else WAIT_S
    except ValueError:
        log.warning("%s=%r is not a number of seconds; waiting %g s", WAIT_ENV, raw, WAIT_S)
        return WAIT_S


def _holder(folder: Path) -> str:
    try:
        info = json.loads((folder / HOLDER_NAME).read_text(encoding="utf-8"))
        return f"`brief {info['command']}`, pid {info['pid']}, started {info['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another `brief` run"


@contextmanager
def run_lock(
    command: str, *, directory: Path | None = None, wait_s: float | None = None
) -> Iterator[None]:
    """Hold this home's run lock for the block; ``RunInProgressError`` after ``wait_s``."""
    folder = directory or data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    wait = _wait_s() if wait_s is None else wait_s
    lock = FileLock(folder / LOCK_NAME, timeout=wait)
    try:
        lock.acquire(poll_interval=POLL_S)
    except Timeout:
        raise RunInProgressError(
            f"another run holds {folder / LOCK_NAME} ({_holder(folder)}); waited {wait:g} s: "
            f"run again when it has finished (or set {WAIT_ENV} to wait longer)"
        ) from None
    try:
        started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        info = {"command": command, "pid": os.getpid(), "host": socket.gethostname()}
        (folder / HOLDER_NAME).write_text(json.dumps({**info, "started": started}), "utf-8")
        yield
    finally:
        lock.release()
