"""Two stories whose headlines name different things are not merged; one story's reports,
naming the same places in their leads, are.

The articles are fictional (hospitals, unions and people are invented; real places only where
the rule is about them), written for these tests in the shape of wire copy and local reports.
The edges stand for the grouping's similarity graph of a large day, where a topic's words
("nurses", "strike") are rare and weigh much.
"""

from __future__ import annotations

import pytest
from test_cluster_bounds import _article

from briefing.angles import roots
from briefing.apart import NamedApart, headline_places, named_apart, places_apart
from briefing.features import content_word
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import group_stories

_NZ = """WELLINGTON (WNA) — About 36,000 nurses in New Zealand walked off the job on Thursday at
the start of a 48-hour strike over pay and staffing, forcing public hospitals to postpone
hundreds of planned operations."""
_NZ_SHORT = """Tens of thousands of New Zealand nurses started a two-day strike over pay and
staffing; hospitals delayed planned surgery."""
_ONTARIO = """TORONTO (WNA) — About 8,000 nurses at hospitals in Toronto and Ottawa walked off the
job for 24 hours on Thursday, the first strike by the province's hospital nurses in decades."""
_ONTARIO_PICKET = """Nurses in purple union shirts picketed outside Toronto General and Lakeshore
hospitals on Thursday, as the one-day strike disrupted care across the city."""


def _strikes() -> list[Article]:
    return [
        _article("New Zealand nurses begin 48-hour national strike", _NZ, "WNA", 0),
        _article("Nurses strike across New Zealand", _NZ_SHORT, "QuickFeed", 1),
        _article("Hospital nurses strike for a day over workloads in Toronto", _ONTARIO, "WNA", 2),
        _article("Picket lines at Toronto hospitals as nurses strike", _ONTARIO_PICKET, "TMS", 3),
    ]


# Within each strike the reports are close; across, the topic's words make them as close.
_EDGES = {(0, 1): 0.6, (2, 3): 0.5, (0, 2): 0.3, (0, 3): 0.28, (1, 2): 0.3, (1, 3): 0.29}
_VECTORS: list[dict[str, float]] = [{}, {}, {}, {}]  # unused: the edges are given


def test_two_strikes_whose_headlines_name_different_places_stay_two_stories() -> None:
    assert group_stories(_VECTORS, 0.165, edges=_EDGES) == [[0, 1, 2, 3]]  # the case
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(_strikes()))
    assert sorted(groups) == [[0, 1], [2, 3]]


def test_one_strike_s_reports_naming_each_other_s_places_merge() -> None:
    arts = _strikes()
    # The Toronto reports' leads say "New Zealand" too: a place both name is one event's. (The
    # report is another agency's here: one wire's datelines of two places are two events, see
    # test_apart_filed.py.)
    toronto = _ONTARIO.replace("(WNA)", "(CPW)") + " Nurses in New Zealand struck too."
    arts[2] = _article(arts[2].title, toronto, "CPW", 2)
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert groups == [[0, 1, 2, 3]]


def test_a_lone_article_is_not_held_back_by_names_other_than_places() -> None:
    # The Toronto picket report alone joins the New Zealand pair: a lone article is held back
    # only by a country its headline names ("Toronto" is a city).
    edges = {(0, 1): 0.6, (0, 3): 0.3, (1, 3): 0.3}
    groups = group_stories(_VECTORS, 0.165, edges=edges, veto=NamedApart(_strikes()))
    assert sorted(groups) == [[0, 1, 3], [2]]


def test_a_group_whose_headlines_name_nothing_is_not_held_back() -> None:
    arts = _strikes()
    # (Another agency's report: one wire's two datelines would hold them apart, see
    # test_apart_filed.py; here only the headlines' names are asked.)
    ontario = _ONTARIO.replace("(WNA)", "(CPW)")
    arts[2] = _article("Hospital nurses strike for a day over workloads", ontario, "CPW", 2)
    arts[3] = _article("Picket lines outside hospitals as nurses strike", ontario, "TMS", 3)
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert groups == [[0, 1, 2, 3]]


