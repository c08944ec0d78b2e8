"""What every table module shares: the connection, its lock, and a write transaction."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.store.db import transaction
from briefing.store.errors import storage_errors

__all__ = ["StoreBase"]


class StoreBase:
    """Holds the one connection of a ``Store``; the table mixins build on it."""

    path: Path
    _conn: sqlite3.Connection
    _lock: threading.RLock

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with storage_errors(self.path), transaction(self._conn, self._lock) as conn:
            yield conn

    def _query(self, sql: str, params: tuple[object, ...] | list[object] = ()) -> list[sqlite3.Row]:
        with storage_errors(self.path), self._lock:
            return list(self._conn.execute(sql, params))
