"""A piece linked to every report of a story may name several of the story's things, each said
by one lead only: together they tie it to the story when at least half of the leads say one of
them, and a name's plural ("the Liberal Democrats") is the name ("a Liberal Democrat").

The day is fictional (the region, its premier, governor and parties are invented), written for
these tests in the shape of wire copy and an explainer; the edges stand for the grouping's
similarity graph (``briefing.stories.story_graph``): the reports close to each other, the
explainer linked to each of them but below the story threshold.
"""

from __future__ import annotations

from test_cluster_bounds import _article
from test_story_links import _busier

from briefing.models import Article
from briefing.story_links import attach_linked

_REPORTS = (
    (
        "Premier Anika Rousso resigns after losing confidence vote",
        """Premier Anika Rousso resigned in Castelmar on Tuesday night, hours after losing a
        confidence vote in the regional parliament by 61 votes to 54, ending a coalition that
        had governed for three years. Her finance plan had split the coalition since spring.""",
        "United News Agency",
    ),
    (
        "Rousso quits as premier after coalition partner walks out",
        """Anika Rousso stepped down as premier on Tuesday after her junior coalition partner
        voted with the opposition over the finance plan, leaving her without a majority. She will
        stay on as caretaker until a new government is formed.""",
        "Northern Courier",
    ),
    (
        "Regional government falls as Rousso loses vote",
        """The regional government of Anika Rousso fell on Tuesday. A Liberal Democrat motion of
        no confidence passed by seven votes after the junior coalition partner abandoned the
        premier over her finance plan. Rousso resigned within hours.""",
        "Daily Ledger",
    ),
    (
        "Premier out: markets shrug, unions call for early election",
        """Regional bond yields barely moved on Wednesday after Premier Anika Rousso's resignation,
        while the two largest unions called for an early election and an end to the finance
        plan's spending cuts, which they blamed for the government's fall.""",
        "Market Wire",
    ),
)
_EXPLAINER = (
    "What happens next in Castelmar: three scenarios",
    """The fall of the regional government leaves three ways ahead. Governor Ilse Brandt can ask
    another party leader to try to form a majority, appoint a caretaker cabinet of experts, or
    dissolve parliament and call an election within 60 days. The Liberal Democrats, the largest
    opposition party, want an election at once; Brandt has used her power to dissolve parliament
    only once in her seven years.""",
    "Policy Explained",
)
# The reports are close to each other; the explainer is linked to each, below the threshold.
_EDGES = {
    (0, 1): 0.41,
    (0, 2): 0.38,
    (1, 2): 0.44,
    (0, 3): 0.21,
    (1, 3): 0.19,
    (2, 3): 0.2,
    (0, 4): 0.12,
    (1, 4): 0.08,
    (2, 4): 0.11,
    (3, 4): 0.07,
}


def _day(reports: tuple[tuple[str, str, str], ...] = _REPORTS) -> list[Article]:
    items = (*reports, _EXPLAINER)
    return [_article(title, text, outlet, k) for k, (title, text, outlet) in enumerate(items)]


def _grouped(arts: list[Article]) -> list[list[int]]:
    return attach_linked([[0, 1, 2, 3], [4]], arts, _EDGES, threshold=0.165)


def _apart_on_a_busier_day(arts: list[Article], edges: dict[tuple[int, int], float]) -> bool:
    """Whether the piece stays apart on the day with two more stories: on the day alone the
    story holds it (four of five articles), and a piece linked to most of such a story joins
    it whatever it names (``test_story_links``)."""
    busier, groups, edges = _busier(arts, [[0, 1, 2, 3], [4]], edges)
    return attach_linked(groups, busier, edges, threshold=0.165) == groups


def test_an_explainer_whose_names_half_of_the_leads_say_between_them_joins_the_story() -> None:
    # One lead says "Castelmar", another "a Liberal Democrat" (the explainer's "Liberal
    # Democrats": a plural is its name): each name is said by one lead of four, together by two.
    assert _grouped(_day()) == [[0, 1, 2, 3, 4]]


def test_two_names_each_said_by_one_lead_of_four_tie_the_explainer() -> None:
    # The third lead names the governor instead: two names, each written as the explainer does.
    third = (
        _REPORTS[2][0],
        _REPORTS[2][1].replace("A Liberal Democrat motion", "Governor Ilse Brandt said a motion"),
        _REPORTS[2][2],
    )
    assert _grouped(_day((_REPORTS[0], _REPORTS[1], third, _REPORTS[3]))) == [[0, 1, 2, 3, 4]]


def test_names_one_lead_of_four_says_do_not_tie_the_explainer() -> None:
    # Without the third lead's "Liberal Democrat" only "Castelmar", in one lead of four, is left.
    third = (
        _REPORTS[2][0],
        _REPORTS[2][1].replace("A Liberal Democrat motion", "An opposition motion"),
        _REPORTS[2][2],
    )
    assert _apart_on_a_busier_day(_day((_REPORTS[0], _REPORTS[1], third, _REPORTS[3])), _EDGES)