_GERMAN_WAGE = """BERLIN (EWN) — Germany's minimum wage commission on Wednesday recommended raising
the statutory hourly minimum to 15.60 euros from January, from 14.90 euros now. The government
normally adopts the commission's proposal by decree."""
_POLISH_WAGE = """WARSAW (EWN) — Poland's government on Wednesday set next year's minimum monthly
wage at 5,600 zlotys before tax, an increase of 8.5%, after unions and employers failed to
agree in the tripartite council."""


def _wages(polish_title: str, polish_text: str = _POLISH_WAGE) -> list[Article]:
    return [
        _article("German commission proposes 15.60 euro minimum wage", _GERMAN_WAGE, "EWN", 0),
        _article("Germany: minimum wage to rise", _GERMAN_WAGE[60:], "Euro Headlines", 1),
        _article(polish_title, polish_text, "EWN", 2),
    ]


# The two German reports are one; the Polish decision is close to both on the topic's words.
_WAGE_EDGES = {(0, 1): 0.57, (0, 2): 0.22, (1, 2): 0.2}


def test_a_lone_report_naming_another_country_is_held_back() -> None:
    arts = _wages("Poland sets minimum wage at 5,600 zlotys")
    assert group_stories(_VECTORS[:3], 0.165, edges=_WAGE_EDGES) == [[0, 1, 2]]  # the case
    groups = group_stories(_VECTORS[:3], 0.165, edges=_WAGE_EDGES, veto=NamedApart(arts))
    assert sorted(groups) == [[0, 1], [2]]


def test_a_lone_report_naming_the_country_by_its_language_or_people_joins() -> None:
    # "German" in one headline and "Germany" in the other's lead are one country (CLDR: German
    # is Germany's official language), as are "Kenyan" and "Kenya".
    arts = _wages("German unions call rise too small", _GERMAN_WAGE)
    arts[0] = _article("Minimum wage to rise in Germany", _GERMAN_WAGE, "EWN", 0)
    groups = group_stories(_VECTORS[:3], 0.165, edges=_WAGE_EDGES, veto=NamedApart(arts))
    assert groups == [[0, 1, 2]]
    assert "germany" in roots("german") and "german" in roots("germany")
    assert "poland" in roots("polish") and "germany" not in roots("polish")
    assert "kenya" in roots("kenyan")


def test_a_feast_is_no_place_though_a_territory_s_name_holds_it() -> None:
    # "Christmas Island", "Ascension Island": a parish's notice of new service times is not
    # news of an island, and must not stand apart from the ferry delay that moved them.
    lower = frozenset({"service", "times", "delay"})
    assert headline_places("Christmas service times change after ferry delay", lower) == set()
    assert headline_places("Ascension Day market moves to the harbour", lower) == set()
    assert "kiribati" in headline_places("Kiribati ferry delayed by storm", lower)
    notice = _article("Christmas service times change after ferry delay", _GERMAN_WAGE, "P", 0)
    ferry = _article("Ferry freed from pack ice off Aland", _POLISH_WAGE, "W", 1)
    assert not places_apart([notice], [ferry], lower)


def test_regions_and_words_written_in_lower_case_are_not_a_headline_s_places() -> None:
    lower = frozenset({"unions", "city"})
    assert headline_places("Cloud outage knocks banks offline across Europe", lower) == set()
    assert headline_places("Unions cry foul as the city votes", lower) == set()
    assert "austria" in headline_places("Card payments fail in Austrian supermarkets", lower)
    # An outage across Europe and its card payments failing in Austria are one event.
    outage = _article("Cloud outage knocks banks offline across Europe", _GERMAN_WAGE, "A", 0)
    cards = _article("Card payments fail in Austrian supermarkets", _POLISH_WAGE, "B", 1)
    assert not places_apart([outage], [cards], lower)
    poland = _article("Poland sets minimum wage", _POLISH_WAGE, "C", 2)
    germany = _article("Germany: minimum wage to rise", _GERMAN_WAGE, "D", 3)
    assert places_apart([poland], [germany], lower)


_DUBLIN = """DUBLIN (IRW) — Flights at Dublin Airport were suspended for two hours on Thursday
after repeated drone sightings near the north runway, and 31 arriving aircraft were diverted."""
_DUBLIN_STRANDED = """Passengers on flights diverted from Dublin described long waits for coaches
in Belfast; the airport said 38 flights were diverted in all."""
_FRANKFURT = """FRANKFURT (EWN) — Frankfurt airport suspended take-offs and landings for 50
minutes on Thursday after a pilot reported a drone near a runway, the operator said."""
_FRANKFURT_AIRLINES = """Airlines said the repeated closures at the airport cost them millions,
after the fifth drone halt at Frankfurt this year."""


