"""The one error tree of ``briefing``. The CLI turns each into one line and an exit code.

::

    BriefingError                      exit 1   anything the user can act on
    ├── ConfigError                    exit 2   bad flag, config value or missing API key
    ├── InputError                     exit 3   unreadable or empty input, no sources
    │   └── NothingToBriefError        exit 9   the window holds nothing new (not a failure)
    │       └── SourcesFailedError     exit 8   … and some sources failed (one line each)
    ├── LLMError                       exit 4   the model call failed
    │   ├── AuthenticationError                 401: key missing or wrong
    │   ├── ModelNotFoundError                  404: the server has no such model
    │   ├── ConnectionFailedError               server unreachable (no connection)
    │   ├── ServerIdleError                     connected, but nothing arrived for the idle timeout
    │   ├── DeadlineError                       the call ran past its overall deadline
    │   ├── RefusalError                        the model refused
    │   ├── OutputTooLongError                  finish_reason == "length" after re-planning
    │   └── InvalidOutputError                  JSON or schema still invalid after one repair
    ├── BudgetError                    exit 5   --max-cost refused the run
    ├── GroundingError                 exit 6   no bullet survived grounding
    ├── DeliveryError                  exit 7   an email or Slack delivery failed
    ├── RunInProgressError             exit 10  another run holds this home's run lock
    ├── StoreError                     exit 11  the database is damaged or unreadable
    │   ├── StoreReadOnlyError         exit 12  the database (or its folder) is not writable
    │   └── StoreLockedError           exit 13  another process kept the database locked
    └── DiskFullError                  exit 14  no space left writing a file (any file)

Exit code 8 after a written briefing (a source failed, bullets were dropped) is not an
error: the CLI sets it after writing. 70 is an unexpected exception (a bug); 130 an interrupt.
Every storage error names the file and what to do, in one line.

Messages never contain secrets: backends pass errors through ``redact`` before raising.
"""

from __future__ import annotations

import errno
from pathlib import Path

from briefing.redact import redact

__all__ = [
    "AuthenticationError",
    "BriefingError",
    "BudgetError",
    "ConfigError",
    "ConnectionFailedError",
    "DeadlineError",
    "DeliveryError",
    "DiskFullError",
    "GroundingError",
    "InputError",
    "InvalidOutputError",
    "LLMError",
    "ModelNotFoundError",
    "NothingToBriefError",
    "OutputTooLongError",
    "RefusalError",
    "RunInProgressError",
    "ServerIdleError",
    "SourcesFailedError",
    "StoreError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "redact",
]


class BriefingError(Exception):
    """Base of every error meant for the user."""

    exit_code = 1


class ConfigError(BriefingError):
    exit_code = 2


class InputError(BriefingError):
    exit_code = 3


class NothingToBriefError(InputError):
    exit_code = 9


class SourcesFailedError(NothingToBriefError):
    """Nothing new to brief, and some sources failed: the message has one line per failure."""

    exit_code = 8


class LLMError(BriefingError):
    exit_code = 4
    # Tokens the provider billed for the failed call (a cut-off, refused or invalid answer is
    # billed); the backend sets them so that the run's usage counts every billed attempt.
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    # The pipeline step whose call failed ("map", "final", ...), set by the run that made it.
    step: str | None = None


class AuthenticationError(LLMError):
    pass


class ModelNotFoundError(LLMError):
    pass


class ConnectionFailedError(LLMError):
    pass


class ServerIdleError(LLMError):
    """The server took the request but sent nothing for the idle timeout (a stuck server, or
    one still reading a long prompt: raise ``--idle-timeout``)."""


class DeadlineError(LLMError):
    """One call took longer than its overall deadline while data was still arriving (raise
    ``--deadline``)."""


class RefusalError(LLMError):
    pass


class OutputTooLongError(LLMError):
    """The answer stopped at the output cap (or was stopped for repeating itself)."""

    # The complete items of the cut-off answer (``backends.salvage``), None when nothing was.
    partial: object | None = None
    # Stopped for repeating itself: asked again the same way, the model would loop again.
    repeating: bool = False


class InvalidOutputError(LLMError):
    pass


class BudgetError(BriefingError):
    exit_code = 5


class GroundingError(BriefingError):
    exit_code = 6


class DeliveryError(BriefingError):
    exit_code = 7


class RunInProgressError(BriefingError):
    """Another ``brief today`` or ``brief digest`` of the same home is running."""

    exit_code = 10


class StoreError(BriefingError):
    """The database file cannot be used: damaged, truncated, not a database, I/O errors."""

    exit_code = 11

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreReadOnlyError(StoreError):
    exit_code = 12


class StoreLockedError(StoreError):
    exit_code = 13


class DiskFullError(BriefingError):
    exit_code = 14

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def os_error(exc: OSError, path: Path | None = None) -> BriefingError | None:
    """The user-facing error for a file-system ``OSError``, or None when it is not one we
    explain (the caller then handles it as it would)."""
    target = exc.filename if exc.filename is not None else path
    where = f" {target}" if target is not None else ""
    known = Path(str(target)) if target is not None else None
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            f"no space left on the device writing{where}: free some space and run again",
            path=known,
        )
    if exc.errno in (errno.EDQUOT, errno.EFBIG):
        return DiskFullError(
            f"could not write{where}: over a disk quota or file-size limit "
            f"({exc.strerror}); free some space or raise the limit, and run again",
            path=known,
        )
    if exc.errno == errno.EROFS:
        return StoreReadOnlyError(
            f"cannot write{where}: the file system is read-only; set BRIEFING_HOME to a "
            "writable folder",
            path=known,
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StoreReadOnlyError(
            f"permission denied on{where}: make it readable and writable by this user "
            "(or set BRIEFING_HOME to a folder that is)",
            path=known,
        )
    return None
