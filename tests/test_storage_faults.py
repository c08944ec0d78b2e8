"""Storage faults: each gives one line naming the file and what to do, and its own exit code.

======================  ========================================================  ====
fault                   how it is made here                                       exit
======================  ========================================================  ====
not a database          the file overwritten with text                            11
truncated               a real database cut to half its size                      11
read-only               modes 0o444/0o555, in a child without CAP_DAC_OVERRIDE     12
                        (root ignores file modes otherwise)
locked                  another connection holds an exclusive transaction          13
                        past the busy timeout (BRIEFING_DB_TIMEOUT)
disk full               a child under RLIMIT_FSIZE (writes past it are refused);   14
                        a real full tmpfs where a test may mount one
======================  ========================================================  ====
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import FaultTable

from briefing.cli import cli
from briefing.config import data_dir
from briefing.exceptions import (
    DiskFullError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
)
from briefing.store import DB_NAME, Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "golden" / "seed" / "input"
NOW = "2026-11-25T08:00:00+00:00"


def brief(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def one_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def db() -> Path:
    """A real database holding one briefing."""
    made = brief("today", str(SEED), "--now", NOW, "-q", "--json")
    assert made.exit_code == 0, made.stderr
    path = data_dir() / DB_NAME
    assert path.exists()
    return path


def test_a_file_that_is_not_a_database(db: Path, fault_table: FaultTable) -> None:
    db.write_bytes(b"these are not the bytes of an SQLite database\n" * 200)
    for args in (("history",), ("today", str(SEED), "--now", NOW, "-q")):
        result = brief(*args)
        assert result.exit_code == StoreError.exit_code == 11
        line = one_line(result)
        assert str(db) in line and "damaged" in line and f"mv {db} {db}.broken" in line
    fault_table.add(
        fault="the database is not a database",
        injected="file overwritten with text; brief history and brief today, once each",
        outcome="exit 11, one line naming the file and how to move it aside",
        lost="nothing more than the overwritten file (no traceback, no new write)",
    )


def test_a_truncated_database(db: Path, fault_table: FaultTable) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    result = brief("show", "latest")
    assert result.exit_code == 11
    assert str(db) in one_line(result) and "malformed" in one_line(result)
    fault_table.add(
        fault="a truncated database",
        injected="a real database cut to half; brief show, once",
        outcome="exit 11, one line naming the file",
        lost="what the cut removed; nothing else",
    )


def test_a_locked_database(
    db: Path, monkeypatch: pytest.MonkeyPatch, fault_table: FaultTable
) -> None:
    monkeypatch.setenv("BRIEFING_DB_TIMEOUT", "0.2")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = brief("today", str(SEED), "--now", "2026-11-26T08:00:00+00:00", "-q")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == StoreLockedError.exit_code == 13
    line = one_line(result)
    assert str(db) in line and "locked by another process" in line
    assert brief("history").exit_code == 0  # once released, all is well
    fault_table.add(
        fault="the database locked by another process",
        injected="an exclusive transaction held past BRIEFING_DB_TIMEOUT=0.2 s; brief today, once",
        outcome="exit 13, one line naming the file; fine once released",
        lost="nothing (the run wrote nothing)",
    )


# -- read-only: a child process without the capability that lets root ignore file modes ---------

_AS_A_USER = """
import json, sys
from click.testing import CliRunner
from briefing.cli import cli
out = {}
for args in json.loads(sys.argv[1]):
    r = CliRunner().invoke(cli, args)
    out[" ".join(args[:2])] = [r.exit_code, r.stdout, r.stderr]
print(json.dumps(out))
"""


def _without_root_powers() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv(1) is missing: cannot make a file read-only")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def _run_as_user(*commands: list[str]) -> dict[str, list[object]]:
    child = subprocess.run(
        [*_without_root_powers(), sys.executable, "-c", _AS_A_USER, json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    result: dict[str, list[object]] = json.loads(child.stdout)
    return result


@pytest.fixture
def read_only(db: Path) -> Iterator[Path]:
    folder = db.parent
    for extra in folder.glob(f"{DB_NAME}-*"):  # a cleanly closed database has no WAL left
        extra.unlink()
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield db
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)


@pytest.mark.slow
def test_a_read_only_store_still_answers_the_reading_commands(
    read_only: Path, fault_table: FaultTable
) -> None:
    results = _run_as_user(
        ["history"],
        ["show", "latest", "--format", "md"],
        ["deliveries"],
        ["config", "show"],
        ["today", str(SEED), "--now", "2026-11-26T08:00:00+00:00", "-q"],
    )
    for command in ("history", "show latest", "deliveries", "config show"):
        code, _, stderr = results[command]
        assert code == 0, (command, stderr)
    assert "1 briefing(s)" in str(results["history"][1])
    assert "# " in str(results["show latest"][1])  # the Markdown briefing
    code, _, stderr = results["today " + str(SEED)]
    assert code == StoreReadOnlyError.exit_code == 12
    lines = str(stderr).strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0] and str(data_dir()) in lines[0]
    fault_table.add(
        fault="a read-only database and folder",
        injected="modes 0444/0555 for a user without CAP_DAC_OVERRIDE; 5 commands, once",
        outcome="history, show, deliveries, config show: exit 0; brief today: exit 12, one line",
        lost="nothing",
    )


# -- a full disk -----------------------------------------------------------------------------------


def _limited(max_bytes: int) -> Callable[[], None]:
    def limit() -> None:  # runs in the child before exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return limit


def _brief_limited(*args: str, home: Path, max_bytes: int) -> subprocess.CompletedProcess[str]:
    """``brief ARGS`` in a child that may write at most ``max_bytes`` to any one file."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "BRIEFING_HOME": str(home)},
        cwd=ROOT,
        preexec_fn=_limited(max_bytes),
        check=False,
    )


