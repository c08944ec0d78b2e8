"""A feature about another thing in the story's own town goes back out of the story
(``briefing.other_event``): a brass band's anniversary beside a quarry's landslide, a football
club's stand and a school's new roof beside an octopus fishery's closure share the story's town,
street and landmark names and say its words only as their setting ("the hall on the quarry
road", "fishers who land their catch at the landing sites"); angle pieces whose own news the
event causes stay with it ("Since the landslide the quarry has been closed", "Once the closure
begins, he says, nobody will order a boat", "With the octopus season shut for three months").

The articles are fictional (the towns, the people, the figures are invented), written for these
tests in the shape of local bulletins and features, beside the quarry day of
``tests/test_day_story.py`` and the octopus day of ``tests/test_day_story_local.py``; and a day
of one wire report (a balcony's collapse in a town's old harbour) beside a music club's evening
(another thing: apart) or a carpenter whose phone rings since the balcony fell (joined); and a
day of three reports of a city's bus drivers' strike beside a clockmaker in its arcade, whose
carved sailors "strike the bells" (the story's word as a verb on another thing: apart), or a
flower seller whose customers stay away "because the drivers are on strike again" (joined).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import test_day_story as quarry_day
import test_day_story_local as octopus_day
from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.models import Article
from briefing.other_event import _feature, tells_event
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


_CHOIR = (
    "The voices of the old school hall: Velmar's men's choir",
    (
        "Every Thursday at eight in the evening, eleven men in their sixties and seventies "
        "climb the steps of the old school hall on the quarry road in Velmar, switch on the "
        "lights and stand in two rows facing each other. Then the soloist begins alone, in a "
        "high clear voice, and the rest of the choir enters slowly, in a deep unison that "
        "fills the room and spills out of the windows into the lane. The choir was founded in "
        "1974 by a schoolteacher and a priest. Only two of its founders still sing with it: "
        "Vasile Popa, 83, who was a shepherd, and Ion Mihai, 78, who drove a lorry to Brasova "
        "for forty years. The choir sings at weddings, funerals and the saint's day of the "
        "village church, and last summer at a festival in Sibiu. The problem is the future: "
        "young men have left for the cities, and few of those who stayed want to spend their "
        "evenings singing their grandfathers' songs. A boy of twelve, the grandson of one of "
        "the tenors, has started to join in."
    ),
)

_COLLAPSE = (
    "Balcony collapse kills two in Marisca's Old Harbour",
    (
        "MARISCA (Coast Wire) - A wooden balcony collapsed onto a crowded lane in Marisca's "
        "Old Harbour on Saturday evening, killing two people and injuring five, the island's "
        "police said. The balcony, on the second floor of a house built in the 1890s, gave "
        "way while a wedding party was passing below in Vell Street. Rescuers pulled the "
        "injured from the rubble and took them to the Sarnaya hospital. Many of the Old "
        "Harbour's 1,700 houses are more than a century old, and the heritage authority said "
        "last year that a third of them needed urgent repair. The governor ordered an "
        "inspection of every house in the Old Harbour and closed three lanes near the Sarnaya "
        "market. Residents said the house's owner had been told to repair the balcony in "
        "2041. Police have opened an inquiry."
    ),
)

_LUTE = (
    "An evening with the lute players of Sarnaya",
    (
        "Three evenings a week, when the shopkeepers around the Sarnaya market have pulled "
        "down their shutters and the smell of grilled fish drifts up from the quay, the "
        "members of the Nadi Sarnaya club climb a narrow staircase off Vell Street in "
        "Marisca's Old Harbour and tune their instruments. There is a lute, a violin that has "
        "been mended so many times that its owner calls it the old patient, a drum and a row "
        "of chairs for the singers. The club, founded in 1911, claims to be the oldest "
        "orchestra on the island still playing. Its leader, Omar Salim, 74, joined as a boy "
        "to carry the instruments. The club plays at dozens of weddings a year, and its "
        "recordings are sold on memory sticks in the shops of the market. Two university "
        'students joined this year to learn the old songs. "Our music is a newspaper with a '
        'tune," Salim says. "It tells you what the harbour is talking about." The club\'s room '
        "is shabby, and the roof leaks in the long rains; the building, like many in the old "
        "lanes, needs repair."
    ),
)

_CARPENTER = (
    "In Marisca's Old Harbour, the carpenter nobody can book",
    (
        "Yusuf Karim has mended the wooden balconies of Marisca's Old Harbour for thirty "
        "years, in a workshop of sawdust and varnish off Vell Street. Now his telephone rings "
        "all day. Since the balcony fell on the wedding party, every owner in the lanes "
        "around the Sarnaya market wants him to look at theirs, and he has a list of ninety "
        "houses. He works with his two nephews and teak he buys from a dealer on the "
        'mainland, and he says he cannot take on more. "Every house here has a balcony, and '
        'every balcony is older than me," he says. He charges by the beam and refuses work he '
        "cannot finish before the rains."
    ),
)


_STRIKE_WIRE = (
    "Ardell buses halted as drivers stage 24-hour strike",
    (
        "ARDELL (Coast Wire) - Bus drivers in Ardell walked off the job at four in the morning "
        "in a 24-hour strike over split shifts, halting all 41 routes of the city's network "
        "and leaving about 180,000 daily passengers to find another way to work. The drivers' "
        "union said its members had voted by 87 per cent to strike after talks with the "
        "operator, Ardell Transit, broke down over rosters that split a driver's day into two "
        "shifts with three unpaid hours between them. Queues for taxis stretched along Harbour "
        "Street and outside the Corn Exchange, and the ferry to the north shore ran extra "
        "crossings. Ardell Transit said the strike was unnecessary and that it had offered to "
        "cap split shifts at two a week. The union has called a second strike for next month "
        "if no deal is reached."
    ),
)

_STRIKE_BRIEF = (
    "Ardell buses stop for a day as drivers strike over split shifts",
    (
        "No buses are running in Ardell today. Drivers are on a 24-hour strike over split "
        "shifts; all 41 routes are halted. Taxis queue on Harbour Street; the north shore "
        "ferry runs extra crossings."
    ),
)

_STRIKE_WALK = (
    "No buses, long walks: how Ardell got to work on strike day",
    (
        "By seven the pavements of Harbour Street were as full as a match day. With the "
        "drivers on strike and every route of the network halted, office workers walked in "
        "from the estates on the hill, nurses shared taxis to the hospital and students cycled "
        "past the closed stops outside the Corn Exchange. A driver on the picket at the Mill "
        "Lane depot said the split shifts meant leaving home at five and getting back at nine. "
        "Shopkeepers said their mornings were quiet. The union says a second strike will "
        "follow next month if the rosters do not change."
    ),
)

_CLOCKMAKER = (
    "The last clockmaker in the arcade",
    (
        "The Carrow Arcade, which runs from Harbour Street to the Corn Exchange, is the oldest "
        "covered street in Ardell, and on a weekday morning, before the shoppers come in, it "
        "belongs to the people who work in it. Agnes Mulvey unlocks the glass door of her "
        "clock shop at nine, winds the regulator on the back wall and puts the kettle on in "
        "the workroom behind the counter. She has repaired clocks here for 31 years, first "
        "beside her father and then on her own. The shelves hold mantel clocks, carriage "
        "clocks and a long-case clock from a farmhouse on the hill that is waiting for a new "
        "pendulum. Most of her customers are regulars, and many bring a clock that belonged to "
        "a grandparent. Her apprentice, Tom Reilly, is 22 and came to her from a college on "
        "Mill Lane. Above the arcade's entrance stand two carved sailors who strike the bells "
        "of the great clock every hour, as they have since 1889. Agnes looks after them too, "
        "and says nobody in the arcade hears them any more; the visitors jump every time."
    ),
)

_FLORIST = (
    "The last flower stall on Harbour Street",
    (
        "The flower stall at the corner of Harbour Street and the Carrow Arcade in Ardell has "
        "stood in the same place for sixty years, and Rose Dunne has run it for the last "
        "twenty of them. She builds her buckets of tulips, lilies and greenery before the "
        "first office workers pass, and knows most of her regulars by the flowers they buy. "
        "Her mother sold violets from a tray on the same corner. Most of her customers come in "
        "on the buses from the estates on the hill, and this week she has cut her order from "
        "the market by half because the drivers are on strike again. She keeps the stall open "
        "anyway, and gives the roses she cannot sell to the care home on Mill Lane."
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


def _collapse(piece: tuple[str, str]) -> list[Article]:
    """A day of one wire report (a balcony's collapse in a town's old harbour) and one piece."""
    return [_article(*_COLLAPSE, "Coast Wire", 0), _article(*piece, "Culture Review", 20)]


@pytest.mark.parametrize(
    ("day", "piece"),
    [(_quarry, _CHOIR), (_collapse, _LUTE)],
    ids=["every-thursday-choir", "lute-club-beside-one-report"],
)
def test_a_habit_s_weekday_and_a_group_of_two_do_not_keep_another_thing_joined(
    day: Callable[[tuple[str, str]], list[Article]], piece: tuple[str, str]
) -> None:
    """ "Every Thursday" tells a habit, not a date: the choir is a feature. A piece beside the
    one report it joined is judged as in a bigger group, the story's words being what its
    headline says (not "harbour" of "Old Harbour", a name) and nothing else the report says
    ("the shopkeepers around the Sarnaya market": a setting)."""
    arts = day(piece)
    assert not _joined(arts)
    assert len(cluster(arts).stories) == 2


def test_a_piece_beside_one_report_whose_news_the_event_causes_joins() -> None:
    assert _joined(_collapse(_CARPENTER))  # "Since the balcony fell on the wedding party"


def test_a_habit_is_no_date_and_a_labelled_piece_on_the_news_is_no_feature() -> None:
    habit, lute = _article(*_CHOIR, "Local Weekly", 20), _article(*_LUTE, "Review", 20)
    assert _feature(habit)
    dated = " ".join(_CHOIR[1].split()).replace("Every Thursday", "On Thursday", 1)
    assert not _feature(_article(_CHOIR[0], dated, "Local Weekly", 20))
    for label in ("Opinion", "Comment", "Analysis", "Explainer"):
        assert not _feature(_article(f"{label}: {lute.title}", lute.text, "Review", 20))


def _strike(piece: tuple[str, str]) -> list[Article]:
    """A day of three reports of a city's bus drivers' strike and one piece of the city."""
    return [
        _article(*_STRIKE_WIRE, "Coast Wire", 0),
        _article(*_STRIKE_BRIEF, "Commute Pulse", 5),
        _article(*_STRIKE_WALK, "Ardell Herald", 10),
        _article(*piece, "Arcade Makers Magazine", 20),
    ]


def test_the_story_s_thing_as_a_verb_on_another_thing_does_not_keep_a_piece_joined() -> None:
    """The clockmaker's arcade, beside the drivers' strike, has "two carved sailors who strike
    the bells": the strike's word as a verb on an object the story never says; the flower
    seller's customers stay away "because the drivers are on strike again"."""
    clock = _strike(_CLOCKMAKER)
    assert not _joined(clock)
    assert len(cluster(clock).stories) == 2
    assert _joined(_strike(_FLORIST))


