"""Push channels through Apprise: splitting to each service's limits, and delivery against real
servers on 127.0.0.1 (``tests/push_server.py``) through Apprise's own ``json://`` and ``ntfy://``
plugins, exactly once, with the URL kept out of output, logs and the store."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import apprise
import pytest
from apprise.plugins.ntfy import NotifyNtfy
from click.testing import CliRunner
from push_server import PushServer
from test_slack import huge_briefing, seed

from briefing.cli import cli
from briefing.config import NotifyConfig
from briefing.deliver.push import PushChannel, push_channels
from briefing.exceptions import ConfigError, DeliveryError
from briefing.models import Briefing
from briefing.render.push import PushMessage, push_messages
from briefing.store import Store

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
NOW = "2026-11-25T08:00:00+00:00"
SECRET = "t0pSecretTopic9"  # a private ntfy topic / a webhook path: never shown


@pytest.fixture(autouse=True)
def _unthrottled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apprise's ntfy plugin waits 5.5 s between two requests (``request_rate_per_sec``, a
    politeness to the real service that briefing keeps); the loopback server needs no such wait."""
    monkeypatch.setattr(NotifyNtfy, "request_rate_per_sec", 0.0)


def discord_limits() -> tuple[int, int]:
    """Discord's limits as Apprise knows them (its plugin's body_maxlen and title_maxlen)."""
    plugin = apprise.Apprise.instantiate("discord://123456/abcdefghijkl")
    assert plugin is not None
    return int(plugin.body_maxlen), int(plugin.title_maxlen)


def bullet_texts(briefing: Briefing) -> list[str]:
    return [b.text.split()[0] for s in briefing.sections for b in s.bullets]


def assert_split_in_order(briefing: Briefing, bodies: list[str], limit: int) -> None:
    """Every body within ``limit``; every bullet in exactly one message, whole, in order."""
    assert all(len(body) <= limit for body in bodies), [len(b) for b in bodies]
    lines = [line for body in bodies for line in body.split("\n") if line.startswith(("- ", "• "))]
    keys = [line[2:].split()[0] for line in lines]
    assert keys == bullet_texts(briefing)
    for section in briefing.sections:
        for bullet in section.bullets:
            holders = [body for body in bodies if bullet.text in body]
            assert len(holders) == 1, bullet.text[:20]  # whole, in one message


# --- rendering ------------------------------------------------------------------------------


def test_a_huge_briefing_splits_between_bullets_to_discords_limit() -> None:
    body_limit, title_limit = discord_limits()
    briefing = huge_briefing(sections=12, bullets=6, words=30)
    messages = push_messages(
        briefing, body_limit=body_limit, title_limit=title_limit, markdown=False
    )
    assert len(messages) > 5
    assert_split_in_order(briefing, [m.body for m in messages], body_limit)
    total = len(messages)
    assert [m.title for m in messages] == [
        f"Briefing 2026-11-25 ({n}/{total})" for n in range(1, total + 1)
    ]
    continued = [m.body.split("\n")[0] for m in messages if "(continued)" in m.body.split("\n")[0]]
    assert continued and all(line.startswith("Story ") for line in continued)
    assert messages[0].body.startswith("A quiet day.")
    assert "1 call" not in messages[-1].body and "sources ·" in messages[-1].body  # the footer


def test_markdown_links_sources_and_escapes_untrusted_text() -> None:
    briefing = huge_briefing(sections=2, bullets=2, words=5)
    hostile = briefing.model_copy(deep=True)
    hostile.sections[0].title = "**Big** [click](javascript:alert(1)) # now"
    (message,) = push_messages(hostile, body_limit=32768, title_limit=250, markdown=True)
    assert "\\*\\*Big\\*\\* \\[click\\](javascript:alert(1))" in message.body
    assert re.search(r"\]\(https?://", message.body)  # outlets link to their articles
    (plain,) = push_messages(briefing, body_limit=32768, title_limit=250, markdown=False)
    assert "](http" not in plain.body and "• " in plain.body