@pytest.mark.slow
def test_a_full_disk_stops_the_run_with_its_own_code(
    db: Path, tmp_path: Path, fault_table: FaultTable
) -> None:
    # No file may pass 40 KB: the shared-memory index (32 KB) fits, the write-ahead log that
    # takes a 90 KB article does not.
    long = tmp_path / "long.txt"
    sentences = (
        f"Officials in district {i} reported {i * 7} new cases on Tuesday." for i in range(1500)
    )
    long.write_text("A long report\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    run = _brief_limited(
        "today", str(long), "--now", NOW, "-q", home=db.parent.parent, max_bytes=40 * 1024
    )
    assert run.returncode == DiskFullError.exit_code == 14, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert str(db) in run.stderr and "free some space" in run.stderr
    with Store(db) as store:  # nothing half-written: the store opens, the old briefing is there
        assert len(store.list_briefings()) == 1
    fault_table.add(
        fault="a full disk under the database",
        injected="RLIMIT_FSIZE 40 KB (writes past it refused) during brief today, once",
        outcome="exit 14, one line naming the database; the store opens, its briefing intact",
        lost="nothing stored before; the run's own write rolled back",
    )


@pytest.mark.slow
def test_a_failed_tokenizer_copy_leaves_no_temp_file(
    tmp_path: Path, fault_table: FaultTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEFING_CACHE_DIR")  # the cache under this home, made by this run
    home = tmp_path / "home"
    # The rank file (3.6 MB) cannot be written under a 1 MB limit.
    run = _brief_limited("today", str(SEED), "--now", NOW, home=home, max_bytes=1024 * 1024)
    assert run.returncode == 14, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert "tiktoken" in last and "file-size limit" in last and "Traceback" not in run.stderr
    leftovers = [p.name for p in (home / "cache" / "tiktoken").iterdir()]
    assert not [name for name in leftovers if name.endswith(".tmp")], leftovers
    fault_table.add(
        fault="a full disk under the tokenizer cache",
        injected="RLIMIT_FSIZE 1 MB while the 3.6 MB rank file is copied, once",
        outcome="exit 14, one line naming the cache file",
        lost="nothing; no temporary file left behind",
    )


@pytest.mark.slow
def test_a_really_full_filesystem(tmp_path: Path, fault_table: FaultTable) -> None:
    """ENOSPC from a small tmpfs (skipped where a test may not mount one)."""
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        env = {**os.environ, "BRIEFING_HOME": str(mount / "home")}
        # The filler leaves too little for a briefing's database (the tokenizer's files are in
        # the session's shared cache, off the tmpfs). The store is made in-process: only the
        # run that meets the full file system needs to be a process of its own.
        first = brief("ingest", str(SEED), env=env)
        assert first.exit_code == 0, first.stderr
        filler = mount / "filler"
        with filler.open("wb") as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
            except OSError:
                pass
        filler.write_bytes(filler.read_bytes()[: -48 * 1024])  # 48 KB free
        run = subprocess.run(
            [sys.executable, "-m", "briefing", "today", str(SEED), "--now", NOW],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
            check=False,
        )
        assert run.returncode == 14, run.stderr
        assert "Traceback" not in run.stderr and "free some space" in run.stderr
        fault_table.add(
            fault="a really full file system (ENOSPC)",
            injected="a 6 MB tmpfs filled to 48 KB free under BRIEFING_HOME; brief today, once",
            outcome="exit 14, one line: no space left, free some space",
            lost="nothing stored before",
        )
    finally:
        subprocess.run(["umount", str(mount)], check=False)
