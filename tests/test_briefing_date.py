"""One briefing date and one display zone for `today`, `show`, `history`, `digest` and renderers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import cli
from briefing.dates import briefing_date, format_time, in_zone
from briefing.models import ArticleRef, Briefing, BriefingSection, Bullet, Grounding, Usage
from briefing.render import render_markdown

EXAMPLES = str(Path(__file__).resolve().parent.parent / "examples")
NOW = "2026-11-25T12:00:00Z"


def test_the_date_and_times_are_those_of_the_zone() -> None:
    noon = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
    assert briefing_date(noon, "UTC") == dt.date(2026, 11, 25)
    assert briefing_date(noon, "Pacific/Kiritimati") == dt.date(2026, 11, 26)  # UTC+14
    assert briefing_date(noon, "Pacific/Pago_Pago") == dt.date(2026, 11, 25)  # UTC-11
    assert format_time(noon) == "2026-11-25 12:00 UTC"
    assert format_time(noon, "Europe/Paris") == "2026-11-25 13:00 CET"
    assert format_time(noon.replace(tzinfo=None), "Pacific/Kiritimati") == "2026-11-26 02:00 +14"
    assert format_time(None, "Europe/Paris") == ""
    assert in_zone(noon, "America/New_York").hour == 7


def test_kiritimati_today_then_show_today_finds_it() -> None:
    """The issue's reproduction: `today` stored 2026-11-26 and `show today` looked up the
    machine's local date (2026-11-25) and answered "no stored briefing" (exit 3)."""
    env = {"BRIEFING_TIMEZONE": "Pacific/Kiritimati"}
    runner = CliRunner()
    made = runner.invoke(cli, ["today", EXAMPLES, "--json", "--now", NOW], env=env)
    assert made.exit_code == 0, made.stderr
    assert json.loads(made.stdout)["date"] == "2026-11-26"
    shown = runner.invoke(cli, ["show", "today", "--format", "json", "--now", NOW], env=env)
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["date"] == "2026-11-26"
    before = runner.invoke(cli, ["show", "yesterday", "--now", NOW], env=env)
    assert before.exit_code == 3 and "no stored briefing" in before.stderr
    # in UTC the same instant is the 25th, and nothing is stored for it
    utc = runner.invoke(cli, ["show", "today", "--now", NOW], env={"BRIEFING_TIMEZONE": "UTC"})
    assert utc.exit_code == 3
    history = runner.invoke(cli, ["history"], env=env)
    assert history.exit_code == 0 and "2026-11-26" in history.stdout


def test_renderers_show_times_in_the_display_zone() -> None:
    published = dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC)
    ref = ArticleRef(
        id="a1", title="Rates held", outlet="Wire", url=None, published_at=published, source="x"
    )
    briefing = Briefing(
        date=dt.date(2026, 11, 26),
        overview="Rates were held.",
        sections=[
            BriefingSection(title="Rates", bullets=[Bullet(text="Rates held.", source_ids=["a1"])])
        ],
        articles=[ref],
        left_out=[],
        grounding=Grounding(),
        usage=Usage(backend="offline", model="extractive"),
    )
    assert "2026-11-25 23:30 UTC" in render_markdown(briefing)
    assert "2026-11-26 13:30 +14" in render_markdown(briefing, timezone="Pacific/Kiritimati")
