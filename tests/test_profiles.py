"""Digests per team: a profile is a view of the day's briefing, delivered to the team's own
channels exactly once (the profile is part of every delivery key)."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner
from push_server import PushServer
from slack_server import SlackWebhookServer
from test_email import smtp_server

from briefing.cli import cli
from briefing.config import Config, ProfileConfig, config_path
from briefing.exceptions import ConfigError
from briefing.models import Briefing, BriefingSection
from briefing.profiles import profile_channels, profile_view
from briefing.select import favoured_topics, mentions

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
NOW = "2026-11-25T08:00:00+00:00"
SECRET = "s3cretPushTokenQ7"


def _plain_text(content: bytes | str | None) -> str:
    raw = content if isinstance(content, bytes) else str(content).encode()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


@pytest.fixture
def day() -> Briefing:
    # The offline golden: its sections are fixed by code, not by hand-written model answers.
    return Briefing.model_validate_json((GOLDEN / "offline-seed" / "briefing.json").read_text())


def _about(day: Briefing, topic: str) -> Callable[[BriefingSection], bool]:
    refs = {a.id: a.title for a in day.articles}

    def about(section: BriefingSection) -> bool:
        cited = {refs[i] for b in section.bullets for i in b.source_ids}
        return mentions(
            " ".join([section.title, *(b.text for b in section.bullets), *cited]), topic
        )

    return about


def _accounted(view: Briefing) -> None:
    """Every article of the day is cited by the view or left out with a reason."""
    cited = {i for s in view.sections for b in s.bullets for i in b.source_ids}
    out = {x.id for x in view.left_out}
    assert {a.id for a in view.articles} <= cited | out
    assert not cited & out


def test_a_view_keeps_the_sections_about_its_topics(day: Briefing) -> None:
    view = profile_view(day, "defence", ProfileConfig(topics=["drone"]))
    about_drones = _about(day, "drone")
    # The offline golden is re-recorded by others: what the view keeps is read from it.
    assert [s.title for s in view.sections] == [s.title for s in day.sections if about_drones(s)]
    assert 0 < len(view.sections) < len(day.sections)
    assert view.overview == " ".join(s.bullets[0].text for s in view.sections)
    _accounted(view)
    reasons = {x.title: x.reason for x in view.left_out}
    assert reasons and all(
        r.startswith("not in profile defence: section ") for r in reasons.values()
    )
    assert any("not about the profile's topics (drone)" in r for r in reasons.values())
    kept = f"{len(view.sections)} of {len(day.sections)} sections"
    assert view.notices[-1] == f"profile defence: a view of the day's briefing, {kept}"
    assert view.usage == day.usage  # nothing was called for it


def test_outlets_narrow_the_citations_and_exclude_and_favour_apply(day: Briefing) -> None:
    reuters = profile_view(day, "wire", ProfileConfig(outlets=["reuters"]))
    wire = {a.id for a in day.articles if a.outlet == "Reuters"}
    kept = [b for s in reuters.sections for b in s.bullets]
    assert kept and len(kept) == sum(
        bool(wire & set(b.source_ids)) for s in day.sections for b in s.bullets
    )
    assert all(set(b.source_ids) <= wire for b in kept)
    assert all(e.source_id in wire for b in kept for e in b.evidence)
    _accounted(reuters)

    about_drones = _about(day, "drone")
    calm = profile_view(day, "calm", ProfileConfig(exclude=["prisoner"], favour=["drone"]))
    titles = [s.title for s in calm.sections]
    assert len(titles) == 4 and not any("peace talks" in t for t in titles)
    favoured = [about_drones(s) for s in calm.sections]
    assert favoured == sorted(favoured, reverse=True) and favoured[0]  # favoured first
    _accounted(calm)

    everything = profile_view(day, "all", ProfileConfig(favour=["nothing-matches"]))
    assert everything.sections == day.sections and everything.overview == day.overview


def test_profiles_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="profile name 'Markets!'"):
        Config.model_validate({"profiles": {"Markets!": {}}})
    config = Config.model_validate({"profiles": {"quiet": {"topics": ["x"]}}})
    with pytest.raises(ConfigError, match="profile 'quiet' has no channel"):
        profile_channels(config, ["quiet"], {})
    with pytest.raises(ConfigError, match="no profile 'nope' \\(profiles: quiet\\)"):
        profile_channels(config, ["nope"], {})
    slack = Config.model_validate({"profiles": {"s": {"slack_webhook_env": "S_HOOK"}}})
    with pytest.raises(ConfigError, match="S_HOOK is not set"):
        profile_channels(slack, ["s"], {})


def test_two_teams_from_one_daily_run_each_exactly_once(tmp_path: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["today", str(GOLDEN / "seed" / "input"), "--now", NOW, "-q"])
    assert made.exit_code == 0, made.stderr
    config_path().write_text(
        """
