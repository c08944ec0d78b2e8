"""Two events of one country, each told by an English wire and a local page in another language,
can be paired across: the two wires by their English words (one agency, one country, "closed"),
the two pages by theirs. A page then says its own event's names and figures with the group of
the two wires, and ``briefing.other_language.attach_other_language`` moved the pair of pages
into it: four articles of two events in one section (fresh42's d1010: an environment agency's
dredging suspension and its manatee release; d1012: a city's bridge closed to cars and a school
closed for its roof). The two pairs cross: each page is tied to one wire by names or figures
that no other article of the four says, the other page to the other wire. Then each page goes
with its own wire.

The articles are fictional, written for these tests: a country's environment agency halting a
salmon farm's expansion and releasing rescued deer in a reserve, an English wire and a Spanish
page each, all four naming the agency and its president; and one story told by a wire and a
feature in English and a page and its teaser in Spanish, the teaser and the feature saying the
story's names with everyone (it stays one group of four).
"""

from __future__ import annotations

from test_other_language import _STORM, _STORM_SCHOOLS, _day

from briefing.other_language import attach_other_language

_FARM_WIRE = (
    "Chile's environment agency halts salmon farm expansion in southern fjord",
    """SANTIAGO, March 12 (APW) - Chile's environment agency Conaf-Mar on Wednesday halted the
    expansion of a salmon farm in the Puyuhuapi fjord, saying the company had exceeded its
    licence by 1,400 tonnes of fish last year. The agency's president, Rodrigo Valdebenito,
    said inspectors found oxygen levels below the legal floor across 3,200 hectares of the
    fjord. The company, Salmones Queulat, has 15 working days to appeal. Fishermen in Puerto
    Cisnes had complained of dead mussel beds since January.""",
)
_DEER_WIRE = (
    "Rescued huemul deer returned to Patagonian reserve",
    """COYHAIQUE, Chile, March 12 (PSW) - Nine endangered huemul deer rescued as fawns were
    released on Wednesday in the Cerro Castillo reserve after two years in a rehabilitation
    centre, Chile's environment agency Conaf-Mar said. The agency's president, Rodrigo
    Valdebenito, said the release raised the reserve's known population to 212 animals.
    Veterinarian Ignacia Llanquileo fitted each deer with a radio collar before it left the
    enclosure at dawn.""",
)
_FARM_PAGE = (
    "Conaf-Mar paraliza la ampliación de Salmones Queulat en el fiordo Puyuhuapi",
    """La agencia ambiental Conaf-Mar paralizó este miércoles la ampliación del centro de
    cultivo de Salmones Queulat en el fiordo Puyuhuapi. Según su presidente, Rodrigo
    Valdebenito, la empresa superó su permiso en 1.400 toneladas y el oxígeno estaba bajo el
    mínimo legal en 3.200 hectáreas. Los pescadores de Puerto Cisnes celebraron la medida.""",
)
_DEER_PAGE = (
    "Nueve huemules vuelven a la reserva Cerro Castillo",
    """Nueve huemules rescatados cuando eran crías volvieron este miércoles a la reserva Cerro
    Castillo. La veterinaria Ignacia Llanquileo les puso un collar de radio antes de abrir el
    corral. Rodrigo Valdebenito, presidente de Conaf-Mar, dijo que la población conocida de la
    reserva llega a 212 ejemplares.""",
)
# one story, four articles: the feature and the teaser name the fjord, the company and the
# president with everyone, and state no figure only one of the pages states
_FARM_FEATURE = (
    "In a southern fjord, mussel divers wait for the salmon pens to go",
    """The mussel divers of Puerto Cisnes have watched the Puyuhuapi fjord change for years.
    "The water smells of feed," one of them said on the pier, where Salmones Queulat's boats
    tie up. They wrote to Rodrigo Valdebenito's agency in January; this week they got an
    answer.""",
)
_FARM_TEASER = (
    "Puyuhuapi: frenan a Salmones Queulat",
    """Rodrigo Valdebenito anunció que Salmones Queulat no podrá ampliar su centro en el fiordo
    Puyuhuapi. Los buzos de Puerto Cisnes lo celebran.""",
)


def test_two_events_pages_crossing_their_wires_go_each_with_its_own() -> None:
    arts = _day(_FARM_WIRE, _DEER_WIRE, _STORM, _STORM_SCHOOLS, _DEER_PAGE, _FARM_PAGE)
    joined: set[int] = set()
    got = attach_other_language([[0, 1], [2, 3], [4, 5]], arts, joined=joined)
    assert sorted(got) == [[0, 5], [1, 4], [2, 3]]
    assert joined == {4, 5}


def test_one_storys_page_and_teaser_join_its_wire_and_feature() -> None:
    arts = _day(_FARM_WIRE, _FARM_FEATURE, _STORM, _STORM_SCHOOLS, _FARM_PAGE, _FARM_TEASER)
    got = attach_other_language([[0, 1], [2, 3], [4, 5]], arts)
    assert sorted(got) == [[0, 1, 4, 5], [2, 3]]


def test_a_page_of_one_event_alone_still_joins_the_pair() -> None:
    # no crossing without a second page: the one page joins the group it is told by (as before)
    arts = _day(_FARM_WIRE, _FARM_FEATURE, _STORM, _STORM_SCHOOLS, _FARM_PAGE)
    assert sorted(attach_other_language([[0, 1], [2, 3], [4]], arts)) == [[0, 1, 4], [2, 3]]
