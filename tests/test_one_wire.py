"""One wire's two events of one day stay two stories (``briefing.one_wire``), and its refile,
its sidebar and a live page stay with their report.

The articles are fictional (the city, its districts, the people, the wire and the figures are
invented), written for these tests in the shape of wire copy: a wire's two roof collapses in
one city on one day, filed under one dateline from one template, as fresh43's d1036 filed two
fires and fresh44's d1049 two roof collapses; the dateline is kept apart from the text, as
cleaning cuts a dateline alone on its line (``Article.dateline``).
"""

from __future__ import annotations

import datetime as dt

from briefing.cluster import cluster
from briefing.models import Article
from briefing.one_wire import keep_wires_apart, wire_apart

T0 = dt.datetime(2031, 3, 4, 9, 0, tzinfo=dt.UTC)
_DATELINE = "VELMORA, March 4 (CRW) -"

_MARKET = """The roof of a supermarket in the Ostrava Gate district of Velmora caved in under wet
snow on Tuesday morning, injuring seven shoppers and two cashiers, the city's fire service said.

The flat roof of the single-storey store on Kessel Street gave way over the fruit and vegetable
aisle at about 10.15 a.m., fire service spokeswoman Irma Toldt said. About 60 people were inside.

Two of the injured were taken to the Saint Anselm hospital with head injuries. The store's owner,
the Brenko chain, said it had cleared snow from the roof on Sunday.

Engineers were checking the roofs of the chain's four other stores in the city."""

_GYM = """The roof of a sports hall in the Lindow district of Velmora collapsed under the weight
of snow on Tuesday evening, hours after no one was inside, the city's building inspectors said.

The hall, used by three schools and the Lindow Rowing Club, had been closed at 5 p.m. because of
the storm; caretaker Pavel Hruska said he heard a crack and saw the steel frame fold at 7.40 p.m.

The city council said it would close 11 other halls of the same design from Wednesday until
engineers have checked them. Classes of the three schools will move to the Lindow Arena.

Snow loads in the city were the heaviest since 2009, the weather service said."""

# The wire's refile of the supermarket's report: new figures, the first paragraphs carried over.
_MARKET_UPDATE = """The number of people hurt when the roof of a supermarket in the Ostrava Gate
district of Velmora caved in under wet snow on Tuesday rose to 12, the city's fire service said,
as prosecutors opened an inquiry.

The flat roof of the single-storey store on Kessel Street gave way over the fruit and vegetable
aisle at about 10.15 a.m., fire service spokeswoman Irma Toldt said. About 60 people were inside.

Prosecutor Anna Weil said investigators would look at when the roof was last inspected."""

# The wire's sidebar on the same collapse: no paragraph carried over, the same store and chain.
_MARKET_SIDEBAR = """Shoppers at Brenko stores in Velmora found doors locked on Tuesday afternoon
as the chain shut its branches for roof checks after the collapse at its Ostrava Gate supermarket.

"We had no idea whether our own store was safe," said pensioner Lida Marek outside a closed
branch. The chain said the stores would reopen once engineers had signed them off."""


def _wire(title: str, text: str, minute: int, dateline: str | None = _DATELINE) -> Article:
    return Article.create(
        title=title,
        text=text,
        source=f"CRW/{minute}",
        outlet="Central Rivers Wire",
        published_at=T0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )


def _collapses() -> list[Article]:
    return [
        _wire("Nine hurt as snow caves in supermarket roof in Velmora", _MARKET, 0),
        _wire("Snow brings down sports hall roof in Velmora; city shuts 11 halls", _GYM, 1),
    ]


def test_one_wire_s_two_roof_collapses_of_one_city_are_two_stories() -> None:
    market, gym = _collapses()
    assert wire_apart(market, gym)
    groups = {frozenset(s.article_ids) for s in cluster([market, gym]).stories}
    assert groups == {frozenset({market.id}), frozenset({gym.id})}


def test_the_split_keeps_each_follower_with_its_own_event() -> None:
    market, gym = _collapses()
    vectors = [{"roof": 0.6, "snow": 0.5, "brenko": 0.6}, {"roof": 0.6, "snow": 0.5, "hall": 0.6}]
    vectors += [{"brenko": 0.9, "roof": 0.4}, {"hall": 0.9, "roof": 0.4}]
    shoppers = Article.create(
        title="Brenko shoppers queue outside closed stores",
        text="Shoppers queued outside Brenko stores on Tuesday after the roof fell in.",
        source="VP/2",
        outlet="Velmora Post",
        published_at=T0,
    )
    rowers = Article.create(
        title="Rowing club loses its winter hall",
        text="The Lindow Rowing Club has nowhere to train after the hall's roof fell in.",
        source="VP/3",
        outlet="Velmora Post",
        published_at=T0,
    )
    arts = [market, gym, shoppers, rowers]
    assert keep_wires_apart([[0, 1, 2, 3]], arts, vectors) == [[0, 2], [1, 3]]


def test_a_refile_a_sidebar_and_a_live_page_stay_with_the_report() -> None:
    market = _collapses()[0]
    update = _wire("UPDATE 1-Velmora supermarket roof collapse: 12 hurt", _MARKET_UPDATE, 5)
    sidebar = _wire("Brenko shuts Velmora stores for roof checks", _MARKET_SIDEBAR, 6)
    live = _wire("Velmora snow live: roof collapse, closed roads", _GYM, 7, dateline=None)
    assert not wire_apart(market, update)  # carries the first version's paragraphs
    assert not wire_apart(market, sidebar)  # its lead names the store's chain and district
    assert not wire_apart(market, live)  # a live page carries no wire dateline
    assert keep_wires_apart([[0, 1, 2, 3]], [market, update, sidebar, live], [{}] * 4) == [
        [0, 1, 2, 3]
    ]


def test_another_wire_or_another_outlet_is_not_judged() -> None:
    market, gym = _collapses()
    other = gym.model_copy(update={"outlet": "Danube Press", "dateline": "VELMORA (DPA) -"})
    assert not wire_apart(market, other)
