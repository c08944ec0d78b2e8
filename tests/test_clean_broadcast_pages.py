"""A broadcaster's page around its story (``clean.broadcast``): a schedule's rows and heading, a
teaser for the next newscast, the station's app prompt and the weather widget's readings. A
live page's timed entries, a sentence that opens alike and a reading told as news stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.broadcast import is_broadcast_line

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


def _kept(text: str) -> list[str]:
    return [line for line in clean_text(text).splitlines() if line]


@pytest.mark.parametrize(
    "line",
    [
        "Tonight on Coast Nine",
        "Up next on Radio Tamar",
        "Coming up on WDKR 5 News at 11: the county's new recycling rules.",
        "Still to come on Coast Nine News: the weekend's weather.",
        "Get live lightning alerts on the WDKR 5 Storm Team app",
        "Hi 64° Lo 51°",
        "Radio Tamar · tune in for the morning news at seven",
        "Humidity 81% · Wind 22 km/h NW",
        "Feels like 12° · UV 6 · AQI 41 Good",
    ],
)
def test_a_station_line_goes(line: str) -> None:
    assert is_broadcast_line(line)
    assert is_boilerplate(line)
    assert _kept(f"{_LEAD}\n{line}\n{_BODY}") == [_LEAD, _BODY]


def test_a_schedule_goes_under_its_heading() -> None:
    text = (
        f"{_LEAD}\n{_BODY}\nSchedule\n5:00 PM World Report\n6:00 PM The Valley Hour\n"
        "6:30 PM Farm and Market"
    )
    assert _kept(text) == [_LEAD, _BODY]


def test_a_schedule_row_alone_is_no_schedule() -> None:
    line = "9:00 PM Election Night Special"
    assert line in _kept(f"{_LEAD}\n{line}\n{_BODY}")


def test_a_live_pages_entries_stay() -> None:
    text = (
        f"{_LEAD}\n14:05 Police close the coast road\n14:20 Divers reach the wreck\n"
        "14:42 Harbour master says the channel stays shut"
    )
    kept = _kept(text)
    assert "14:05 Police close the coast road" in kept
    assert "14:20 Divers reach the wreck" in kept


@pytest.mark.parametrize(
    "news",
    [
        "Coming up on Tuesday: the council votes on the budget.",
        "Tonight on the coast road, police will close both lanes from 10pm.",
        "Get alerts on the county's ReadyNebraska app, officials urged.",
        "Humidity of 74% made the heat feel worse, forecasters said.",
        "Next on the agenda is the school budget.",
    ],
)
def test_a_sentence_that_opens_alike_stays(news: str) -> None:
    assert not is_broadcast_line(news)
    assert not is_boilerplate(news)
