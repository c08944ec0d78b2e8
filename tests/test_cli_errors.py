"""The CLI's last line of defence (``handle_errors``, on every command): an unexpected exception
is one line and exit 70 (its traceback only with ``--debug``), Ctrl-C is one line and exit 130,
and a real SIGINT in the middle of a run keeps the calls it finished for the next run."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from fake_openai import FakeOpenAI

from briefing.cli import cli
from briefing.cli._common import common_options, handle_errors
from briefing.exceptions import InputError
from briefing.models import Briefing

ROOT = Path(__file__).resolve().parent.parent
DAY = ROOT / "golden" / "day-30" / "input"
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
SECRET = "sk-proj-cli-errors-0123456789abcdefghij"


def _failing(exc: BaseException) -> click.Command:
    """A command like every ``brief`` command (common options, then the handler) that fails."""

    @click.command()
    @common_options
    @handle_errors
    def fails(now: str | None, quiet: bool, debug: bool) -> None:
        raise exc

    return fails


def test_an_unexpected_exception_is_one_line_and_exit_70_with_secrets_redacted() -> None:
    result = CliRunner().invoke(_failing(ValueError(f"bad state near {SECRET}")), [])
    assert result.exit_code == 70
    assert result.stderr == (
        "internal error: ValueError: bad state near [redacted] "
        "(run again with --debug for the traceback)\n"
    )
    assert result.stdout == ""


def test_with_debug_the_traceback_comes_first_and_the_exit_code_stays_70() -> None:
    result = CliRunner().invoke(_failing(ValueError(f"bad state near {SECRET}")), ["--debug"])
    assert result.exit_code == 70  # --debug never changes the exit code (README)
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "ValueError: bad state near [redacted]" in result.stderr  # redacted there too
    assert result.stderr.strip().splitlines()[-1].startswith("internal error: ValueError")
    assert SECRET not in result.stderr


@pytest.mark.parametrize("flags", [[], ["--debug"]])
def test_ctrl_c_is_one_line_and_exit_130(flags: list[str]) -> None:
    result = CliRunner().invoke(_failing(KeyboardInterrupt()), flags)
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n" and result.stdout == ""


def test_a_briefing_error_keeps_its_own_exit_code_and_line() -> None:
    result = CliRunner().invoke(_failing(InputError(f"no articles (key {SECRET})")), [])
    assert result.exit_code == InputError.exit_code == 3
    assert result.stderr == "error: no articles (key [redacted])\n"


def _leaf_commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            found |= _leaf_commands(command, f"{prefix}{name} ")
        else:
            found[prefix + name] = command
    return found


def test_every_command_that_does_work_goes_through_the_handler() -> None:
    """``handle_errors`` is the only decorator that wraps a callback (functools.wraps), and
    every command has it (even ``config path``: a closed pipe or a bad $BRIEFING_HOME is one
    line there too)."""
    unwrapped = sorted(
        name
        for name, command in _leaf_commands(cli).items()
        if getattr(command.callback, "__wrapped__", None) is None
    )
    assert unwrapped == []


def _ctrl_c_as_from_a_shell() -> None:  # runs in the child before exec
    """SIGINT with its default disposition and unblocked, as an interactive shell starts a
    command. A pytest-xdist worker can hand its children SIGINT ignored or blocked (both survive
    exec, and Python keeps an ignored SIGINT ignored): in fresh-clone CI runs the child then
    never saw the Ctrl-C and the test timed out, while alone it passed."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.mark.slow
def test_sigint_mid_run_exits_130_in_one_line_and_the_next_run_reuses_the_finished_calls(
    tmp_path: Path,
) -> None:
    """The real thing: ``python -m briefing today`` against the fake server, one call at a
    time, interrupted by SIGINT (Ctrl-C) while the server holds its third call: two calls have
    been answered by then (the first is stored: the second came after it), and the child is
    surely still running, whatever the machine's load."""
    env = {
        **os.environ,
        "OPENAI_API_KEY": SECRET,
        "BRIEFING_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    with FakeOpenAI(hold_after=2) as server:
        command = [
            *(sys.executable, "-m", "briefing", "today", str(DAY), "--base-url", server.base_url),
            *("--model", "gpt-4.1-mini", "--now", NOW.isoformat(), "--json"),
            *("--max-input-tokens", "3200", "--concurrency", "1"),  # 3 map calls and a final
        ]
        process = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_ctrl_c_as_from_a_shell,
        )
        try:
            deadline = time.monotonic() + 300  # only a hang: a loaded machine can take minutes
            while server.stats.chat_requests < 3:  # the third call is held
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the run made no progress in 300 s"
                time.sleep(0.02)
            assert process.poll() is None, "the run ended before the interrupt was sent"
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        answered_before = server.stats.answered
        server.release()
        # The same command again, in-process (a second child would only cost its start-up).
        resumed = CliRunner().invoke(cli, command[3:], env=env)
    assert process.returncode == 130, stderr
    assert stderr == "interrupted\n" and stdout == ""  # no traceback, no partial briefing
    assert resumed.exit_code == 0, resumed.stderr
    briefing = Briefing.model_validate_json(resumed.stdout)
    cached = [r for r in briefing.usage.records if r.mode == "cached"]
    # At the interrupt, up to two calls can be unfinished even at concurrency 1 (see the SIGKILL
    # test in test_faults.py): answered but not yet stored, and the next one in flight.
    assert len(cached) >= max(1, answered_before - 2)
    assert len(briefing.usage.records) == 4  # 3 map calls and the final call
    assert SECRET not in stderr + resumed.stderr + resumed.stdout
