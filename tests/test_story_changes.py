"""A story's timeline says what each day changed: new and changed figures, new bullets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.models import Briefing, BriefingSection, Bullet
from briefing.site.changes import what_changed
from briefing.site.days import Day
from briefing.site.pages import site_pages, story_file
from briefing.store import Store

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

DAY1 = [
    "A magnitude 6.8 earthquake off southern Peru killed 12 people on Tuesday, officials said.",
    "Landslides blocked the Pan-American Highway in several places.",
]
DAY2 = [
    "The death toll rose to 19 on Wednesday, with 23 people still missing after the earthquake "
    "off southern Peru, civil defence officials said.",
    "Landslides blocked the Pan-American Highway in several places.",
    "The government declared a 60-day state of emergency in three provinces.",
]
DAY3 = [
    "The death toll rose to 19 on Wednesday, with 23 people still missing after the earthquake "
    "off southern Peru, civil defence officials said.",
]


def test_changed_and_new_figures_and_new_bullets() -> None:
    change = what_changed(DAY1, DAY2)
    assert change.figures == ("dead 19, was 12", "missing 23, new", "provinces 3, new")
    assert change.new == {DAY2[0], DAY2[2]}  # the landslides were told the day before
    rates = what_changed(
        ["The ECB cut its deposit rate to 2% on Thursday."],
        ["The ECB cut its deposit rate to 1.75% on Thursday, the second cut in a row."],
    )
    assert rates.figures == ("rate 1.75%, was 2%",) and not rates.new
    same = what_changed(DAY2, DAY3)
    assert same.figures == () and same.new == frozenset()


def _day(date: dt.date, texts: list[str]) -> Day:
    base = Briefing.model_validate_json((GOLDEN / "offline-seed" / "briefing.json").read_text())
    cited = base.sections[0].bullets[0].source_ids
    quake = BriefingSection(
        title="Peru earthquake",
        story_id="s-peru-quake",
        status="developing",
        bullets=[Bullet(text=t, source_ids=cited) for t in texts],
    )
    briefing = base.model_copy(update={"date": date, "sections": [quake, *base.sections[1:]]})
    made = dt.datetime.combine(date, dt.time(7), tzinfo=dt.UTC)
    return Day(date=date, made_at=made, briefing=briefing)


def test_the_story_page_says_what_changed_each_day() -> None:
    days = [
        _day(dt.date(2031, 3, 6), DAY3),
        _day(dt.date(2031, 3, 5), DAY2),
        _day(dt.date(2031, 3, 4), DAY1),
    ]
    page = site_pages(days)[story_file("s-peru-quake")].decode()
    first, second, third = page.split("<h2>")[1:4]
    assert "What changed" not in first  # the first day has nothing to compare with
    assert "What changed since 2031-03-04:" in second
    assert "<li>dead 19, was 12</li>" in second and "<li>missing 23, new</li>" in second
    assert "<li>provinces 3, new</li>" in second
    assert "2 new facts, marked new below" in second
    assert second.count('<span class="tag tag-new">new</span>') == 2
    assert "What changed since 2031-03-05:" in third and "no new figures or facts." in third
    assert "tag-new" not in third.split("</h2>", 1)[1]


def test_brief_today_rebuilds_the_configured_site(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli
    from briefing.config import config_path

    site = tmp_path / "public site"
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(f'[site]\ndir = "{site}"\n', encoding="utf-8")
    runner = CliRunner()
    inputs = str(GOLDEN / "seed" / "input")
    made = runner.invoke(cli, ["today", inputs, "--now", "2026-11-25T08:00:00+00:00"])
    assert made.exit_code == 0, made.stderr
    assert f"site rebuilt: {site} (1 day(s))" in made.stderr
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "2026-11-25" in index and "Bradley" in index
    assert (site / "feed.xml").is_file() and (site / "day" / "2026-11-25.html").is_file()
    # `brief site` with no folder writes the configured one.
    (site / "index.html").unlink()
    again = runner.invoke(cli, ["site"])
    assert again.exit_code == 0, again.stderr and (site / "index.html").is_file()

    # A site that cannot be written is a loss, reported; the briefing is stored all the same.
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    config_path().write_text(f'[site]\ndir = "{blocked}"\n', encoding="utf-8")
    failed = runner.invoke(cli, ["today", inputs, "--now", "2026-11-25T09:00:00+00:00", "-q"])
    assert failed.exit_code == 8, failed.stderr
    assert f"failed: {blocked}: the site was not rebuilt" in failed.stderr
    assert "Traceback" not in failed.stderr
    with Store.default() as store:
        assert len(store.list_briefings()) == 2


def test_brief_site_needs_a_folder() -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    result = CliRunner().invoke(cli, ["site"])
    assert result.exit_code == 2 and "set [site] dir in the config" in result.stderr
