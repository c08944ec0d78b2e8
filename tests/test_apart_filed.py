"""One wire's reports filed from two places are two events: ``clean.dateline.filed_from`` and
``apart.filed_apart``, the grouping's veto.

A wire files the day's rulings, strikes or storms from a template ("CITY, date (CODE) - A court
on Tuesday ordered ..."), so two events of one kind are as close as one event's reports; the
datelines tell them apart. The articles are fictional (courts, people and figures invented),
written for these tests in the shape of wire copy and local reports.
"""

from __future__ import annotations

import pytest
from test_cluster_bounds import _article

from briefing.apart import NamedApart, filed_apart
from briefing.clean.dateline import filed_from
from briefing.cluster import cluster
from briefing.models import Article
from briefing.stories import group_stories


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        ("VALENCIA, June 3 (IBW) - A court ordered ...", ("ibw", "valencia")),
        ("OSH, Kyrgyzstan (WNA) — Police said ...", ("wna", "osh")),
        ("PORT ELIZABETH (SAPA) — Two ships ...", ("sapa", "port elizabeth")),
        ("HOUSTON (AP) — A man ...", ("ap", "houston")),
        ("OTTAWA — The government said ...", None),  # no agency's code
        ("June 3 (Reuters) - Shares fell ...", None),  # no place
        ("The court (in Valencia) ruled on Tuesday ...", None),
        ("Residents of Valencia said ...", None),
    ],
)
def test_the_agency_and_place_of_a_wire_dateline(text: str, filed: tuple[str, str] | None) -> None:
    assert filed_from(text) == filed


_VALENCIA = """VALENCIA, June 3 (IBW) - A Valencia court on Tuesday ordered the regional water
authority to cut nitrate levels in the drinking water of 14 towns within 18 months, ruling for 63
residents who said the authority had ignored EU limits for a decade. The authority said it would
appeal."""
_VALENCIA_LOCAL = """For Marta Soler, whose twins drink bottled water at school, the ruling was
overdue. The 63 residents who sued the water authority in Valencia were backed by a farmers'
union that said nitrate from fertiliser had reached the wells of 14 towns."""
_GHENT = """GHENT, June 3 (IBW) - A Ghent court on Tuesday ordered the Flemish water company to
cut nitrate levels in the drinking water of 9 villages within two years, ruling for 120 residents
who said the company had ignored EU limits, in a separate case from a ruling in Valencia on the
same day. The company said it would study the decision."""
_GHENT_LOCAL = """The villagers who took the water company to court in Ghent say they tested their
own taps for three summers. On Tuesday the court agreed with them, and the company said the
nitrate came from farms it does not control."""


def _rulings() -> list[Article]:
    return [
        _article("Valencia court orders nitrate cut in drinking water", _VALENCIA, "IBW", 0),
        _article("'My twins drink bottled water': Valencia families win", _VALENCIA_LOCAL, "VP", 1),
        _article("Belgian court tells water company to cut nitrate", _GHENT, "IBW", 2),
        _article("Ghent villagers win their tap-water case", _GHENT_LOCAL, "GS", 3),
    ]


def test_one_wire_s_two_places_hold_its_templated_reports_apart() -> None:
    arts = _rulings()
    # The two wire reports are the closest pair of the day: one template, one topic.
    edges = {(0, 2): 0.4, (0, 1): 0.3, (2, 3): 0.3, (1, 3): 0.1, (0, 3): 0.1, (1, 2): 0.1}
    vectors: list[dict[str, float]] = [{}, {}, {}, {}]
    assert group_stories(vectors, 0.165, edges=edges) == [[0, 1, 2, 3]]  # the case
    groups = group_stories(vectors, 0.165, edges=edges, veto=NamedApart(arts))
    assert sorted(groups) == [[0, 1], [2, 3]]
    assert filed_apart(arts[:2], arts[2:])


def test_two_rulings_from_one_wire_are_two_stories_end_to_end() -> None:
    result = cluster(_rulings())
    by_source = {a.id: a.source for a in _rulings()}
    groups = sorted(sorted(by_source[i] for i in s.article_ids) for s in result.stories)
    assert groups == [["GS/3", "IBW/2"], ["IBW/0", "VP/1"]]


