"""An article that calls another event separate names it apart: ``apart.told_apart`` and the
grouping's veto.

Two accidents of one kind on one morning (two coach crashes in two Andean provinces) read alike,
and a wire's report of the second often recalls the first ("a day after a separate accident
near Cusco"), which brings the two reports closer still. The word "separate" says what the
similarity cannot. The articles are fictional (roads, people and figures invented), written for
these tests in the shape of wire copy and local reports.
"""

from __future__ import annotations

import pytest
from test_cluster_bounds import _article

from briefing.apart import NamedApart, told_apart
from briefing.cluster import cluster
from briefing.models import Article
from briefing.stories import group_stories


@pytest.mark.parametrize(
    ("text", "told", "not_told"),
    [
        (
            "The crash came hours after a separate accident near Cusco injured 14 people.",
            {"cusco"},
            set(),
        ),  # (stems: the names' roots as the grouping reads them)
        ("Two separate crashes near Cusco and Arequipa killed six.", {"cusco", "arequipa"}, set()),
        # an adverb or separate statements add to the same event: nothing is called another
        ("Separately, rescuers in Arequipa found a missing hiker.", set(), {"arequipa"}),
        ("In separate statements, Cusco's mayor and the ministry urged calm.", set(), {"cusco"}),
        (  # the other event is another day's: not among the day's reports
            "Police said the blaze was unrelated to last month's fire at the Dunmore depot.",
            set(),
            {"dunmor", "polic"},
        ),
        (  # the speaker is no other event's: only the phrase the cue governs is read
            "Grid operator Voltera said the outage was unrelated to a separate fault in Kent.",
            {"kent"},
            {"voltera"},
        ),
        (  # "not linked to" an event of the same day (review17 S6)
            "Police said the crash was not linked to an accident near Cusco hours earlier.",
            {"cusco"},
            {"polic"},
        ),
        (  # an event's noun alone leaves the event to the next clause
            "In a separate incident, a coach overturned near Arequipa.",
            {"arequipa"},
            set(),
        ),
        ("The coach crashed near Cusco. Rescuers worked through the night.", set(), {"cusco"}),
        # the cue in one sentence, the name in another: nothing is called separate
        ("Rescuers came from Puno. Two separate teams searched the ravine.", set(), {"puno"}),
    ],
)
def test_the_names_a_sentence_calls_separate(text: str, told: set[str], not_told: set[str]) -> None:
    names = told_apart(Article.create(title="t", text=text, source="s"))
    assert told <= names
    assert not names & not_told


_CUSCO = """A coach carrying 38 passengers plunged into a ravine near Cusco before dawn on Monday,
killing four people and injuring 21, Peru's transport ministry said. The coach was travelling
from Cusco to Quillabamba on a mountain road narrowed by landslides."""
_CUSCO_LOCAL = """Relatives waited outside the regional hospital in Cusco on Monday for news of the
21 injured passengers of the Quillabamba coach. "The road has been falling apart for months,"
said Rosa Quispe, whose brother was on board."""
_AREQUIPA = """A tour coach overturned on the road to the Colca canyon outside Arequipa on Monday,
killing two tourists and injuring nine, Peru's transport ministry said. The accident came hours
after a separate coach crash near Cusco killed four people."""
_AREQUIPA_LOCAL = """Guides in Chivay said the Colca canyon road outside Arequipa, where the tour
coach overturned on Monday, had a new curve with no barrier, and that the two tourists who died
had been seated at the front. The tour company said its driver had rested."""


def _crashes() -> list[Article]:
    return [
        _article("Coach plunges into ravine near Cusco, killing four", _CUSCO, "AW", 0),
        _article("Families of Cusco coach victims wait for news", _CUSCO_LOCAL, "CL", 1),
        _article("Tour coach overturns outside Arequipa, two tourists dead", _AREQUIPA, "AW", 2),
        _article("Colca guides warn of barrier-less curve", _AREQUIPA_LOCAL, "AD", 3),
    ]


