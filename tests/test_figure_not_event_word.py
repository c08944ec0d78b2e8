"""A figure two headlines share, or a clock time of a live page, names no event: two stories of
one region that give the same count, and one airline's fare rise beside its plane's emergency
landing, stay apart; two reports of one event that share a word besides the count still pair,
and a piece on the landing that names the airline still joins its story.

The articles are fictional (the towns, the airline, people and figures are invented), written
for these tests in the shape of regional wire copy and a live page. The edges stand for the
grouping's similarity graph.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.lone_pairs import pair_lone
from briefing.models import Article
from briefing.shared_names import attach_by_names

_TREES = """FLORENCE, Italy (CIW) - The town of Velcastro will plant 1,200 trees along its ring
of avenues this winter, replacing hundreds of plane and lime trees felled by summer storms, the
town council said on Thursday. The replanting will cost about 2.4 million euros and will be done
by local nurseries. Storms in July brought down more than 400 trees, blocking roads and cutting
power, said Deputy Mayor Renzo Galli."""
_LORRIES = """FLORENCE, Italy (TNW) - The town of Monteluce will ban lorries carrying stone from
its central streets from December 1, diverting about 1,200 lorry journeys a day onto a bypass
from the quarries to the coast, the town council said on Thursday. Drivers who ignore the ban
will face fines of 400 euros, said Mayor Giulia Ferrante. Residents have long complained of
dust and cracked walls."""
_TREES_2 = """Velcastro's avenues will be green again by spring: the council has ordered 1,200
trees from nurseries in the valley to replace the planes and limes the July storms tore down.
Deputy Mayor Renzo Galli said work would start next week."""


def _region_day(second: tuple[str, str] | None = None) -> list[Article]:
    title, text = second or (
        "Monteluce bans stone lorries from town centre, diverting 1,200 daily trips",
        _LORRIES,
    )
    return [
        _article("Velcastro to plant 1,200 trees after storms strip its avenues", _TREES, "CIW", 0),
        _article(title, text, "TNW", 4),
    ]


def test_two_stories_of_one_region_sharing_only_a_count_stay_apart() -> None:
    assert pair_lone([[0], [1]], _region_day(), {(0, 1): 0.129}) == [[0], [1]]


def test_two_reports_of_one_event_sharing_a_word_and_the_count_still_pair() -> None:
    arts = _region_day(("1,200 new trees for Velcastro's storm-stripped avenues", _TREES_2))
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.129}) == [[0, 1]]


_LANDING_WIRE = """HONOLULU (ASW) - Passengers and crew slid to safety from a Kelaoha Island Air
turboprop on Monday after it made an emergency landing at Pualani Airport following a cockpit
warning of an engine fire, officials said. Five people suffered minor injuries."""
_LANDING_LOCAL = """Sixty-eight passengers evacuated a Kelaoha Island Air turboprop by slide at
Pualani Airport on Monday morning after the pilots reported a fire warning, airport officials
said. Seven passengers were treated for scrapes and twisted ankles."""
_LANDING_LIVE = """12:40 p.m. That's where we'll leave our live coverage of the Kelaoha Island Air
landing for now. 12:25 p.m. UPDATE: Emergency officials say five people were treated for minor
injuries after the evacuation."""
_FARES = """HONOLULU (PBW) - Kelaoha Island Air will raise its inter-island fares by an average
of about 12% from January 1, the carrier said on Monday, citing higher fuel and labor costs.
The cheapest one-way fare will rise to $89 from $79."""
_STATEMENT = """Kelaoha Island Air said on Monday that the turboprop that made an emergency
landing at Pualani Airport would stay grounded while engineers check the engine warning."""

_LANDING_TITLES = (
    "Passengers evacuate by slides after island plane's emergency landing",
    "Flight 212 passengers praise crew after slide evacuation",
    "LIVE: Kelaoha Island Air flight makes emergency landing at Pualani",
)


def _airline_day(title: str, text: str) -> list[Article]:
    return [
        _article(_LANDING_TITLES[0], _LANDING_WIRE, "Aloha State Wire", 0),
        _article(_LANDING_TITLES[1], _LANDING_LOCAL, "Valley Isle Record", 5),
        _article(_LANDING_TITLES[2], _LANDING_LIVE, "Island Now Live", 9),
        _article(title, text, "Pacific Business Wire", 12),
    ]


_AIRLINE_LINKS = {(0, 3): 0.198, (1, 3): 0.132, (2, 3): 0.111}


def test_an_airline_s_fare_rise_does_not_join_its_landing_by_a_clock_time() -> None:
    arts = _airline_day(
        "Kelaoha Island Air to raise inter-island fares by about 12% in January", _FARES
    )
    assert attach_by_names([[0, 1, 2], [3]], arts, _AIRLINE_LINKS) == [[0, 1, 2], [3]]


def test_the_airline_s_statement_on_its_landing_still_joins() -> None:
    arts = _airline_day("Kelaoha Island Air grounds turboprop after emergency landing", _STATEMENT)
    assert attach_by_names([[0, 1, 2], [3]], arts, _AIRLINE_LINKS) == [[0, 1, 2, 3]]
