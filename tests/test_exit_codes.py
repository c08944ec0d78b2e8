"""The CLI's contract with scripts and cron: one documented table of exit codes, the same with
``--debug``; ``--quiet`` never hides a loss; a closed pipe is a quiet success; secrets never
leave, whatever their shape."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer, Envelope, Session
from click.testing import CliRunner
from conftest import UTF8_CHARS, FaultTable
from hypothesis import example, given, settings, strategies as st
from loopback import reserved_port
from slack_server import Reply, SlackWebhookServer

from briefing import exceptions
from briefing.cli import cli
from briefing.cli._common import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_WRITTEN_WITH_FAILURES
from briefing.redact import MASK, redact, secret_forms
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "golden" / "seed" / "input"
PIPED = ROOT / "examples" / "markets.md"
NOW = "2026-11-25T08:00:00+00:00"


def _readme_codes() -> dict[int, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", table, re.M)
    return {int(code): meaning for code, meaning in rows}


def test_every_exit_code_is_in_the_one_table_of_the_readme() -> None:
    documented = _readme_codes()
    errors = [
        cls
        for _, cls in inspect.getmembers(exceptions, inspect.isclass)
        if issubclass(cls, exceptions.BriefingError)
    ]
    codes = {cls.exit_code for cls in errors}
    codes |= {0, EXIT_WRITTEN_WITH_FAILURES, EXIT_INTERNAL, EXIT_INTERRUPTED}
    assert codes == set(documented), codes ^ set(documented)
    # The group's --help lists the same codes.
    help_text = CliRunner().invoke(cli, ["--help"]).stdout
    for code in codes:
        assert re.search(rf"(?m)^\s*{code}\s|\s{code}\s+\w", help_text), code


def _brief(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("today",), 3),  # no sources configured
        (("today", str(SEED), "--since", "soon"), 2),
        (("show", "1999-01-01"), 3),
        (("today", str(SEED), "--backend", "openai"), 2),  # no API key
    ],
)
def test_debug_never_changes_the_exit_code(args: tuple[str, ...], code: int) -> None:
    plain = _brief(*args)
    debug = _brief(*args, "--debug")
    assert plain.exit_code == debug.exit_code == code, (plain.stderr, debug.stderr)
    assert "Traceback" in debug.stderr and "Traceback" not in plain.stderr


def test_a_storage_error_keeps_its_code_with_debug() -> None:
    with Store.default() as store:
        path = store.path
    path.write_bytes(b"not a database" * 100)
    plain, debug = _brief("history"), _brief("history", "--debug")
    assert plain.exit_code == debug.exit_code == 11
    assert (
        str(path) in plain.stderr and plain.stderr.strip() == debug.stderr.strip().splitlines()[-1]
    )


def test_json_and_markdown_together_are_a_usage_error() -> None:
    result = _brief("today", str(SEED), "--json", "--markdown")
    assert result.exit_code == 2
    assert "--json and --markdown" in result.stderr and "choose one" in result.stderr
    assert result.stdout == ""


@pytest.mark.slow
@pytest.mark.parametrize("extra", [(), ("--markdown",), ("--json",)], ids=["rich", "md", "json"])
def test_a_closed_pipe_is_a_quiet_success(extra: tuple[str, ...]) -> None:
    """``brief today … | head -1``: brief's own exit code is 0, with nothing on stderr (rich
    alone would exit 1; Python would print "Exception ignored ... BrokenPipeError").

    The reading end is closed before the child starts, so its first write surely fails
    (EPIPE), whatever the size of the briefing: behind ``head -1`` a briefing smaller than the
    pipe's buffer could be written whole before ``head`` exits, and the path not taken."""
    read, write = os.pipe()
    os.close(read)
    try:
        child = subprocess.run(
            [sys.executable, "-m", "briefing", "today", str(PIPED), "-q", "--now", NOW, *extra],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "COLUMNS": "80"},
            timeout=300,
            check=False,
        )
    finally:
        os.close(write)
    assert child.returncode == 0, child.stderr
    assert child.stderr == ""


# -- --quiet never hides a loss -----------------------------------------------------------------


@dataclass
class Refusing:
    """An SMTP server that takes mail for a@ and refuses b@ (550), as a real one would."""

    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address.startswith("b@"):
            return "550 5.1.1 <b@example.org>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def refusing() -> Iterator[tuple[Refusing, int]]:
    handler = Refusing()
    with reserved_port() as port:
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            yield handler, port
        finally:
            controller.stop()


def _stored() -> None:
    made = _brief("today", str(SEED), "--now", NOW, "-q", "--json")
    assert made.exit_code == 0, made.stderr


