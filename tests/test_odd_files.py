"""Odd files in an input folder never stop or hang a run: special files (a named pipe, a
socket, a device) are skipped with a reason, and a file name that is not valid UTF-8 is read
and reported with a safe rendering of its bytes."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from briefing.cli import cli
from briefing.ingest import ingest
from briefing.models import IngestResult
from briefing.sanitize import unsafe_characters

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "golden" / "seed" / "input" / "page.txt").read_text(encoding="utf-8")
NOW = "2026-11-25T08:00:00+00:00"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _ingest_within(inputs: list[str], seconds: float = 60) -> IngestResult:
    """``ingest`` in a thread: a read that blocks (a FIFO with no writer) fails the test
    instead of hanging it."""
    box: dict[str, Any] = {}

    def work() -> None:
        box["result"] = ingest(inputs)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "ingest blocked on a special file"
    result: IngestResult = box["result"]
    return result


def test_special_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it: reading it would block forever
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    try:
        result = _ingest_within([str(folder), "/dev/zero", "/dev/null"])
    finally:
        server.close()
    reasons = {p.source: p.reason for p in result.problems}
    assert reasons[str(folder / "pipe.txt")] == "not a regular file (a named pipe): skipped"
    assert reasons[str(folder / "sock.txt")] == "not a regular file (a socket): skipped"
    assert reasons["/dev/zero"] == "not a regular file (a character device): skipped"
    assert reasons["/dev/null"] == "not a regular file (a character device): skipped"
    assert [a.source for a in result.articles][:1] and all(
        a.source.startswith(str(folder / "story.txt")) for a in result.articles
    )


def test_a_fifo_does_not_hang_brief_today(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(folder / "pipe.md")
    _ingest_within([str(folder)])  # proven not to block before the CLI runs in this process
    result = _run("today", str(folder), "--now", NOW, "-q", "--json")
    assert result.exit_code == 8, result.stderr  # written; the pipe is one line on stderr
    assert f"failed: {folder / 'pipe.md'}: not a regular file (a named pipe)" in result.stderr
    assert json.loads(result.stdout)["sections"]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_safely(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw_name = b"caf\xe9 \xff\x1b[31mred.txt"  # Latin-1, an invalid byte and an escape
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as handle:
        handle.write(PAGE.encode("utf-8"))
    shown = str(folder) + "/caf\\xe9 \\xff[31mred.txt"

    result = _ingest_within([str(folder)])
    assert result.articles and not result.problems
    assert {a.source.split("#")[0] for a in result.articles} == {shown}

    listed = _run("ingest", str(folder), "--json")
    assert listed.exit_code == 0, listed.stderr
    sources = {a["source"].split("#")[0] for a in json.loads(listed.stdout)["articles"]}
    assert sources == {shown}
    table = _run("ingest", str(folder))
    assert table.exit_code == 0 and not unsafe_characters(table.stdout)

    made = _run("today", str(folder), "--now", NOW, "-q", "--json")
    assert made.exit_code == 0, made.stderr
    assert shown in {a["source"].split("#")[0] for a in json.loads(made.stdout)["articles"]}
    shown_md = _run("show", "latest", "--format", "md")
    assert shown_md.exit_code == 0, shown_md.stderr
    assert not unsafe_characters(shown_md.stdout)


@pytest.mark.parametrize("name", [b"broken\xc3.txt", b"\xed\xa0\x80surrogate.md"])
def test_odd_bytes_in_a_name_given_directly(tmp_path: Path, name: bytes) -> None:
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as handle:
        handle.write(PAGE.encode("utf-8"))
    result = _ingest_within([os.fsdecode(path)])
    assert result.articles
    for article in result.articles:
        article.source.encode("utf-8")  # always encodable: printable, storable
        assert "\\x" in article.source
