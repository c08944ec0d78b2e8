"""The day's one other piece joins the story that holds the day when its vector is close
enough to the story's (``briefing.day_story.attach_last_piece``), and on a day of one story and
several lone pieces each joins on its own, closer evidence; a piece of another event, or a day
of two stories, keeps it apart.

The articles are fictional (the strait, the ship, the people are invented), written for these
tests in the shape of wire copy, a local report, a brief, a passenger-rights guide and a
feature that tells the story through a pilot's life.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.day_story import _specific_words, attach_last_piece
from briefing.features import centroid, cos
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import vectorise
from briefing.tokens import common_word

_TITLES = (
    "Cruise ship runs aground in Karvel Strait, 212 passengers taken off",
    "A long night on the quay as launches bring the Halcyon's guests ashore",
    "Ship aground in Karvel Strait",
    "Booked on a cancelled sailing? What the cruise line owes you",
)
_TEXTS = (
    """PORT ALDER (NSA) - The expedition cruise ship Halcyon ran aground on a sandbank in the
    Karvel Strait on Tuesday night, and coastguard launches took all 212 passengers ashore by
    morning, the maritime authority said. No one was hurt. The ship's hull was not breached,
    and salvage tugs will try to refloat it at high tide on Thursday.""",
    """Launches shuttled between the stranded Halcyon and the quay at Port Alder until dawn.
    Passengers wrapped in blankets said the ship shuddered and stopped as dinner was served.
    "The captain told us the ship was aground and calm," said one. The harbour master said the
    strait's channel will stay closed to large ships until the tugs refloat the Halcyon.""",
    """The cruise ship Halcyon ran aground in the Karvel Strait; all 212 passengers were taken
    ashore and nobody was hurt.""",
    """Passengers whose sailing on the Halcyon was cut short by the grounding in the Karvel
    Strait are owed a refund for the days lost, the cruise line said, and a flight home.
    Travellers booked on the ship's next sailing will be offered another date.""",
)
_OUTLETS = ("North Sea Agency", "Port Alder Post", "Skim Wire", "Fine Print Travel")
_PILOT = """For thirty years Mirela Oss has steered ships through the narrow channel of the
Karvel Strait, where the sandbanks move after every winter storm and the charts are never quite
right. She learned the strait from her father, a pilot before her, and she still keeps his
notebook of soundings in her jacket. On Tuesday night she watched from the pilot station as the
launches went out to a ship stuck on a bank she knows by a nickname. "The channel is the width of
a football pitch and the sand does what it wants," she says. She wants the port to dredge the
channel each spring."""
_TRAMS = """The city council approved a new tram timetable on Thursday evening, adding late
services on weekends and a night line to the airport from next month. Fares stay the same,
the council said, and the first night trams run in June."""


def _day(piece: str, title: str) -> list[Article]:
    arts = [
        _article(t, x, o, k)
        for k, (t, x, o) in enumerate(zip(_TITLES, _TEXTS, _OUTLETS, strict=True))
    ]
    return [*arts, _article(title, piece, "Strait Profiles", 9)]


def _closeness(arts: list[Article]) -> float:
    vectors = vectorise(arts).mixed
    return cos(vectors[4], centroid(vectors[k] for k in range(4)))


def _attach(arts: list[Article], groups: list[list[int]]) -> list[list[int]]:
    return attach_last_piece(groups, arts, vectorise(arts).mixed, day_words(arts)[0])


def test_the_day_s_one_other_piece_joins_the_story_that_holds_it() -> None:
    arts = _day(_PILOT, "Thirty years of steering through a narrow strait")
    assert _closeness(arts) >= 0.12  # close, though it names neither the ship nor its passengers
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]
    assert _attach(arts, [[4], [0, 1, 2, 3]]) == [[0, 1, 2, 3, 4]]


def test_a_piece_of_another_event_stays_apart() -> None:
    arts = _day(_TRAMS, "Night trams to the airport from June")
    assert _closeness(arts) < 0.12
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_day_of_two_stories_is_left_as_it_is() -> None:
    arts = _day(_PILOT, "Thirty years of steering through a narrow strait")
    groups = [[0, 1], [2, 3], [4]]  # two groups of two or more: no one story of the day
    assert _attach(arts, groups) == groups


def test_a_pair_is_no_lone_piece() -> None:
    arts = _day(_PILOT, "Thirty years of steering through a narrow strait")[1:]
    assert _attach(arts, [[0, 1, 2], [3]]) == [[0, 1, 2, 3]]
    assert _attach(arts, [[0, 1], [2], [3]]) == [[0, 1, 2, 3]]  # each on its own evidence
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


def _with(arts: list[Article], title: str, text: str) -> list[Article]:
    return [*arts, _article(title, text, "Harbour Notes", 11)]


def test_several_lone_pieces_each_join_the_day_s_one_story_on_their_own_evidence() -> None:
    # fresh28's d658 in shape: a wire report and its brief, and its angle pieces each alone
    arts = _day(_PILOT, "Thirty years of steering through a narrow strait")
    groups = [[0, 2], [1], [3], [4]]
    assert _attach(arts, groups) == [[0, 2, 1, 3, 4]]
    arts = _with(arts, "Night trams to the airport from June", _TRAMS)
    vectors = vectorise(arts).mixed
    assert cos(vectors[5], centroid(vectors[k] for k in range(4))) < 0.06
    assert _attach(arts, [[0, 1, 2, 3], [4], [5]]) == [[0, 1, 2, 3, 4], [5]]


