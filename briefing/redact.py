"""Secret redaction that does not depend on what a secret looks like.

Two layers, applied by :func:`redact` to every line meant for a user, a log or the store:

1. **Configured values**, whatever their shape: the environment variables that hold secrets
   (``SECRET_ENV``) are read once per call, and each value is removed in every form it can
   take in a message: as given, stripped, URL-decoded, URL-encoded (``quote`` and
   ``quote_plus``), and for a URL also its path and query (an HTTP library's error often names
   only ``/services/T…/B…/secret``). A webhook URL with a space inside is found as
   ``sec ret``, ``sec%20ret`` and ``sec+ret``.
2. **Shapes** of well-known secrets that were never configured here (an ``sk-…`` key pasted
   into a base URL, a ``Bearer`` header echoed by a proxy, a Slack webhook, ``user:pass@``).

Secrets passed explicitly (``redact(text, password)``) get the same treatment as configured
ones. Values shorter than ``MIN_SECRET`` characters are not searched for: they would blank out
ordinary words.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlsplit

__all__ = [
    "MIN_SECRET",
    "SECRET_ENV",
    "RedactingFilter",
    "redact",
    "register_secret",
    "secret_forms",
]

# Environment variables whose values are secrets (the only places secrets come from).
SECRET_ENV = (
    "OPENAI_API_KEY",
    "BRIEFING_SMTP_PASSWORD",
    "BRIEFING_SLACK_WEBHOOK_URL",
)
MIN_SECRET = 4
MASK = "[redacted]"

_SHAPES = [
    re.compile(r"sk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9_\-\.]{8,}"),
    re.compile(r"https://hooks\.slack\.com/services/\S+"),
    re.compile(r"(?i)(api[_-]?key[\"'=:\s]+)[A-Za-z0-9_\-\.]{8,}"),
    re.compile(r"(?i)(://[^:/\s]+:)[^@\s]+(@)"),
]


def _encodings(value: str) -> set[str]:
    return {
        value,
        value.strip(),
        unquote(value),
        unquote_plus(value),
        quote(value, safe="/:@"),
        quote(value, safe=""),
        quote_plus(value, safe="/:@"),
        quote_plus(value, safe=""),
        quote(unquote(value), safe="/:@"),
    }


def secret_forms(value: str) -> set[str]:
    """Every form in which ``value`` may appear in a message (see the module docstring)."""
    forms = _encodings(value)
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        parts = None
    if parts is not None and parts.scheme and parts.netloc:
        # The secret part of a URL: what follows the host (a webhook's path, a token query),
        # as parsed and as written (the parser drops tabs and line breaks a message keeps).
        after_host = value.strip().split("://", 1)[-1]
        raw = after_host[after_host.find("/") :] if "/" in after_host else ""
        for piece in (parts.path, parts.query, parts.path + "?" + parts.query, raw):
            if piece.strip("/?"):
                forms |= _encodings(piece)
        # Userinfo passwords are the shape rule's job; a bare host is not a secret.
    return {f for f in forms if len(f) >= MIN_SECRET}


_REGISTERED: set[str] = set()
"""Secrets met at run time outside ``SECRET_ENV``: push URLs given with ``--notify`` or read from
the variable a ``[[notify]]`` entry names. Kept for the life of the process."""


def register_secret(value: str) -> None:
    """Treat ``value`` as a configured secret in every later :func:`redact` call (and so in
    every log line that passes :class:`RedactingFilter`)."""
    if len(value.strip()) >= MIN_SECRET:
        _REGISTERED.add(value)


def _configured(env: Mapping[str, str]) -> list[str]:
    return [env[name] for name in SECRET_ENV if env.get(name)] + sorted(_REGISTERED)


def redact(text: str, *secrets: str | None, env: Mapping[str, str] | None = None) -> str:
    """``text`` without any secret: explicit ``secrets``, configured ones (``env``, default
    ``os.environ``) in all their forms, and anything shaped like a key or webhook URL."""
    values: Iterable[str] = [s for s in secrets if s] + _configured(
        os.environ if env is None else env
    )
    forms: set[str] = set()
    for value in values:
        forms |= secret_forms(value)
    # Longest first, so a whole URL goes before its path and the path before a segment.
    for form in sorted(forms, key=len, reverse=True):
        if form in text:
            text = text.replace(form, MASK)
    for pattern in _SHAPES:
        if pattern.groups == 2:
            text = pattern.sub(rf"\1{MASK}\2", text)
        elif pattern.groups == 1:
            text = pattern.sub(rf"\1{MASK}", text)
        else:
            text = pattern.sub(MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Redacts every record that passes through a handler (installed by the CLI)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # The formatter would print the exception text unredacted: fold it in here.
            import traceback

            cleaned += "\n" + redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
            record.exc_text = None
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True
