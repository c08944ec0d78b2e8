"""Conflicts: different values for the same thing across a story's articles, latest first — and
none where outlets agree, round, or recall an earlier event."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.conflicts import find_conflicts
from briefing.models import Article

T0 = dt.datetime(2031, 3, 4, 8, tzinfo=dt.UTC)


def _article(text: str, *, hours: float | None = 0, title: str = "Peru quake") -> Article:
    when = None if hours is None else T0 + dt.timedelta(hours=hours)
    return Article.create(title=title, text=text, source=f"{hours}.txt", published_at=when)


EARLY = _article(
    "LIMA (Wire) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 12 "
    "people, officials said. Rescuers were searching for 30 people who remain missing. The "
    "quake destroyed 340 homes in the Arequipa region."
)
UPDATE = _article(
    "LIMA (Wire) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 19 "
    "people, officials said. Rescuers were searching for 23 people who remain missing. The "
    "quake destroyed 340 homes in the Arequipa region.",
    hours=4,
)


def test_an_updated_wire_copy_conflicts_on_the_toll_and_the_missing_latest_first() -> None:
    conflicts = find_conflicts([EARLY, UPDATE])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("dead", ["19", "12"]),
        ("missing", ["23", "30"]),
    ]
    assert conflicts[0].values[0].source_id == UPDATE.id
    assert "killing 19 people" in conflicts[0].values[0].sentence


def test_without_times_the_later_article_given_is_the_latest() -> None:
    early = EARLY.model_copy(update={"published_at": None})
    late = UPDATE.model_copy(update={"published_at": None})
    assert find_conflicts([late, early])[0].values[0].source_id == early.id


def test_other_words_for_the_same_toll_conflict() -> None:
    other = _article(
        "The death toll rose to 15 on Wednesday, with 30 people still missing.", hours=2
    )
    conflicts = find_conflicts([EARLY, other])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [("dead", ["15", "12"])]


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake killed a dozen people in Peru; 30 people are missing.",  # 12 spelled out
        "The quake killed 12 people. A 2001 quake in the same region killed more than 100 people.",
        "Twelve people died. Three of its nine districts declared an emergency; nine districts "
        "were hit.",
    ],
)
def test_agreeing_or_historical_figures_are_no_conflict(text: str) -> None:
    assert find_conflicts([EARLY, _article(text, hours=1)]) == []


def test_rounded_figures_agree_and_percentages_only_meet_percentages() -> None:
    exact = _article("Hackers stole the records of 4.1 million patients, Meridian said.")
    rough = _article("The records of four million patients were stolen.", hours=1)
    assert find_conflicts([exact, rough]) == []
    rate = _article("Shares in Meridian fell 6% after hackers stole patient records.")
    count = _article("Shares in Meridian fell 9% after hackers stole patient records.", hours=1)
    assert [c.about for c in find_conflicts([rate, count])] == ["shares"]
