"""Slack: Block Kit rendering (limits, splitting, escaping, golden) and webhook delivery against a
real server on 127.0.0.1 (``tests/slack_server.py``). ``UPDATE_GOLDEN=1`` rewrites
``golden/slack-seed/messages.json``; review the diff."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from slack_server import HOOK_PATH, Reply, SlackWebhookServer, validate

from briefing.config import SlackConfig
from briefing.deliver import Channel, Part, destination_hash
from briefing.deliver.slack import (
    WEBHOOK_ENV,
    SlackChannel,
    retry_after_seconds,
    send_slack,
    webhook_label,
)
from briefing.exceptions import ConfigError, DeliveryError
from briefing.models import ArticleRef, Briefing, BriefingSection, Bullet, Grounding, Usage
from briefing.render.slack import (
    MAX_BLOCKS,
    MAX_HEADER_TEXT,
    MAX_MESSAGE_TEXT,
    MAX_SECTION_TEXT,
    escape_slack,
    message_chars,
    slack_link,
    slack_messages,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "golden" / "seed" / "briefing.json"
GOLDEN = ROOT / "golden" / "slack-seed" / "messages.json"
SECRET = "s3cretWebhookToken"  # part of HOOK_PATH that must never be shown


def seed() -> Briefing:
    return Briefing.model_validate_json(SEED.read_text(encoding="utf-8"))


def article(n: int, **changes: Any) -> ArticleRef:
    fields: dict[str, Any] = {
        "id": f"a{n:09d}",
        "title": f"Article {n}",
        "outlet": f"Outlet {n % 7}",
        "url": f"https://news{n % 7}.example.com/2026/11/25/story-{n}?ref=rss&utm=x",
        "published_at": dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC),
        "source": f"feed-{n}",
    }
    fields.update(changes)
    return ArticleRef(**fields)


def make_briefing(
    sections: list[BriefingSection], articles: list[ArticleRef], overview: str = "A quiet day."
) -> Briefing:
    return Briefing(
        date=dt.date(2026, 11, 25),
        overview=overview,
        sections=sections,
        articles=articles,
        left_out=[],
        grounding=Grounding(checked=3),
        usage=Usage(backend="openai", model="gpt-4.1-mini", calls=2, cost_usd=0.0123),
    )


def huge_briefing(sections: int = 60, bullets: int = 8, words: int = 60) -> Briefing:
    articles = [article(n) for n in range(40)]
    out = []
    for s in range(sections):
        out.append(
            BriefingSection(
                title=f"Story {s}: a headline of ordinary length",
                status="new" if s % 2 else "developing",
                bullets=[
                    Bullet(
                        text=f"S{s}B{b} " + " ".join(f"w{s}.{b}.{i}" for i in range(words)),
                        source_ids=[articles[(s + b) % 40].id, articles[(s * b) % 40].id],
                    )
                    for b in range(bullets)
                ],
            )
        )
    return make_briefing(out, articles)


def all_mrkdwn(messages: list[dict[str, Any]]) -> str:
    texts: list[str] = []
    for message in messages:
        for block in message["blocks"]:
            if block["type"] == "section":
                texts.append(block["text"]["text"])
            for element in block.get("elements", []):
                texts.append(element["text"])
    return "\n".join(texts)


def bullet_lines(messages: list[dict[str, Any]]) -> list[str]:
    return [line for line in all_mrkdwn(messages).split("\n") if line.startswith("• ")]


def assert_within_limits(message: dict[str, Any]) -> None:
    assert validate(message) is None, validate(message)
    assert message["text"].strip()
    assert len(message["blocks"]) <= MAX_BLOCKS
    assert message_chars(message) <= MAX_MESSAGE_TEXT
    for block in message["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_TEXT
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= MAX_HEADER_TEXT


# --- rendering ------------------------------------------------------------------------------


def test_seed_golden() -> None:
    actual = json.dumps(slack_messages(seed()), indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
        return
    assert GOLDEN.exists(), f"{GOLDEN} missing: run UPDATE_GOLDEN=1 pytest {__file__}"
    assert actual == GOLDEN.read_text(encoding="utf-8")


def test_seed_is_one_message_with_every_part() -> None:
    briefing = seed()
    [message] = slack_messages(briefing)
    assert_within_limits(message)
    blocks = message["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Briefing — 2026-11-25"},
    }
    assert blocks[1]["text"]["text"] == escape_slack(briefing.overview)
    sections = [b for b in blocks[2:] if b["type"] == "section"]
    assert len(sections) == len(briefing.sections)
    for block, section in zip(sections, briefing.sections, strict=True):
        assert block["text"]["text"].startswith(f"*{escape_slack(section.title)}*")
    assert blocks[-1]["type"] == "context"
    footer = blocks[-1]["elements"][0]["text"]
    assert footer.startswith("2026-11-25 · 4 sections · ")
    assert "est. $" in footer and "grounding:" in footer
    assert message["text"].startswith("Briefing 2026-11-25: 4 sections")
    assert message["unfurl_links"] is False


def test_bullets_link_their_sources_and_status_tags() -> None:
    articles = [
        article(1, outlet="Reuters", url="https://reuters.example/a?x=1&y=2"),
        article(2, outlet=None, url="https://www.apnews.example/b"),
        article(3, outlet="Local Paper", url=None),
        article(4, outlet=None, url=None),
    ]
    briefing = make_briefing(
        [
            BriefingSection(
                title="Budget",
                status="developing",
                bullets=[
                    Bullet(text="Council passed it.", source_ids=[articles[0].id, articles[1].id]),
                    Bullet(text="Unlinked.", source_ids=[articles[2].id, articles[3].id]),
                    Bullet(text="Cites an unknown id.", source_ids=["a999999999"]),
                ],
            )
        ],
        articles,
    )
    text = slack_messages(briefing)[0]["blocks"][2]["text"]["text"]
    assert text.split("\n") == [
        "*Budget* · _developing_",
        "• Council passed it. <https://reuters.example/a?x=1&amp;y=2|Reuters>"
        " · <https://www.apnews.example/b|apnews.example>",
        "• Unlinked. Local Paper · Unknown outlet",
        "• Cites an unknown id.",
    ]


def test_hostile_text_is_neutralised() -> None:
    evil = article(
        1,
        title="<https://evil.example|click>",
        outlet="Evil|Outlet> <!here>",
        url="https://ok.example/a|b>c <d>",
    )
    script = article(2, outlet="Script", url="javascript:alert(1)")
    briefing = make_briefing(
        [
            BriefingSection(
                title="<https://evil.example|click> & <!channel>",
                bullets=[
                    Bullet(text="Ping <!everyone> <@U123> & <#C1|x>", source_ids=[evil.id]),
                    Bullet(text="Line\nbreak\n• fake bullet", source_ids=[script.id]),
                ],
            )
        ],
        [evil, script],
        overview="Overview with <https://evil.example|a link> & <!here>.",
    )
    messages = slack_messages(briefing)
    for message in messages:
        assert_within_limits(message)  # the server's check: "<" only opens an http(s) link
    text = all_mrkdwn(messages) + "\n".join(m["text"] for m in messages)
    assert "<https://evil" not in text and "<!" not in text and "<@" not in text
    assert "*&lt;https://evil.example|click&gt; &amp; &lt;!channel&gt;*" in text
    assert "Overview with &lt;https://evil.example|a link&gt; &amp; &lt;!here&gt;." in text
    assert "<https://ok.example/a%7Cb%3Ec%20%3Cd%3E|Evil¦Outlet&gt; &lt;!here&gt;>" in text
    assert "javascript:" not in text
    assert "• Line break • fake bullet Script" in text  # one line: no fake bullet
    assert len(bullet_lines(messages)) == 2


def test_slack_link_only_for_http() -> None:
    assert slack_link("https://a.example/x", "A|B") == "<https://a.example/x|A¦B>"
    assert slack_link("ftp://a.example/x", "A & B") == "A &amp; B"
    assert slack_link(None, "<b>") == "&lt;b&gt;"


def test_huge_briefing_splits_in_order_without_losing_or_cutting_a_bullet() -> None:
    briefing = huge_briefing()
    messages = slack_messages(briefing)
    assert len(messages) > 3
    for message in messages:
        assert_within_limits(message)
    total = len(messages)
    assert messages[0]["blocks"][0]["type"] == "header"
    assert messages[0]["text"].startswith(f"Briefing 2026-11-25 (1/{total}): 60 sections")
    for n, message in enumerate(messages[1:], start=2):
        assert message["text"] == f"Briefing 2026-11-25 (continued, {n}/{total})"
        assert message["blocks"][0]["elements"][0]["text"].endswith(f"continued, {n}/{total}")
    assert messages[-1]["blocks"][-1]["elements"][0]["text"].startswith("2026-11-25 · 60 sections")
    lines = bullet_lines(messages)
    expected = [escape_slack(b.text) for s in briefing.sections for b in s.bullets]
    assert len(lines) == len(expected) == 480
    for line, text in zip(lines, expected, strict=True):
        assert line.startswith(f"• {text} <https://")  # whole, in order, with its links
        assert "…" not in line
    titles = re.findall(r"^\*(Story \d+)", all_mrkdwn(messages), re.M)
    in_order = [t for i, t in enumerate(titles) if i == 0 or titles[i - 1] != t]
    assert in_order == [f"Story {s}" for s in range(60)]
    # a section cut by a message boundary repeats its title as "(continued)"
    for message in messages[1:]:
        first = message["blocks"][1]["text"]["text"]
        assert first.startswith("*Story ")


def test_a_section_too_long_for_one_block_splits_between_bullets() -> None:
    briefing = huge_briefing(sections=1, bullets=30, words=120)  # ~30 × 1,000 chars
    messages = slack_messages(briefing)
    for message in messages:
        assert_within_limits(message)
    section_blocks = [b for m in messages for b in m["blocks"][1:] if b["type"] == "section"]
    assert len(section_blocks) >= 10
    assert len(bullet_lines(messages)) == 30
    assert not any("…" in line for line in bullet_lines(messages))


def test_only_an_absurd_bullet_is_truncated() -> None:
    articles = [article(1)]
    long_text = "Start " + "x" * 9000 + " end."
    briefing = make_briefing(
        [
            BriefingSection(
                title="Absurd",
                bullets=[
                    Bullet(text="Before.", source_ids=[articles[0].id]),
                    Bullet(text=long_text, source_ids=[articles[0].id]),
                    Bullet(text="After.", source_ids=[articles[0].id]),
                ],
            )
        ],
        articles,
        overview=" ".join(["overview"] * 1500),  # 13,500 chars: split, not cut
    )
    messages = slack_messages(briefing)
    for message in messages:
        assert_within_limits(message)
    lines = bullet_lines(messages)
    assert [line.split(" ")[1] for line in lines] == ["Before.", "Start", "After."]
    assert lines[1].count("…") == 1 and "<https://" in lines[1]  # cut, links kept
    overview = [b["text"]["text"] for m in messages for b in m["blocks"] if "overview" in str(b)]
    assert " ".join(overview).split() == ["overview"] * 1500


def test_absurd_sources_never_break_a_block() -> None:
    articles = [
        article(n, outlet="O" * 500, url="https://x.example/" + "p" * 3000) for n in range(60)
    ]
    briefing = make_briefing(
        [
            BriefingSection(
                title="Many sources",
                bullets=[Bullet(text="Short fact.", source_ids=[a.id for a in articles])],
            )
        ],
        articles,
    )
    [message] = slack_messages(briefing)
    assert_within_limits(message)
    [line] = bullet_lines([message])
    assert line.startswith("• Short fact. O") and line.endswith(" more")
    assert "<https://" not in line


def test_header_and_titles_are_bounded() -> None:
    articles = [article(1)]
    briefing = make_briefing(
        [BriefingSection(title="T" * 5000, bullets=[Bullet(text="x", source_ids=["a000000001"])])],
        articles,
    )
    [message] = slack_messages(briefing)
    assert_within_limits(message)
    assert len(message["blocks"][1]["text"]["text"]) < 400


# --- delivery -------------------------------------------------------------------------------


def test_seed_posts_one_valid_message() -> None:
    [message] = slack_messages(seed())
    with SlackWebhookServer() as hook:
        send_slack(message, hook.url)
    assert hook.payloads == [message]
    assert hook.problems == []
    assert hook.received[0].headers["content-type"].startswith("application/json")


def test_huge_briefing_is_posted_in_order_through_the_channel() -> None:
    briefing = huge_briefing()
    with SlackWebhookServer() as hook:
        channel = SlackChannel(hook.url, min_interval_s=0)
        parts = channel.parts(briefing)
        for part in parts:
            channel.send(part)
    assert hook.problems == []
    assert hook.payloads == [p.payload for p in parts]
    assert [p.index for p in parts] == list(range(len(parts)))
    posted = bullet_lines(hook.payloads)
    assert len(posted) == 480


def test_channel_spaces_its_messages() -> None:
    message = slack_messages(seed())[0]
    with SlackWebhookServer() as hook:
        channel = SlackChannel(hook.url, min_interval_s=0.05)
        for n in range(3):
            channel.send(Part(index=n, payload=message, summary="x"))
    times = [r.at for r in hook.received]
    assert len(times) == 3
    assert all(b - a >= 0.045 for a, b in itertools.pairwise(times))


def test_429_waits_retry_after_then_succeeds() -> None:
    [message] = slack_messages(seed())
    with SlackWebhookServer([Reply.rate_limited(0.1)]) as hook:
        send_slack(message, hook.url)
    assert hook.statuses == [429, 200]
    waited = hook.received[1].at - hook.received[0].at
    assert 0.1 <= waited < 1.5


def test_429_with_integer_retry_after_and_none() -> None:
    waits: list[float] = []
    with SlackWebhookServer([Reply.rate_limited(2), Reply(429, "rate_limited")]) as hook:
        send_slack(slack_messages(seed())[0], hook.url, sleep=waits.append)
    assert waits == [2.0, 1.0]
    assert hook.statuses == [429, 429, 200]


def test_429_asking_too_long_a_wait_fails_at_once() -> None:
    waits: list[float] = []
    hook = SlackWebhookServer([Reply.rate_limited(3600)])
    with hook, pytest.raises(DeliveryError) as caught:
        send_slack(slack_messages(seed())[0], hook.url, sleep=waits.append)
    assert waits == []
    assert str(caught.value) == (
        "slack: rate limited (HTTP 429) after 1 attempt(s); Slack asked to wait 3600 s; try later"
    )


def test_retry_after_parsing() -> None:
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    assert retry_after_seconds("0.25") == 0.25
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 25 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_500_then_success_backs_off() -> None:
    waits: list[float] = []
    with SlackWebhookServer([Reply.server_error(500), Reply.server_error(502)]) as hook:
        send_slack(slack_messages(seed())[0], hook.url, backoff_s=0.01, sleep=waits.append)
    assert hook.statuses == [500, 502, 200]
    assert waits == [0.01, 0.02]


def test_500_with_real_sleep() -> None:
    start = time.monotonic()
    with SlackWebhookServer([Reply.server_error()]) as hook:
        send_slack(slack_messages(seed())[0], hook.url, backoff_s=0.05)
    assert hook.statuses == [500, 200]
    assert time.monotonic() - start >= 0.05


def test_server_errors_give_up_after_max_retries() -> None:
    script = [Reply.server_error(503)] * 5
    with SlackWebhookServer(script) as hook, pytest.raises(DeliveryError) as caught:
        send_slack(slack_messages(seed())[0], hook.url, max_retries=2, sleep=lambda s: None)
    assert hook.statuses == [503, 503, 503]
    assert str(caught.value) == (
        "slack: the server failed (HTTP 503) on all 3 attempt(s); try again later"
    )


@pytest.mark.parametrize(
    ("code", "status", "explained"),
    [
        ("no_service", 404, "the webhook was disabled or removed; create a new one"),
        ("channel_not_found", 404, "the webhook's channel no longer exists"),
        ("channel_is_archived", 410, "the webhook's channel is archived"),
        ("invalid_payload", 400, "Slack could not read the message"),
        ("no_text", 400, "the message had no text"),
        ("too_many_attachments", 400, "too many attachments"),
        ("msg_blocks_too_long", 400, "more text than Slack accepts"),
        ("action_prohibited", 403, "a workspace admin has restricted"),
    ],
)
def test_slack_errors_are_explained(code: str, status: int, explained: str) -> None:
    hook = SlackWebhookServer([Reply.error(code, status)])
    with hook, pytest.raises(DeliveryError) as caught:
        send_slack(slack_messages(seed())[0], hook.url)
    message = str(caught.value)
    assert message.startswith(f"slack: {code}: ") and explained in message
    assert "\n" not in message
    assert hook.statuses == [status]  # a client error is not retried


def test_an_unknown_answer_is_shown_redacted() -> None:
    with SlackWebhookServer() as hook:
        hook.queue(Reply(403, f"<html>\n  Forbidden: {hook.url}\n</html>"))
        with pytest.raises(DeliveryError) as caught:
            send_slack(slack_messages(seed())[0], hook.url)
    assert str(caught.value) == (
        "slack: the webhook answered HTTP 403: <html> Forbidden: [redacted] </html>"
    )


def test_removed_webhook_no_service_never_shows_the_url(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="briefing.deliver.slack.sdk")  # slack_sdk's own lines
    with SlackWebhookServer() as hook:
        url = hook.base_url + "/services/T0TESTTEAM/B0TESTHOOK/s3cretWebhookTokenGONE"
        channel = SlackChannel(url)
        [part] = channel.parts(seed())
        with pytest.raises(DeliveryError) as caught:
            channel.send(part)
    message = str(caught.value)
    assert message == "slack: no_service: the webhook was disabled or removed; create a new one"
    assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert any(r.name == "briefing.deliver.slack.sdk" for r in caplog.records)  # it did log
    for record in caplog.records:
        assert SECRET not in record.getMessage()
        assert hook.base_url not in record.getMessage()


def test_unreachable_webhook_is_retried_once_and_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="briefing.deliver.slack.sdk")
    with SlackWebhookServer() as hook:
        url = hook.url
    waits: list[float] = []  # the server is closed now: connection refused
    with pytest.raises(DeliveryError) as caught:
        send_slack({"text": "x", "blocks": []}, url, sleep=waits.append, backoff_s=0.01)
    assert len(waits) == 1
    assert str(caught.value).startswith("slack: could not post to the webhook: ")
    assert SECRET not in str(caught.value) and caught.value.__context__ is None
    for record in caplog.records:
        assert SECRET not in record.getMessage()


@pytest.mark.waits
def test_a_timeout_is_not_retried() -> None:
    # The message may have been posted: a retry could post it twice.
    with SlackWebhookServer([Reply(delay=3)]) as hook, pytest.raises(DeliveryError) as caught:
        send_slack(slack_messages(seed())[0], hook.url, timeout_s=1)
    assert len(hook.received) == 1
    assert "timed out" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_the_test_server_rejects_what_slack_would() -> None:
    ok = slack_messages(seed())[0]
    assert validate(ok) is None
    assert validate({**ok, "text": ""}) is not None
    assert validate({**ok, "blocks": ok["blocks"] * 10}) is not None
    too_long = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    assert validate({**ok, "blocks": [too_long]}) is not None
    raw_link = {"type": "section", "text": {"type": "mrkdwn", "text": "<!channel>"}}
    assert validate({**ok, "blocks": [raw_link]}) is not None
    with SlackWebhookServer() as hook, pytest.raises(DeliveryError, match="invalid_payload"):
        send_slack({**ok, "blocks": [too_long]}, hook.url)


# --- the channel ----------------------------------------------------------------------------


def test_channel_from_config_and_env_and_its_labels(tmp_path: Path) -> None:
    url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXYZ1"
    config = SlackConfig(min_interval_s=0.25, retry_backoff_s=0.1)
    channel = SlackChannel.from_config(config, {WEBHOOK_ENV: f" {url} "}, key_dir=tmp_path)
    assert (channel.min_interval_s, channel.backoff_s) == (0.25, 0.1)
    default = SlackChannel.from_config(SlackConfig(), {WEBHOOK_ENV: url})
    assert (default.min_interval_s, default.backoff_s) == (1.0, 0.5)  # Slack: ~1 message/s
    as_channel: Channel = channel  # mypy checks that it is a delivery channel
    assert as_channel.name == "slack"
    assert channel.destination_label == "hooks.slack.com/services/T…/B…/…XYZ1"
    assert channel.destination_hash == destination_hash(url, directory=tmp_path)
    assert "XXXXXXXX" not in repr(channel) and "XXXXXXXX" not in str(channel)
    assert webhook_label("http://127.0.0.1:8080" + HOOK_PATH) == (
        "127.0.0.1:8080/services/T…/B…/…XYZ1"
    )


def test_channel_from_config_refuses_missing_and_insecure_urls() -> None:
    with pytest.raises(ConfigError, match=WEBHOOK_ENV):
        SlackChannel.from_config(SlackConfig(), {})
    with pytest.raises(ConfigError, match="https://") as caught:
        SlackChannel.from_config(
            SlackConfig(), {WEBHOOK_ENV: "http://hooks.slack.com/services/T/B/secretXYZ"}
        )
    assert "secretXYZ" not in str(caught.value)
    with pytest.raises(ConfigError):
        SlackChannel.from_config(SlackConfig(), {WEBHOOK_ENV: "file:///etc/passwd"})
    SlackChannel.from_config(SlackConfig(), {WEBHOOK_ENV: "http://localhost:9/services/T/B/x"})
    SlackChannel.from_config(SlackConfig(), {WEBHOOK_ENV: "http://[::1]:9/services/T/B/x"})


def test_parts_summaries() -> None:
    channel = SlackChannel("https://hooks.slack.com/services/T1/B1/abcdefghijkl")
    parts = channel.parts(huge_briefing())
    total = len(parts)
    for n, part in enumerate(parts, start=1):
        assert isinstance(part.payload, dict)
        blocks = len(part.payload["blocks"])
        chars = message_chars(part.payload)
        assert part.summary == f"slack message {n}/{total}: {blocks} blocks, {chars:,} chars"
