"""An angle piece about the story's thing joins the story that holds the day
(``briefing.day_story._about``), though it names its own people and village; a report of
another event of the same kind stays apart: filed from somewhere (a dateline), or naming
another country.

The articles are fictional (the ferry line, the villages, the people are invented; real
countries only as the place rule needs them), written for these tests in the shape of wire
copy, a brief, a reader's guide and features.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.day_story import attach_last_piece
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import vectorise

_WIRE = (
    "Malta raises Gozo ferry fares by a fifth from July",
    """VALLETTA, May 6 (MNA) - Malta will raise the fares on the state ferry to Gozo by a fifth
    from July, the transport ministry said on Tuesday, the first increase in nine years. A
    return ticket for a foot passenger rises to 5.50 euros and a car with driver to 18.50
    euros. Ministry officials said the ferry line lost 11 million euros last year as fuel and
    crew costs rose. Residents of Gozo keep their discounted card fares, the ministry said, but
    commuters who use the ferry daily will pay more for season tickets.""",
    "Mediterranean News Agency",
)
_BRIEF = (
    "Gozo ferry fares up 20%",
    """Malta raises the Gozo ferry fares by a fifth from July; residents keep their discount
    card fares.""",
    "Island Brief",
)
_GUIDE = (
    "Ferry fares: what the Gozo increase means for you",
    """Which ferry fares rise? Foot passengers, cars and season tickets on the Gozo ferry cost
    a fifth more from July. Do residents pay more? No: the discount card fares stay as they
    are, Malta's transport ministry says. What about students? Their monthly ferry pass is
    frozen until the end of the school year.""",
    "Malta Money Guide",
)
_RIDERS = (
    "Commuters call Gozo ferry fare rise 'a tax on work'",
    """A commuters' group said the rise in Gozo ferry fares announced by Malta's transport
    ministry would cost a daily commuter some 300 euros a year. "This is a tax on people who
    cross to work," its chairwoman said, and asked that season tickets keep the old fares.""",
    "Island Brief",
)
_BAKER = (
    "In Nadur, a baker counts his crates before the first crossing",
    """At a quarter past four Salvu Camilleri is already loading bread crates into his van in
    Nadur. By five he is in the queue for the first ferry, and by seven his loaves are on
    shelves in Sliema. Every crate that crosses on the ferry will cost him more when the fares
    rise, and so will his season tickets, he says; he has done the sums on a paper bag. "The
    ferry is my road. There is no other road," he says. His father crossed on the old ferry
    with a handcart; his son wants to bake only for the village. The crossing takes
    twenty-five minutes, long enough for a coffee and a look at the sea. On a rough day the
    ferry rolls and the crates slide, and Camilleri stands with his arms spread over them
    like a goalkeeper.""",
    "Village Voices Weekly",
)
_GREEK = (
    "Ferry runs aground off Greek island, 300 passengers taken off",
    """A ferry ran aground off the Greek island of Sifnos on Tuesday and its 300 passengers
    were taken off by coastguard boats, Greece's shipping ministry said. The ferry hit rocks
    in strong winds outside the harbour; nobody was hurt. Divers were inspecting the ferry's
    hull, and the ferry's operator said crossings to the island would be covered by another
    ferry from Wednesday.""",
    "Aegean Wire",
)
_FIRE = (
    "Engine fire sends harbour ferry back to Sliema",
    """SLIEMA, May 6 (MNA) - A fire in the engine room of a harbour ferry sent it back to the
    Sliema quay on Tuesday morning, its operator said. The crew put out the fire within
    minutes and the ferry's 80 passengers left by the gangway; nobody was hurt. Two crossings
    to the capital were cancelled while engineers inspected the ferry, and the afternoon
    ferry ran late.""",
    "Mediterranean News Agency",
)
_HISTORY = (
    "A century of crossing the Gozo channel",
    """The first steam ferry crossed the channel in 1885, carrying mail, goats and a priest.
    For decades the ferry sailed twice a day; islanders timed weddings and funerals to it. In
    the 1970s the ferry became a car ferry, and the crossing grew to a dozen a day. Old
    ferries ended as breakwaters, and one lies on the seabed off Xlendi.""",
    "Heritage Quarterly",
)


def _day(*extra: tuple[str, str, str]) -> list[Article]:
    return [
        _article(t, x, o, k) for k, (t, x, o) in enumerate((_WIRE, _BRIEF, _GUIDE, _RIDERS, *extra))
    ]


def _together(arts: list[Article], *picked: Article) -> bool:
    stories = cluster(arts).stories
    return any(all(a.id in s.article_ids for a in picked) for s in stories)


def test_an_angle_piece_about_the_story_s_thing_joins_it() -> None:
    arts = _day(_BAKER)
    assert _together(arts, arts[0], arts[4])
    assert len(cluster(arts).stories) == 1


def test_another_country_s_ferry_grounding_stays_apart() -> None:
    arts = _day(_GREEK)
    assert not _together(arts, arts[0], arts[4])


def test_a_report_of_another_ferry_event_filed_from_its_port_stays_apart() -> None:
    arts = _day(_FIRE)
    assert not _together(arts, arts[0], arts[4])


def test_a_pair_with_a_dated_report_of_another_event_stays_apart() -> None:
    # The baker's feature and the fire report pair up (``briefing.lone_pairs``: "ferry" in
    # both headlines); the pair holds a report filed from its port, so neither joins.
    arts = _day(_BAKER, _FIRE)
    assert not _together(arts, arts[0], arts[5])


def _last(arts: list[Article], groups: list[list[int]]) -> list[list[int]]:
    vectors = vectorise(arts).mixed
    return attach_last_piece(groups, arts, vectors, day_words(arts)[0])


def test_a_pair_of_angle_pieces_joins_and_another_country_s_pair_stays_apart() -> None:
    arts = _day(_BAKER, _HISTORY)
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3, 4, 5]]
    greek_brief = (
        "Sifnos ferry passengers safe",
        """All 300 passengers of the ferry that ran aground off the Greek island of Sifnos on
        Tuesday are safe, Greece's coastguard said; the ferry's hull is being inspected.""",
        "Island Brief",
    )
    arts = _day(_GREEK, greek_brief)
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]
    arts = _day(_BAKER, _FIRE)  # a pair holding a dated report of another event
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]


def test_a_piece_is_about_its_most_said_words() -> None:
    from briefing.day_story import _subject, _things

    baker = _article(*_BAKER, 0)
    assert "ferri" in _subject(baker) or "ferry" in _subject(baker)
    assert not _subject(_article("Note", "A short note about bread.", "X", 1))
    arts = _day()
    things = _things(arts, day_words(arts)[0])
    assert things & _subject(baker)
    assert not any("malta" in t for t in things)  # a country is no thing
