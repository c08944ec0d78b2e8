"""A lone piece whose headline writes two of a story's words side by side, as the story's own
headline or lead does ("Interstellar comet: your questions answered" beside "Chilean telescope
spots third known interstellar comet"), is that story's; the same phrase of another event
("Forest fire near ..." of another town, two teachers' strikes) is not
(``briefing.story_names.phrase_said``, asked by ``briefing.story_links``). Fictional,
real-shaped articles."""

from __future__ import annotations

from collections import Counter

from test_cluster_bounds import _article

from briefing.models import Article
from briefing.story_links import attach_linked
from briefing.story_names import phrase_counts, phrase_said

_COMET_WIRE = _article(
    "Chilean telescope spots third known interstellar comet",
    """LA SERENA, Chile (CNW) — Astronomers at the survey telescope on Cerro Pachón have found
    the third interstellar comet ever seen, an icy body moving too fast to be bound to the Sun,
    the observatory said on Tuesday. The comet, first picked up in images taken on Saturday, is
    heading out of the solar system. "It is a visitor from another star," said the survey's
    lead scientist, Daniela Ortúzar, at the University of La Serena. Follow-up observations
    from Hawaii confirmed its path, she said. The survey, run by a consortium of 14
    universities from its base in La Serena, photographs the whole southern sky every three
    nights, and its cameras have logged more than two million asteroids since 2031.""",
    "CNW",
    1,
)
_COMET_LOCAL = _article(
    "Desde Cerro Pachón, un visitante de otra estrella",
    """LA SERENA — Los astrónomos de Cerro Pachón celebraron el martes el hallazgo de un
    cometa llegado de otra estrella, el tercero conocido. "Lo vimos primero aquí", dijo Daniela
    Ortúzar, de la Universidad de La Serena. En la ciudad, los colegios preparan charlas sobre
    el descubrimiento.""",
    "Diario Norte",
    2,
)
_COMET_QA = _article(
    "Interstellar comet: your questions answered",
    """What is it? An interstellar comet is a lump of ice and dust that formed around a distant
    sun and was flung into deep space. Can I see it? Not
    with the naked eye: it is faint and moving away. Is it dangerous? No. It will pass no closer
    to Earth than the orbit of Mars before it leaves for good.""",
    "Science Desk",
    3,
)
_AIRPORT = _article(
    "Lima's new airport terminal struggles in its first week",
    """LIMA — Passengers at the new terminal of Lima's Jorge Chávez airport faced long queues
    and lost bags in its first week, and airlines asked the operator to add staff at security.
    The operator said most delays had been cleared by Sunday.""",
    "Andes Wire",
    4,
)
_AIRPORT_2 = _article(
    "Seven days of chaos at Lima's new terminal",
    """Workers and travellers at Lima's new airport terminal described a week of missed
    flights and baggage belts that stopped, as the operator promised more staff for
    security checks at the Jorge Chávez airport.""",
    "Lima Herald",
    5,
)


def _day(*arts: Article) -> Counter[tuple[str, str]]:
    return phrase_counts(arts)


def test_the_piece_whose_headline_writes_the_story_s_phrase_is_the_story_s() -> None:
    others = [_AIRPORT, _AIRPORT_2]
    assert phrase_said(
        _COMET_QA, [_COMET_WIRE, _COMET_LOCAL], _day(_COMET_QA, _COMET_WIRE, _COMET_LOCAL, *others)
    )


def test_a_phrase_another_article_of_the_day_writes_too_tells_nothing() -> None:
    other_comet = _article(
        "Amateur in Namibia finds a second interstellar comet",
        "An amateur astronomer in Namibia found another interstellar comet on Monday night.",
        "Windhoek Post",
        6,
    )
    assert not phrase_said(
        _COMET_QA,
        [_COMET_WIRE, _COMET_LOCAL],
        _day(_COMET_QA, _COMET_WIRE, _COMET_LOCAL, other_comet),
    )


