"""review36: a piece about the same kind of thing as the story that holds the day, but another
event (another city's strike of the same workers), does not join it because it says the
story's other headline things: ``_about`` wants two story words beside all of the story's
things, not beside the one the piece is about.

The articles are fictional (the cities' drivers, the people and the outlets are invented),
written for this test in the shape of wire copy, a brief and a feature.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.models import Article

_STORY = (
    (
        "Vilnius bus drivers strike over night-shift pay, stranding commuters",
        """VILNIUS, March 4 (BNW) - Bus drivers in Vilnius went on strike on Wednesday over
        pay for night shifts, leaving most city routes without buses, the municipal transport
        company said. The drivers' union said the strike would last two days unless the city
        raised the night-shift bonus agreed in 2019. Trolleybuses ran on a reduced
        timetable.""",
        "Baltic News Wire",
    ),
    (
        "Strike by bus drivers: Vilnius routes empty",
        """Most Vilnius bus routes were empty on Wednesday as drivers went on strike over
        night-shift pay. The transport company said it would talk to the union on Thursday.""",
        "City Brief",
    ),
    (
        "Vilnius mayor offers talks as bus drivers' strike enters first day",
        """The mayor of Vilnius offered to meet the drivers' union on Thursday as the strike
        by bus drivers left commuters waiting at empty stops on most routes. The union wants
        the night-shift bonus raised by a third.""",
        "Lithuania Today",
    ),
)
_OTHER_CITY = (
    "On the picket line in Kaunas: a strike about rotas",
    """Rimas Petraitis has driven the number 7 through the old town of Kaunas for nineteen
    years, and this week he spent his shifts on the picket line outside the depot instead.
    The strike in his city is about rotas, not money: the company wants split shifts, and
    the crews say they would be away from home for fourteen hours. "We are drivers, not
    furniture," Petraitis says. Colleagues bring soup in flasks to the picket. The strike
    has closed the depot's gates since Monday, and the union says the strike will go on until
    the rotas are dropped. The company says split shifts are needed to keep routes running
    at rush hour. Petraitis's wife works in the depot's office; their strike pay covers the
    rent, he says, but not much more.""",
    "Baltic Features",
)


def _day(*extra: tuple[str, str, str]) -> list[Article]:
    return [_article(t, x, o, k) for k, (t, x, o) in enumerate((*_STORY, *extra))]


def test_another_city_s_strike_of_the_same_workers_stays_apart() -> None:
    arts = _day(_OTHER_CITY)
    stories = cluster(arts).stories
    assert not any(arts[0].id in s.article_ids and arts[3].id in s.article_ids for s in stories)