def test_a_service_without_titles_gets_the_title_in_the_body() -> None:
    briefing = huge_briefing(sections=3, bullets=4, words=20)
    messages = push_messages(briefing, body_limit=1000, title_limit=0, markdown=False)
    assert all(m.title == "" and len(m.body) <= 1000 for m in messages)
    assert messages[0].body.startswith(f"Briefing 2026-11-25 (1/{len(messages)})\n\n")


def test_only_a_bullet_longer_than_a_message_is_cut() -> None:
    briefing = huge_briefing(sections=1, bullets=3, words=400)  # each bullet ~4,000 chars
    messages = push_messages(briefing, body_limit=2000, title_limit=250, markdown=False)
    assert all(len(m.body) <= 2000 for m in messages)
    assert sum(m.body.count("…") for m in messages) == 3
    with pytest.raises(ValueError):
        push_messages(briefing, body_limit=50, title_limit=0, markdown=False)


# --- delivery through Apprise ----------------------------------------------------------------


def make_today(runner: CliRunner) -> None:
    made = runner.invoke(cli, ["today", str(GOLDEN / "seed" / "input"), "--now", NOW, "-q"])
    assert made.exit_code == 0, made.stderr


def test_digest_notify_json_delivers_once_and_nothing_on_a_rerun(
    caplog: pytest.LogCaptureFixture,
) -> None:
    runner = CliRunner()
    make_today(runner)
    caplog.set_level(logging.DEBUG)
    with PushServer() as server:
        url = f"json://127.0.0.1:{server.port}/hooks/{SECRET}"
        first = runner.invoke(cli, ["digest", "--notify", url, "--now", NOW, "--debug"])
        assert first.exit_code == 0, first.stderr
        assert "push:json" in first.stdout and "sent 1 part(s)" in first.stdout
        assert len(server.posts) == 1
        post = server.posts[0]
        assert post.path == f"/hooks/{SECRET}"
        assert post.body["title"] == "Briefing 2026-11-25"
        assert "## " not in post.body["message"] and post.body["message"].strip()

        again = runner.invoke(cli, ["digest", "--notify", url, "--now", NOW])
        assert again.exit_code == 0, again.stderr
        assert "already sent (1 part(s))" in again.stdout
        assert server.attempts == 1  # nothing posted on the rerun

    log = runner.invoke(cli, ["deliveries", "--json"])
    shown = first.stdout + first.stderr + again.stdout + again.stderr + log.stdout + caplog.text
    assert SECRET not in shown and f"127.0.0.1:{server.port}" not in shown
    assert "json://…#" in log.stdout
    with Store.default() as store:
        dump = "\n".join(store._conn.iterdump())  # every table, every column
    assert SECRET not in dump and "127.0.0.1" not in dump


def test_discord_shaped_target_gets_split_messages_from_the_config(tmp_path: Path) -> None:
    """Apprise's Discord plugin posts only to discord.com, so the loopback stand-in is its
    json:// target with Discord's limit (``max_chars``) from a ``[[notify]]`` entry."""
    body_limit, _ = discord_limits()
    briefing = huge_briefing(sections=8, bullets=5, words=30)
    with PushServer(max_body=body_limit) as server:
        env = {"TEAM_DISCORD_URL": f"json://127.0.0.1:{server.port}/api/webhooks/1/{SECRET}"}
        entry = NotifyConfig(url_env="TEAM_DISCORD_URL", name="team", max_chars=body_limit)
        (channel,) = push_channels([], [entry], env)
        parts = channel.parts(briefing)
        for part in parts:
            channel.send(part)
    bodies = [p.body["message"] for p in server.posts]
    assert len(bodies) == len(parts) > 3
    assert_split_in_order(briefing, bodies, body_limit)
    assert channel.destination_label.startswith("team (json://…#")


