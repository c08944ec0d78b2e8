"""A local page in another language joined to its story: its main counts read by its language
(separators, number words, what they count) and set against the English reports' as two
outlets' figures, told in the English bullet's note with the page's language; and the probe set
of pairs that must never make a note (a threshold, a distance of another thing, a past event's
toll, a year, a price, a road's number, the same figure written another way)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.cluster import Clustering
from briefing.conflicts import find_conflicts
from briefing.local_facts import local_figures
from briefing.models import Article, BriefingSection, Bullet, Evidence, Story
from briefing.summarize.versions import with_conflicts

T0 = dt.datetime(2056, 5, 12, 9, tzinfo=dt.UTC)


def _page(title: str, text: str, outlet: str, hours: float = 0) -> Article:
    return Article.create(
        title=title,
        text=text,
        source=f"{outlet}.html",
        outlet=outlet,
        published_at=T0 + dt.timedelta(hours=hours),
    )


WIRE = _page(
    "Landslide buries bus on Andean highway, killing six",
    "LIMA, May 12 (Andes Wire) - A landslide buried a bus on a mountain highway in central Peru "
    "early on Friday, killing six people and injuring 21, the regional government said. The "
    "slide covered about 150 metres of the road near the town of Huallanca after two days of "
    "heavy rain, officials said. Rescuers worked through the morning to reach the bus. The "
    "road, the main link between the coast and the mining towns of the Cordillera Blanca, "
    "will stay closed until Sunday, the transport ministry said.",
    "Andes Wire",
)
LOCAL = _page(
    "Huallanca: nueve muertos y 24 heridos tras huaico que sepultó un bus",
    "Huallanca, 12 de mayo de 2056. Nueve personas murieron y 24 resultaron heridas cuando un "
    "huaico sepultó un bus de la empresa Transportes Cordillera en la carretera a Huallanca, "
    "informó el alcalde distrital. El deslizamiento cubrió unos 150 metros de la vía. Los "
    "vecinos ayudaron a los bomberos a sacar a los pasajeros. La carretera seguirá cerrada "
    "hasta el domingo.",
    "Diario de Huallanca",
    hours=2,
)


@pytest.mark.parametrize(
    ("sentence", "language", "read"),
    [
        ("O fogo já consumiu 4.600 hectares de mato.", "pt", [("hectares", 4600.0, "4,600")]),
        ("Le silo a perdu 20 000 tonnes de blé.", "fr", [("tonnes", 20000.0, "20,000")]),
        ("La lava avanzó 2,4 kilómetros en la noche.", "es", [("km", 2.4, "2.4")]),
        (
            "Į Mūšą nutekėjo apie 11 tūkst. kubinių metrų srutų.",
            "lt",
            [("cubic", 11000.0, "about 11,000")],
        ),
        (
            "Sete pessoas morreram e 45 ficaram feridas no acidente.",
            "pt",
            [("dead", 7.0, "seven"), ("injured", 45.0, "45")],
        ),
        ("Moto wateketeza bweni, wanafunzi 11 wafariki dunia", "sw", [("dead", 11.0, "11")]),
    ],
)
def test_a_figure_is_read_by_its_pages_language(
    sentence: str, language: str, read: list[tuple[str, float, str]]
) -> None:
    assert [(f.kind, f.value, f.written) for f in local_figures(sentence, language)] == read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Dois dos mortos estavam num carro prensado entre dois caminhões.", "pt"),  # part
        ("Os voos só partem se a visibilidade passar de 800 metros.", "pt"),  # a threshold
        ("O limite para veículos pesados no trecho é de 80 km/h.", "pt"),  # a speed
        ("Os corretores cotaram a viagem a 215 reais por tonelada.", "pt"),  # a price
        ("El accidente ocurrió en el kilómetro 1.245 de la ruta 40.", "es"),  # a road's marker
        ("51 veículos na manhã desta terça-feira.", "pt"),  # no count of a kind read here
    ],
)
def test_no_figure_of_a_kind_is_read(sentence: str, language: str) -> None:
    assert local_figures(sentence, language) == []


def test_a_joined_local_pages_different_toll_is_a_conflict_with_the_wires() -> None:
    conflicts = {c.about: [v.value for v in c.values] for c in find_conflicts([WIRE, LOCAL])}
    assert conflicts["dead"] == ["nine", "six"]
    assert conflicts["injured"] == ["24", "21"]
    assert "metres" not in conflicts  # "unos 150 metros" and "about 150 metres" agree


def test_the_english_bullet_says_which_languages_report_gives_the_other_figure() -> None:
    text = (
        "A landslide buried a bus on a mountain highway in central Peru early on Friday, "
        "killing six people and injuring 21, the regional government said."
    )
    clustering = Clustering(
        articles=[WIRE, LOCAL],
        stories=[Story(id="s1", title="Andes landslide", article_ids=[WIRE.id, LOCAL.id])],
        near_duplicates={},
    )
    section = BriefingSection(
        title="Andes landslide",
        bullets=[
            Bullet(
                text=text,
                source_ids=[WIRE.id],
                evidence=[Evidence(source_id=WIRE.id, quote=text)],
            )
        ],
        story_id="s1",
    )
    [out] = with_conflicts([section], clustering, {WIRE.id: WIRE, LOCAL.id: LOCAL})
    [bullet] = out.bullets
    assert bullet.text.endswith("(a Spanish-language report says nine dead and 24 injured).")
    assert bullet.source_ids == [WIRE.id, LOCAL.id]


def _spanish(text: str) -> Article:
    return _page("Huaico en la carretera a Huallanca", text, "Diario de Huallanca", hours=2)


@pytest.mark.parametrize(
    "local",
    [
        # the same figures written the page's way
        "Huallanca, 12 de mayo de 2056. Seis personas murieron y 21 resultaron heridas cuando "
        "un huaico sepultó un bus en la carretera a Huallanca.",
        # a past event's toll, in the page's lead
        "Huallanca, 12 de mayo de 2056. En 2049 otro huaico dejó 14 muertos en la misma "
        "carretera a Huallanca, recordó el alcalde.",
        # since when, not today's count
        "Huallanca, 12 de mayo de 2056. Desde el martes ya son 14 muertos por las lluvias en "
        "la región, según Defensa Civil.",
        # a figure of the page's story beyond its lead: not its main count
        "Huallanca, 12 de mayo de 2056. Un huaico sepultó un bus en la carretera a Huallanca. "
        "Los vecinos ayudaron a los bomberos. La carretera seguirá cerrada hasta el domingo. "
        "Los bomberos dijeron que hay más casas en riesgo. Nueve personas murieron.",
    ],
)
def test_no_toll_conflict_from_a_page_that_gives_no_other_count_of_todays_event(
    local: str,
) -> None:
    assert "dead" not in {c.about for c in find_conflicts([WIRE, _spanish(local)])}


def test_a_threshold_in_either_language_is_no_report_of_the_visibility() -> None:
    english = _page(
        "Fog closes Lisbon airport",
        "LISBON, May 12 (Wire) - Thick fog cut visibility to less than 200 metres at Lisbon "
        "airport on Friday, forcing the cancellation of 40 flights, the operator said.",
        "Wire",
    )
    local = _page(
        "Nevoeiro fecha aeroporto de Lisboa",
        "Lisboa, 12 de maio de 2056. Os voos só serão retomados se a visibilidade passar de "
        "800 metros, disse a operadora do aeroporto de Lisboa.",
        "Jornal de Lisboa",
        hours=1,
    )
    assert find_conflicts([english, local]) == []


def test_a_distance_to_another_place_is_no_report_of_the_same_length() -> None:
    english = _page(
        "Dormitory fire kills nine at Tanzanian school",
        "DAR ES SALAAM, May 12 (Wire) - Fire swept through a school dormitory in Kilosa, about "
        "300 km west of Dar es Salaam, early on Friday, police said.",
        "Wire",
    )
    local = _page(
        "Moto wateketeza bweni Kimamba",
        "Kilosa, Mei 12, 2056. Moto uliteketeza bweni la shule ya Kimamba, kilomita 20 kutoka "
        "mji wa Kilosa, usiku wa kuamkia leo, polisi walisema.",
        "Habari za Bonde",
        hours=1,
    )
    assert [c.about for c in find_conflicts([english, local])] == []


def test_two_pages_in_two_other_languages_are_not_set_against_each_other() -> None:
    portuguese = _page(
        "Incêndio consome 4.600 hectares",
        "Coimbra, 12 de maio de 2056. O incêndio já consumiu 4.600 hectares de floresta, "
        "segundo a Proteção Civil.",
        "Diário de Coimbra",
    )
    spanish = _page(
        "El incendio ya quemó 3.000 hectáreas",
        "Coimbra, 12 de mayo de 2056. El incendio ya quemó 3.000 hectáreas de bosque, según "
        "la Protección Civil portuguesa.",
        "Diario de Badajoz",
        hours=1,
    )
    assert find_conflicts([portuguese, spanish]) == []


@pytest.mark.parametrize(
    "english",
    [
        "Six of the injured were in serious condition, the provincial health ministry said.",
        "Five people were seriously injured, including a boy of 12, the emergency service said.",
    ],
)
def test_a_part_of_the_injured_is_no_report_of_their_count(english: str) -> None:
    wire = _page("Fair ride breaks down in Gdansk", english, "Wire")
    local = _page(
        "Awaria karuzeli na jarmarku",
        "Gdańsk, 12 maja 2056. 22 osoby ranne po awarii karuzeli na jarmarku w Gdańsku.",
        "Dziennik Bałtycki",
        hours=1,
    )
    assert find_conflicts([wire, local]) == []


def test_a_hospitals_share_of_the_injured_is_no_report_of_their_count() -> None:
    """A local page telling how many of the injured its hospital took in (review55: "O Hospital
    Regional de Xanxerê recebeu 12 feridos" against a wire's 31 injured was noted "a
    Portuguese-language report says 12 injured")."""
    wire = _page(
        "Bus crash in southern Brazil kills 9",
        "CHAPECO, Brazil, May 12 (South Wire) - A bus carrying university students overturned on "
        "a highway in Santa Catarina state on Tuesday night, killing nine people and injuring 31, "
        "the highway police said. The bus left the road on a bend near Xanxere.",
        "South Wire",
    )
    local = _page(
        "Hospital de Xanxerê recebe feridos do acidente na BR-282",
        "Xanxerê, 12 de maio de 2056. O Hospital Regional de Xanxerê recebeu 12 feridos do "
        "acidente com o ônibus de estudantes na BR-282, na noite de terça-feira. Segundo a "
        "direção, quatro estão em estado grave.",
        "Jornal do Oeste",
        hours=1,
    )
    assert find_conflicts([wire, local]) == []