[email]
from_addr = "briefing@example.org"

[profiles.defence]
topics = ["drone"]
email_to = ["team@example.org"]
notify = [{ url_env = "DEFENCE_PUSH_URL" }]

[profiles.diplomacy]
topics = ["talks", "prisoner"]
exclude = ["drone"]
email_to = ["team@example.org", "envoys@example.org"]
slack_webhook_env = "DIPLOMACY_SLACK_URL"
""",
        encoding="utf-8",
    )
    with smtp_server() as (inbox, port), SlackWebhookServer() as hook, PushServer() as push:
        env = {
            "BRIEFING_SMTP_URL": f"smtp+plain://127.0.0.1:{port}",
            "DIPLOMACY_SLACK_URL": hook.url,
            "DEFENCE_PUSH_URL": f"json://127.0.0.1:{push.port}/hooks/{SECRET}",
        }
        args = ["digest", "--profile", "defence", "--profile", "diplomacy", "--now", NOW]
        dry = runner.invoke(cli, [*args, "--dry-run"], env=env)
        assert dry.exit_code == 0, dry.stderr
        assert "profile defence: a view of the day's briefing: 0 model calls, $0.00" in dry.stdout
        assert "profile diplomacy: a view" in dry.stdout
        assert dry.stdout.count("would send") == 4
        assert not inbox.envelopes and not hook.payloads and not push.posts

        first = runner.invoke(cli, args, env=env)
        assert first.exit_code == 0, first.stderr
        # The same address gets each team's email: the profile is part of the delivery key.
        assert sorted(tuple(e.rcpt_tos) for e in inbox.envelopes) == [
            ("team@example.org",),
            ("team@example.org", "envoys@example.org"),
        ]
        bodies = {tuple(e.rcpt_tos): _plain_text(e.content) for e in inbox.envelopes}
        defence, diplomacy = bodies[("team@example.org",)], bodies[tuple(sorted(bodies)[1])]
        talks = "round of peace talks"  # the talks story's opening, in diplomacy's view only
        assert "drones attacked" in defence and talks not in defence
        assert talks in diplomacy and "drones attacked" not in diplomacy
        [slack] = hook.payloads
        assert talks in json.dumps(slack) and "drones attacked" not in json.dumps(slack)
        assert push.posts and all(talks not in json.dumps(p.body) for p in push.posts)
        assert SECRET not in first.stdout + first.stderr and hook.url not in first.stdout

        again = runner.invoke(cli, args, env=env)
        assert again.exit_code == 0 and again.stdout.count("already sent") == 4
        assert len(inbox.envelopes) == 2 and len(hook.payloads) == 1
        posts = len(push.posts)

        # The whole briefing to the same address is another delivery still.
        env["BRIEFING_EMAIL_TO"] = "team@example.org"
        whole = runner.invoke(cli, ["digest", "--email", "--now", NOW], env=env)
        assert whole.exit_code == 0 and len(inbox.envelopes) == 3
        assert len(push.posts) == posts

    log = json.loads(runner.invoke(cli, ["deliveries", "--json"]).stdout)
    channels = sorted({row["channel"] for row in log})
    assert channels == [
        "email",
        "email:defence",
        "email:diplomacy",
        "push:json:defence",
        "slack:diplomacy",
    ]
    assert SECRET not in json.dumps(log)


def test_the_daily_run_favours_what_the_teams_ask_for() -> None:
    config = Config.model_validate(
        {
            "topics": {"favour": ["ECB"]},
            "profiles": {
                "markets": {"topics": ["rates", "ECB"], "favour": ["bonds"]},
                "defence": {"topics": ["drone"], "exclude": ["football"]},
            },
        }
    )
    assert favoured_topics(config, ["strike"]) == ["ECB", "strike", "rates", "bonds", "drone"]
