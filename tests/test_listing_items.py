"""A newsletter's headline lists its stories between strong breaks ("Aldra shut at the Varne
gorge · Selmo swims early · Brakka's hydrogen berth"), its text tells the first and then the
others in a line each; a report of a later one goes back out of the letter's story
(``briefing.listings.later_item``, fresh40's d957). Fictional, real-shaped articles: the river,
the towns, the firms and the people are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.listings import later_item, send_out_later_lines
from briefing.models import Article
from briefing.shared_names import day_words

T0 = dt.datetime(2046, 5, 22, 6, 0, tzinfo=dt.UTC)


_article = partial(day_article, T0)


_LETTER = _article(
    "Aldra shut at the Varne gorge · Selmo swims early · Brakka's hydrogen berth",
    """The big one: the river is shut at the Varne gorge. Two barges collided below the old
    toll tower late on Tuesday, and one of them, a loaded gravel barge, has settled on the
    riverbed, blocking most of the channel. By this morning about 60 ships were waiting, and
    the waterways agency expects the channel to stay closed for two days while salvage cranes
    are brought in.
    What we are watching: whether the salvage teams can lift the gravel barge in one piece, and
    whether the agency opens a one-way lane for small boats.
    Also on the river today:
    Selmo opens its river swimming season two weeks early after a warm May.
    Brakka's port begins refuelling barges with hydrogen at a new berth in its east harbour.
    Kettlewick's cathedral tower loses its scaffolding after nine years.
    One number: 640. That is the length in kilometres of the whole Aldra.""",
    "The Aldra Morning",
    1,
)
_WIRE = _article(
    "Barge sinks after Aldra collision, blocking key shipping lane",
    """A gravel barge partly sank in the Aldra after colliding with a tanker in the Varne gorge
    late on Tuesday, blocking one of the busiest inland shipping routes and leaving about 70
    vessels stuck on either side, the waterways agency said on Wednesday.
    The tanker was damaged above the waterline and anchored downstream; no fuel leaked. Two
    floating cranes were on their way to lift the sunken barge, the agency said.""",
    "Aldra Freight Wire",
    2,
    "VARNE, May 22 (AFW) -",
)
_BERTH = _article(
    "Brakka opens hydrogen berth for barges",
    """The port of Brakka began refuelling inland vessels with hydrogen at a new berth in its
    east harbour on Wednesday. Two barges will take part in the two-year pilot.""",
    "Inland Port Bulletin",
    3,
)
_CREWS = _article(
    "Barge crews wait at the Varne gorge as salvage drags on",
    """Crews of the ships stuck above the Varne gorge spent a second day at anchor on Wednesday,
    waiting for the salvage cranes. Brakka's hydrogen pilot and the swimming season are the
    least of their worries, one skipper said.""",
    "Aldra Courier",
    4,
)


def _lower(arts: list[Article]) -> frozenset[str]:
    return day_words(arts)[0]


def test_a_report_of_a_headline_s_later_item_goes_back_out_of_the_letter_s_story() -> None:
    arts = [_WIRE, _LETTER, _BERTH]
    assert later_item(_BERTH.title, _LETTER.title, _LETTER.text, _lower(arts))
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1], [2]]


def test_a_report_of_the_letter_s_lead_story_stays() -> None:
    # It names the later items too, but says the lead's words.
    arts = [_WIRE, _LETTER, _CREWS]
    assert not later_item(_CREWS.title, _LETTER.title, _LETTER.text, _lower(arts))
    assert not later_item(_WIRE.title, _LETTER.title, _LETTER.text, _lower(arts))
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1, 2]]


def test_a_story_s_headline_of_two_parts_lists_nothing() -> None:
    # A story's headline in two parts is no digest's: a report of its second part stays.
    story = _article(
        "Barge sinks in Varne gorge; Brakka hydrogen berth opening put off",
        _LETTER.text,
        "Aldra Evening",
        5,
    )
    assert not later_item(_BERTH.title, story.title, story.text, _lower([story, _BERTH]))
