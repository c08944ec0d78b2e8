"""A report whose headline lists what followed its event is no digest: its parts stay together.

"Guatemala's Fuego volcano erupts, thousands evacuated, airport shut" has two commas, the mark
of a digest's list of items ("Morning wrap: ferry fire, chess, a flower"). The summarizer cuts a
long wire report into topical parts; read as a digest, the wire's parts that matched none of its
story's other articles became sections of their own, titled by their first words ('"This
eruption is stronger', 'The United States, Mexico': fresh36's d849). A report says its
headline's clauses together, the eruption and the evacuation in one sentence, the airport and
the ash in another; a digest tells each item in its own paragraphs. The texts are fictional,
written for this test in the shape of wire copy and of a morning newsletter.
"""

from __future__ import annotations

from extractive_units import doc, unit

from briefing.extractive.stories import _join_given_stories, _one_subject

_WIRE = "Volcán Negro erupts, thousands evacuated, airport shut"
_LEAD = unit(
    0,
    0,
    "The Volcán Negro erupted on Tuesday night, sending ash nine kilometres into the sky and "
    "forcing the evacuation of more than 5,000 people from villages on its western flank.",
    "No deaths had been reported, civil protection officials said.",
)
_AIRPORT = unit(
    0,
    2,
    "The international airport in San Telmo closed at dawn as ash from the Volcán Negro fell on "
    "its runway, and it remained shut on Wednesday with 38 flights cancelled.",
)
_QUOTE = unit(
    0,
    3,
    '"This eruption is the strongest in a decade," said the head of the monitoring service. '
    '"We cannot rule out new flows."',
    "Schools in nine towns were closed.",
)
_AID = unit(
    0,
    5,
    "Thousands of villagers spent the night in gyms and churches after the Volcán Negro erupted.",
    "Neighbouring countries offered help, and the Red Cross handed out masks and water.",
)
_SECOND = unit(
    1,
    0,
    "Ash from the Volcán Negro closed the airport in San Telmo on Wednesday, and thousands of "
    "villagers were taken to shelters.",
    "Officials said the eruption's ash column was seven kilometres high.",
    whole=True,
)
_GROWERS = unit(
    2,
    0,
    "Member farms on the western slopes report heavy ashfall after last night's eruption.",
    "Our mill stays open for members who can deliver cherries safely.",
    whole=True,
)
_GROWERS_PART = unit(
    0,
    4,
    "The coffee growers' association said ash had fallen on farms on the western slopes.",
)


def test_a_wire_that_tells_its_headlines_clauses_together_has_one_subject() -> None:
    parts = [[_LEAD, _AIRPORT], [_QUOTE], [_AID], [_GROWERS_PART]]
    assert _one_subject(_WIRE, parts)


def test_its_parts_alone_join_its_storys_section() -> None:
    docs = [
        doc("w", _WIRE, "eruption"),
        doc("s", "Ash shuts San Telmo airport as Volcán Negro roars", "eruption"),
        doc("g", "Statement on ashfall on the western slopes", "growers"),
    ]
    groups = [[_LEAD, _AIRPORT, _SECOND], [_GROWERS, _GROWERS_PART], [_QUOTE], [_AID]]
    joined = _join_given_stories(docs, groups)
    home = next(g for g in joined if _SECOND in g)
    assert _QUOTE in home and _AID in home
    assert len(joined) == 2


# A newsletter with no label the summarizer knows, whose items are each told on their own
_DIGEST = "Harbour budget passes, a tunnel reopens, and an ethanol plant goes quiet"
_BUDGET = unit(
    0,
    0,
    "City councillors passed the harbour budget at midnight after a six-hour debate.",
    "The budget adds two ferries and cuts parking fees at the marina.",
)
_TUNNEL = unit(
    0,
    1,
    "The Eastside tunnel reopened on Monday after eight months of repairs to its ceiling.",
)
_PLANT = unit(
    0,
    2,
    "An ethanol plant in Grayson went quiet as its owner idled production over corn prices.",
)
_CONTENTS = unit(
    0,
    3,
    "In today's letter: the budget, the tunnel and the plant.",
)


def test_a_digest_whose_items_are_told_apart_has_no_one_subject() -> None:
    assert not _one_subject(_DIGEST, [[_BUDGET], [_TUNNEL], [_PLANT]])


def test_one_sentence_of_contents_naming_every_item_makes_no_report() -> None:
    assert not _one_subject(_DIGEST, [[_CONTENTS, _BUDGET], [_TUNNEL], [_PLANT]])
