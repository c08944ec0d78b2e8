"""A lone piece written in another language than the day's joins the one group whose names it
says and no other article of the day says (``briefing.other_language``); a report of another
event of the same kind, or a piece whose only shared names are countries, stays on its own.

The articles are fictional (the towns' officials, the firms, the figures are invented), written
for these tests in the shape of a wire report, a local paper's report in Spanish, and a
farm-price report from a town of the same name elsewhere (fresh28's d671 in shape).
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.models import Article
from briefing.other_language import attach_other_language

_WIRE = (
    "Ransomware freezes San José city hall's systems",
    """SAN JOSÉ, Costa Rica (Isthmus Cable) - A ransomware attack has paralysed the computer
    systems of the municipality of San José since Wednesday night, halting online tax payments,
    building permits and the city's parking app, the mayor's office said on Friday. The attackers
    encrypted servers at the municipal data centre and left a note demanding a ransom in
    cryptocurrency, a city official said. Mayor Lucía Barquero said the city would not pay.
    "We will not finance crime," Barquero told reporters. The national cyber security office,
    led by Tomás Arguedas, said it was helping the city restore its servers from backups.""",
)
_LOCAL = (
    "Piden 3 millones de dólares por liberar los sistemas de la Municipalidad",
    """Los delincuentes que cifraron los servidores de la Municipalidad de San José exigen tres
    millones de dólares en criptomonedas, según una copia de la nota de rescate a la que tuvo
    acceso este medio. En las ventanillas del edificio municipal la fila daba vuelta a la cuadra
    el viernes por la mañana. "Vine a pagar la patente y me dicen que vuelva en quince días",
    contó un comerciante. La alcaldesa Lucía Barquero repitió que no pagará, y el director de
    ciberseguridad, Tomás Arguedas, dijo que los respaldos están intactos.""",
)
_ONIONS = (
    "Onion farmers dump harvest as prices crash in San Jose",
    """SAN JOSE, Occidental Mindoro - Farmers in San Jose dumped sacks of red onions by the
    roadside on Friday in protest against farm-gate prices that have fallen to about 18 pesos a
    kilo, less than half of what it costs them to grow the crop. "We sell at 18, and in Manila
    the same onion costs 120," said Rodrigo Balmores, who heads the Mindoro onion growers'
    association. Traders blamed imports and full cold stores.""",
)
_ONION_PRICES = (
    "Onion farm-gate price falls to P15 in Mindoro",
    """Farm-gate prices of red onions in Occidental Mindoro have dropped to as low as P15 a
    kilo, according to traders in San Jose, down from P70 in February. Retail prices in Manila
    markets remained between P110 and P130, the agriculture department's monitor showed.""",
)


def _day(*pieces: tuple[str, str]) -> list[Article]:
    return [_article(t, x, f"Outlet {k}", k) for k, (t, x) in enumerate(pieces)]


def test_a_piece_in_another_language_joins_the_group_whose_own_names_it_says() -> None:
    arts = _day(_ONIONS, _ONION_PRICES, _WIRE, _LOCAL)
    # "San José" is said by both groups; "Barquero" and "Arguedas" only by the wire
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2, 3]]
    assert attach_other_language([[0, 1], [3], [2]], arts) == [[0, 1], [3, 2]]


def test_the_whole_grouping_puts_the_spanish_report_with_the_wire() -> None:
    arts = _day(_ONIONS, _ONION_PRICES, _WIRE, _LOCAL)
    stories = {frozenset(s.article_ids) for s in cluster(arts).stories}
    assert frozenset({arts[2].id, arts[3].id}) in stories
    assert frozenset({arts[0].id, arts[1].id}) in stories


_PORT_STRIKE = (
    "Paro portuario: 7.000 trabajadores detienen Valparaíso",
    """Los trabajadores de la Unión Portuaria detuvieron el jueves las faenas en Valparaíso y
    San Antonio en rechazo a la automatización de las grúas, dijo su presidente, Jorge Rivas.
    Unos 40 barcos esperan en la bahía. "No vamos a aceptar que nos reemplacen máquinas",
    afirmó Rivas frente a la portería del terminal. La empresa Terminal Pacífico Sur dijo que
    mantendrá los turnos de emergencia.""",
)
_WHARF_STRIKE = (
    "Fremantle wharfies walk off over rosters, ships queue off Rottnest",
    """PERTH (Indian Ocean Desk) - About 1,000 dock workers walked off the job at Fremantle's
    container terminals on Thursday in a dispute over rosters, leaving a dozen ships at anchor
    off Rottnest Island, the Maritime Union said. Branch secretary Colin Waddell said the
    operator, Swan Quay Terminals, wanted twelve-hour shifts on call. The operator said it would
    keep talking. Strikes at the port last year cost exporters millions, the chamber said.""",
)
_WHARF_BRIEF = (
    "Union says 1,000 on strike at Fremantle wharf",
    """The Maritime Union said about 1,000 members were on strike at Fremantle on Thursday and
    that ships were waiting off Rottnest. Swan Quay Terminals said talks would go on.""",
)


def test_another_port_strike_told_in_another_language_stays_apart() -> None:
    arts = _day(_WHARF_STRIKE, _WHARF_BRIEF, _PORT_STRIKE)
    assert attach_other_language([[0, 1], [2]], arts) == [[0, 1], [2]]
    assert len(cluster(arts).stories) == 2


_FLOOD = (
    "Inundaciones en Guatemala: el río desborda y México envía ayuda",
    """El río Motagua se desbordó el martes en el oriente de Guatemala y obligó a evacuar a
    unas 2.000 familias, informó la coordinadora de emergencias. México envió dos helicópteros
    y víveres a las aldeas aisladas, según la cancillería.""",
)
_TRADE = (
    "Guatemala and Mexico sign customs deal for border trucks",
    """GUATEMALA CITY (Isthmus Cable) - Guatemala and Mexico signed a customs agreement on
    Tuesday that lets lorries cross at Tecún Umán with one inspection instead of two, the trade
    ministry said. Hauliers welcomed the deal, which starts in March.""",
)
_TRADE_BRIEF = (
    "Guatemala, Mexico agree single border inspection",
    """Guatemala and Mexico will inspect lorries once at Tecún Umán from March, officials
    said on Tuesday.""",
)


def test_a_piece_sharing_only_country_names_stays_apart() -> None:
    arts = _day(_TRADE, _TRADE_BRIEF, _FLOOD)
    # "Guatemala" and "Mexico" (Spanish "México") are said by both, and name countries only
    assert attach_other_language([[0, 1], [2]], arts) == [[0, 1], [2]]


def test_a_piece_whose_names_fit_two_groups_stays_on_its_own() -> None:
    other_wire = (
        "City hall's cyber chief Tomás Arguedas named in Barquero's new cabinet",
        """Mayor Lucía Barquero named Tomás Arguedas to lead a new digital office, the city
        said, weeks before the council votes on the budget.""",
    )
    arts = _day(_WIRE, other_wire, _LOCAL)
    assert attach_other_language([[0], [1], [2]], arts) == [[0], [1], [2]]


def test_a_day_in_one_language_is_left_as_it_is() -> None:
    arts = _day(_ONIONS, _ONION_PRICES, _WIRE, _WHARF_BRIEF)
    groups = [[0, 1], [2], [3]]
    assert attach_other_language(groups, arts) == groups