def test_a_report_that_calls_the_other_crash_separate_is_held_apart() -> None:
    arts = _crashes()
    # Each event's two reports are close, and the two events closer to each other than the
    # story threshold: one wire, one kind of accident, one morning.
    edges = {(2, 3): 0.5, (0, 1): 0.45, (0, 2): 0.4, (1, 3): 0.2, (0, 3): 0.2, (1, 2): 0.2}
    vectors: list[dict[str, float]] = [{}, {}, {}, {}]
    assert group_stories(vectors, 0.165, edges=edges) == [[0, 1, 2, 3]]  # the case
    groups = group_stories(vectors, 0.165, edges=edges, veto=NamedApart(arts))
    assert sorted(groups) == [[0, 1], [2, 3]]


def test_two_crashes_called_separate_are_two_stories_end_to_end() -> None:
    result = cluster(_crashes())
    by_source = {a.id: a.source for a in _crashes()}
    groups = sorted(sorted(by_source[i] for i in s.article_ids) for s in result.stories)
    assert groups == [["AD/3", "AW/2"], ["AW/0", "CL/1"]]


def test_a_roundup_that_names_both_in_its_headline_is_not_held_apart_by_its_own_word() -> None:
    """ "Two coach crashes ..., in Cusco and Arequipa" names both; its "separate" says nothing
    against either report."""
    roundup = _article(
        "Two coach crashes in Cusco and Arequipa kill six",
        "Two separate coach crashes near Cusco and outside Arequipa killed six people on Monday.",
        "RB",
        4,
    )
    cusco = _crashes()[0]
    edges = {(0, 1): 0.4}
    groups = group_stories([{}, {}], 0.165, edges=edges, veto=NamedApart([roundup, cusco]))
    assert groups == [[0, 1]]


def test_one_fire_called_unrelated_to_an_older_one_stays_one_story() -> None:
    """A report that calls an older fire unrelated names that fire's depot, which the other
    report's headline does not name: the two reports of today's fire stay one."""
    a = _article(
        "Warehouse blaze in Harlow forces evacuation of 200 homes",
        "Fire crews fought a blaze at a Harlow warehouse overnight. Police said the fire was "
        "unrelated to last month's fire at the Dunmore depot.",
        "EW",
        0,
    )
    b = _article(
        "Harlow residents return home after warehouse fire",
        "Residents evacuated from 200 homes near the burning Harlow warehouse were allowed back.",
        "HL",
        1,
    )
    groups = group_stories([{}, {}], 0.165, edges={(0, 1): 0.4}, veto=NamedApart([a, b]))
    assert groups == [[0, 1]]


def test_a_site_the_report_s_own_lead_names_is_not_called_another_event_s() -> None:
    """The near miss was another event, but at the airport the collision's own lead names."""
    art = _article(
        "Plane and helicopter collide over river, killing 40",
        "A passenger jet on its approach to Calder Field airport collided with an army helicopter "
        "on Wednesday night, killing all 40 people on board, officials said. The aviation "
        "authority said the collision was unrelated to a separate near miss at Calder Field on "
        "Monday.",
        "AW",
        0,
    )
    assert not told_apart(art) & {"calder", "field"}


_SUBSTATION = """LONDON (LW) - Marlow airport shut for the whole of Friday after a fire at a nearby
electricity substation cut its power, disrupting 900 flights. Grid operator Voltera said the
outage was unrelated to a separate fault on its network in Kent earlier this week."""
_RESTORED = """Marlow airport said it would restart some flights on Friday evening after Voltera
restored power following a fire at the Northfield substation."""
_STRANDED = """Passengers were stranded on Friday as Marlow airport shut after a fire at an
electricity substation, with flights diverted to Gatwick and Paris."""


def test_one_outage_whose_report_names_its_grid_operator_in_an_unrelated_sentence_stays_one() -> (
    None
):
    """The report's "unrelated" sentence is spoken by the operator the second report's headline
    names; only Kent, the other fault's place, is called another event's."""
    arts = [
        _article("Substation fire shuts Marlow airport for a day", _SUBSTATION, "LW", 0),
        _article("Marlow airport to reopen as Voltera restores power", _RESTORED, "BN", 1),
        _article("Thousands stranded after Marlow airport closure", _STRANDED, "GD", 2),
    ]
    edges = {(0, 1): 0.4, (0, 2): 0.35, (1, 2): 0.3}
    groups = group_stories([{}, {}, {}], 0.165, edges=edges, veto=NamedApart(arts))
    assert groups == [[0, 1, 2]]