def _drones() -> list[Article]:
    return [
        _article("Drone sightings shut Dublin Airport runways", _DUBLIN, "IRW", 0),
        _article("Dublin drone chaos strands thousands in Belfast", _DUBLIN_STRANDED, "Post", 1),
        _article("Frankfurt airport halts flights after drone spotted", _FRANKFURT, "EWN", 2),
        _article("Fifth drone halt at Frankfurt this year", _FRANKFURT_AIRLINES, "Markets", 3),
    ]


def test_a_name_s_common_word_is_no_name_two_events_share() -> None:
    # "Dublin Airport" is a name, but its "Airport" is the word the Frankfurt reports write in
    # lower case: it does not make the two airports' drone closures one event.
    arts = _drones()
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert sorted(groups) == [[0, 1], [2, 3]]
    assert named_apart(arts[:2], arts[2:], day_words(arts)[0])
    assert not named_apart(arts[:2], arts[2:])  # without the day's lower-case words it is


_ECB = """FRANKFURT (EWN) — The ECB held its deposit rate at 2.5% on Thursday, and President Dubois
said a cut in the summer was possible if inflation kept falling."""
_ECB_2 = """Dubois told reporters the ECB would decide meeting by meeting."""
_CHILE = """SANTIAGO (LAW) — Chile's central bank cut its policy rate by a quarter point to 4.25%
on Thursday as inflation cooled."""
_CHILE_2 = """The Chilean central bank trimmed rates again, its third cut this year."""


def test_a_headline_s_first_word_is_its_name_when_the_text_writes_it_so() -> None:
    # "ECB holds rates" names the ECB though its headline opens with it: two central banks'
    # decisions of one day are two stories.
    arts = [
        _article("ECB holds rates, signals cuts possible", _ECB, "EWN", 0),
        _article("Dubois keeps door open to summer rate cut", _ECB_2, "Markets", 1),
        _article("Chile's central bank cuts rate to 4.25%", _CHILE, "LAW", 2),
        _article("Chile trims rates again as inflation cools", _CHILE_2, "Santiago Post", 3),
    ]
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert sorted(groups) == [[0, 1], [2, 3]]


@pytest.mark.parametrize(
    ("people", "country"),
    [
        ("Belgian", "Belgium"),
        ("Peruvian", "Peru"),
        ("Lebanese", "Lebanon"),
        ("Afghan", "Afghanistan"),
        ("Cypriot", "Cyprus"),
        ("Argentine", "Argentina"),
        ("Mozambican", "Mozambique"),
        ("Swiss", "Switzerland"),
        ("Canadian", "Canada"),
        ("Mexican", "Mexico"),
        ("Moroccan", "Morocco"),
        ("Burmese", "Myanmar"),
    ],
)
def test_an_irregular_people_s_name_is_its_country(people: str, country: str) -> None:
    # No ending makes "Belgian" of "Belgium": fresh8's d195 put a Belgian rail strike with a
    # Portuguese one, their headlines naming no country the veto could read on the Belgian side.
    assert content_word(country) in roots(content_word(people) or "")
    lower = frozenset({"rail", "strike", "halts", "trains", "cancels", "most"})
    assert headline_places(f"{people} rail strike halts trains", lower)


def test_two_rail_strikes_of_two_peoples_stay_apart() -> None:
    belgian = _article(
        "Belgian rail strike halts Brussels trains",
        "A national strike at the railway against a planned pension reform left about two"
        " thirds of trains cancelled on Tuesday, the operator said.",
        "Flanders Wire",
        0,
    )
    portuguese = _article(
        "Portuguese rail strike cancels most trains",
        "Most trains across Portugal were cancelled on Tuesday as rail workers struck over pay,"
        " the operator said, with Lisbon's suburban lines at a standstill.",
        "Iberia Post",
        1,
    )
    veto = NamedApart([belgian, portuguese])
    assert veto.veto(0, 1)
