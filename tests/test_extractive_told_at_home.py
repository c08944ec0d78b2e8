"""A report of one of two same-day floods is no digest: its parts stay in its story's section.

The clustering tells the two floods apart; the summarizer cuts a long wire report into topical
parts. Its headline's words (floods, river, kill) are said by the other flood's reports too, so
they tell nothing of its subject, and a paragraph on the dead children that matched none of its
story's other units became a section of its own while its paragraph on the season's rain sat in
the other flood's group (fresh35's d833). Most of the report's sentences went to its own
story's group: it is that story's report. A digest whose items go to their stories keeps them
there. The texts are fictional, written for this test in the shape of wire copy.
"""

from __future__ import annotations

from extractive_units import doc, unit

from briefing.extractive.segment import Unit
from briefing.extractive.stories import _join_given_stories

_DOCS = [
    doc("a1", "Ruvu River floods kill seven near Kibaha, thousands displaced", "ruvu"),
    doc("a2", "Seven dead as Ruvu bursts banks, coast road shut", "ruvu"),
    doc("b1", "Romanian town of Targu Mures flooded after torrential rain", "mures"),
]
_LOCAL = unit(
    1,
    0,
    "Seven people have died and about 12,000 have left their homes after the Ruvu River "
    "burst its banks near Kibaha, the regional commissioner said on Friday.",
    "The road to the coast is closed, and families are sheltering in four schools.",
    whole=True,
)
_OTHER_FLOOD = unit(
    2,
    0,
    "Floodwater from the Mures river poured into the centre of Targu Mures on Friday after a "
    "night of torrential rain, forcing hundreds of residents from their homes.",
    "Forecasters said weeks of rain across the region had soaked the ground.",
    whole=True,
)
_LEAD = unit(
    0,
    0,
    "Floods from the Ruvu River have killed at least seven people and driven some 12,000 from "
    "their homes around the town of Kibaha, officials said on Friday.",
    "The river rose more than two metres overnight, cutting the main road to the coast.",
)
_MINISTER = unit(
    0,
    3,
    "Home Affairs Minister Neema Saidi said the government would send soldiers and boats.",
    "Aid agencies said they were sending tents, water tablets and food to schools.",
    "Irrigated farms along the river were under water, and traders warned of higher prices.",
)
_DAMS = unit(
    0,
    4,
    "Dams on the upper Ruvu, which supply much of the capital's water, were releasing water.",
    "Engineers expected the releases to go on for several days as the river stayed high.",
)
_TOWN = unit(
    0,
    5,
    "Kibaha, a town of about 150,000 people, lies on a plain where the river slows.",
    "Many of its newer neighbourhoods were built on land that floods, and planners objected.",
)
_CHILDREN = unit(
    0,
    1,
    "Among the dead were three children who drowned when a canoe carrying a family across a "
    "flooded field overturned, police said.",
    "Others were swept away while trying to save goats.",
)
_RAIN = unit(
    0, 2, "The floods follow weeks of rain across the region, which forecasters blamed on the sea."
)


def _docs_of(groups: list[list[Unit]]) -> list[list[tuple[int, int]]]:
    return sorted(sorted((u.doc, u.sentences[0].para) for u in g) for g in groups)


def test_a_report_mostly_in_its_story_s_group_keeps_its_other_parts_there() -> None:
    groups = [[_CHILDREN], [_RAIN, _OTHER_FLOOD], [_LEAD, _MINISTER, _DAMS, _TOWN, _LOCAL]]
    joined = _join_given_stories(_DOCS, groups)
    ruvu = [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 0)]
    assert _docs_of(joined) == [ruvu, [(2, 0)]]


def test_a_digest_s_items_still_go_to_their_stories() -> None:
    # A newsletter led by the Ruvu floods, most of whose sentences are other stories' items:
    # its item on the other flood stays with that flood, its untold item keeps its section.
    digest = doc("n", "Morning note: Ruvu floods, a flooded Romanian town, a chess title", "ruvu")
    docs = [digest, _DOCS[1], _DOCS[2]]
    lead = unit(0, 0, "Floods from the Ruvu River have killed at least seven people.")
    mures = unit(
        0,
        1,
        "In Romania, the Mures river flooded the centre of Targu Mures after torrential rain.",
        "Hundreds of residents left their homes, and forecasters said weeks of rain had "
        "soaked the ground.",
    )
    chess = unit(
        0,
        2,
        "Arun Pillai won the world chess title in Chennai on Thursday.",
        "He beat the champion in a rapid tie-break after twelve drawn games.",
    )
    joined = _join_given_stories(docs, [[chess], [mures, _OTHER_FLOOD], [lead, _LOCAL]])
    assert _docs_of(joined) == [[(0, 0), (1, 0)], [(0, 1), (2, 0)], [(0, 2)]]