def test_a_headline_naming_a_place_the_story_never_says_is_another_event() -> None:
    fire = _article(
        "Fire in Tierra del Fuego burns forest near Tolhuin",
        """TOLHUIN — A forest fire in the lenga woods near Tolhuin spread across 800 hectares
        on Monday, and brigades dug trenches in the peat to stop it.""",
        "Fuego Wire",
        1,
    )
    fire_2 = _article(
        "Tolhuin brigades fight on in the peat",
        "Brigades fought the forest fire near Tolhuin through the night, the province said.",
        "Sur Hoy",
        2,
    )
    other_fire = _article(
        "Forest fire near Coyhaique forces evacuation of 300 homes",
        "A forest fire near Coyhaique in Chile's Aysén region forced 300 families from home.",
        "Patagonia Radio",
        3,
    )
    assert not phrase_said(other_fire, [fire, fire_2], _day(other_fire, fire, fire_2))


def test_a_title_case_headline_or_one_without_a_phrase_tells_nothing() -> None:
    members = [_COMET_WIRE, _COMET_LOCAL]
    title_case = _article(
        "Interstellar Comet: Your Questions Answered", _COMET_QA.text, "Science Desk", 7
    )
    assert not phrase_said(title_case, members, _day(title_case, *members))
    lone_words = _article("Comet? Interstellar!", _COMET_QA.text, "Science Desk", 8)
    assert not phrase_said(lone_words, members, _day(lone_words, *members))


def test_attach_linked_moves_the_explainer_linked_to_its_story() -> None:
    # The day's graph as a briefing's grouping gives it when the explainer is close to the
    # wire and loosely linked to the local report: alone after the first grouping.
    arts = [_COMET_WIRE, _COMET_LOCAL, _COMET_QA, _AIRPORT, _AIRPORT_2]
    edges = {(0, 1): 0.29, (0, 2): 0.19, (1, 2): 0.1, (3, 4): 0.53}
    groups = [[0, 1], [2], [3, 4]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == [[0, 1, 2], [3, 4]]
    # Another comet of the day, in its own report, takes the phrase away.
    other_comet = _article(
        "Amateur in Namibia finds a second interstellar comet",
        "An amateur astronomer in Namibia found another interstellar comet on Monday night.",
        "Windhoek Post",
        6,
    )
    arts.append(other_comet)
    assert attach_linked([*groups, [5]], arts, edges, threshold=0.165) == [*groups, [5]]


def test_a_phrase_of_the_leads_alone_tells_a_topic_not_the_story() -> None:
    quarry = _article(
        "Landslide traps quarry crew at Velmar",
        """VELMAR — Nine workers were trapped for six hours by a landslide at a quarry near
        Velmar on Tuesday; three were taken to hospital with minor injuries, police said.""",
        "United News Agency",
        1,
    )
    quarry_2 = _article(
        "Velmar quarry crew freed",
        "Rescuers freed nine quarry workers at Velmar; three had minor injuries, police said.",
        "Daily Herald",
        2,
    )
    clinics = _article(
        "Shorter waits for patients with minor injuries",
        "Walk-in clinics will treat minor injuries from next month, the health board said.",
        "Brasova Courier",
        3,
    )
    assert not phrase_said(clinics, [quarry, quarry_2], _day(clinics, quarry, quarry_2))


def test_a_headline_naming_nothing_whose_lead_names_another_country_is_another_event() -> None:
    # Two teachers' strikes on one day, the second told by one piece whose headline names no
    # place: its lead's Kenya tells it from Ontario's (review27's probe).
    strike = _article(
        "Teachers strike closes Ontario schools",
        """TORONTO (CP) — A teachers strike closed more than 4,000 public schools across
        Ontario on Friday after talks between the province and four unions broke down.""",
        "CP",
        1,
    )
    strike_2 = _article(
        "Ontario teachers strike over class sizes",
        "Ontario's teachers strike began at midnight, with unions saying classes had grown.",
        "Globe",
        2,
    )
    kenya = _article(
        "Teachers strike shuts schools for a second day",
        """Public schools in Nairobi and Mombasa stayed shut on Friday as the teachers strike
        over delayed pay entered its second day, the Kenya National Union of Teachers said.""",
        "The Standard",
        3,
    )
    assert not phrase_said(kenya, [strike, strike_2], _day(kenya, strike, strike_2))
    # The same piece from Ontario's own union is the story's.
    ontario = _article(
        kenya.title,
        """Public schools in Toronto and Ottawa stayed shut on Friday as the teachers strike
        over class sizes entered its second day, Ontario's largest teachers' union said.""",
        "Toronto Star",
        4,
    )
    assert phrase_said(ontario, [strike, strike_2], _day(ontario, strike, strike_2))
