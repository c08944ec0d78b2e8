"""A local page in another language that states the story's numbers of two digits (a share of
the vote, an age, a count of days: ``briefing.other_language._tallies``) beside its names joins
its story; another event of the same town, which names the same places and people but states
numbers of its own, stays apart.

The articles are fictional (the mine, the union, its leader, the figures are invented), written
for these tests in the shape of fresh37's failure: an English wire and its brief on a strike,
and a local paper's page in Spanish that names the town and the union's leader and gives the
retirement ages of the dispute, none of its figures of 100 or more; and in the shape of
fresh31's d738: a German page of a state election that gives the parties' shares. And the
names such pages write in letters no accent makes ("Ələt", "Łódź") or in a case or an adjective
of their own ("w Łodzi", "Třeboňsko") meet the wire's spelling.
"""

from __future__ import annotations

from test_other_language import _STORM, _STORM_SCHOOLS, _day  # two stories of another day's

from briefing.other_language import _fold, _keys, _tallies, attach_other_language

_WIRE = (
    "Bolivian tin miners strike over plan to raise retirement age",
    """ORURO, Bolivia (Andes Wire) - Miners at the state-owned Huanuni tin mine walked off the
    job on Monday to protest a government plan to raise their retirement age from 56 to 61,
    halting Bolivia's largest tin operation. Union leader Orlando Gutiérrez said the strike
    would last until the plan was withdrawn. "Nobody lasts underground that long," he said at
    a rally in Huanuni. The mine produced about 8,000 tonnes of tin last year, according to the
    mining ministry, which said the change was needed to keep the miners' pension fund solvent.
    Talks with the ministry broke down on Friday.""",
)
_BRIEF = (
    "Huanuni miners walk out",
    """Workers at Bolivia's Huanuni tin mine went on strike on Monday against a plan to make
    them work longer before retiring, their union said.""",
)
_LOCAL = (
    "Paro en Huanuni: 'Nadie aguanta tanto en el socavón'",
    """Desde las seis de la mañana del lunes, los socavones de Huanuni quedaron en silencio. Los
    trabajadores, reunidos en la plaza principal, rechazaron la propuesta de elevar la edad de
    jubilación de 56 a 61 años. "Nadie aguanta tanto en el socavón, con el polvo y la humedad",
    dijo Orlando Gutiérrez ante la asamblea. Doña Felicidad Mamani, que vende comida a la salida
    de la bocamina, dijo que sus ventas cayeron a la mitad. Los dirigentes anunciaron que
    marcharán a Oruro el miércoles.""",
)
# Another event of the same town, told by the same leader, with numbers of its own.
_FESTIVAL = (
    "Huanuni celebra la Entrada del Socavón con 40 fraternidades",
    """Más de 40 fraternidades folklóricas bailaron el sábado en la Entrada del Socavón de
    Huanuni, que este año cumple 25 ediciones. Orlando Gutiérrez, dirigente de los mineros,
    encabezó la fraternidad de la morenada. Los organizadores esperan a visitantes de Oruro y
    de La Paz para la fiesta del domingo.""",
)


def test_tallies_are_numbers_of_two_digits_that_count() -> None:
    text = "de 56 a 61 años; 34,6 Prozent; a las 10:30; el 12/05; ruta 15; 2,080; 8 días; 99.5"
    assert _tallies(text) == {"56", "61", "34.6", "99.5"}


def test_a_local_page_stating_the_storys_ages_joins_it() -> None:
    # "Huanuni" and "Orlando Gutiérrez", two names, and 56 and 61, the story's own numbers
    arts = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1, 4], [2, 3]]
    one_story = _day(_WIRE, _BRIEF, _LOCAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1, 2]]


def test_another_event_of_the_town_with_its_own_numbers_stays_apart() -> None:
    # the same two names, but 40 and 25 are the festival's, no number of the strike's
    arts = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _FESTIVAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1], [2, 3], [4]]
    one_story = _day(_WIRE, _BRIEF, _FESTIVAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]


