"""Two stories whose headlines name different things are not merged; one story's reports,
naming the same places in their leads, are.

The articles are fictional (hospitals, unions and people are invented; real places only where
the rule is about them), written for these tests in the shape of wire copy and local reports.
The edges stand for the grouping's similarity graph of a large day, where a topic's words
("nurses", "strike") are rare and weigh much.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.apart import NamedApart
from briefing.models import Article
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
    # The Toronto reports' leads say "New Zealand" too: a place both name is one event's.
    arts[2] = _article(arts[2].title, _ONTARIO + " Nurses in New Zealand struck too.", "WNA", 2)
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert groups == [[0, 1, 2, 3]]


def test_a_lone_article_is_never_held_back() -> None:
    # The Toronto picket report alone joins the New Zealand pair: the veto is for two stories.
    edges = {(0, 1): 0.6, (0, 3): 0.3, (1, 3): 0.3}
    groups = group_stories(_VECTORS, 0.165, edges=edges, veto=NamedApart(_strikes()))
    assert sorted(groups) == [[0, 1, 3], [2]]


def test_a_group_whose_headlines_name_nothing_is_not_held_back() -> None:
    arts = _strikes()
    arts[2] = _article("Hospital nurses strike for a day over workloads", _ONTARIO, "WNA", 2)
    arts[3] = _article("Picket lines outside hospitals as nurses strike", _ONTARIO, "TMS", 3)
    groups = group_stories(_VECTORS, 0.165, edges=_EDGES, veto=NamedApart(arts))
    assert groups == [[0, 1, 2, 3]]
