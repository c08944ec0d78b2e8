"""Exactly-once delivery: the delivery log, resuming partial sends, --force, --dry-run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefing.deliver import Channel, Deferred, Part, destination_hash
from briefing.digest import deliver
from briefing.exceptions import DeliveryError
from briefing.models import Briefing
from briefing.store import Store, StoredBriefing

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
NOW = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
SECRET_URL = "https://hooks.example.test/services/T000/B000/very-secret-token"


class FakeChannel:
    """A channel of three parts whose sends fail on cue."""

    name = "slack"

    def __init__(self, fail_at: set[int] | None = None, parts: int = 3) -> None:
        self.fail_at = fail_at or set()
        self.count = parts
        self.sent: list[int] = []

    @property
    def destination_label(self) -> str:
        return "hooks.example.test/…/oken"

    @property
    def destination_hash(self) -> str:
        return destination_hash(SECRET_URL)

    def parts(self, briefing: Briefing) -> list[Part]:
        return [
            Part(index=i, payload={"n": i}, summary=f"message {i + 1}/{self.count}")
            for i in range(self.count)
        ]

    def send(self, part: Part) -> str | None:
        if part.index in self.fail_at:
            # Channels keep their secrets out of errors (tests/test_slack.py, test_email.py).
            raise DeliveryError("HTTP 500 from hooks.example.test/…/oken")
        self.sent.append(part.index)
        return None


@pytest.fixture
def briefing() -> Briefing:
    return Briefing.model_validate_json((GOLDEN / "seed" / "briefing.json").read_text())


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store(tmp_path / "b.db") as s:
        yield s


def saved(store: Store, *briefings: Briefing) -> list[StoredBriefing]:
    """Store ``briefings`` as the day's daily briefings, as ``brief today`` does."""
    for i, b in enumerate(briefings):
        store.save_briefing(b, created_at=NOW - dt.timedelta(hours=len(briefings) - i))
    return store.day_briefings(briefings[0].date)


@pytest.fixture
def day(briefing: Briefing, store: Store) -> list[StoredBriefing]:
    return saved(store, briefing)


def test_partial_send_resumes_at_the_first_unsent_part(
    day: list[StoredBriefing], store: Store
) -> None:
    failing = FakeChannel(fail_at={1})
    [first] = deliver(day, [failing], store, now=NOW)
    assert failing.sent == [0] and not first.ok
    assert "failed after 1 of 3 parts" in first.line()
    assert SECRET_URL not in first.line()

    recovered = FakeChannel()
    [second] = deliver(day, [recovered], store, now=NOW)
    assert recovered.sent == [1, 2] and second.ok and second.skipped == [0]
    assert "resumed after 1 already sent" in second.line()

    again = FakeChannel()
    [third] = deliver(day, [again], store, now=NOW)
    assert again.sent == [] and "already sent" in third.line()

    forced = FakeChannel()
    deliver(day, [forced], store, now=NOW, force=True)
    assert forced.sent == [0, 1, 2]


def test_dry_run_sends_and_records_nothing(day: list[StoredBriefing], store: Store) -> None:
    channel = FakeChannel()
    [outcome] = deliver(day, [channel], store, now=NOW, dry_run=True)
    assert channel.sent == [] and outcome.planned == ["message 1/3", "message 2/3", "message 3/3"]
    assert store.list_deliveries() == []


def test_the_delivery_log_holds_no_destination(
    day: list[StoredBriefing], store: Store, tmp_path: Path
) -> None:
    deliver(day, [FakeChannel(fail_at={2})], store, now=NOW)
    rows = store.list_deliveries()
    assert [r.status for r in sorted(rows, key=lambda r: r.part)] == ["sent", "sent", "failed"]
    store.close()
    dump = "\n".join(sqlite3.connect(tmp_path / "b.db").iterdump())
    assert "very-secret-token" not in dump and "hooks.example.test/services" not in dump


def test_destination_hash_is_keyed_and_stable(tmp_path: Path) -> None:
    one = destination_hash(SECRET_URL, directory=tmp_path / "a")
    assert one == destination_hash(SECRET_URL, directory=tmp_path / "a")
    assert one != destination_hash(SECRET_URL, directory=tmp_path / "b")  # another key