def test_a_number_another_story_of_the_day_says_tells_nothing() -> None:
    # the storm's reports say 56 and 61 too (their own tallies): no longer the strike's own
    storm = (_STORM[0], _STORM[1] + " Winds reached 56 knots; 61 trees fell.")
    arts = _day(_WIRE, _BRIEF, storm, _STORM_SCHOOLS, _LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1], [2, 3], [4]]


_ELECTION = (
    "Conservatives win Tyrol vote but lose majority partner",
    """INNSBRUCK, Austria (Alpine Press) - The conservative People's Party won Tyrol's state
    election on Sunday with 38.2% of the vote, down from 41.4%, while the Greens fell to 12.7%,
    leaving the governing coalition one seat short of a majority, provisional results showed.
    Governor Markus Brandacher said he would hold talks with all parties. The Social Democrats
    took 17.3% and the Freedom Party 21.6%. Turnout was 64.5%.""",
)
_ELECTION_BRIEF = (
    "Tyrol's ruling coalition loses majority",
    """Tyrol's coalition of conservatives and Greens lost its majority in Sunday's state vote,
    though Governor Markus Brandacher's party came first.""",
)
_LANDTAG = (
    "Landtagswahl: Volkspartei bei 38,2 Prozent, Grüne stürzen ab",
    """Die Volkspartei bleibt trotz Verlusten stärkste Kraft im Landtag: Laut vorläufigem
    Endergebnis kommt sie auf 38,2 Prozent, die Grünen stürzen auf 12,7 Prozent ab. In Lienz und
    Kufstein war die Stimmung am Wahlabend gedämpft. "Wir haben verstanden", sagte
    Landeshauptmann Brandacher in der Wahlzentrale. Die Wahlbeteiligung lag bei 64,5 Prozent.""",
)


def test_a_local_page_stating_the_parties_shares_joins_the_election() -> None:
    # one name ("Brandacher"; "Tirol" is a region's, no name here) and three shares
    arts = _day(_ELECTION, _ELECTION_BRIEF, _STORM, _STORM_SCHOOLS, _LANDTAG)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1, 4], [2, 3]]


def test_letters_without_accents_fold_as_the_wires_write_them() -> None:
    # Azerbaijani "ə" and Polish "ł" have no decomposition: "Ələt" is the wire's "Alat"
    assert _fold("Ələt") == "alat"
    assert _fold("Łódź") == _fold("Lodz") == "lodz"
    assert _fold("Yıldız") == "yildiz"


def test_short_names_and_slavic_adjectives_meet_their_town() -> None:
    assert "lodz" in _keys(_fold("Łodzi"))  # "w Łodzi", in Łódź
    assert "trebon" in _keys(_fold("Třeboňsko")) & _keys(_fold("Třeboň"))
    assert "poznan" in _keys(_fold("poznański"))
    # a vowel of a given name makes another name: no "Paul" in "Paula", no "Mari" in "Marie"
    assert "paul" not in _keys("paula")
    assert "mari" not in _keys("marie")


def test_a_dates_day_is_no_tally() -> None:
    # a wire's dateline and a page's header give the day's date, whatever they report
    # (review44's probe); a CJK date's suffix too
    text = "ORURO, Bolivia, Nov. 20 (Andes Wire); viernes 20 de noviembre; lundi 15 août; 11月20日"
    assert _tallies(text) == frozenset()
    assert _tallies("aged 56 on 20 November, he said 61 was too late") == {"56", "61"}


def test_another_event_of_the_town_sharing_only_the_date_stays_apart() -> None:
    # the festival's page names the town and the leader and is dated the strike's day; the
    # wire's dateline has that day too: no evidence that the page tells the strike
    wire = (
        _WIRE[0],
        _WIRE[1].replace("ORURO, Bolivia (Andes Wire)", "ORURO, Bolivia, Nov 20 (Andes Wire)"),
    )
    festival = (
        _FESTIVAL[0],
        "Huanuni, lunes 20 de noviembre. "
        + _FESTIVAL[1]
        .replace("40 fraternidades", "cuarenta fraternidades")
        .replace("25 ediciones", "veinticinco ediciones"),
    )
    one_story = _day(wire, _BRIEF, festival)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
