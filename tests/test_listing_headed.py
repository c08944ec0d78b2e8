"""A newsletter may list its other stories under a heading of their own ("ALSO TODAY:"), a
paragraph each and no label; a report of one of those lines goes back out of the story the
letter leads with (``briefing.listings.headed_item``, fresh42's d1004: a morning letter led by
its airport's fuel shortage, whose road-closure and catamaran lines each had a report of their
own that joined the fuel story). Fictional, real-shaped articles: the island, the towns, the
firms and the people are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.listings import headed_item, send_out_later_lines
from briefing.models import Article
from briefing.shared_names import day_words

T0 = dt.datetime(2046, 2, 9, 6, 0, tzinfo=dt.UTC)

_article = partial(day_article, T0)

_LETTER = _article(
    "Isla Morning: Porto Brava runs out of water",
    """Good morning, and welcome to your island briefing.
    TOP STORY: Porto Brava's taps ran dry overnight. The desalination plant at Cala Fosca shut
    on Sunday after a storm clogged its intake, and the town's reservoir is down to a day of
    supply. About 12,000 homes are without water this morning; tankers are filling the school
    cisterns first.
    Why it matters: the plant is the town's only source between June and March.
    ALSO TODAY:
    The coast road between Serrat and Vallnou is closed from today to rebuild a collapsed wall.
    A new fast ferry starts sailing from Serrat to the islet of Dragonera on Friday, cutting the
    crossing to twenty minutes.
    The Vallnou almond fair is on Sunday; the orchards are already in blossom.
    The market in Sant Elm moves to winter hours until April.
    A READER ASKS: Can I still shower at the sports centre? Yes, until noon.
    ONE NUMBER: 1. The days of water the reservoir holds.""",
    "Isla Morning",
    1,
)
_WIRE = _article(
    "Water runs out in Porto Brava after storm shuts desalination plant",
    """About 12,000 homes in the island town of Porto Brava had no running water on Monday after
    a storm clogged the intake of the desalination plant at Cala Fosca, the water company said.
    Tankers were supplying schools and the hospital, and the plant should restart on Wednesday.""",
    "Island Press Agency",
    2,
    "PORTO BRAVA, Feb 9 (IPA) -",
)
_FERRY = _article(
    "Fast ferry to cut Serrat-Dragonera crossing to twenty minutes",
    """A fast ferry will begin sailing between Serrat and the islet of Dragonera on Friday,
    cutting the crossing to twenty minutes from forty, its operator said. The 30-metre boat
    carries 150 passengers and will make six return trips a day.""",
    "Ferries Bulletin",
    3,
)
_TANKERS = _article(
    "Tankers queue at school cisterns as Porto Brava waits for water",
    """The first tanker reached the primary school at dawn. Parents queued with bottles, and the
    headteacher said classes would go on as long as the cisterns held.""",
    "Porto Brava Courier",
    4,
)
# a live page of one story: its updates under a heading of capitals, each the story's own
_LIVE = _article(
    "Porto Brava without water: what we know",
    """The desalination plant at Cala Fosca shut on Sunday after a storm clogged its intake.
    About 12,000 homes have no running water.
    LATEST:
    Tankers are filling the school cisterns first, the water company says.
    The plant should restart on Wednesday once divers clear the intake.
    The hospital has its own cistern and is not affected.
    The town's reservoir is down to a day of supply.""",
    "Porto Brava Courier",
    5,
)


def _lower(arts: list[Article]) -> frozenset[str]:
    return day_words(arts)[0]


def test_a_report_of_a_line_under_the_letter_s_heading_goes_back_out() -> None:
    arts = [_WIRE, _LETTER, _FERRY]
    assert headed_item(_FERRY.title, _LETTER.title, _LETTER.text)
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1], [2]]


def test_reports_of_the_letter_s_lead_story_stay() -> None:
    arts = [_WIRE, _LETTER, _TANKERS]
    assert not headed_item(_WIRE.title, _LETTER.title, _LETTER.text)
    assert not headed_item(_TANKERS.title, _LETTER.title, _LETTER.text)
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1, 2]]