def test_a_verb_tells_the_event_when_its_object_is_the_story_s() -> None:
    arts = _strike(_CLOCKMAKER)
    lower = day_words(arts)[0]
    story = arts[:3]

    def tells(text: str) -> bool:
        return tells_event(_article("Ardell notes", text, "Arcade Makers", 30), story, lower)

    assert not tells("Two carved sailors who strike the bells of the clock look down.")
    assert tells("The drivers' union will strike the network again next month.")
    assert tells("Nurses shared taxis on the morning of the strike.")  # a noun: a thing


def test_a_noun_before_a_comma_a_rate_or_a_number_is_no_verb_on_another_thing() -> None:
    """review45: the story's word with an article or possessive after it is a verb only inside
    one clause ("of strike, their third" is no verb on "third"), on a word of letters that is
    no rate's unit ("two strikes a year", "wins the 24 Hours of Le Mans" still tell their
    story), and after no other determiner ("no strike this bitter"); the carved sailors who
    strike the bells still tell no strike."""
    arts = _strike(_CLOCKMAKER)
    lower = day_words(arts)[0]
    story = arts[:3]

    def tells(text: str) -> bool:
        return tells_event(_article("Ardell notes", text, "Arcade Makers", 30), story, lower)

    assert tells("Her son joined the picket on the first morning of strike, their third in a year.")
    assert tells("Ardell has had two strikes a year since 2020, and the arcade empties each time.")
    assert tells("Agnes has known no strike this bitter in her thirty-one years here.")
    assert tells("Her son will strike the 12 routes he drives, as the others will.")
    assert not tells("Two carved sailors who strike the bells of the clock look down.")
    assert not tells("Two carved sailors who strike their great bells look down.")


