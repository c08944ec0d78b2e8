"""A story that holds the day takes a lone piece that says its words (``briefing.day_story``);
a piece of another event, a piece that says one of them, or a day the story does not hold
keeps it apart.

The articles are fictional (the quarry town, the firm, the people are invented; real countries
only as the place rule needs them), written for these tests in the shape of wire copy, a local
report, a brief and a trade-press profile.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.day_story import attach_to_day_story, story_words
from briefing.models import Article
from briefing.shared_names import day_words

_WIRE = """BRASOVA (UNA) - A landslide buried part of the Velmar marble quarry on Thursday,
trapping four workers for nine hours before rescuers reached them through a collapsed
gallery. All four were taken to hospital with minor injuries, the regional rescue service
said. The quarry's owner, Calcara Stone, halted blasting at its three sites."""
_LOCAL = """Rescuers dug through the night at the Velmar quarry after a landslide sealed a
gallery with four men inside. "We heard them knocking on the rock," said shift foreman Ilie
Raduta. The landslide followed two weeks of heavy rain, residents said, and the quarry road
stays closed."""
_BRIEF = """Four quarry workers trapped by a landslide at Velmar were freed after nine hours
underground and are in hospital."""
_OWNER = """Calcara Stone said it would pay the rescued quarry workers in full while the
landslide at Velmar is investigated. Inspectors will examine the gallery roof and the
blasting records."""
_SCULPTOR = """Dana Voicu has carved lions and saints for thirty years, and her studio above
the river is stacked with blocks she bought in the spring from a dealer in Cluj. Now her
telephone rings all day. "Every mason in the region wants the blocks I have, because nobody
knows when the biggest quarry in Romania reopens after the landslide," she says, brushing dust
from a half-finished lion for a bank's doorway. Her apprentices, two brothers from the next
village, cut the blocks into slabs with a saw her father bought second-hand in 1989. She will
not sell the slabs she has promised to a church restoration, she says, and she has turned away
a dozen buyers since Sunday. "A sculptor who sells her last block has nothing to carve in
winter," she says. Her lions guard doorways from Sibiu to Constanta; a pair for the opera house
took her eleven months, and the chisels she used hang on the wall beside her mother's wedding
photograph. Collectors from Vienna visit each autumn, and a museum in Timisoara keeps a small
owl she made at nineteen."""
_TITLES = (
    "Four workers rescued after landslide at Romanian marble quarry",
    "'We heard them knocking': night of digging at Velmar",
    "Velmar quarry workers freed",
    "Quarry owner to pay workers during inquiry",
    "A sculptor's studio, suddenly the busiest in town",
)
_OTHER = """The city council approved a new tram timetable on Thursday evening, adding late
services on weekends and a night line to the airport from next month."""


def _day(piece: str = _SCULPTOR, title: str = _TITLES[4]) -> list[Article]:
    texts = (_WIRE, _LOCAL, _BRIEF, _OWNER)
    outlets = ("United News Agency", "Brasova Courier", "Skim Wire", "Stone Trade Weekly")
    arts = [
        _article(t, x, o, k)
        for k, (t, x, o) in enumerate(zip(_TITLES[:4], texts, outlets, strict=True))
    ]
    return [*arts, _article(title, piece, "Studio Notes", 9)]


def _attach(arts: list[Article], groups: list[list[int]]) -> list[list[int]]:
    return attach_to_day_story(groups, arts, day_words(arts)[0])


def test_the_story_s_words_are_the_ones_three_quarters_of_its_members_say() -> None:
    words = story_words(_day()[:4])
    assert {"quarry", "landslide", "workers", "velmar"} <= words
    assert "rescuers" not in words  # two of four
    assert not words & {"thursday", "hours", "nine"}  # no weekday; two of four say "hours"


def test_a_lone_piece_saying_the_story_s_words_joins_the_story_that_holds_the_day() -> None:
    # The sculptor's piece names its own people and trade; "quarry" and "landslide" tie it.
    assert _attach(_day(), [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]


def test_one_word_of_the_story_is_not_enough() -> None:
    one = _SCULPTOR.replace(" after the landslide", "")
    assert len(story_words(_day()[:4]) & {"quarry", "landslide"}) == 2
    assert _attach(_day(one), [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_piece_of_another_event_stays_apart() -> None:
    arts = _day(_OTHER, "Night tram to the airport from next month")
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_piece_naming_another_country_s_quarry_stays_apart() -> None:
    # Same topic, another event: its headline and lead name Portugal, which the story never says.
    abroad = """Rescuers in Portugal freed two workers after a landslide at a marble quarry
    near Estremoz on Thursday; the quarry had been closed for inspections."""
    arts = _day(abroad, "Portugal: two freed after quarry landslide near Estremoz")
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_story_that_does_not_hold_the_day_takes_nothing() -> None:
    # Three reports of five articles are not two thirds of the day.
    arts = [*_day()[:3], _article("Night tram to the airport", _OTHER, "City Post", 5), _day()[4]]
    assert _attach(arts, [[0, 1, 2], [3], [4]]) == [[0, 1, 2], [3], [4]]


def test_a_piece_in_a_pair_is_not_moved() -> None:
    arts = [*_day(), _article("Sculptors short of marble", _SCULPTOR, "Art Daily", 11)]
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]


def test_the_whole_pipeline_briefs_the_day_as_one_story() -> None:
    arts = _day()
    result = cluster(arts)
    assert [sorted(s.article_ids) for s in result.stories] == [sorted(a.id for a in arts)]
