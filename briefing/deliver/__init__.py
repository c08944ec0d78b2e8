"""Delivery: channels that send a rendered briefing somewhere (email, a Slack webhook).

Rendering is done by ``briefing.render``; a channel only turns a briefing into the ordered
``parts`` it sends (one email; one or more Slack messages) and sends one part at a time. The
digest job (``briefing.digest``) records every part in the store's delivery log, so a rerun
sends only what was not sent yet and a partial send resumes at the first unsent part.

Destinations are never stored or shown as they are: the log keeps ``destination_hash`` (an
HMAC keyed by a random per-installation key) and ``destination_label`` (a redacted form).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from briefing.config import data_dir
from briefing.models import Briefing

__all__ = ["Channel", "Deferred", "Part", "destination_hash"]

_KEY_FILE = "delivery.key"


@dataclass(frozen=True)
class Part:
    """One thing a channel sends: an email, or one Slack message of a longer briefing."""

    index: int
    payload: object  # what ``send`` sends, or a ``Deferred`` that makes it
    summary: str  # one line for --dry-run and logs, no secrets


_T = TypeVar("_T")


@dataclass
class Deferred(Generic[_T]):
    """A payload made the first time ``value`` is read. ``deliver`` claims a part before it
    sends it, so a part the claim finds already sent (a rerun, two runs at once) is never
    made: the email's is the whole briefing's HTML, CSS inlining and encoding."""

    make: Callable[[], _T]

    @cached_property
    def value(self) -> _T:
        return self.make()


class Channel(Protocol):
    """A place a briefing is delivered to."""

    @property
    def name(self) -> str:
        """'email' or 'slack'."""
        ...

    @property
    def destination_label(self) -> str:
        """A redacted, human-readable destination (e.g. 'hooks.slack.com/…/XXXX')."""
        ...

    @property
    def destination_hash(self) -> str: ...

    def parts(self, briefing: Briefing) -> list[Part]: ...

    def send(self, part: Part) -> str | None:
        """Send one part; raises ``DeliveryError`` (with secrets redacted) on failure. Returns
        a one-line warning when the part went out but did not fully arrive (recipients the
        server refused while it took the others), else None."""
        ...


def _key(directory: Path | None = None) -> bytes:
    """The installation's key, made on first use. It is written whole under a private name and
    then linked into place, so a reader finds no key file or the whole key: two runs starting
    at once on a new installation once read a half-made (empty) file, hashed one destination
    two ways, claimed two rows and both sent."""
    folder = directory or data_dir()
    path = folder / _KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd, draft = tempfile.mkstemp(dir=folder, prefix=f".{_KEY_FILE}.")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(draft, path)  # never replaces a key another run made meanwhile
        except FileExistsError:
            return path.read_bytes()
        except OSError:  # a file system without hard links (FAT, some network shares)
            return _create_key(path, key)
    finally:
        os.unlink(draft)
    return key


def _create_key(path: Path, key: bytes) -> bytes:
    """``key`` written to a new ``path``, or the key another run wrote there first: for file
    systems that cannot link, where a reader may for a moment see the file before its bytes."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def destination_hash(destination: str, *, directory: Path | None = None) -> str:
    """A keyed hash of a destination (webhook URL, SMTP URL + recipients): stable on this
    installation, useless to anyone who reads the store without the key file."""
    return hmac.new(_key(directory), destination.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
