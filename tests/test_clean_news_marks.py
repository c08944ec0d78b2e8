"""A podcast's first chapter titled like a headline, and a correction that fixes an earlier
release (not the page it is on), are news and stay; an episode's opening mark and a page's own
correction note still go (``clean.podcasts``, ``clean.credits``).

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The city council put off its budget vote until July after members could not agree."
_AFTER = "The mayor wants a deal before the holiday weekend, her spokesman said on Monday."


def _kept(line: str) -> bool:
    return kept_between(line, _LEAD, _AFTER, outlet=None)


@pytest.mark.parametrize(
    "first",
    [
        "00:00 The overtime fight",
        # a headline that says an opening's word is still a headline
        "00:00 Markets open lower on tariffs",
        "00:00 Start of the teachers' strike",
    ],
)
def test_a_first_chapter_titled_like_a_headline_stays(first: str) -> None:
    text = "\n".join(
        [
            _LEAD,
            "The host talks with the City Hall reporter about which wards lose overtime.",
            first,
            "14:20 What the July vote looks like",
        ]
    )
    assert first in clean_text(text).split("\n")


@pytest.mark.parametrize(
    "mark",
    [
        "(00:00) Intro",
        "0:00 Start of bulletin",
        "00:00 Welcome",
        "00:00 Welcome and headlines",
        "00:00 Intro & sponsors",
    ],
)
def test_an_opening_mark_goes(mark: str) -> None:
    assert is_boilerplate(mark)


def test_a_correction_of_an_earlier_release_is_news() -> None:
    line = (
        "Correction: The boil-water notice issued June 6 applies only to customers in Hillside,"
        " not Oakdale, as stated in the earlier release."
    )
    assert not is_boilerplate(line)
    assert _kept(line)


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article misstated the earlier release date.",
        "Correction: This story has been updated to fix the name of the council's treasurer.",
    ],
)
def test_the_page_s_own_correction_note_goes(note: str) -> None:
    assert is_boilerplate(note)
