"""``brief site``: the Atom feed (read back with feedparser, as a feed reader would)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest
from click.testing import CliRunner
from test_slack import seed

from briefing.cli import cli
from briefing.models import Briefing
from briefing.site import atom_feed, stored_days
from briefing.store import Store

HOSTILE = "<script>alert('x')</script> & <b>bold</b>"


def day_briefing(date: dt.date, marker: str) -> Briefing:
    """The seed briefing moved to ``date``, its first bullet marked so each day differs."""
    briefing = seed().model_copy(deep=True, update={"date": date})
    briefing.sections[0].bullets[0].text = f"{marker} {briefing.sections[0].bullets[0].text}"
    return briefing


@pytest.fixture
def three_days() -> list[Briefing]:
    days = [day_briefing(dt.date(2026, 11, 23 + i), f"Marker{i}") for i in range(3)]
    days[1].sections[1].title = HOSTILE
    with Store.default() as store:
        for i, briefing in enumerate(days):
            made = dt.datetime(2026, 11, 23 + i, 7, 0, tzinfo=dt.UTC)
            store.save_briefing(briefing, created_at=made)
        # A second, later briefing of the last day replaces the first one in the site.
        later = day_briefing(dt.date(2026, 11, 25), "Marker2b")
        store.save_briefing(later, created_at=dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC))
    days[2] = later
    return days


def test_feed_has_every_briefing_with_full_escaped_content(
    three_days: list[Briefing], tmp_path: Path
) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["site", str(out), "--base-url", "https://example.org/brief/"])
    assert result.exit_code == 0, result.stderr
    raw = (out / "feed.xml").read_bytes()
    atom = "{http://www.w3.org/2005/Atom}"
    contents = [c.text or "" for c in ElementTree.fromstring(raw).iter(f"{atom}content")]
    assert len(contents) == 3  # the HTML as a reader gets it: the hostile title escaped in it
    assert "&lt;script&gt;" in contents[1] and "<script>" not in "".join(contents)
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    entries = parsed.entries
    assert [e.id for e in entries] == [
        "urn:briefing:day:2026-11-25",
        "urn:briefing:day:2026-11-24",
        "urn:briefing:day:2026-11-23",
    ]
    for entry, briefing in zip(entries, reversed(three_days), strict=True):
        html = entry.content[0].value
        assert entry.content[0].type == "text/html"
        for section in briefing.sections:
            for bullet in section.bullets:
                assert bullet.text.split()[0] in html
        assert entry.link == f"https://example.org/brief/day/{briefing.date}.html"
    assert "Marker2b" in entries[0].content[0].value
    assert "Marker2 " not in entries[0].content[0].value  # the day's latest briefing only
    assert entries[0].updated_parsed[:4] == (2026, 11, 25, 12)
    assert parsed.feed.links[0].href == "https://example.org/brief/feed.xml"


def test_feed_is_stable_across_rebuilds(three_days: list[Briefing]) -> None:
    with Store.default() as store:
        days = stored_days(store)
    assert atom_feed(days) == atom_feed(days)
    assert len(days) == 3


def test_site_rejects_a_base_url_that_is_not_http(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["site", str(tmp_path), "--base-url", "javascript:x"])
    assert result.exit_code == 2 and "--base-url" in result.stderr