@pytest.mark.slow  # Apprise spaces ntfy posts 5.5 s apart (its request_rate_per_sec)
def test_ntfy_target_gets_split_messages_and_resumes_after_a_failure() -> None:
    """Apprise's own ntfy plugin against a loopback ntfy: its limit is the plugin's; the second
    message fails (HTTP 500), the next run resumes there and sends each message once."""
    runner = CliRunner()
    briefing = huge_briefing(sections=15, bullets=6, words=25)
    with Store.default() as store:
        store.save_briefing(briefing, created_at=dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC))
    with PushServer([200, 500]) as server:
        url = f"ntfy://127.0.0.1:{server.port}/{SECRET}"
        channel = PushChannel(url)
        plugin = apprise.Apprise.instantiate(url)
        assert plugin is not None and channel.body_limit == plugin.body_maxlen
        total = len(channel.parts(briefing))
        assert total == 3
        args = ["digest", "--notify", url, "--date", "2026-11-25", "--now", NOW]
        first = runner.invoke(cli, args)
        assert first.exit_code == 7, first.stderr
        assert f"failed after 1 of {total} parts" in first.stderr
        second = runner.invoke(cli, args)
        assert second.exit_code == 0, second.stderr
        assert f"sent {total - 1} part(s), resumed after 1 already sent" in second.stdout
    shown = first.stdout + first.stderr + second.stdout + second.stderr
    assert SECRET not in shown and "ntfy://…#" in shown
    assert [p.body["topic"] for p in server.posts] == [SECRET] * total
    bodies = [p.body["message"] for p in server.posts]
    assert [p.body["title"] for p in server.posts] == [
        f"Briefing 2026-11-25 ({n}/{total})" for n in range(1, total + 1)
    ]
    assert_split_in_order(briefing, bodies, channel.body_limit)


def test_a_refused_message_is_a_redacted_delivery_error() -> None:
    with PushServer([403]) as server:
        channel = PushChannel(f"ntfy://127.0.0.1:{server.port}/{SECRET}")
        (part, *_) = channel.parts(seed())
        with pytest.raises(DeliveryError) as caught:
            channel.send(part)
    message = str(caught.value)
    assert message.startswith("ntfy: the service did not take the message: ")
    assert SECRET not in message and str(server.port) not in message


def test_bad_urls_and_missing_variables_are_config_errors() -> None:
    with pytest.raises(ConfigError) as caught:
        PushChannel(f"nosuchservice://{SECRET}")
    assert SECRET not in str(caught.value)
    entry = NotifyConfig(url_env="MISSING_URL")
    with pytest.raises(ConfigError, match="MISSING_URL is not set"):
        push_channels([], [entry], {})
    result = CliRunner().invoke(cli, ["digest", "--push", "--now", NOW])
    assert result.exit_code == 2 and "no [[notify]] entry" in result.stderr


def test_a_push_message_payload_is_checked() -> None:
    with PushServer() as server:
        channel = PushChannel(f"json://127.0.0.1:{server.port}/x")
        (part, *_) = channel.parts(seed())
        assert isinstance(part.payload, PushMessage)
        bad = type(part)(index=0, payload={"text": "x"}, summary="bad")
        with pytest.raises(DeliveryError, match="holds no push message"):
            channel.send(bad)
    assert server.posts == []


def test_push_urls_are_redacted_wherever_a_later_message_names_them() -> None:
    """A URL from ``--notify`` or a ``[[notify]]`` variable is a secret for the rest of the
    process: a log line or error from any other module that quotes it is redacted too."""
    from urllib.parse import quote

    from briefing.redact import redact

    given = "json://127.0.0.1:9/hook?token=given-0123456789"
    named = "ntfys://ntfy-user:ntfy-pass-987654@127.0.0.1:9/topic-secret-5566"
    push_channels(
        [given], [NotifyConfig(url_env="BRIEFING_TEST_NTFY")], {"BRIEFING_TEST_NTFY": named}
    )
    said = redact(f"could not reach {given}; also {named}; {quote(named, safe='')}", env={})
    assert "given-0123456789" not in said and "topic-secret-5566" not in said
    assert "ntfy-pass-987654" not in said and said.count("[redacted]") >= 3