def test_another_grounding_among_several_lone_pieces_stays_apart() -> None:
    arts = _with(
        _day(_PILOT, "Thirty years of steering through a narrow strait"),
        "Freighter Morna aground off Ventry, crew safe",
        _FREIGHTER,
    )
    vectors = vectorise(arts).mixed
    assert cos(vectors[5], centroid(vectors[k] for k in range(4))) >= 0.12  # the same kind
    assert _attach(arts, [[0, 1, 2, 3], [4], [5]]) == [[0, 1, 2, 3, 4], [5]]


_FREIGHTER = """The freighter Morna ran aground off Ventry harbour on Tuesday night and its crew
of nine were taken off by the coastguard, the port authority said. No one was hurt. Salvage tugs
will try to refloat the ship at high tide, and the harbour channel is closed to large ships."""


def test_another_grounding_that_names_its_own_ship_and_harbour_stays_apart() -> None:
    arts = _day(_FREIGHTER, "Freighter Morna aground off Ventry, crew safe")
    assert _closeness(arts) >= 0.12  # closer than the pilot's story: the same kind of event
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


_WATCHER = """Every spring the sandbanks of the strait move, and every spring someone's chart is
wrong. Mirela Oss has watched them shift for thirty years from the pilot station above the town,
where her father kept a notebook of soundings. "You learn the water the way you learn a face,"
she says. She wants the port to dredge each year, and she says young pilots trust their screens
more than the sea. On Tuesday night she watched the tugs and the launches go out to a stranded
ship."""


def test_a_piece_less_close_joins_when_it_says_the_story_s_specific_words() -> None:
    arts = _day(_WATCHER, "Thirty years of watching the sandbanks move")
    assert 0.06 <= _closeness(arts) < 0.12
    # "strait", "tugs", "launches": words half the reports say and general text seldom does
    assert {"strait", "tugs", "launches"} <= _specific_words(arts[:4])
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]
    plain = _WATCHER.replace("of the strait ", "").replace("the tugs and the launches", "boats")
    arts = _day(plain, "Thirty years of watching the sandbanks move")
    assert _closeness(arts) < 0.12
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_common_words_are_read_off_the_tokenizer_s_vocabulary() -> None:
    assert all(map(common_word, ("hospital", "workers", "night", "ship")))
    assert not any(map(common_word, ("sandbank", "turbines", "refloat", "Laventille")))


_CANCELLED = """A cruise line cancelled two sailings this week after a fault in one of its ship's
engines, the company said on Wednesday. Passengers booked on the cancelled sailings will be
offered a refund or another date, and the ship will sail again after repairs at the yard.
No one was hurt."""


def test_a_close_piece_of_another_cruise_s_trouble_needs_three_specific_words() -> None:
    # close to the story (cruise, passengers, sailing, refund), named by no veto, but it says
    # two of the story's specific words, not three: the one other piece would have joined
    arts = _with(
        _day(_PILOT, "Thirty years of steering through a narrow strait"),
        "Engine fault cancels two cruise sailings",
        _CANCELLED,
    )
    vectors = vectorise(arts).mixed
    assert cos(vectors[5], centroid(vectors[k] for k in range(4))) >= 0.12
    assert len(_specific_words(arts[:4]) & set(_CANCELLED.lower().split())) == 2
    assert _attach(arts, [[0, 1, 2, 3], [4], [5]]) == [[0, 1, 2, 3, 4], [5]]
    assert _attach(arts[:4] + arts[5:], [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]


# A page in another language that ``briefing.other_language`` joined says none of the day's
# words: the story is read over its other members (``aside``), or the page thins its words.
_LOCAL_PAGE = """Wycieczkowiec Halcyon wszedł we wtorek wieczorem na mieliznę w Cieśninie Karvel.
Łodzie straży przybrzeżnej przewiozły na ląd wszystkich 212 pasażerów, nikt nie został ranny.
Holowniki spróbują ściągnąć statek z mielizny w czwartek podczas przypływu."""


def _with_page(piece: str, title: str) -> list[Article]:
    return _with(_day(piece, title), "Wycieczkowiec na mieliźnie w Cieśninie Karvel", _LOCAL_PAGE)


def test_a_page_in_another_language_is_no_reader_of_the_story_s_words() -> None:
    arts = _with_page(_WATCHER, "Thirty years of watching the sandbanks move")
    vectors = vectorise(arts).mixed
    lower = day_words(arts)[0]
    groups = [[0, 1, 2, 3, 5], [4]]
    # with the page, "tugs" and "launches" are no longer said by half the story's members
    assert not {"tugs", "launches"} & _specific_words([arts[k] for k in (0, 1, 2, 3, 5)])
    assert attach_last_piece(groups, arts, vectors, lower) == groups
    assert attach_last_piece(groups, arts, vectors, lower, aside={5}) == [[0, 1, 2, 3, 5, 4]]


def test_a_piece_of_another_event_stays_apart_beside_a_page_set_aside() -> None:
    groups = [[0, 1, 2, 3, 5], [4]]
    plain = _WATCHER.replace("of the strait ", "").replace("the tugs and the launches", "boats")
    for piece, title in (
        (_TRAMS, "Night trams to the airport from June"),
        (plain, "Thirty years of watching the sandbanks move"),
    ):
        arts = _with_page(piece, title)
        vectors = vectorise(arts).mixed
        assert attach_last_piece(groups, arts, vectors, day_words(arts)[0], aside={5}) == groups
