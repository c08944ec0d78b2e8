"""A story's own headline may give three facts of its event between semicolons ("Storm Orla
breaches Kilbarra harbour wall; 3,000 homes without power; island ferries cancelled"); a
report of one of those facts is the story's, not a digest's later item, and stays in it
(``briefing.listings.later_item``; review47's probe of join42's rule). A digest's later items
are other events, each naming its own place or thing ("Selmo swims early", "Brakka's hydrogen
berth"). Fictional, real-shaped articles: the storm, the town and the outlets are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.listings import later_item, send_out_later_lines
from briefing.shared_names import day_words

T0 = dt.datetime(2031, 11, 8, 9, 0, tzinfo=dt.UTC)


_article = partial(day_article, T0)


_STORM = _article(
    "Storm Orla breaches Kilbarra harbour wall; 3,000 homes without power; island ferries"
    " cancelled",
    """Storm Orla drove waves over the harbour wall at Kilbarra overnight, flooding the main
    street and a row of fishermen's cottages, the county council said on Saturday. Gusts of
    130 km/h were recorded at the lighthouse.
    About 3,000 homes along the coast lost power when lines came down, and the network
    operator said some would wait until Monday for repairs.
    Ferries to the islands were cancelled for a second day; the operator said no sailing would
    leave before Sunday afternoon, leaving about 200 islanders stranded on the mainland.
    The coastguard rescued two people from a car caught by the flood near the pier.""",
    "West Coast Wire",
    0,
)
_LOCAL = _article(
    "Kilbarra counts the cost after the sea came over the wall",
    """Shopkeepers on Kilbarra's main street spent Saturday shovelling sand and seaweed out of
    their doorways after Storm Orla's waves breached the harbour wall. The council has sent
    pumps and says a survey of the wall will start when the wind drops.""",
    "Kilbarra Herald",
    2,
)
_FERRY = _article(
    "Island ferries cancelled for a second day, stranding 200",
    """No ferries sailed to the islands for a second day on Saturday as Storm Orla kept gusts
    above 100 km/h, the ferry operator said, and about 200 islanders waited in mainland hotels
    and with relatives. The operator hopes to run the first sailing on Sunday afternoon.""",
    "Islands Radio",
    4,
)


def test_a_report_of_a_fact_a_story_s_headline_gives_stays_in_the_story() -> None:
    arts = [_STORM, _LOCAL, _FERRY]
    lower = day_words(arts)[0]
    assert send_out_later_lines([[0, 1, 2]], arts, lower) == [[0, 1, 2]]
    assert not later_item(_FERRY.title, _STORM.title, _STORM.text, lower)


def test_the_same_facts_in_title_case_name_no_thing_of_their_own() -> None:
    title = (
        "Storm Orla Breaches Kilbarra Harbour Wall; 3,000 Homes Without Power; Ferries Cancelled"
    )
    arts = [_STORM, _LOCAL, _FERRY]
    assert not later_item(_FERRY.title, title, _STORM.text, day_words(arts)[0])