def test_once_of_a_habit_or_a_count_is_no_time_of_the_event() -> None:
    """fresh39's d934: a musher who "once a week drives into town for supplies" tells no
    avalanche; "once" before "a week", "more" or "again" counts times, it dates nothing. The
    brass band that takes the bus past the quarry once a week stays apart; "once the quarry
    reopens" still tells the event."""
    weekly = (
        _BAND[0],
        _BAND[1].replace(
            "Rehearsals are open",
            "Once a week the players take the bus past the quarry to play in Brasova. Rehearsals"
            " are open",
        ),
    )
    arts = _quarry(weekly)
    assert not _joined(arts)
    lower = day_words(arts)[0]
    story = arts[:4]

    def tells(text: str) -> bool:
        return tells_event(_article("Velmar notes", text, "Local Weekly", 30), story, lower)

    assert not tells("Once a week the players take the bus past the quarry to play in Brasova.")
    assert not tells("Once more the band walks past the quarry on the saint's day.")
    assert tells("Once the quarry reopens after the landslide, the band will play for the workers.")


def test_once_a_before_a_clause_that_is_no_span_of_time_still_dates_the_event() -> None:
    """review46: "once a"/"once an" is also the conjunction ("once an engineer has checked the
    wall"), which tells the event as "once the quarry reopens" does; only a span of time after
    it ("once a week", "once every two years") makes a habit."""
    checked = (
        _BAND[0],
        _BAND[1].replace(
            "Rehearsals are open",
            "Once an engineer has checked the quarry wall, the band will rehearse by the gate"
            " again. Rehearsals are open",
        ),
    )
    arts = _quarry(checked)
    lower = day_words(arts)[0]
    story = arts[:4]

    def tells(text: str) -> bool:
        return tells_event(_article("Velmar notes", text, "Local Weekly", 30), story, lower)

    assert tells("Once an engineer has checked the quarry wall, the band will play again.")
    assert tells("Once a landslide closes the quarry road, the band cannot reach Brasova.")
    assert not tells("Once every two weeks the players take the bus past the quarry.")
    assert not tells("Once a year the band plays at the quarry gate.")
    assert tells_event(arts[4], story, lower)
