"""The SQLite connection, its transactions and how times are stored (the file lives in
``config.data_dir()``).

One connection per ``Store``; WAL journal, ``synchronous=NORMAL``, foreign keys on and a busy
timeout, so several processes (a cron digest while ``brief today`` runs) can open the same file.
Every write runs in ``BEGIN IMMEDIATE … COMMIT``, so a killed process leaves either the whole
write or none of it.

The schema and its migrations: ``briefing.store.migrations``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.config import data_dir

__all__ = [
    "busy_timeout_s",
    "connect",
    "data_dir",
    "from_iso",
    "to_iso",
    "to_utc_key",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0  # how long a write waits for another process's write to finish
BUSY_TIMEOUT_ENV = "BRIEFING_DB_TIMEOUT"  # seconds; overrides BUSY_TIMEOUT_S (e.g. for tests)


def busy_timeout_s() -> float:
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else BUSY_TIMEOUT_S
    except ValueError:
        return BUSY_TIMEOUT_S


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating its folder) and configure a connection; autocommit, explicit transactions.

    ``readonly`` opens the file as it is (``mode=ro``: no folder, no journal-mode change, no
    write), for the commands that only read; it fails when the file does not exist.
    """
    timeout = busy_timeout_s()
    if readonly:
        try:
            return _configured(_open(f"{path.resolve().as_uri()}?mode=ro", timeout), timeout)
        except sqlite3.OperationalError:
            # A WAL database in a folder this user cannot write: its shared-memory file cannot
            # be made, so read the file as it is (a cleanly closed database has no WAL left).
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            return _configured(_open(uri, timeout), timeout)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return _configured(conn, timeout)


def _open(uri: str, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
    )


def _configured(conn: sqlite3.Connection, timeout: float) -> sqlite3.Connection:
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.row_factory = sqlite3.Row
        # Reading the schema checks the header: a file that is not a database fails at open.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, lock: threading.RLock) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
    with lock:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


# -- times: ISO 8601 text; ``to_utc_key`` is a fixed-width UTC form that sorts as text ---------


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def to_iso(value: dt.datetime) -> str:
    return _aware(value).isoformat()


def to_utc_key(value: dt.datetime) -> str:
    return _aware(value).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(value: str) -> dt.datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return _aware(dt.datetime.fromisoformat(value))
