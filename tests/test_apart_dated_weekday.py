"""A dateline's weekday is no country: "DUBLIN, Friday (IPW) -" (a paper's style, the day
written for the date) beside "DUBLIN, Ireland, May 3 (GPW) -" qualifies nothing, and one
event's reports in the two styles are not held apart (``briefing.apart.dated_apart``;
review47's probe of join42's rule). Fictional, real-shaped articles: the fire, the street and
the outlets are invented."""

from __future__ import annotations

import datetime as dt

from briefing.apart import NamedApart, named_apart
from briefing.models import Article

T0 = dt.datetime(2031, 5, 3, 9, 0, tzinfo=dt.UTC)


def _article(title: str, text: str, outlet: str, minute: int, dateline: str) -> Article:
    return Article.create(
        title=title,
        text=dateline + "\n" + " ".join(text.split()),
        source=f"{outlet}/{minute}",
        outlet=outlet,
        published_at=T0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )


_FIRE = """A fire tore through a six-storey apartment block on Dorset Street early on Friday,
killing two residents and forcing about 140 people into the street, fire officials said."""
_FIRE2 = """Two people died and eleven were pulled from balconies when fire swept a six-storey
block on Dorset Street before dawn on Friday, the city's fire chief said."""


def test_a_weekday_in_a_dateline_qualifies_no_place() -> None:
    paper = _article(
        "Two dead in Dorset Street fire", _FIRE, "Irish Paper Wire", 0, "DUBLIN, Friday (IPW) -"
    )
    wire = _article(
        "Dublin blaze kills two", _FIRE2, "Global Press Wire", 3, "DUBLIN, Ireland, May 3 (GPW) -"
    )
    veto = NamedApart([paper, wire])
    assert not veto.veto(0, 1)
    assert not named_apart([paper], [wire], frozenset())
