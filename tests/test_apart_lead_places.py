"""A lone piece whose lead names another country than the story's, and which never names the
story's own, is another event: a colour piece on motorists queueing "as strike bites" in one
country does not join the ferry strike of another whose headlines say "strike" too.

The articles are fictional (operators, unions, outlets and people are invented; real countries
only where the rule is about them), written for these tests in the shape of wire copy and local
colour pieces. The edges stand for the grouping's similarity graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from test_cluster_bounds import _article

from briefing.angles import attach_angles, is_country
from briefing.apart import lead_places_apart
from briefing.cluster import cluster
from briefing.features import content_word
from briefing.models import Article

_FERRY_WIRE = """PIRAEUS, May 6 (MNA) - A 48-hour strike by seamen's unions halted almost all
ferries between Piraeus and the islands of Greece on Tuesday, stranding thousands of travellers
at the start of the season. The unions want a pay rise of 9 percent; operators offered 4."""
_FERRY_SHORT = """Most ferries in Greece stayed in port on Tuesday as seamen began a two-day
strike over pay, leaving islanders and tourists stranded."""
_QUEUES = """Tailbacks on the motorways around Copenhagen reached 60 km by 8 a.m. on Tuesday,
the longest this year, as commuters across Denmark took to their cars. The rail operator said
two in three trains had been cancelled, and more in the west of the country."""


def _day(
    queues: str = _QUEUES, title: str = "Motorists queue for hours as strike bites"
) -> list[Article]:
    return [
        _article("Greek ferry strike strands thousands", _FERRY_WIRE, "Mediterranean News", 0),
        _article("Ferry strike in Greece", _FERRY_SHORT, "Quick Briefs", 3),
        _article(title, queues, "Capital Morning Post", 7),
    ]


_EDGES = {(0, 1): 0.52, (1, 2): 0.08, (0, 2): 0.06}  # the piece shares the strike's words


def _veto(arts: list[Article]) -> Callable[[int, Sequence[int]], bool]:
    lower = frozenset(w for a in arts for w in (a.title + " " + a.text).split() if w.islower())
    return lambda i, group: lead_places_apart(arts[i], [arts[j] for j in group], lower)


def test_a_piece_whose_lead_names_another_country_stays_apart_from_the_strike() -> None:
    arts = _day()
    assert attach_angles([[0, 1], [2]], arts, _EDGES) == [[0, 1, 2]]  # the case: "strike"
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1], [2]]


def test_a_piece_that_names_no_country_still_joins() -> None:
    queues = _QUEUES.replace("across Denmark", "across the region")
    arts = _day(queues)
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1, 2]]


def test_a_piece_abroad_that_names_the_story_s_country_joins() -> None:
    # Travellers stranded abroad by the strike: the lead names Denmark, the text, after the
    # lead's first 60 words, names Greece.
    queues = _QUEUES + (
        " Bus operators added coaches on the busiest routes and asked passengers to book ahead."
        " Travel agents said 2,000 holidaymakers from the capital were stuck in Greece."
    )
    arts = _day(queues)
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1, 2]]


def test_a_piece_naming_the_story_s_operator_joins_though_its_country_is_another() -> None:
    # Travel agents abroad on the strike: their lead names Denmark, and the ferry operator the
    # wire's lead names, never Greece.
    arts = _day()
    wire = " ".join(_FERRY_WIRE.split()).replace("all ferries", "all Aegeline ferries")
    assert "Aegeline" in wire
    arts[0] = _article(arts[0].title, wire, "Mediterranean News", 0)
    agents = """Travel agents in Denmark said about 2,000 holidaymakers could not reach their
    island hotels on Tuesday after Aegeline cancelled its sailings, and asked for refunds."""
    arts[2] = _article("Holidaymakers stranded as strike bites", agents, "Capital Morning Post", 7)
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1, 2]]


def test_a_country_the_story_s_leads_say_holds_nothing_back() -> None:
    arts = _day()
    arts[1] = _article(arts[1].title, _FERRY_SHORT + " Danish tourists were among them.", "QB", 3)
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1, 2]]


def test_a_country_is_a_country_s_name_of_one_word() -> None:
    assert all(
        is_country(content_word(w) or "") for w in ("Belgium", "Denmark", "Greece", "France")
    )
    assert not [
        w
        for w in ("Catalan", "Martin", "Danish", "Europe", "Zealand")
        if is_country(content_word(w) or "")
    ]
    # A person's name that begins with a country's is no country: "Jordan" of "Jordan Okafor".
    queues = _QUEUES.replace("across Denmark", "across Jordan Okafor's region")
    arts = _day(queues)
    assert attach_angles([[0, 1], [2]], arts, _EDGES, veto=_veto(arts)) == [[0, 1, 2]]


def test_the_whole_pipeline_keeps_the_queues_apart_from_the_ferry_strike() -> None:
    arts = _day()
    stories = {frozenset(s.article_ids) for s in cluster(arts).stories}
    assert stories == {frozenset({arts[0].id, arts[1].id}), frozenset({arts[2].id})}
    # The same piece naming no country joins the strike's story.
    arts = _day(_QUEUES.replace("across Denmark", "across the region"))
    assert {frozenset(s.article_ids) for s in cluster(arts).stories} == {
        frozenset(a.id for a in arts)
    }