_MILLS = [
    doc("m1", "Estonian paper workers walk out at nine mills as wage talks collapse", "mills"),
    doc("m2", "Estonian stoppage tightens pulp supply", "mills"),
    doc("p1", "Paraguay truckers strike over diesel prices", "truckers"),
]
_PULP = unit(
    1,
    0,
    "Pulp prices in Europe rose on Thursday as nine Estonian mills stopped work.",
    "Buyers in Germany said they had stock for three weeks.",
    whole=True,
)
_TRUCKERS = unit(
    2,
    0,
    "Paraguay's truckers began a 48-hour strike on Wednesday, blocking roads near Asunción.",
    "The union wants a cut in diesel prices and a minimum freight rate.",
    "Soy exporters said barges on the Paraguay River were waiting for cargo.",
    whole=True,
)
_MILL_LEAD = unit(
    0,
    0,
    "Workers at nine Estonian paper and pulp mills went on strike on Wednesday after talks broke "
    "down over pay for weekend shifts.",
    "The union said about 3,000 members had stopped work.",
    "The union wants a pay rise of 4% a year over two years.",
    "Employers said the demands would cost the industry 40 million euros a year.",
    "Ports in Kunda and Paldiski, which ship most of the mills' output, expect less cargo.",
    "Sawmills may have to cut output too.",
)
_CONCILIATOR = unit(
    0,
    1,
    "National conciliator Mart Ilves said he would call the parties back within days.",
    "A long stoppage in 2009 shut the industry for five weeks.",
    "Economists put the cost of a full strike at 3 million euros a day.",
)
_GOVERNMENT = unit(
    0,
    2,
    "The government, which has urged both sides to settle, said it would not intervene.",
    "Ministers cannot order strikers back to work.",
)


def test_a_report_half_at_home_whose_part_names_none_of_the_other_story_s_names() -> None:
    # The conciliator's paragraph went to the truckers' strike on "strike" and "union"; it
    # names its own conciliator and nothing of Paraguay's: the report is no digest, and its
    # government paragraph joins its section too (fresh34's d809).
    groups = [[_MILL_LEAD, _PULP], [_CONCILIATOR, _TRUCKERS], [_GOVERNMENT]]
    joined = _join_given_stories(_MILLS, groups)
    assert _docs_of(joined) == [[(0, 0), (0, 1), (0, 2), (1, 0)], [(2, 0)]]


def test_a_part_that_names_the_other_story_s_names_stays_with_it() -> None:
    # The same report, but its paragraph in the truckers' group names Paraguay and Asunción:
    # that may be a digest's item on the truckers, so it stays where it went.
    item = unit(
        0,
        1,
        "In Paraguay, truckers blocked roads near Asunción for a second day.",
        "Soy exporters said barges were waiting for cargo.",
        "The union said the blockades would go on until diesel prices fall.",
    )
    groups = [[_MILL_LEAD, _PULP], [item, _TRUCKERS], [_GOVERNMENT]]
    joined = _join_given_stories(_MILLS, groups)
    assert [(0, 1), (2, 0)] in _docs_of(joined)


def test_a_digest_led_at_length_by_its_story_keeps_its_item_on_another_story_there() -> None:
    # A newsletter whose Ruvu item is long (7 of its 9 sentences, in its story's group) and
    # whose short item is the other flood, which names what that flood's report names: the item
    # stays in the Mures section, not under the Ruvu heading (review41's probe).
    digest = doc("n", "Morning briefing: Ruvu floods, Targu Mures under water", "ruvu")
    docs = [digest, _DOCS[1], _DOCS[2]]
    lead = unit(0, 0, *[s.text for u in (_LEAD, _MINISTER, _DAMS) for s in u.sentences])
    mures = unit(
        0,
        1,
        "In Romania, the Mures river flooded the centre of Targu Mures after torrential rain.",
        "Hundreds of residents left their homes.",
    )
    joined = _join_given_stories(docs, [[mures, _OTHER_FLOOD], [lead, _LOCAL]])
    assert _docs_of(joined) == [[(0, 0), (1, 0)], [(0, 1), (2, 0)]]
