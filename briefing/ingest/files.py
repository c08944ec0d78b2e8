"""Reading inputs: paths, folders (walked recursively, sorted, hidden files skipped) and stdin.

Special files (named pipes, sockets, devices) are skipped with a reason, never read; a file
name that is not valid UTF-8 is read and shown with its odd bytes as ``\\xNN``.

Every input becomes either a ``RawInput`` (decoded text plus what is known about it) or an
``InputProblem`` with a one-line reason; nothing here raises for bad input.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat as stat_module
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from briefing.ingest.decode import bom_encoding, decode_bytes
from briefing.models import InputProblem
from briefing.sanitize import sanitize

__all__ = ["MAX_INPUT_BYTES", "STDIN_SOURCE", "RawInput", "decode", "read_inputs", "shown_name"]

logger = logging.getLogger(__name__)

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused (a news article is a few kilobytes)."""

STDIN_SOURCE = "<stdin>"
_SNIFF_BYTES = 8192
_MAX_CONTROL_RATIO = 0.05


@dataclass
class RawInput:
    """One readable input: where it came from, its text, its extension and its reference time."""

    source: str
    text: str
    suffix: str
    mtime: dt.datetime


def _mostly_control(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return False
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    )
    return bad / len(sample) > _MAX_CONTROL_RATIO


def decode(data: bytes, source: str) -> str | None:
    """Text from bytes (by :func:`~briefing.ingest.decode.decode_bytes`), or None when they are
    binary: NUL bytes without a UTF-16/32 byte-order mark, or mostly control characters."""
    if bom_encoding(data) is None and b"\x00" in data[:_SNIFF_BYTES]:
        return None
    text = decode_bytes(data, source=source)
    return None if _mostly_control(text) else text


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        found.extend(Path(root) / name for name in files if not _hidden(name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


_SPECIAL_KINDS = (
    (stat_module.S_ISFIFO, "a named pipe"),
    (stat_module.S_ISSOCK, "a socket"),
    (stat_module.S_ISCHR, "a character device"),
    (stat_module.S_ISBLK, "a block device"),
)


def shown_name(name: str) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 (a file name from
    another system, kept by Python as surrogate escapes) become ``\\xNN``, and control
    characters are dropped by the one sanitiser."""
    return sanitize(os.fsencode(name).decode("utf-8", "backslashreplace"))


def _not_regular(mode: int) -> str:
    kind = next((label for test, label in _SPECIAL_KINDS if test(mode)), "not a file")
    return f"not a regular file ({kind}): skipped"


def _read_file(path: Path, source: str) -> RawInput | InputProblem:
    """One file. Special files (a named pipe with no writer would block a plain read forever;
    a device never ends) are skipped with a reason: the file is opened without blocking and
    checked on the open descriptor, so it cannot be swapped between the check and the read."""
    try:
        mode = os.stat(path).st_mode  # a socket cannot even be opened: look before opening
        if not stat_module.S_ISREG(mode):
            return InputProblem(source=source, reason=_not_regular(mode))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except PermissionError:
        return InputProblem(source=source, reason="cannot read the file: permission denied")
    except OSError as exc:
        return InputProblem(source=source, reason=f"cannot read the file: {exc.strerror or exc}")
    try:
        stat = os.fstat(fd)
        if not stat_module.S_ISREG(stat.st_mode):
            return InputProblem(source=source, reason=_not_regular(stat.st_mode))
        if stat.st_size > MAX_INPUT_BYTES:
            limit = MAX_INPUT_BYTES // (1024 * 1024)
            return InputProblem(
                source=source, reason=f"file is larger than the {limit} MB input limit"
            )
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # the file object owns it now
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        return InputProblem(source=source, reason=f"cannot read the file: {exc.strerror or exc}")
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_INPUT_BYTES:  # grew while being read
        limit = MAX_INPUT_BYTES // (1024 * 1024)
        return InputProblem(source=source, reason=f"file is larger than the {limit} MB input limit")
    if not data.strip():
        return InputProblem(source=source, reason="empty file")
    text = decode(data, source)
    if text is None:
        return InputProblem(source=source, reason="binary file, not text")
    if not text.strip():
        return InputProblem(source=source, reason="empty file")
    mtime = dt.datetime.fromtimestamp(stat.st_mtime, tz=dt.UTC)
    return RawInput(source=source, text=text, suffix=path.suffix.lower(), mtime=mtime)


def _read_stdin(stdin: TextIO) -> RawInput | InputProblem:
    try:
        text = stdin.read(MAX_INPUT_BYTES + 1)
    except (OSError, UnicodeDecodeError) as exc:
        return InputProblem(source=STDIN_SOURCE, reason=f"cannot read standard input: {exc}")
    if len(text) > MAX_INPUT_BYTES:
        limit = MAX_INPUT_BYTES // (1024 * 1024)
        return InputProblem(
            source=STDIN_SOURCE, reason=f"standard input is larger than the {limit} MB limit"
        )
    if not text.strip():
        return InputProblem(source=STDIN_SOURCE, reason="standard input is empty")
    if "\x00" in text[:_SNIFF_BYTES] or _mostly_control(text):
        return InputProblem(source=STDIN_SOURCE, reason="standard input is binary, not text")
    return RawInput(source=STDIN_SOURCE, text=text, suffix="", mtime=dt.datetime.now(dt.UTC))


def read_inputs(
    inputs: Sequence[str], *, stdin: TextIO | None = None
) -> Iterator[RawInput | InputProblem]:
    """Each input in order: files as given, folders walked, ``-`` read from ``stdin``."""
    for name in inputs:
        if name == "-":
            if stdin is None:
                import sys

                stdin = sys.stdin
            yield _read_stdin(stdin)
            continue
        path = Path(name)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield InputProblem(source=shown_name(name), reason="folder has no files to read")
            for file in files:
                yield _read_file(file, shown_name(str(file)))
        elif path.exists():
            yield _read_file(path, shown_name(name))
        else:
            yield InputProblem(source=shown_name(name), reason="no such file or folder")
