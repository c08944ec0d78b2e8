"""SQLite and file-system failures as one line naming the file and what to do.

``sqlite3`` reports a corrupt file, a read-only one, a lock held too long and a full disk all
as ``OperationalError``/``DatabaseError``; its ``sqlite_errorname`` (Python 3.11+) tells them
apart. ``storage_errors(path)`` wraps every statement of the store, so no caller sees a raw
``sqlite3`` error and the CLI can give each case its own exit code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.exceptions import (
    BriefingError,
    DiskFullError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    os_error,
)

__all__ = ["os_error", "sqlite_error", "storage_errors"]

_READ_ONLY = ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")
_BUGS = (sqlite3.ProgrammingError, sqlite3.IntegrityError, sqlite3.InterfaceError)
_WRITE_FAILED = (
    "SQLITE_IOERR_WRITE",
    "SQLITE_IOERR_FSYNC",
    "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE",
)
_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT")


def sqlite_error(exc: sqlite3.Error, path: Path) -> BriefingError:
    """The user-facing error for a ``sqlite3`` exception raised on the database at ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    message = str(exc)
    where = str(path)
    if name.startswith("SQLITE_FULL") or "disk is full" in message:
        return DiskFullError(
            f"no space left on the device writing {where}: free some space and run again "
            "(the unfinished write was rolled back)",
            path=path,
        )
    if name in _WRITE_FAILED:
        # SQLite says SQLITE_FULL only when a write stopped short; a write refused outright
        # (ENOSPC at a page boundary, a quota, a file-size limit) comes back as an I/O error.
        return DiskFullError(
            f"could not write {where} (no space left, a quota or file-size limit, or a failing "
            "disk): free some space and run again (the unfinished write was rolled back)",
            path=path,
        )
    if name.startswith(_READ_ONLY) or "readonly" in message:
        return StoreReadOnlyError(
            f"the database {where} is read-only: make it and its folder writable by this user "
            "(`brief history`, `show`, `deliveries` and `config` still work read-only)",
            path=path,
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return StoreLockedError(
            f"the database {where} stayed locked by another process: wait for it to finish "
            "(or stop it) and run again",
            path=path,
        )
    if name.startswith(_CORRUPT) or "malformed" in message or "not a database" in message:
        return StoreError(
            f"the database {where} is damaged ({message}): move it aside (e.g. "
            f"`mv {where} {where}.broken`, with its -wal and -shm files if any) and run again "
            "to start a fresh one, or restore it from a backup",
            path=path,
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreReadOnlyError(
            f"cannot open the database {where}: check that its folder exists and is "
            "writable by this user",
            path=path,
        )
    return StoreError(
        f"the database {where} failed ({name or type(exc).__name__}: {message}): check the disk "
        "and run again",
        path=path,
    )


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Translate ``sqlite3`` and file-system errors raised inside into ``briefing`` errors."""
    try:
        yield
    except _BUGS:
        raise  # a wrong statement or a broken constraint is a bug, not a storage fault
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_ERROR":
            raise  # a statement SQLite could not run (no such column...): a bug too
        raise sqlite_error(exc, path) from exc
    except OSError as exc:
        translated = os_error(exc, path)
        if translated is None:
            raise
        raise translated from exc
