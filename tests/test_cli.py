"""The `brief` command end to end: offline default, JSON, dry run, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from fake_openai import FakeModel
from openai_server import OpenAIStub, StubReply, error_body

from briefing.cli import cli
from briefing.cli._group import COMMANDS
from briefing.cli.today import OFFLINE_NOTICE

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "aggregator-page.txt"
NOW = "2026-11-25T08:00:00+00:00"
KEY = "sk-test-cli-0123456789abcdefghijklmn"


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


def test_every_command_has_help() -> None:
    listing = run("--help")
    assert listing.exit_code == 0
    group = cli
    assert isinstance(group, click.Group)
    context = click.Context(group)
    assert group.list_commands(context) == sorted(COMMANDS)
    for name in COMMANDS:
        command = group.get_command(context, name)
        assert command is not None, name
        assert f"  {name} " in listing.stdout, name
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert command.help and len(command.help.strip()) > 20, name


def test_a_command_imports_only_its_own_module() -> None:
    """``brief config path`` runs without the summarizer, the fetchers or the other commands
    (start-up is paid by every command and by every process a test starts)."""
    code = (
        "import sys; from briefing.cli import cli; "
        "cli.main(['config', 'path'], standalone_mode=False); "
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = set(done.stderr.split())
    assert "briefing.cli.setup" in loaded
    for heavy in ("briefing.cli.today", "briefing.cli.check", "briefing.daily", "briefing.store"):
        assert heavy not in loaded, heavy


def test_the_command_ends_without_tearing_the_interpreter_down() -> None:
    """``brief`` (``console_entry``) flushes its output into the pipe and ends with the
    command's exit code, skipping the interpreter's teardown (about a fifth of a short command's
    CPU): an exit handler registered before it never runs."""
    code = (
        "import atexit, sys; from briefing.cli import console_entry; "
        "atexit.register(lambda: print('torn down', file=sys.stderr)); "
        "sys.argv[1:] = ['config', 'path']; console_entry()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("config.toml")
    assert "torn down" not in done.stderr


def test_offline_by_default_with_json_contract() -> None:
    result = run("today", str(SEED), "--json", "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert OFFLINE_NOTICE in result.stderr
    data = json.loads(result.stdout)
    assert data["date"] == "2026-11-25" and data["overview"]
    for section in data["sections"]:
        assert section["title"]
        for bullet in section["bullets"]:
            assert bullet["text"] and bullet["source_ids"]
    article = data["articles"][0]
    for key in ("id", "title", "outlet", "url", "published_at"):
        assert key in article
    ids = {a["id"] for a in data["articles"]}
    cited = {i for s in data["sections"] for b in s["bullets"] for i in b["source_ids"]}
    assert cited | {x["id"] for x in data["left_out"]} == ids
    assert all(x["reason"] for x in data["left_out"])
    assert "grounding" in result.stderr  # the usage line


@pytest.mark.slow
def test_terminal_output_when_piped_is_plain_text() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "today", str(SEED), "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "\x1b[" not in proc.stdout
    assert "Briefing — 2026-11-25" in proc.stdout
    assert "The Independent" in proc.stdout and "grounding:" in proc.stdout
    for chrome in ("Hashtags", "Try Our AI Features", "No comments yet"):
        assert chrome not in proc.stdout


def test_stdin_and_markdown_output(tmp_path: Path) -> None:
    out = tmp_path / "today.md"
    result = run("today", "-", "--markdown", "-o", str(out), "--now", NOW, input=SEED.read_text())
    assert result.exit_code == 0, result.stderr
    text = out.read_text()
    assert text.startswith("# Briefing — 2026-11-25") and "## Sources" in text


def test_ingest_json_lists_articles_with_text() -> None:
    result = run("ingest", str(SEED), "--json", "--now", NOW)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 4
    assert all(a["text"] for a in data["articles"])


def test_dry_run_needs_no_key_and_calls_nothing() -> None:
    result = run("today", str(ROOT / "examples"), "--dry-run", "--backend", "openai", "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "nothing was called" in result.stdout and "est. cost" in result.stdout
    plan = json.loads(run("today", str(SEED), "--dry-run", "--backend", "openai", "--json").stdout)
    assert plan["strategy"] == "single" and plan["steps"][0]["input_tokens"] > 1000
    assert plan["estimated_cost_usd"] > 0
    small = json.loads(
        run(
            "today",
            str(ROOT / "examples"),
            "--dry-run",
            "--backend",
            "openai",
            "--json",
            "--max-input-tokens",
            "2000",
        ).stdout
    )
    assert small["strategy"] == "map-reduce"


def test_max_cost_refuses() -> None:
    result = run(
        "today",
        str(SEED),
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "gpt-4.1",
        "--max-cost",
        "0.0001",
    )
    assert result.exit_code == 5
    assert "exceeds --max-cost" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 3, "no input"),
        (("nonexistent-dir/",), 3, "no articles found"),
        (("--backend", "openai"), 2, "no API key"),
        (("--now", "yesterday-ish"), 2, "not an ISO 8601 time"),
    ],
)
def test_errors_are_one_line_with_exit_codes(
    args: tuple[str, ...], code: int, message: str
) -> None:
    inputs = () if not args or args[0] == "nonexistent-dir/" else (str(SEED),)
    result = run("today", *inputs, *args)
    assert result.exit_code == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: ") and message in lines[-1]
    assert "Traceback" not in result.stderr


def test_empty_file_is_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("today", str(empty))
    assert result.exit_code == 3 and "empty" in result.stderr.lower()


def test_openai_compatible_server_end_to_end() -> None:
    with OpenAIStub(FakeModel(), models=["my-local-model"]) as stub:
        result = run(
            "today",
            str(SEED),
            "--base-url",
            stub.base_url,
            "--model",
            "my-local-model",
            "--json",
            "--now",
            NOW,
            "--context-window",
            "32768",
        )
        requests = stub.chat_requests
    assert result.exit_code == 0, result.stderr
    assert OFFLINE_NOTICE not in result.stderr
    data = json.loads(result.stdout)
    assert data["usage"]["backend"] == "openai-compatible"
    assert data["usage"]["tokens_estimated"] is True  # unknown model: o200k estimate
    assert data["usage"]["calls"] == len(requests) == 1
    assert "~" in result.stderr  # the usage line marks estimated counts


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (401, 4, "rejected the API key"),
        (404, 4, "not found"),
    ],
)
def test_server_errors_are_clear_and_never_show_the_key(
    status: int, code: int, message: str
) -> None:
    def handler(body: dict[str, Any]) -> StubReply:
        return StubReply(status, error_body(f"bad thing for key {KEY}"))

    with OpenAIStub(handler) as stub:
        result = run(
            "today",
            str(SEED),
            "--base-url",
            stub.base_url,
            "--retries",
            "0",
            env={"OPENAI_API_KEY": KEY},
        )
    assert result.exit_code == code, result.stderr
    assert message in result.stderr
    assert KEY not in result.stderr and KEY not in result.stdout
    assert "Traceback" not in result.stderr


def test_unreachable_server() -> None:
    result = run("today", str(SEED), "--base-url", "http://127.0.0.1:9/v1", "--retries", "0")
    assert result.exit_code == 4
    assert "cannot reach" in result.stderr


def test_debug_shows_the_traceback_and_keeps_the_exit_code() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["today", "--debug"], catch_exceptions=True)
    # With --debug the traceback of the error itself comes first, then the same one line and
    # the same exit code as without it (cron and scripts branch on the code).
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr
    assert "briefing.exceptions.InputError" in result.stderr
    plain = runner.invoke(cli, ["today"], catch_exceptions=True)
    assert plain.exit_code == 3 and "Traceback" not in plain.stderr
    assert plain.stderr.strip().splitlines()[-1] == result.stderr.strip().splitlines()[-1]


def test_output_into_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    """A mistyped ``-o`` path was an internal error (exit 70) after the briefing was made."""
    target = tmp_path / "no-such-folder" / "today.md"
    result = CliRunner().invoke(
        cli, ["today", str(ROOT / "examples"), "-o", str(target), "--now", "2026-11-25T08:00Z"]
    )
    assert result.exit_code == 2, result.output
    assert "does not exist" in result.stderr and "Traceback" not in result.output
    history = CliRunner().invoke(cli, ["history"])
    assert history.exit_code == 0 and "2026-11-25" not in history.stdout  # nothing was briefed
