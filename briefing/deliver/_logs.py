"""A logging filter for third-party libraries that log where they send (slack_sdk, Apprise,
urllib3): every URL in a record is replaced, and so is every secret a channel registered (a
webhook id, a bot token or a topic that a library logs without its URL)."""

from __future__ import annotations

import logging
import re

from briefing.exceptions import redact

__all__ = ["NoURLs"]

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S+")


class NoURLs(logging.Filter):
    """Replaces every URL, and every registered secret, in a record's message."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(_URL.sub("[url redacted]", message), *sorted(self.secrets, key=len)[::-1])
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True
