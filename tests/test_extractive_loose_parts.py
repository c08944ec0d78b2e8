"""A report's paragraph left in a group of parts only, beside another story's digest-like part,
goes back to its own story's section.

On a day of two elections the summarizer cut both wires into topical parts. One paragraph of the
island election's wire ("Independent members say party politics is ill-suited ...") matched
nothing of its own story's and sat with a paragraph of the other election's wire ("Final results
will be published after the court ...") in a group that held no whole article; as the other wire
read as a digest (its parts spread over three groups), the group counted as the island's alone
and became a third section, titled by that paragraph (fresh37's d889). A group of parts only,
of two stories' articles, is no story's group: the report's part goes home. A digest's part
there stays where it is. The texts are fictional, written for this test in the shape of wire
copy.
"""

from __future__ import annotations

from extractive_units import doc, unit

from briefing.extractive.segment import Unit
from briefing.extractive.stories import _join_given_stories

_DOCS = [
    doc("a1", "Coastal Alliance wins majority in island parliament vote", "isles"),
    doc("a2", "Independents keep hold of island assembly as small party gains", "assembly"),
    doc("a3", "Low turnout as assembly returns familiar faces", "assembly"),
]
_ISLES_LEAD = unit(
    0,
    0,
    "The opposition Coastal Alliance won 31 of the 55 seats in the National Assembly in "
    "Saturday's election, the electoral commission said on Monday.",
    "Its leader, Marta Lopes, a former finance minister, is expected to be named prime minister.",
)
_ISLES_CONCEDED = unit(
    0,
    2,
    "Outgoing Prime Minister Rui Tavares conceded defeat in a televised address on Sunday night.",
)
_ISLES_COURT = unit(
    0,
    3,
    "Final results will be published after the constitutional court rules on two complaints.",
)
_ASSEMBLY_LOCAL = unit(
    2,
    0,
    "A turnout of just 49 per cent across the island's 12 constituencies has prompted calls for "
    "a review of the voting system after Sunday's assembly election returned mostly familiar "
    "faces.",
    whole=True,
)
_ASSEMBLY_LEAD = unit(
    1,
    0,
    "Independent candidates won 17 of the 24 seats in the assembly in Sunday's general "
    "election, but the small Progressive party doubled its seats to four.",
    "Turnout was 52%, down from the last election, the island's electoral office said.",
)
_ASSEMBLY_VOTERS = unit(
    1,
    2,
    "Voters also raised concerns about ferry links and about young people leaving for work.",
)
_ASSEMBLY_INDEPENDENTS = unit(
    1,
    1,
    "Independent members say party politics is ill-suited to a small community.",
    "Several senior ministers kept their seats, but two outgoing ministers lost theirs.",
)


def _docs_of(groups: list[list[Unit]]) -> list[list[tuple[int, int]]]:
    return sorted(sorted((u.doc, u.sentences[0].para) for u in g) for g in groups)


def test_a_reports_part_in_a_group_of_parts_only_goes_home() -> None:
    groups = [
        [_ISLES_LEAD],
        [_ISLES_CONCEDED],
        [_ASSEMBLY_LOCAL, _ASSEMBLY_LEAD, _ASSEMBLY_VOTERS],
        [_ISLES_COURT, _ASSEMBLY_INDEPENDENTS],
    ]
    out = _docs_of(_join_given_stories(_DOCS, groups))
    # the assembly's wire is one section with the local report, its independents' paragraph
    # among them; nothing of it is left with the other election's part
    assembly = [g for g in out if (2, 0) in g]
    assert assembly == [[(1, 0), (1, 1), (1, 2), (2, 0)]]
    assert all((1, 1) not in g for g in out if (2, 0) not in g)
