"""A local page in another language that names none of the story's names (its own language's
name for the city, places the wire never names) but states one of the story's figures and says
three of its words in its own spelling, one of them the story's headline's, joins its story
(``briefing.other_language._FIGURE_COGNATES``) when it states the figure beside one of those
words, in one sentence, as the story does; a page of another event of the same port that shares
the figure and only two such words stays apart, and so do one that shares the figure and three
such words but states the figure beside none of them, and one that shares the figure and three
of the wire's words, none of them its headline's.

The articles are fictional (the strike, the crews, the port's figures are invented), written for
these tests in the shape of fresh40's d953: an English wire on a transport strike and a local
paper's page that names the city in its own language ("Genova" for "Genoa") and counts with its
own sources (about ninety sailings for the wire's 64, 22,000 passengers for 18,000), but states
the operators' offer of 150 hires and says "terminal", "cancellate" and "operatori".
"""

from __future__ import annotations

from test_other_language import _STORM, _STORM_SCHOOLS, _day  # two stories of another day's

from briefing.other_language import attach_other_language

_WIRE = (
    "Ferry crews strike, stranding thousands at Genoa's passenger terminals",
    """Ferry crews at Genoa walked out on Monday in a dispute over rosters and pay, forcing
    operators to cancel 64 sailings to the islands and leaving about 18,000 passengers stranded
    or rebooked at the port's two terminals, the port authority said. The strike, called by the
    seafarers' unions for 24 hours, began at midnight. The operators said they had offered 150
    new hires for the summer season and would meet the unions again on Thursday. "Crews are
    working sixteen-hour days because the companies will not hire," said a union official,
    Marco Valsecchi. Queues of lorries stretched along the seafront road by mid-morning.""",
)
_BRIEF = (
    "Genoa ferry strike strands thousands",
    """Thousands of ferry passengers were stranded at Genoa on Monday as crews struck over
    rosters and pay, the port authority said.""",
)
_LOCAL = (
    "Sciopero dei marittimi, terminal dei traghetti paralizzati",
    """Quasi novanta partenze cancellate e circa 22 mila passeggeri a terra: lo sciopero dei
    marittimi ha bloccato lunedì il porto di Genova. Al terminal di Ponte Doria le code sono
    cominciate prima dell'alba. "Siamo arrivati da Asti alle sei, nessuno ci ha avvisato",
    racconta una famiglia diretta in Sardegna. Gli operatori offrono 150 assunzioni per
    l'estate, ma i sindacati chiedono di rivedere i turni. Le compagnie consigliano di verificare
    lo stato della propria partenza prima di mettersi in viaggio.""",
)
# Another event of the same port: the figure (150 workers) and two of the wire's words, one of
# them its headline's ("terminal", "operatori"), no more.
_CRUISE_WORKS = (
    "Terminal crociere, al via il cantiere: 150 operai al lavoro",
    """Sono partiti lunedì i lavori di ampliamento del terminal crociere di Genova: nel
    cantiere lavoreranno fino a 150 operai per due anni. Gli operatori turistici della città
    sperano di accogliere navi più grandi già dalla prossima primavera.""",
)
# Another event of the same port: the figure and three of the wire's words, one of them its
# headline's ("terminal", "operatori", "cancellate"), but the figure stated beside none of them
# (150 seats): a round figure of another fact.
_WAITING_ROOM = (
    "Traghetti, una nuova sala d'attesa al porto",
    """Al terminal dei traghetti di Genova apre lunedì una nuova sala d'attesa. Avrà 150 posti a
    sedere e l'aria condizionata. Gli operatori del porto ricordano che con le partenze
    cancellate per maltempo i passeggeri restavano spesso per ore sotto il sole.""",
)
# Another event of the same port: the figure and three of the wire's words ("operatori",
# "cancellate", "contratto"), none of them its headline's.
_TUGS = (
    "Rimorchiatori, firmato il nuovo contratto",
    """Firmato lunedì il nuovo contratto dei rimorchiatori del porto di Genova: prevede 150
    ore di formazione per ogni equipaggio. Gli operatori del porto ricordano che le uscite
    cancellate per maltempo saranno pagate.""",
)


def test_a_local_page_stating_a_figure_and_the_storys_words_joins_it() -> None:
    # no name shared ("Genova", "Ponte Doria", "Asti"); the figure 150, and "terminal" (the
    # headline's "terminals"), "cancellate" ("cancel"), "operatori" ("operators"); "Gli
    # operatori offrono 150 assunzioni" as "The operators said they had offered 150 new hires"
    one_story = _day(_WIRE, _BRIEF, _LOCAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1, 2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1, 4], [2, 3]]


def test_the_figure_and_two_of_the_storys_words_are_not_enough() -> None:
    one_story = _day(_WIRE, _BRIEF, _CRUISE_WORKS)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _CRUISE_WORKS)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]


def test_the_figure_stated_beside_none_of_the_storys_words_is_not_enough() -> None:
    # a Portuguese page of a canal's collapse joined a measles story by "700" (irrigators, and
    # pupils) and "família", "dependem", "recordam" (bench/foreign_piece.py's d801 trial)
    one_story = _day(_WIRE, _BRIEF, _WAITING_ROOM)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _WAITING_ROOM)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]


def test_the_figure_and_words_none_of_the_headlines_are_not_enough() -> None:
    one_story = _day(_WIRE, _BRIEF, _TUGS)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _TUGS)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]
