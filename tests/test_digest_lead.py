"""A digest of numbered items leads with one story: its lead is its first item, and the next
items' words and figures do not pull other stories' reports into that story.

The articles are fictional, written for these tests in the shape of a newsletter and wire copy.
"""

from __future__ import annotations

import datetime as dt

from briefing.angles import lead_text
from briefing.cluster import cluster
from briefing.features import first_item
from briefing.models import Article

_T0 = dt.datetime(2031, 3, 4, 7, 0, tzinfo=dt.UTC)

_DIGEST = """1. Norrvik Shipping agreed to buy the Kalmar yard of Ostwerft for 410 million euros in
cash and shares, creating the largest ship repairer on the Baltic, with 14 docks. Regulators
are expected to look at the deal's effect on repair prices in the region.

2. Ghanaian cocoa exports fell 9.4 percent last season to 612,000 tonnes, the cocoa board said
on Friday, the second fall in a row, as swollen shoot disease spread and smuggling rose.

3. The evening ferry from Visby ran two hours late on Thursday after a steering fault."""

_SALE = """STOCKHOLM, March 4 - Norrvik Shipping will pay 410 million euros for Ostwerft's Kalmar
yard, the Swedish group said, in a deal that gives it a second repair base and 14 docks. The
combined business would service about 300 ships a year.

Ostwerft's largest shareholder said it backed the sale."""

_COCOA = """ACCRA, March 4 (WAW) - Ghana's cocoa exports fell 9.4 percent to 612,000 tonnes in
the season, the cocoa board said on Friday, the second annual fall in a row, as swollen shoot
disease spread across older farms. Exports to Europe fell most."""


def _art(title: str, text: str, outlet: str, minute: int) -> Article:
    return Article.create(
        title=title,
        text=text,
        source=f"{outlet}/{minute}",
        outlet=outlet,
        published_at=_T0 + dt.timedelta(minutes=minute),
    )


def _day() -> list[Article]:
    return [
        _art(
            "The Harbour Letter: a yard sale, cheaper cocoa and a late ferry", _DIGEST, "Letter", 0
        ),
        _art(
            "Norrvik Shipping to buy Kalmar yard in 410 million euro deal", _SALE, "Nordic Post", 3
        ),
        _art("Ghana cocoa exports drop 9.4 percent", _COCOA, "West Africa Wire", 8),
    ]


def test_a_digest_s_lead_is_its_first_item() -> None:
    assert first_item(_DIGEST).rstrip().endswith("repair prices in the region.")
    assert "612,000" not in lead_text(_day()[0])
    assert first_item(_SALE) == _SALE  # no numbered items: the whole text
    one = "1. Only one numbered line here, then prose.\nMore prose."
    assert first_item(one) == one


def test_a_report_on_a_digest_s_second_item_stays_its_own_story() -> None:
    day = _day()
    stories = {frozenset(s.article_ids) for s in cluster(day).stories}
    assert stories == {frozenset(a.id for a in day[:2]), frozenset([day[2].id])}
