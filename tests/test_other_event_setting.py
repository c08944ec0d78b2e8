"""A feature of the street or the district where the story's event happened, or of its
season, tells no event (``briefing.other_event.tells_event``): the story's headline says them
only as the event's setting ("on street in ...'s ... district", "at height of summer"), and
what happened there ("sinkhole") is the story's thing (fresh47's look: a bookshop on the street
a sinkhole swallowed a car on; an ice-cream maker's "more summers of heatwaves" beside a
lifeguards' strike "at height of summer").

The articles are fictional (the towns, streets, people and figures are invented), written for
these tests in the shape of a wire report and local features.
"""

from __future__ import annotations

import datetime as dt

from briefing.models import Article
from briefing.other_event import tells_event
from briefing.shared_names import day_words

T0 = dt.datetime(2031, 12, 9, 9, 0, tzinfo=dt.UTC)


def _wire(title: str, text: str, minute: int, dateline: str) -> Article:
    return Article.create(
        title=title,
        text=" ".join(text.split()),
        source=f"DBW/{minute}",
        outlet="Danube Business Wire",
        published_at=T0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )


def _piece(title: str, text: str) -> Article:
    return Article.create(
        title=title,
        text=" ".join(text.split()),
        source="Local/30",
        outlet="Corvo Street Lives",
        published_at=T0 + dt.timedelta(minutes=30),
    )


_FIRST = _wire(
    "Sinkhole swallows car on street in Merano Bay's Colle district",
    """A sinkhole about eight metres deep opened on Via Ardenti in the hilltop Colle district of
    Merano Bay early on Wednesday, swallowing a parked car and forcing the evacuation of two
    apartment buildings, firefighters said. Nobody was hurt.""",
    0,
    "MERANO BAY, Dec 9 (DBW) -",
)

_BOOKSHOP = _piece(
    "The last bookshop on Via Ardenti",
    """From the door of his bookshop on Via Ardenti, Pino Galdi can see the whole ritual of the
    afternoon: mothers coming up from the funicular, students on the steps of the square, old
    men arguing about football outside the bar on the corner. The district, once a hill of
    villas and vineyards above the city, became a dense neighbourhood of apartment blocks in
    the last century. Rents on the street have risen with the chain stores, and Pino owns the
    shop's premises only because his father bought them when nobody thought the street was
    worth much.""",
)


def test_the_street_and_district_of_the_event_s_setting_tell_no_event() -> None:
    lower = day_words([_FIRST, _BOOKSHOP])[0]
    assert not tells_event(_BOOKSHOP, [_FIRST], lower)
    # what happened there is the story's thing
    told = _BOOKSHOP.model_copy(
        update={"text": _BOOKSHOP.text + " Since the sinkhole opened, nobody comes up the hill."}
    )
    assert tells_event(told, [_FIRST], lower)


_STRIKE = _wire(
    "Corvo beaches without lifeguards as strike bans swimming at height of summer",
    """Lifeguards on Corvo's beaches walked off the job on Wednesday in a dispute over pay,
    leaving the city's 13 beaches without supervision and swimming banned at the height of the
    summer holidays, the lifeguards' union said.""",
    0,
    "CORVO, July 22 (DBW) -",
)

_ICE_CREAM = _piece(
    "Forty flavours and one stubborn man on the Marra promenade",
    """Dov Amsel opens the shutter of his ice-cream shop on the Marra promenade at ten in the
    morning, not a minute earlier. The shop is three metres wide, wedged between a surf rental
    and a falafel stand. He makes everything himself in a back room the size of a wardrobe. The
    shop has survived two renovations of the promenade, a pandemic, and more summers of
    heatwaves than he can count.""",
)


def test_a_season_is_when_the_event_happened_no_thing_of_it() -> None:
    lower = day_words([_STRIKE, _ICE_CREAM])[0]
    assert not tells_event(_ICE_CREAM, [_STRIKE], lower)
