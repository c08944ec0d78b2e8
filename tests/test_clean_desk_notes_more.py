"""A wire's numbered update note (``clean.copydesk``), the e-edition for subscribers and a note
that prices or fares were checked when the piece went out (``clean.abroad``). A headline's
"UPDATE 2-..." and a sentence of news that opens alike stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE 3 recasts with minister's comments",
        "URGENT-UPDATE 1 adds details on closures",
        "Herald subscribers can read the digital edition from 6 a.m.",
        "Fares correct at the time of writing.",
        "Opening hours and ticket prices verified on the date of publication.",
    ],
)
def test_a_desk_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "UPDATE 2-Ferry strike ends after pay deal",
        "Update 2 adds to the pressure on the minister, critics say.",
        "Subscribers can read the e-edition, the company said, but not print it.",
        "The ballots were checked on the date of publication of the decree, a judge ruled.",
    ],
)
def test_a_look_alike_is_no_note(news: str) -> None:
    assert not is_boilerplate(news)