def test_quiet_with_a_refused_recipient_exits_7_and_says_so(
    refusing: tuple[Refusing, int], fault_table: FaultTable
) -> None:
    handler, port = refusing
    _stored()
    env = {
        "BRIEFING_SMTP_URL": f"smtp+plain://127.0.0.1:{port}",
        "BRIEFING_EMAIL_FROM": "briefing@example.org",
        "BRIEFING_EMAIL_TO": "a@example.org, b@example.org",
    }
    result = _brief("digest", "--email", "--now", NOW, "-q", env=env)
    assert result.exit_code == 7
    assert len(handler.envelopes) == 1 and handler.envelopes[0].rcpt_tos == ["a@example.org"]
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # once, not also as a log warning
    [line] = lines
    assert "sent 1 part(s), but 1 of 2 recipients refused: b@example.org (550" in line
    # It went out to a@: the next run does not send it again (that would duplicate it).
    again = _brief("digest", "--email", "--now", NOW, "-q", env=env)
    assert again.exit_code == 0 and len(handler.envelopes) == 1
    log = _brief("deliveries").stdout
    assert "refused" in log
    fault_table.add(
        fault="the SMTP server refuses one of two recipients",
        injected="550 for b@ on every digest, with --quiet, twice",
        outcome="exit 7 and one line naming b@ and the reply; not resent (a@ has it)",
        lost="the refused recipient's copy, reported, never silent",
    )


def test_a_failed_digest_is_reported_once() -> None:
    _stored()
    with SlackWebhookServer([Reply.error("no_service", 404)]) as hook:
        env = {"BRIEFING_SLACK_WEBHOOK_URL": hook.url}
        result = _brief("digest", "--slack", "--now", NOW, "-q", env=env)
    assert result.exit_code == 7
    assert result.stderr.count("no_service") == 1, result.stderr


def test_quiet_still_reports_a_failed_source_and_exits_8(tmp_path: Path) -> None:
    unreadable = tmp_path / "in"
    unreadable.mkdir()
    (unreadable / "good.txt").write_text((SEED / "page.txt").read_text(), encoding="utf-8")
    (unreadable / "binary.txt").write_bytes(bytes(range(256)) * 64)
    result = _brief("today", str(unreadable), "--now", NOW, "-q", "--json")
    assert result.exit_code == 8, result.stderr
    assert "binary.txt" in result.stderr and "failed:" in result.stderr


# -- secrets of any shape -------------------------------------------------------------------------

SPACED = "/services/T0SPACE/B0SPACE/sec ret-token-with-a-space"


def test_a_webhook_url_with_a_space_never_leaks(tmp_path: Path) -> None:
    _stored()
    with SlackWebhookServer() as hook:
        url = hook.base_url + SPACED
        env = {"BRIEFING_SLACK_WEBHOOK_URL": url}
        result = _brief("digest", "--slack", "--now", NOW, env=env)
        listed = _brief("deliveries", "--json", env=env)
    assert result.exit_code == 2, result.stderr  # refused before anything is sent
    assert "contains a space" in result.stderr
    with Store.default() as store:
        path = store.path
    dump = path.read_bytes().decode("utf-8", "replace")
    seen = result.stdout + result.stderr + listed.stdout + dump
    for piece in ("sec ret", "sec%20ret", "sec+ret", "ret-token-with-a-space", "B0SPACE/sec"):
        assert piece not in seen


@given(
    secret=st.text(UTF8_CHARS, min_size=8, max_size=40).filter(
        lambda s: s.strip() == s and len(s) >= 8
    ),
    before=st.text(UTF8_CHARS, max_size=20),
    after=st.text(UTF8_CHARS, max_size=20),
    form=st.sampled_from(["raw", "quote", "quote_plus", "url", "url_quoted"]),
)
@example(secret="[redacte", before="", after="", form="raw")
@settings(max_examples=300, deadline=None)
def test_redaction_does_not_depend_on_the_secret_s_shape(
    secret: str, before: str, after: str, form: str
) -> None:
    url = f"https://hooks.example.test/services/T1/B2/{secret}"
    value, shown = {
        "raw": (secret, secret),
        "quote": (secret, quote(secret, safe="")),
        "quote_plus": (secret, quote_plus(secret)),
        "url": (url, "/services/T1/B2/" + secret),
        "url_quoted": (url, quote(url, safe="/:@")),
    }[form]
    text = redact(f"{before}{shown}{after}", env={"BRIEFING_SLACK_WEBHOOK_URL": value})
    # Read around the masks: a secret may be a piece of the mask itself ("[redacte", found by
    # hypothesis) or run into it from the text beside it ("acted]" + after).
    assert shown not in text.replace(MASK, "") or shown in (before + after)
    assert MASK in text


def test_configured_secrets_are_redacted_from_every_line() -> None:
    env = {"OPENAI_API_KEY": "my key has spaces", "BRIEFING_SMTP_PASSWORD": "pä$$ wörd"}
    line = "failed: key=my%20key%20has%20spaces pw=p%C3%A4%24%24+w%C3%B6rd raw=pä$$ wörd"
    cleaned = redact(line, env=env)
    assert "spaces" not in cleaned and "w%C3%B6rd" not in cleaned and "wörd" not in cleaned
    assert "my key has spaces" in secret_forms("my key has spaces")
