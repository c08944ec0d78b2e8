"""A newsletter lists its other stories in its text, a line each under its lead story, each
line labelled by its place; a report of such a later line goes back out of the letter's story
(``briefing.listings.send_out_later_lines``, fresh39's d932). Fictional, real-shaped articles:
the river, the towns, the firms and the people are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.cluster import cluster
from briefing.listings import later_line, send_out_later_lines
from briefing.models import Article
from briefing.shared_names import day_words

T0 = dt.datetime(2046, 4, 3, 6, 0, tzinfo=dt.UTC)


_article = partial(day_article, T0)


_LETTER = _article(
    "River Morning: The big lock is stuck",
    """THE LEAD: The Varne lock will not open on time
    The Varne Lock, the only lock on the Aldra big enough for the long barges that carry most
    of the coal and grain on the river, will stay shut for at least two more weeks after
    engineers found a crack in one of its upstream gates, the waterways agency said last night.
    By the agency's count, 14 barges were waiting above or below the lock on Monday night. A
    repair crew is working around the clock, and a spare gate leaf is being brought up by road.
    Why it matters: about three-quarters of the coal moving on the river goes through the Varne,
    and the power stations downstream have only a few weeks of stock after the winter.
    ALSO ON THE RIVER
    Harnbridge: The port says grain shipments are off to their fastest start in a decade after
    a big harvest on the plains.
    Selmo: The town has switched on six new sensors at its river water intake to catch algae
    blooms earlier this summer.
    Kettlewick: The first cruise boat of the year tied up at the old quay yesterday afternoon.
    Brakka: The boatyard's new slipway passed its first test.
    ONE NUMBER: 190 metres, the length of the longest barge train on the river.""",
    "River Morning",
    1,
)
_WIRE = _article(
    "Cracked gate keeps Aldra's biggest lock closed, stranding coal barges",
    """The Varne Lock, the largest lock on the Aldra river, will remain closed for about ten
    days after inspectors found a crack in a gate, the waterways agency said on Monday, leaving
    about 14 of the river's biggest barges unable to move coal to the power stations.
    The crack was found in a weld on the upstream gate during inspections last week, the agency
    said. "We will not put a barge and a crew in that chamber until we are certain the gate will
    hold," said the agency's district engineer, Dana Whitfell.
    The agency said it had a spare gate leaf in storage that could be installed if the crack
    could not be repaired in place. Barge operators have begun to split cargoes onto smaller
    boats, a costly workaround.""",
    "River Freight Wire",
    2,
    "VARNE, April 3 (RFW) -",
)
_GRAIN = _article(
    "Harnbridge grain shipments off to fastest start in a decade",
    """The Port of Harnbridge said on Monday that grain shipments in the first week of the
    season were the highest in ten years, after a large harvest on the plains pushed exporters
    towards the river.
    About 310,000 tonnes of wheat and barley left the port's elevators by barge in the first
    eight days, against about 220,000 tonnes a year ago. Seven barges were loading or waiting at
    the terminals on Monday.
    The port's chief executive, Gina Lavelle, said elevator operators had added weekend shifts.
    "When the grain moves, the whole town moves with it," she said.""",
    "Harnbridge Business Brief",
    3,
)
_SENSORS = _article(
    "Selmo switches on early-warning algae sensors at river water intake",
    """The town of Selmo has switched on six new sensors at its water intake on the Aldra, part
    of a system meant to spot harmful algae blooms days before toxins can reach the town's tap
    water.
    The sensors, mounted on buoys up to three miles upstream of the intake, measure chlorophyll,
    water temperature and a pigment made by the algae that cause toxic blooms in summer.
    "The earlier we know, the earlier we can change treatment," said the plant's superintendent,
    Marek Dlugos.""",
    "Selmo Ledger",
    4,
)
_BARGES = _article(
    "Barge crews wait at Varne as lock repair drags on",
    """Crews of the barges stuck above the Varne Lock spent a third day at anchor on Tuesday,
    waiting for news of the cracked gate's repair. Harnbridge grain and coal for the power
    stations are both held up, skippers said.""",
    "Aldra Courier",
    5,
)


def _lower(arts: list[Article]) -> frozenset[str]:
    return day_words(arts)[0]


def test_a_report_of_a_letter_s_later_line_goes_back_out_of_its_story() -> None:
    arts = [_WIRE, _LETTER, _GRAIN, _SENSORS]
    lower = _lower(arts)
    assert later_line(_GRAIN.title, _LETTER.title, _LETTER.text, lower)
    assert later_line(_SENSORS.title, _LETTER.title, _LETTER.text, lower)
    assert send_out_later_lines([[0, 1, 2, 3]], arts, lower) == [[0, 1], [2], [3]]


def test_a_report_of_the_letter_s_lead_story_stays() -> None:
    # It names a labelled place (Harnbridge's grain), but says the lead's words more.
    arts = [_WIRE, _LETTER, _BARGES]
    lower = _lower(arts)
    assert not later_line(_BARGES.title, _LETTER.title, _LETTER.text, lower)
    assert send_out_later_lines([[0, 1, 2]], arts, lower) == [[0, 1, 2]]


def test_a_live_page_s_parts_and_a_transcript_s_speakers_are_no_letter_s_lines() -> None:
    live = _article(
        "LIVE: Storm Edda reaches the coast",
        """Storm Edda made landfall on the north coast overnight, the weather service said.
        Power: the grid operator says 80,000 homes are without electricity.
        Flights: 64 flights at the main airport have been cancelled today.
        Roads: the coast road is closed between two towns because of fallen trees.""",
        "Coast Live Desk",
        1,
    )
    flights = _article(
        "Flights cancelled at the main airport as Storm Edda hits",
        """Airlines cancelled 64 flights at the main airport on Tuesday as Storm Edda reached the
        coast, and the grid operator said 80,000 homes had lost power.""",
        "Coast Wire",
        2,
    )
    arts = [live, flights]
    assert send_out_later_lines([[0, 1]], arts, _lower(arts)) == [[0, 1]]
    talk = _article(
        "The mayor on the bridge: an interview",
        """We spoke to the mayor about the bridge closure on Monday.
        Interviewer: When will the bridge reopen?
        Mayor Harlow: Not before June, the engineers say.
        Interviewer: And the ferries?
        Mayor Harlow: Two more from next week.""",
        "Town Radio",
        3,
    )
    assert not later_line("Harlow says bridge reopens in June", talk.title, talk.text, frozenset())


def test_the_letter_s_later_lines_stay_out_of_its_story_in_a_day_s_grouping() -> None:
    arts = [_LETTER, _WIRE, _GRAIN, _SENSORS]
    stories = cluster(arts).stories
    home = {i: s.id for s in stories for i in s.article_ids}
    assert home[_LETTER.id] == home[_WIRE.id]
    assert home[_GRAIN.id] != home[_WIRE.id]
    assert home[_SENSORS.id] != home[_WIRE.id]


_LIVE = _article(
    "Storm Edda live: west coast counts the damage",
    """Storm Edda tore along the west coast overnight with gusts of 140 km/h, bringing down power
    lines and flooding harbour towns, the weather service said. Here is where things stand.
    Kilbarra: The harbour wall was breached and the sea flooded the main street; 40 homes were
    evacuated.
    Rossmore: Fallen trees closed the coast road and about 6,000 homes lost power.
    Dunmara: The lifeboat rescued two fishermen whose trawler lost its engine off the point.
    Ardglen: Schools are closed today and the council asks people to stay off the roads.
    We will update this page through the day.""",
    "Coast Live Desk",
    1,
)
_STORM_WIRE = _article(
    "Storm Edda batters west coast, cutting power to thousands",
    """Storm Edda battered the west coast overnight with gusts of up to 140 km/h, cutting power to
    about 20,000 homes and flooding several harbour towns, the weather service and the grid
    operator said on Tuesday. The coast road was closed in several places by fallen trees, and
    the lifeboat service said it had rescued two fishermen off Dunmara.""",
    "Coastal Wire",
    2,
)
_KILBARRA = _article(
    "Storm Edda breaches Kilbarra harbour wall, floods main street",
    """The sea broke through the harbour wall at Kilbarra in the small hours as Storm Edda reached
    the coast, flooding the main street to knee height and forcing 40 households from their
    homes. "I have lived here 60 years and never seen the water come over like that," said Nora
    Quill, whose shop on the main street took in half a metre of water.""",
    "Kilbarra Echo",
    3,
)


def test_a_town_s_report_of_the_storm_a_live_page_lists_town_by_town_stays() -> None:
    # review46: the live page lists the storm's own towns as a letter lists its items; the
    # Kilbarra paper's report says the storm's words (Storm Edda, harbour, flood), not another
    # item's
    arts = [_LIVE, _STORM_WIRE, _KILBARRA]
    lower = _lower(arts)
    assert not later_line(_KILBARRA.title, _LIVE.title, _LIVE.text, lower)
    assert send_out_later_lines([[0, 1, 2]], arts, lower) == [[0, 1, 2]]
