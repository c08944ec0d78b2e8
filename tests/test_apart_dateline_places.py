"""A dateline's place tells two events apart.

* Two towns of one name, each qualified by its country or state in its wire's dateline, are two
  places, whatever step joined their reports (``briefing.one_wire.keep_wires_apart`` with
  ``briefing.apart.datelines_apart``): fresh45's d1081 in shape, sea lions on a ferry dock in
  one Victoria and rats closing the market of another. One event's reports may qualify its
  town by its province and by its country, and then one names the other's qualifier.
* One wire's two reports filed from two towns of one state, whose headlines and leads both name
  the state, are two events (``briefing.one_wire.wire_apart`` with
  ``briefing.apart.named_regions``): fresh45's d1083 in shape, a boat rescue and a hostel's food
  poisoning in one Indian state.

The articles are fictional (the towns, states, countries, firms and people are invented),
written for these tests in the shape of wire copy, a city's morning newsletter and its briefs.
"""

from __future__ import annotations

import datetime as dt

from briefing.apart import datelines_apart, named_regions
from briefing.models import Article
from briefing.one_wire import keep_wires_apart, wire_apart

T0 = dt.datetime(2031, 6, 21, 9, 0, tzinfo=dt.UTC)


def _art(title: str, text: str, outlet: str, minute: int, dateline: str | None = None) -> Article:
    return Article.create(
        title=title,
        text=" ".join(text.split()),
        source=f"{outlet}/{minute}",
        outlet=outlet,
        published_at=T0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )


_DOCK = """A herd of about 30 seals has hauled out on a floating dock in Marrow's Inner Basin and
refused to leave, forcing the passenger ferry to Calder Point to move its departures to another
terminal, the harbour authority said on Friday. Operations manager Dana Pell said the animals
were protected and the dock would stay closed for at least ten days."""
_DOCK_LOCAL = """Count them if you can: by Friday morning harbour staff put the number of seals
piled on the Quay Street ferry float at about 40, and the barking can be heard as far as the
Market Steps. The harbour authority has moved the ferry to the Ogle pier."""
_MARKET = """Health authorities closed the main market in the capital, Marrow, on Friday after
inspectors found a rat infestation in its fish and vegetable halls, leaving about 90 vendors
without a place to sell. The market will stay shut for a week while pest controllers treat the
building, the Public Health Authority said."""


def _two_marrows() -> list[Article]:
    return [
        _art(
            "Seals take over Marrow ferry dock, forcing crossings to move",
            _DOCK,
            "Northern Coast Newswire",
            0,
            "MARROW, Vellan Shore, June 21 (NCN) -",
        ),
        _art("Marrow's noisy new tenants: 40 seals and counting", _DOCK_LOCAL, "Basin Tideline", 1),
        _art(
            "Ostria closes Marrow's main market over rat infestation",
            _MARKET,
            "Southern Isles Service",
            2,
            "MARROW, Ostria, June 21 (SIS) -",
        ),
    ]


def test_one_town_qualified_by_two_countries_is_two_places() -> None:
    dock, local, market = _two_marrows()
    assert datelines_apart(dock, market)
    assert not wire_apart(dock, market)  # two wires: not one wire's two events
    vectors = [
        {"seal": 0.7, "marrow": 0.7},
        {"seal": 0.8, "ferry": 0.6},
        {"rat": 0.8, "marrow": 0.6},
    ]
    assert keep_wires_apart([[0, 1, 2]], [dock, local, market], vectors) == [[0, 1], [2]]


def test_one_town_qualified_by_its_province_and_by_its_country_stays_one_place() -> None:
    text = """Stone walls of more than a dozen old rice terraces above Banlow collapsed after
    three days of rain, killing a farmer, officials of Kettan province said on Monday."""
    country = _art("Rain collapses rice terraces", text, "Island News Agency", 0)
    country = country.model_copy(update={"dateline": "BANLOW, Sarvania, March 16 (INA) -"})
    province = _art(
        "Farmer dies as terraces give way above Banlow",
        "A farmer died when the terrace walls above Banlow gave way on Monday morning.",
        "Highland Sentinel",
        1,
        "BANLOW, Kettan —",
    )
    assert not datelines_apart(country, province)  # the country's report names the province
    assert keep_wires_apart([[0, 1]], [country, province], [{"rice": 1.0}, {"rice": 1.0}]) == [
        [0, 1]
    ]


_RESCUE = """Coast guard and marine police rescued 46 fishermen after seven boats capsized in
rough seas off Pallam on the southern tip of Dravia's Kelvara state early on Wednesday,
officials said. Three fishermen were injured and taken to the medical college hospital in
Tirunad. The fisheries department said the boats had ignored a warning to stay in harbour."""
_HOSTEL = """Forty-six nursing students were admitted to hospital with suspected food poisoning
after eating dinner at their college hostel in Kottam in the southern Dravian state of Kelvara,
health officials said on Wednesday. Food safety officers closed the hostel kitchen and took
samples of the fish and drinking water for tests."""


def test_one_wire_s_two_reports_from_two_towns_of_one_state_are_two_events() -> None:
    rescue = _art(
        "46 fishermen rescued as boats capsize off Kelvara's Pallam",
        _RESCUE,
        "Southern Coast Wire",
        0,
        "TIRUNAD, June 26 (SCW) -",
    )
    hostel = _art(
        "46 nursing students in hospital after hostel meal in Kelvara's Kottam",
        _HOSTEL,
        "Southern Coast Wire",
        1,
        "KOTTAM, Dravia, June 26 (SCW) -",
    )
    assert "kelvara" in named_regions(_RESCUE) & named_regions(_HOSTEL)
    assert wire_apart(rescue, hostel)


def test_named_regions_reads_a_state_a_province_not_a_group_s_name() -> None:
    text = (
        "the Islamic State group, Kelvara state, the province of Ost Varna, Ohio State University"
    )
    assert named_regions(text) == {"kelvara", "ost", "varna"}
