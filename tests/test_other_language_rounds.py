"""Two local pages of one story, in two languages, each say the story's names and figures; each
counts as the other's "said outside" the story, so neither page's evidence is the story's own
until one of them joins it. ``briefing.other_language.attach_other_language`` is asked again
while pieces move (fresh36's d847: a Lithuanian page joined the tractor protest's wire by the
union chairman's name and two figures; the Polish page of the Šalčininkai district then said the
minister's name and the 12 million euros with the wire and that page, and joined too).

The articles are fictional, written for these tests: an English wire and its alert on a
dairy farmers' protest, a Spanish page that names the union's chairman and gives the wire's two
counts of tractors, and names the minister and her aid too; a Portuguese page that names the
minister and the aid with the wire and the Spanish page (and the herd size, with the wire); and
a Portuguese page of another event of the same region (a stadium's lawn) naming the minister.
"""

from __future__ import annotations

from test_other_language import _STORM, _STORM_SCHOOLS, _day  # two stories of another day's

from briefing.cluster import cluster
from briefing.other_language import attach_other_language

_WIRE = (
    "Dairy farmers drive tractors into Montevideo over milk prices",
    """MONTEVIDEO, March 3 (RPW) - Several hundred dairy farmers drove tractors into the centre
    of Montevideo on Tuesday to demand that processors pay more for raw milk. Police said about
    350 tractors took part, while the organisers, the National Milk Producers' Union, put the
    number at more than 500. "Every month we lose money on every litre," said the union's
    chairman, Washington Ferreyra, who milks 90 cows near Florida. Agriculture Minister Sandra
    Pittaluga met a delegation in the afternoon and offered an emergency payment of 12 million
    dollars, to be paid per cow to herds of under 100 animals.""",
)
_ALERT = (
    "Tractors block Montevideo",
    """Dairy farmers blocked the centre of the Uruguayan capital with tractors on Tuesday; the
    minister offered emergency aid per cow.""",
)
_SPANISH = (
    "Tamberos llegaron en tractores a la capital: «perdemos plata con cada litro»",
    """Entre 350 y más de 500 tractores, según quién cuente, ocuparon el martes el centro de la
    capital. Washington Ferreyra, presidente de la gremial de productores de leche, dijo que
    los tamberos pierden plata con cada litro remitido a las industrias. La ministra Sandra
    Pittaluga ofreció 12 millones de dólares, que la gremial considera insuficientes. La
    movilización seguirá el miércoles.""",
)
_PORTUGUESE = (
    "Produtores de leite da fronteira no protesto na capital",
    """Entre as centenas de tratores que entraram na capital na terça-feira, havia dezenas de
    produtores da fronteira. A ministra Sandra Pittaluga ofereceu 12 milhões de dólares de
    ajuda para rebanhos de até 100 vacas. Os produtores dizem que é pouco e o protesto continua
    na quarta-feira.""",
)
_PORTUGUESE_OTHER = (
    "Estádio da fronteira recebe gramado novo",
    """O estádio municipal da fronteira recebeu um gramado novo, com a presença da ministra
    Sandra Pittaluga, que visitou a região para inaugurar a obra. A reforma custou 2 milhões de
    dólares e o estádio reabre no sábado.""",
)


def test_the_second_page_joins_once_the_first_has() -> None:
    arts = _day(_WIRE, _ALERT, _STORM, _STORM_SCHOOLS, _SPANISH, _PORTUGUESE)
    joined: set[int] = set()
    got = attach_other_language([[0, 1], [2, 3], [4], [5]], arts, joined=joined)
    assert got == [[0, 1, 4, 5], [2, 3]]
    assert joined == {4, 5}


def test_the_second_page_alone_is_weighed_as_before() -> None:
    # without the Spanish page, the minister's name and the aid are the story's own at once
    arts = _day(_WIRE, _ALERT, _STORM, _STORM_SCHOOLS, _PORTUGUESE)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1, 4], [2, 3]]


def test_a_page_of_another_event_stays_apart_after_the_story_grows() -> None:
    # the minister's name and a figure of its own: no more evidence once the Spanish page joined
    arts = _day(_WIRE, _ALERT, _STORM, _STORM_SCHOOLS, _SPANISH, _PORTUGUESE_OTHER)
    assert attach_other_language([[0, 1], [2, 3], [4], [5]], arts) == [[0, 1, 4], [2, 3], [5]]


def test_both_pages_join_through_cluster() -> None:
    arts = _day(_WIRE, _ALERT, _STORM, _STORM_SCHOOLS, _SPANISH, _PORTUGUESE)
    stories = [set(s.article_ids) for s in cluster(arts).stories]
    assert {arts[k].id for k in (0, 1, 4, 5)} in stories


# fresh31's pooled batch: two German pages of a vote on organ donation joined the English wire;
# a German page of another event (a state election) shares only the capitalised nouns of their
# language with them ("Abstimmung", "Stimmen", "Ergebnis", "Mehrheit"), none of the wire's names
# or figures. What the pages moved in an earlier round say is no evidence of the story.
_VOTE = (
    "German parliament approves opt-out organ donation",
    """BERLIN, May 4 (RMN) - Germany's parliament voted on Thursday to make every adult an organ
    donor unless they opt out, by 402 votes to 281. Health Minister Petra Vogt said the law
    would take effect in 2041. About 8,400 patients are on the waiting list, according to the
    Eurotransplant foundation, and the clinic in Hannover led by Jonas Ackermann does most of
    the transplants in the north.""",
)
_VOTE_BRIEF = (
    "Germany adopts presumed consent for organ donation",
    """German lawmakers adopted presumed consent for organ donation on Thursday; the law takes
    effect in 2041.""",
)
_VOTE_PAGE = (
    "Organspende: Bundestag beschließt Widerspruchslösung",
    """Mit 402 zu 281 Stimmen hat das Parlament am Donnerstag die Widerspruchslösung beschlossen.
    Gesundheitsministerin Petra Vogt sprach nach der Abstimmung von einem guten Ergebnis für die
    Patienten. Die Mehrheit war größer als erwartet.""",
)
_CLINIC_PAGE = (
    "Hannover: Transplantationszentrum rechnet mit mehr Spendern",
    """Nach der Abstimmung im Parlament rechnet Jonas Ackermann, Leiter des Zentrums in Hannover,
    mit mehr Organen. Rund 8.400 Patienten warten laut Eurotransplant auf ein Organ. Das
    Ergebnis sei eine klare Mehrheit, die Stimmen der Patienten seien gehört worden.""",
)
_ELECTION_PAGE = (
    "Landtagswahl: Volkspartei bleibt vorne",
    """Nach der Abstimmung am Sonntag bleibt die Volkspartei stärkste Kraft im Land. Das Ergebnis
    bringt ihr 16 von 36 Sitzen, eine Mehrheit ist ohne Partner nicht möglich. Die Stimmen aus
    den Talgemeinden wurden erst am Montag gezählt, das Parlament tritt im Juni zusammen.""",
)


def test_a_page_sharing_only_the_moved_pages_words_stays_apart() -> None:
    arts = _day(
        _VOTE, _VOTE_BRIEF, _STORM, _STORM_SCHOOLS, _VOTE_PAGE, _CLINIC_PAGE, _ELECTION_PAGE
    )
    got = attach_other_language([[0, 1], [2, 3], [4], [5], [6]], arts)
    assert [6] in got
    assert [2, 3] in got