def test_a_live_page_s_updates_under_a_heading_keep_the_story_s_reports() -> None:
    # the updates are the story's own: a report of one says the page's lead words too
    arts = [_WIRE, _LIVE, _TANKERS]
    assert not headed_item(_WIRE.title, _LIVE.title, _LIVE.text)
    assert not headed_item(_TANKERS.title, _LIVE.title, _LIVE.text)
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1, 2]]


# the live page's own story told from one angle: a people feature and a hospital's word on its
# own ward; their headlines say an update's words and none of the page's lead (review49)
_HEADTEACHER = _article(
    "Headteacher keeps classes going as tankers fill school cisterns",
    """Marta Oliver has run the primary school for eleven years and never closed it. On Monday
    she met the first tanker at the gate at dawn, and by nine the children of Porto Brava were
    in their classrooms, though the town has had no running water since Sunday.""",
    "Porto Brava Courier",
    6,
)
_HOSPITAL = _article(
    "Hospital unaffected thanks to its own cistern, director says",
    """Porto Brava's hospital has its own cistern, filled last week, and its operating theatres
    are working normally despite the town's water cut, its director said on Monday.""",
    "Island Health News",
    7,
)


def test_a_live_page_s_updates_keep_the_story_s_features_and_angle_pieces() -> None:
    # a heading that is a live page's label ("LATEST:", "EN DIRECT :") heads one story's own
    # updates, never a letter's other stories, whatever a member's headline says of the lead
    arts = [_WIRE, _LIVE, _HEADTEACHER, _HOSPITAL]
    assert not headed_item(_HEADTEACHER.title, _LIVE.title, _LIVE.text)
    assert not headed_item(_HOSPITAL.title, _LIVE.title, _LIVE.text)
    french = _LIVE.text.replace("LATEST:", "EN DIRECT :")
    assert not headed_item(_HOSPITAL.title, _LIVE.title, french)
    assert send_out_later_lines([[0, 1, 2, 3]], arts, _lower(arts)) == [[0, 1, 2, 3]]


def test_a_letter_s_heading_of_its_own_still_sends_its_lines_reports_out() -> None:
    # the lookalike: the same lines under a letter's own heading are its other stories
    text = _LIVE.text.replace("LATEST:", "ALSO TODAY:")
    assert headed_item(_HOSPITAL.title, _LIVE.title, text)


# fresh45's d1076 in shape: "Route 14 to detour off Windmill Road" beside a letter whose lead
# counts "14 elms" and names a road
_BUS_LETTER = _article(
    "Isla Morning: Porto Brava runs out of water",
    """Good morning, and welcome to your island briefing.
    TOP STORY: Porto Brava's taps ran dry overnight. The desalination plant at Cala Fosca shut
    on Sunday after a storm clogged its intake. Tankers came up the hill road at dawn to fill the
    14 school cisterns first.
    Why it matters: the plant is the town's only source between June and March.
    ALSO TODAY:
    Bus 14 detours off the coast road at Serrat from today while crews rebuild a wall.
    A new fast ferry starts sailing from Serrat to the islet of Dragonera on Friday.
    The Vallnou almond fair is on Sunday; the orchards are already in blossom.
    The market in Sant Elm moves to winter hours until April.
    ONE NUMBER: 1. The days of water the reservoir holds.""",
    "Isla Morning",
    1,
)
_BUS = _article(
    "Bus 14 to detour off Serrat coast road for wall repairs",
    """Bus 14 will leave the coast road between Serrat and Vallnou from Monday for about six
    weeks while crews rebuild a collapsed retaining wall, the island's bus operator said.""",
    "Island Transit Notes",
    8,
)


def test_a_figure_the_lead_shares_with_a_line_s_report_is_no_word_of_the_lead() -> None:
    # the route's number is no word of the lead story's, which says "road" too: one word only
    assert headed_item(_BUS.title, _BUS_LETTER.title, _BUS_LETTER.text)
    arts = [_WIRE, _BUS_LETTER, _BUS]
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1], [2]]