def test_brief_digest_email_and_slack_exactly_once(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from slack_server import Reply, SlackWebhookServer
    from test_email import smtp_server

    from briefing.cli import cli

    runner = CliRunner()
    now = "2026-11-25T08:00:00+00:00"
    made = runner.invoke(
        cli, ["today", str(GOLDEN / "seed" / "input"), "--now", now, "-q", "--json"]
    )
    assert made.exit_code == 0, made.stderr
    with (
        smtp_server() as (inbox, port),
        SlackWebhookServer([Reply.error("no_service", 404)]) as hook,
    ):
        env = {
            "BRIEFING_SMTP_URL": f"smtp+plain://127.0.0.1:{port}",
            "BRIEFING_EMAIL_FROM": "briefing@example.org",
            "BRIEFING_EMAIL_TO": "a@example.org, b@example.org",
            "BRIEFING_SLACK_WEBHOOK_URL": hook.url,
        }
        dry = runner.invoke(
            cli, ["digest", "--email", "--slack", "--dry-run", "--now", now], env=env
        )
        assert dry.exit_code == 0, dry.stderr
        assert "would send 1 part(s)" in dry.stdout and not inbox.envelopes

        first = runner.invoke(cli, ["digest", "--email", "--slack", "--now", now], env=env)
        assert first.exit_code == 7, first.stderr  # Slack failed; the email went out
        assert len(inbox.envelopes) == 1
        assert "no_service" in first.stderr and hook.url not in first.stderr + first.stdout
        assert "s3cretWebhookTokenXYZ1" not in first.stderr + first.stdout

        second = runner.invoke(cli, ["digest", "--email", "--slack", "--now", now, "-q"], env=env)
        assert second.exit_code == 0, second.stderr
        assert second.stdout == ""  # silent on success with --quiet
        assert len(inbox.envelopes) == 1 and len(hook.payloads) == 1  # email not sent twice

        third = runner.invoke(cli, ["digest", "--email", "--slack", "--now", now], env=env)
        assert third.exit_code == 0 and third.stdout.count("already sent") == 2
        assert len(inbox.envelopes) == 1 and len(hook.payloads) == 1

    log = runner.invoke(cli, ["deliveries", "--json"])
    assert log.exit_code == 0
    assert "s3cretWebhookTokenXYZ1" not in log.stdout  # the label is redacted: …/…XYZ1
    assert f"smtp+plain://127.0.0.1:{port} → 2 recipients" in log.stdout  # no user, no password


def test_a_split_slack_briefing_resumes_at_the_first_unsent_message(
    store: Store, tmp_path: Path
) -> None:
    from slack_server import Reply, SlackWebhookServer
    from test_slack import huge_briefing

    from briefing.deliver.slack import SlackChannel

    big = huge_briefing(sections=12)
    # The server accepts two messages, then answers no_service (a removed webhook).
    with SlackWebhookServer(
        [Reply(200, "ok"), Reply(200, "ok"), Reply.error("no_service", 404)]
    ) as hook:
        channel = SlackChannel(hook.url, min_interval_s=0, backoff_s=0, key_dir=tmp_path)
        total = len(channel.parts(big))
        stored = saved(store, big)
        assert total >= 4
        [first] = deliver(stored, [channel], store, now=NOW)
        assert first.sent == [0, 1] and not first.ok
        [second] = deliver(stored, [channel], store, now=NOW)
        assert second.ok and second.skipped == [0, 1] and second.sent == list(range(2, total))
        [third] = deliver(stored, [channel], store, now=NOW)
        assert third.sent == []
    texts = [p["text"] for p in hook.payloads]
    assert len(texts) == total  # every message exactly once, in order
    assert texts[1].endswith(f"(continued, 2/{total})") or f"2/{total}" in texts[1]


class Kept:
    """A channel passed through, keeping every part it handed out and counting, per part, how
    often its deferred payload was made."""

    def __init__(self, inner: Channel) -> None:
        self.inner = inner
        self.name = inner.name
        self.destination_label = inner.destination_label
        self.destination_hash = inner.destination_hash
        self.handed: list[Part] = []
        self.made: list[int] = []

    def parts(self, briefing: Briefing) -> list[Part]:
        parts = []
        for part in self.inner.parts(briefing):
            if isinstance(part.payload, Deferred):
                part = replace(
                    part, payload=Deferred(self._counted(len(self.made), part.payload.make))
                )
            self.made.append(0)
            parts.append(part)
        self.handed += parts
        return parts

    def _counted(self, k: int, make: Callable[[], object]) -> Callable[[], object]:
        def counted() -> object:
            self.made[k] += 1
            return make()

        return counted

    def send(self, part: Part) -> str | None:
        return self.inner.send(part)


def test_an_email_the_claim_finds_sent_is_never_rendered(
    day: list[StoredBriefing], store: Store, tmp_path: Path
) -> None:
    """The message is made when the part is sent (``Deferred``): a rerun, or a second run at
    once, renders nothing for a part already sent."""
    from test_email import smtp_server

    from briefing.deliver.email import EmailChannel, SmtpSettings

    with smtp_server() as (inbox, port):
        settings = SmtpSettings.parse(
            f"smtp+plain://127.0.0.1:{port}", from_addr="b@example.org", to=["a@example.org"]
        )
        channel = Kept(EmailChannel(settings, key_dir=tmp_path))
        [first] = deliver(day, [channel], store, now=NOW)
        [second] = deliver(day, [channel], store, now=NOW)
    assert first.sent == [0] and second.skipped == [0] and len(inbox.envelopes) == 1
    sent, again = channel.handed
    assert isinstance(sent.payload, Deferred) and isinstance(again.payload, Deferred)
    assert channel.made == [1, 0]  # made once, to be sent; never for the part already sent
    assert again.summary == sent.summary and "Wed 25 Nov 2026" in again.summary