def test_one_wire_s_reports_from_one_place_are_not_held_apart() -> None:
    update = _article(
        "Valencia water authority to appeal nitrate ruling",
        "VALENCIA, June 3 (IBW) - The Valencia water authority said on Tuesday it would appeal"
        " a court order to cut nitrate in the drinking water of 14 towns.",
        "IBW",
        4,
    )
    assert not filed_apart([_rulings()[0]], [update])


def test_two_agencies_or_no_dateline_do_not_hold_apart() -> None:
    arts = _rulings()
    other_wire = _article(
        "Belgian court tells water company to cut nitrate",
        _GHENT.replace("(IBW)", "(BNA)"),
        "BNA",
        2,
    )
    assert not filed_apart([arts[0]], [other_wire])  # two wires: no one agency's places
    assert not filed_apart([arts[1]], [arts[3]])  # local reports carry no wire dateline
    # A group that holds the wire's report from both places is not apart from either.
    assert not filed_apart(arts[:3], [arts[2]])


# One cyclone, filed by one wire from the town where it made landfall and from the port it
# crossed next; each report gathered followers of its own. The headlines name the cyclone.
_CYCLONE = [
    (
        "Cyclone Arlo makes landfall near Port Hedland",
        """PORT HEDLAND, Australia (WNA) — Cyclone Arlo made landfall east of Port Hedland on
        Wednesday night as a category 4 storm, with gusts of 230 km/h and a storm surge of up to
        3 metres. About 18,000 homes lost power.""",
        "WNA",
    ),
    (
        "Arlo crosses the Pilbara coast as a category 4 storm",
        """Cyclone Arlo crossed the coast east of Port Hedland late on Wednesday with gusts of
        230 km/h, the Bureau of Meteorology said. About 18,000 homes were without power.""",
        "Pilbara Echo",
    ),
    (
        "Arlo tears roof off Karratha ore terminal",
        """KARRATHA, Australia (WNA) — Cyclone Arlo's winds tore the roof off an iron ore terminal
        and grounded two bulk carriers at Karratha on Thursday, as the storm moved south-west
        after its landfall near Port Hedland. Ore shipments were halted.""",
        "WNA",
    ),
    (
        "Karratha ore port shut after cyclone damage",
        """Iron ore loading at Karratha stopped on Thursday after Cyclone Arlo damaged the
        terminal's roof and pushed two ships aground, the port operator said.""",
        "Resources Daily",
    ),
]


def test_one_event_filed_from_two_places_stays_one_story() -> None:
    arts = [_article(t, x, o, k) for k, (t, x, o) in enumerate(_CYCLONE)]
    assert not filed_apart(arts[:2], arts[2:])  # both sides' headlines name "Arlo"
    result = cluster(arts)
    assert len(result.stories) == 1


@pytest.mark.parametrize(
    "text",
    [
        "EXCLUSIVE (IBW) - The Valencia water authority knew of the nitrate levels in 2029 ...",
        "FACTBOX (IBW) - What the Valencia ruling means for the region's water bills",
        "ANALYSIS (IBW) - The Valencia ruling may open the door to more claims ...",
        "LIVE (Updated) - The court is expected to rule at noon ...",
    ],
)
def test_a_kicker_before_the_agency_is_no_place(text: str) -> None:
    assert filed_from(text) is None


def test_a_bloc_both_headlines_name_does_not_tie_two_rulings() -> None:
    # "EU" in both headlines is the rules both courts apply, not one event's name.
    arts = _rulings()
    arts[0] = _article(
        "Valencia court orders nitrate cut under EU water rules", _VALENCIA, "IBW", 0
    )
    arts[2] = _article(
        "Belgian court tells water company to meet EU nitrate limits", _GHENT, "IBW", 2
    )
    assert filed_apart(arts[:2], arts[2:])
    assert len(cluster(arts).stories) == 2