# A mine flood, told by four reports; two of their leads name the mountain ("Cerro Tavora") and
# the inspectorate ("Andean Mines Inspectorate"), the others neither.
_MINE = (
    (
        "Flood traps 31 miners at Kestrel copper mine",
        """Thirty-one miners were trapped on Monday after water flooded the lower galleries of a
        copper mine in Cerro Tavora run by Kestrel Mining, the Andean Mines Inspectorate said.
        Rescuers were pumping water from the shaft through the night.""",
        "United News Agency",
    ),
    (
        "Rescuers pump water to reach trapped miners",
        """Rescue teams pumped water from a flooded copper mine in Cerro Tavora on Monday to reach
        31 trapped miners, the Andean Mines Inspectorate said. Kestrel Mining said air was being
        pushed down a borehole to the galleries where the men are thought to be.""",
        "Northern Courier",
    ),
    (
        "Kestrel Mining shares slide after flood",
        """Shares in Kestrel Mining fell 9 percent on Monday after the flood at its copper mine,
        where 31 miners are trapped. Analysts said output could be halted for months.""",
        "Market Wire",
    ),
    (
        "31 miners trapped",
        """A flood trapped 31 miners at a copper mine on Monday. Rescuers are pumping water out.""",
        "Quick Briefs",
    ),
)
_VIGIL = (
    "At Tavora, families keep vigil by the mine gate",
    """Women in heavy coats stood by the gate all night, some holding photographs, as pumps ran
    behind the fence. "He told me the water was rising last week," said Rosa Quintel, whose son
    is among the trapped men. An AMI engineer at the gate said the pumps were winning.""",
    "Valley Voice",
)


def _mine_day(reports: tuple[tuple[str, str, str], ...] = _MINE) -> list[Article]:
    items = (*reports, _VIGIL)
    return [_article(title, text, outlet, k) for k, (title, text, outlet) in enumerate(items)]


def _written(*changes: tuple[str, str]) -> tuple[tuple[str, str, str], ...]:
    """The mine reports with each ``(old, new)`` of ``changes`` written otherwise."""
    out = []
    for title, text, outlet in _MINE:
        for old, new in changes:
            text = text.replace(old, new)
        out.append((title, text, outlet))
    return tuple(out)


_NO_MOUNTAIN = ("in Cerro Tavora", "in the north")
_NO_INSPECTORATE = ("the Andean Mines Inspectorate", "the mines inspectorate")


def test_a_piece_naming_a_place_by_the_last_word_of_the_leads_name_joins() -> None:
    # "Tavora" is the last word of "Cerro Tavora", which two leads of four say; the engineer's
    # "AMI" is spelled out by no lead here.
    assert _grouped(_mine_day(_written(_NO_INSPECTORATE))) == [[0, 1, 2, 3, 4]]


def test_a_piece_naming_an_acronym_two_leads_spell_out_joins() -> None:
    # "AMI" beside two leads' "Andean Mines Inspectorate"; no lead says "Tavora" here.
    assert _grouped(_mine_day(_written(_NO_MOUNTAIN))) == [[0, 1, 2, 3, 4]]


def test_without_the_mountain_or_the_inspectorate_in_the_leads_the_vigil_stays_apart() -> None:
    arts = _mine_day(_written(_NO_MOUNTAIN, _NO_INSPECTORATE))
    assert _grouped(arts) == [[0, 1, 2, 3], [4]]


# A tram derailment, told by four reports: one lead names the quay where it happened, a later
# paragraph of a second report names it too, the other two never do. The colour piece on the
# quay is linked to every report.
_FILLER = """Engineers from the city's transport department inspected the track, the overhead
line and the points through the afternoon, and a crane was brought in to lift the two derailed
cars back onto the rails. The operator said it would publish a first report within a week."""
_TRAM = (
    (
        "Tram derails in Valmora, injuring 14",
        """A tram left the rails at Orvik Quay in Valmora on Tuesday morning, injuring 14
        passengers, two of them seriously, the city's transport operator said. """
        + _FILLER,
        "United News Agency",
    ),
    (
        "Valmora tram line shut after derailment",
        """The city's main tram line was shut on Tuesday after a morning tram derailed on a
        curve, injuring 14 people, two of them seriously. """
        + _FILLER
        + " Buses replaced trams between the station and Orvik Quay.",
        "Northern Courier",
    ),
    (
        "Points failure suspected in tram derailment",
        """Investigators are examining a set of points as the likely cause of Tuesday's tram
        derailment in Valmora, which injured 14 people, the transport operator said.""",
        "Daily Ledger",
    ),
    (
        "14 hurt as tram derails",
        """Fourteen people were hurt when a tram derailed in Valmora on Tuesday.""",
        "Quick Briefs",
    ),
)
_QUAY = (
    "Morning of sirens on the waterfront",
    """Stallholders at Orvik Quay were setting up when they heard the screech. "The whole car
    leaned and then it was on its side," said Ilan Moreau, who sells coffee by the stop. By noon
    the quay's cafés had closed and the fish market was half empty.""",
    "Valley Voice",
)


