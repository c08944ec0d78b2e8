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
    │   ├── ConnectionFailedError               server unreachable or timed out
    │   ├── RefusalError                        the model refused
    │   ├── OutputTooLongError                  finish_reason == "length" after re-planning
    │   └── InvalidOutputError                  JSON or schema still invalid after one repair
    ├── BudgetError                    exit 5   --max-cost refused the run
    ├── GroundingError                 exit 6   no bullet survived grounding
    └── DeliveryError                  exit 7   an email or Slack delivery failed

Messages never contain secrets: backends pass errors through ``redact`` before raising.
"""

from __future__ import annotations

import re

__all__ = [
    "AuthenticationError",
    "BriefingError",
    "BudgetError",
    "ConfigError",
    "ConnectionFailedError",
    "DeliveryError",
    "GroundingError",
    "InputError",
    "InvalidOutputError",
    "LLMError",
    "ModelNotFoundError",
    "NothingToBriefError",
    "OutputTooLongError",
    "RefusalError",
    "SourcesFailedError",
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


class AuthenticationError(LLMError):
    pass


class ModelNotFoundError(LLMError):
    pass


class ConnectionFailedError(LLMError):
    pass


class RefusalError(LLMError):
    pass


class OutputTooLongError(LLMError):
    pass


class InvalidOutputError(LLMError):
    pass


class BudgetError(BriefingError):
    exit_code = 5


class GroundingError(BriefingError):
    exit_code = 6


class DeliveryError(BriefingError):
    exit_code = 7


_SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9_\-\.]{8,}"),
    re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"),
    re.compile(r"(?i)(api[_-]?key[\"'=:\s]+)[A-Za-z0-9_\-\.]{8,}"),
    re.compile(r"(?i)(://[^:/\s]+:)[^@\s]+(@)"),
]


def redact(text: str, *secrets: str | None) -> str:
    """Remove known secrets and anything shaped like a key or webhook URL from ``text``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    for pattern in _SECRET_PATTERNS:
        if pattern.groups == 2:
            text = pattern.sub(r"\1[redacted]\2", text)
        elif pattern.groups == 1:
            text = pattern.sub(r"\1[redacted]", text)
        else:
            text = pattern.sub("[redacted]", text)
    return text
