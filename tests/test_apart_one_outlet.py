"""One outlet's two unrelated stories of one day stay two (``briefing.one_wire``; fresh47's
look: one wire's job cuts and stranded train, both "in the ... Region" and both of 230; one
wire's two sinkholes of one city, the second's lead naming the first's district), while one
event's follow-up "for a second day" stays with its report.

The articles are fictional (the towns, districts, firms, people and figures are invented),
written for these tests in the shape of wire copy; the dateline is kept
apart from the text, as cleaning cuts a dateline alone on its line (``Article.dateline``).
"""

from __future__ import annotations

import datetime as dt

from briefing.models import Article
from briefing.one_wire import wire_apart

T0 = dt.datetime(2031, 11, 19, 9, 0, tzinfo=dt.UTC)


def _wire(title: str, text: str, minute: int, dateline: str) -> Article:
    return Article.create(
        title=title,
        text=" ".join(text.split()),
        source=f"DBW/{minute}",
        outlet="Danube Business Wire",
        published_at=T0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )


_CAPITAL = "KORVANY, Nov 19 (DBW) -"

_JOBS = _wire(
    "Wagon maker to cut 230 jobs at Belsk plant",
    """Rolling-stock maker Vagotra said on Thursday it would cut 230 jobs at its plant in Belsk
    in the Upper Tarn Region over the next six months, blaming a slump in orders for freight
    wagons. The company employs about 1,400 people in Belsk. The metalworkers' union said it
    would push for voluntary departures first.""",
    0,
    _CAPITAL,
)

_TRAIN = _wire(
    "Passengers taken off train stranded by ice near Drosno",
    """Rail operators evacuated 230 passengers from an express train that was stranded for four
    hours near Drosno in the Upper Tarn Region on Thursday after freezing rain brought down an
    overhead power line, the Railway Authority said. A diesel relief train took them on to
    Drosno. No one was hurt.""",
    1,
    _CAPITAL,
)


def test_one_wire_s_two_events_of_one_region_so_written_are_two() -> None:
    # "the Upper Tarn Region" is where both happen, no name of either event
    assert wire_apart(_JOBS, _TRAIN)


_CITY = "MERANO BAY, Dec 9 (DBW) -"

_FIRST = _wire(
    "Sinkhole swallows car on street in Merano Bay's Colle district",
    """A sinkhole about eight metres deep opened on Via Ardenti in the hilltop Colle district of
    Merano Bay early on Wednesday, swallowing a parked car and forcing the evacuation of two
    apartment buildings, firefighters said. Nobody was hurt.""",
    0,
    _CITY,
)

_SECOND = _wire(
    "Second sinkhole opens in Merano Bay's eastern suburbs, school yard closed",
    """A second sinkhole opened in Merano Bay on Wednesday, this one in the courtyard of a
    primary school in the eastern suburb of Pontalto, across the city from the collapse in the
    Colle district that swallowed a car earlier in the day. Teachers moved pupils inside before
    it widened. Officials said the two collapses did not appear to be linked.""",
    1,
    _CITY,
)

# the wire's follow-up of the first collapse: its lead names the first's district and street
_SECOND_DAY = _wire(
    "Colle residents kept out for a second day as engineers check sinkhole street",
    """Residents of two buildings on Via Ardenti in the Colle district were kept out of their
    homes for a second day while engineers from the Bassani water company checked the
    foundations beside the sinkhole.""",
    2,
    _CITY,
)


def test_a_second_event_of_the_other_s_kind_is_another_event() -> None:
    # the second's lead names the first's district, but calls its sinkhole a second one
    assert wire_apart(_FIRST, _SECOND)
    assert wire_apart(_SECOND, _FIRST)


def test_a_second_day_of_one_event_is_no_other_event() -> None:
    assert not wire_apart(_FIRST, _SECOND_DAY)


# the wire's update of the first collapse: "another car" of the thing the first headline opens
# with (review54's probe): the same sinkhole, widening, is no second event
_ANOTHER_CAR = _wire(
    "Another car falls into widening Merano Bay sinkhole, more homes evacuated",
    """Another car fell into the sinkhole in the Colle district of Merano Bay on Wednesday
    afternoon as the hole widened to about 15 metres, and fire chief Dario Venturi ordered three
    more buildings evacuated. Engineers from the Bassani water company said a
    burst main had washed away the ground under the street. Nobody was hurt.""",
    300,
    _CITY,
)
_SECOND_CAR = _wire(
    "Second car swallowed as Merano Bay sinkhole widens",
    """A second car was swallowed by the sinkhole in the Colle district of
    Merano Bay on Wednesday afternoon as the hole widened to about 15 metres, fire chief Dario
    Venturi said, ordering three more buildings evacuated. Engineers from the Bassani water
    company blamed a burst main.""",
    300,
    _CITY,
)


def test_another_of_a_thing_of_the_event_is_its_update() -> None:
    for update in (_ANOTHER_CAR, _SECOND_CAR):
        assert not wire_apart(_FIRST, update)
        assert not wire_apart(update, _FIRST)