def _tram_day(reports: tuple[tuple[str, str, str], ...] = _TRAM) -> list[Article]:
    items = (*reports, _QUAY)
    return [_article(title, text, outlet, k) for k, (title, text, outlet) in enumerate(items)]


def test_a_piece_linked_to_every_report_naming_what_one_lead_and_half_the_texts_say_joins() -> None:
    assert _grouped(_tram_day()) == [[0, 1, 2, 3, 4]]


def test_a_piece_linked_to_three_reports_of_four_needs_half_of_the_leads() -> None:
    edges = {k: v for k, v in _EDGES.items() if k != (3, 4)}
    assert _apart_on_a_busier_day(_tram_day(), edges)


def test_a_name_no_lead_says_does_not_tie_the_piece() -> None:
    first = (
        _TRAM[0][0],
        _TRAM[0][1].replace("at Orvik Quay in Valmora", "in Valmora")
        + " The tram had just left Orvik Quay.",
        _TRAM[0][2],
    )
    assert _apart_on_a_busier_day(_tram_day((first, *_TRAM[1:])), _EDGES)


# The quay piece linked to three of the four reports, and clearly (0.08 or more) to one only:
# a colour piece that shares few words with the reports (fresh15's fishermen on a tanker's slick).
_FAINT = {k: v for k, v in _EDGES.items() if k != (3, 4)} | {
    (0, 4): 0.09,
    (1, 4): 0.06,
    (2, 4): 0.06,
}


def test_faint_links_to_a_story_that_holds_the_day_and_its_name_tie_the_piece() -> None:
    # The tram holds the day (four of five articles) and the piece names the quay that one lead
    # and half of the reports' texts say: the name ties it, as for a piece linked to every report.
    assert attach_linked([[0, 1, 2, 3], [4]], _tram_day(), _FAINT, threshold=0.165) == [
        [0, 1, 2, 3, 4]
    ]


def test_faint_links_to_most_of_a_story_need_the_name_or_a_day_the_story_holds() -> None:
    # No lead names the quay: faint links alone are a shared word or two.
    first = (
        _TRAM[0][0],
        _TRAM[0][1].replace("at Orvik Quay in Valmora", "in Valmora"),
        _TRAM[0][2],
    )
    arts = _tram_day((first, *_TRAM[1:]))
    assert attach_linked([[0, 1, 2, 3], [4]], arts, _FAINT, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]
    # On a day of three stories the tram does not hold the day: linked to three of four
    # reports, the piece still needs half of the leads.
    assert _apart_on_a_busier_day(_tram_day(), _FAINT)


def test_a_person_one_lead_and_half_the_texts_name_does_not_tie_a_piece_on_faint_links() -> None:
    # The transport minister is named in one lead and half of the tram reports; a piece on
    # another event of the day (a tunnel's funding) names her too, linked faintly to most of
    # the tram story: a minister is what separate events of one day share, not a site.
    minister = " Transport Minister Oriane Vasseur visited the site in the afternoon."
    reports = (
        (
            _TRAM[0][0],
            _TRAM[0][1].replace(
                "the city's transport operator said", "Transport Minister Oriane Vasseur said"
            )
            + minister,
            _TRAM[0][2],
        ),
        (_TRAM[1][0], _TRAM[1][1] + minister, _TRAM[1][2]),
        *_TRAM[2:],
    )
    tunnel = (
        "Minister backs extra funds for Brenn rail tunnel",
        """Transport Minister Oriane Vasseur said on Tuesday the government would add 1.2 billion
        to the Brenn rail tunnel, a freight line through the mountains due to open in 2033.""",
        "Rail Gazette",
    )
    arts = [_article(t, x, o, k) for k, (t, x, o) in enumerate((*reports, tunnel))]
    assert attach_linked([[0, 1, 2, 3], [4]], arts, _FAINT, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]


def test_a_firm_people_work_at_is_no_site() -> None:
    # The tram operator is named "at" in the reports ("a spokesman at Ravel Transit"), and a
    # piece on its drivers' strike elsewhere says it too: where people work is no event's site.
    operator = "A spokesman at Ravel Transit said the line would reopen on Friday. "
    reports = (
        (_TRAM[0][0], operator + _TRAM[0][1], _TRAM[0][2]),
        (_TRAM[1][0], _TRAM[1][1] + " " + operator, _TRAM[1][2]),
        *_TRAM[2:],
    )
    strike = (
        "Ravel Transit bus drivers in Ostra to strike next week",
        """Bus drivers at Ravel Transit in Ostra voted on Tuesday to walk out for three days next
        week over new rosters, the drivers' union said.""",
        "Labour Wire",
    )
    arts = [_article(t, x, o, k) for k, (t, x, o) in enumerate((*reports, strike))]
    assert attach_linked([[0, 1, 2, 3], [4]], arts, _FAINT, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]
