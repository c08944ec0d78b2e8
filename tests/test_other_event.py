"""A feature about another thing in the story's own town goes back out of the story
(``briefing.other_event``): a brass band's anniversary beside a quarry's landslide, a football
club's stand and a school's new roof beside an octopus fishery's closure share the story's town,
street and landmark names and say its words only as their setting ("the hall on the quarry
road", "fishers who land their catch at the landing sites"); angle pieces whose own news the
event causes stay with it ("Since the landslide the quarry has been closed", "Once the closure
begins, he says, nobody will order a boat", "With the octopus season shut for three months").

The articles are fictional (the towns, the people, the figures are invented), written for these
tests in the shape of local bulletins and features, beside the quarry day of
``tests/test_day_story.py`` and the octopus day of ``tests/test_day_story_local.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import test_day_story as quarry_day
import test_day_story_local as octopus_day
from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.models import Article
from briefing.other_event import tells_event
from briefing.shared_names import day_words

_BAND = (
    "Velmar's brass band marks fifty years with new jackets",
    (
        "The Velmar Brass Band has rehearsed in the hall of the old school on the quarry road "
        "for fifty years, and this spring it celebrated the anniversary in new jackets. Its "
        "28 players, the youngest eleven and the oldest 79, ordered them from a tailor in "
        "Brasova, dark green with brass buttons, paid for by a raffle and by the parish. "
        "Bandmaster Sorin Lupu, who taught music at the school for three decades, has "
        "arranged a programme of marches and folk dances for the summer. Many of the players' "
        "fathers and grandfathers were quarry workers, and the band still plays at weddings, "
        "funerals and the saint's day of the village church. The hall, a short walk from the "
        "quarry gate, is heated by a wood stove that the players feed in turn. Rehearsals are "
        "open to anyone who brings an instrument, and the band is looking for a second "
        "trumpet."
    ),
)

_CLUB = (
    "Kilindoni's football club paints its stand",
    (
        "Mafia Stars FC, the island's oldest football club, has repainted the wooden stand at "
        "its ground behind the Kilindoni market in blue and white, the colours it has worn "
        "since it was founded by dock labourers in 1968. Club secretary Hamisi Juma said the "
        "paint was paid for by a shop owner in Dar es Salaam who played for the club as a "
        "boy. The players, most of them fishers who land their catch at the landing sites on "
        "the east coast, train on the sand when the tide is out and on the pitch in the "
        "evening. The club has reached the district cup final, to be played on the main "
        "island, and supporters are collecting money for the boat fare. The stand seats about "
        "300 people and has no roof."
    ),
)

_ROOF = (
    "A new roof for the old mosque school in Kilindoni",
    (
        "The madrasa beside the old mosque in Kilindoni has a new roof of corrugated iron, "
        "paid for by families of the town who work in Dar es Salaam and Zanzibar. Teacher "
        "Mwalimu Hassan said the old roof of palm thatch had leaked for three rainy seasons, "
        "and classes moved to the shade of the mango trees in the afternoon. About 90 "
        "children study there after school, many of them sons and daughters of fishers who "
        "land their catch at the landing sites on the east coast. Builders from the island "
        "did the work in two weeks. The school plans a small library in the room at the back "
        "and asks for donations of books in Swahili and English."
    ),
)

_TAXI = (
    "Up the hill, the taxi drivers wait in the square",
    (
        "Every morning for twelve years Costel Marin has parked his taxi in the square below "
        "the church and waited for the men from the early shift. Nobody has come down the "
        "hill since the quarry's gallery fell in. He reads the paper, smokes, and drives a "
        "widow to the clinic on Tuesdays. The other three drivers have gone to work in "
        'Brasova. "The stone paid for this car," Marin says, tapping the roof. His daughter '
        "is studying in Cluj and he does not want her to come home to help. He has lowered "
        "his fare to the station by a third, and he still waits."
    ),
)

_CANTEEN = (
    "The canteen by the gate has nobody to feed",
    (
        "Maria Stan has cooked at the canteen by the Velmar gate for nineteen years, soup at "
        "six and a hot meal at noon for the men coming off the night shift. This week the "
        "pots are cold. Since the landslide the quarry has been closed, and the seventy men "
        "who eat at her tables have been sent home on half pay. She has frozen what she could "
        "and given the bread to the parish. Her two helpers, sisters from the village, have "
        'gone to pick fruit in the valley. "I cooked for their fathers," Stan says of the men '
        'who were trapped. "When they came out, the first thing one of them asked for was my '
        'soup." She does not know when she will light the stoves again.'
    ),
)

_ICE = (
    "The ice plant at Kilindoni cuts its night shift",
    (
        "The ice plant behind the jetty at Kilindoni has run two shifts a day for as long as "
        "anyone can remember, making the blocks that fishers and agents pack their catch in "
        "for the crossing to Dar es Salaam. From April it will run one. With the octopus "
        "season shut for three months, manager Rehema Ali expects to sell a third of the ice "
        "she sells now, and she has told the eight men of the night shift to look for other "
        "work until July. The plant will keep its freezer rooms cold for the few boats that "
        'still land fish. "Ice is the first thing a fisher buys and the first thing he stops '
        'buying," she said.'
    ),
)

_BOATS = (
    "A boat builder's yard falls quiet on Mafia",
    (
        "In a yard of sawdust and palm shade at Kilindoni, Bakari Omari has built the small "
        "wooden boats that octopus fishers use for thirty years. He has two hulls half "
        "finished and no buyer for either. Once the closure begins, he says, nobody will "
        "order a boat until the fishery opens again, and his three workers will go back to "
        "their farms. He has kept the timber dry under plastic sheets and will use the time "
        'to mend old boats for the few fishers who can pay. "The sea will have its rest," he '
        'says. "The question is whether the builders have enough to eat until it is over." '
        "His son, who learned the trade from him, has gone to look for work in Dar es Salaam."
    ),
)


def _quarry(piece: tuple[str, str]) -> list[Article]:
    return [*quarry_day._day()[:4], _article(*piece, "Local Weekly", 20)]


def _octopus(piece: tuple[str, str]) -> list[Article]:
    return [*octopus_day._day(), _article(*piece, "Local Weekly", 20)]


def _joined(arts: list[Article]) -> bool:
    piece = arts[-1].id
    return any(piece in s.article_ids and len(s.article_ids) > 1 for s in cluster(arts).stories)


@pytest.mark.parametrize(
    ("day", "piece"),
    [(_quarry, _BAND), (_octopus, _CLUB), (_octopus, _ROOF)],
    ids=["brass-band", "football-club", "school-roof"],
)
def test_a_feature_about_another_thing_in_the_story_s_town_stays_apart(
    day: Callable[[tuple[str, str]], list[Article]], piece: tuple[str, str]
) -> None:
    arts = day(piece)
    assert not _joined(arts)
    assert len(cluster(arts).stories) == 2  # the story itself stays whole


@pytest.mark.parametrize(
    ("day", "piece"),
    [(_quarry, _TAXI), (_quarry, _CANTEEN), (_octopus, _ICE), (_octopus, _BOATS)],
    ids=["taxi-drivers", "canteen", "ice-plant", "boat-builder"],
)
def test_an_angle_piece_whose_news_the_event_causes_joins(
    day: Callable[[tuple[str, str]], list[Article]], piece: tuple[str, str]
) -> None:
    assert _joined(day(piece))


def test_the_story_s_words_as_a_setting_do_not_tell_its_event() -> None:
    arts = _quarry(_BAND)
    lower = day_words(arts)[0]
    story = arts[:4]

    def tells(text: str) -> bool:
        return tells_event(_article("Velmar notes", text, "Local Weekly", 30), story, lower)

    # The story's thing as a setting: one name with a word beside it, or after a place's
    # preposition.
    assert not tells("Many of the players' fathers were quarry workers, and still are.")
    assert not tells("The hall is a short walk from the quarry, by the river bridge.")
    # The event as the cause or the time of the piece's own news, or as a thing.
    assert tells("Orders doubled after the landslide at Velmar.")
    assert tells("Nobody comes down the hill since the quarry closed.")
    assert tells("He says the quarry will not open before winter.")
