"""In a batch of many stories, a story takes a lone piece that says its own words, the words
few articles outside it say (``briefing.day_story.attach_to_own_words``); a word many other
articles say, a country's name, one word alone, or the words of two stories keep it apart.

The quarry day is the one of ``test_day_story``; the other articles are fictional briefs of
other events, written for these tests in the shape of a day's feeds (a council, a court, a
market, a match, weather, culture), none about quarries or landslides.
"""

from __future__ import annotations

from test_cluster_bounds import _article
from test_day_story import _SCULPTOR, _day

from briefing.cluster import cluster
from briefing.day_story import attach_to_own_words
from briefing.models import Article
from briefing.shared_names import day_words

_FEEDS = (
    (
        "Tram timetable adds a night line",
        "The city council approved a new tram timetable, "
        "adding late services on weekends and a night line to the airport from next month.",
    ),
    (
        "Court upholds ban on harbour parking",
        "A court upheld the port authority's ban on "
        "overnight parking along the harbour front, rejecting a challenge by taxi drivers.",
    ),
    (
        "Wheat futures slip on rain forecast",
        "Wheat futures fell for a third session as "
        "forecasters predicted steady rain across the northern plains before the harvest.",
    ),
    (
        "Rovers beat City in the cup",
        "Rovers beat City two goals to one in the cup, with a "
        "late header from their captain after a corner in stoppage time.",
    ),
    (
        "Heatwave warning for the south coast",
        "Forecasters issued a heatwave warning for the "
        "south coast, with temperatures expected to pass 35 degrees by the weekend.",
    ),
    (
        "Orchestra names a new conductor",
        "The national orchestra named a new principal "
        "conductor, a cellist who has led its youth ensemble for six seasons.",
    ),
    (
        "Bakers' strike closes shops",
        "Bakers walked out over pay, closing dozens of shops, and "
        "their union said the strike would last until the employers improved their offer.",
    ),
    (
        "Museum returns a stolen painting",
        "A museum returned a painting stolen in the 1970s "
        "to the family of its first owner, after a dealer recognised it at an auction.",
    ),
    (
        "Airline orders twenty jets",
        "The regional airline ordered twenty narrow-body jets to "
        "replace its ageing turboprops on routes to the islands over the next decade.",
    ),
    (
        "School meals to be free for all pupils",
        "Every primary pupil will get free school "
        "meals from September, the education ministry said, at a yearly cost of 90 million.",
    ),
    (
        "Bridge repairs close a motorway lane",
        "Engineers closed one lane of the ring motorway "
        "for bridge repairs that will take until the end of the summer holidays.",
    ),
    (
        "Central bank holds rates",
        "The central bank kept its main interest rate unchanged, "
        "saying inflation was falling but wages were still rising quickly.",
    ),
    (
        "Festival sells out in an hour",
        "Tickets for the summer music festival sold out within "
        "an hour, and the organisers apologised to fans whose payments failed.",
    ),
    (
        "Hospital opens a children's wing",
        "The general hospital opened a children's wing with "
        "forty beds, a playroom and an intensive care unit for newborns.",
    ),
    (
        "Ferry fares rise for the winter",
        "Ferry fares to the islands will rise by a tenth for "
        "the winter timetable, the operator said, blaming the price of fuel.",
    ),
    (
        "Library extends its opening hours",
        "The central library will open until ten at night "
        "during the exam season, after students petitioned the council for more space.",
    ),
    (
        "Cyclist wins the mountain stage",
        "A young climber won the mountain stage after "
        "attacking on the final ascent and now leads the race by forty seconds.",
    ),
    (
        "Startup raises funds for batteries",
        "A startup making batteries for electric buses "
        "raised 40 million from investors and plans a factory near the old shipyard.",
    ),
    (
        "Zoo welcomes twin panda cubs",
        "The zoo's giant panda gave birth to twin cubs, the "
        "first born in the country, and keepers said both were feeding well.",
    ),
    (
        "Election date set for the spring",
        "The president set the parliamentary election for "
        "the first Sunday of spring, ending weeks of talks between the coalition parties.",
    ),
)


def _batch(
    piece: str = _SCULPTOR,
    title: str = "A sculptor's studio, suddenly the busiest in town",
    feeds: tuple[tuple[str, str], ...] = _FEEDS,
) -> list[Article]:
    others = [_article(t, x, f"Feed {k}", 20 + k) for k, (t, x) in enumerate(feeds)]
    return [*_day(piece, title), *others]


def _attach(arts: list[Article]) -> list[list[int]]:
    groups = [[0, 1, 2, 3], *([k] for k in range(4, len(arts)))]
    return attach_to_own_words(groups, arts, day_words(arts)[0])


def test_a_lone_piece_saying_a_story_s_own_words_joins_it_in_a_batch_of_many_stories() -> None:
    # "quarry" (three of four headlines) and "landslide" are said by no brief outside the story.
    assert _attach(_batch())[0] == [0, 1, 2, 3, 4]


def test_the_whole_pipeline_groups_the_piece_with_its_story_among_other_stories() -> None:
    arts = _batch()
    result = cluster(arts)
    home = next(s for s in result.stories if arts[0].id in s.article_ids)
    assert arts[4].id in home.article_ids
    assert len(home.article_ids) == 5  # and nothing else


def test_words_many_other_articles_say_are_not_the_story_s_own() -> None:
    # Quarries and landslides in the news elsewhere: a few briefs of the feeds say both words.
    elsewhere = tuple(
        (t, x + " A landslide also shut a quarry road in the hills.") if k % 5 == 0 else (t, x)
        for k, (t, x) in enumerate(_FEEDS)
    )
    arts = _batch(feeds=elsewhere)
    assert [0, 1, 2, 3] in _attach(arts)


def test_one_own_word_is_not_enough() -> None:
    one = _SCULPTOR.replace(" after the landslide", "")
    assert [0, 1, 2, 3] in _attach(_batch(one))


def test_a_country_s_name_is_not_the_word_that_names_a_story() -> None:
    # Floods in one Spanish region; a lone piece on a blackout in Spain says "Spain" and
    # "emergency", both said by every flood report and by no brief of the feeds.
    floods = [
        (
            "Flash floods kill four in Spain's east",
            "Flash floods killed four people in eastern "
            "Spain as torrential rain swept the coast, and the emergency services evacuated "
            "hundreds from their homes near the river Turia.",
        ),
        (
            "Spain: red alert as storm lashes the coast",
            "Spain's weather agency issued a red "
            "alert as the storm dumped a year's rain in a day; emergency crews rescued drivers "
            "from cars swept away near the river.",
        ),
        (
            "Hundreds evacuated as floods hit Spain",
            "Hundreds were evacuated as floods hit "
            "eastern Spain; the army's emergency unit was sent to help with rescues along the "
            "river.",
        ),
        (
            "Floods in Spain: rail lines cut",
            "Rail lines along the coast of eastern Spain were "
            "cut by the floods; emergency teams cleared mud from the tracks near the river.",
        ),
    ]
    blackout = (
        "Thousands stranded as blackout halts trains",
        "Thousands were stranded in "
        "trains and lifts as a blackout across Spain halted transport; emergency "
        "services rescued people trapped in lifts in the capital.",
    )
    arts = [_article(t, x, f"Wire {k}", k) for k, (t, x) in enumerate([*floods, blackout])]
    arts += [_article(t, x, f"Feed {k}", 20 + k) for k, (t, x) in enumerate(_FEEDS)]
    assert [0, 1, 2, 3] in _attach(arts)


def test_a_piece_that_says_two_stories_own_words_stays_on_its_own() -> None:
    # A second story of four, on a marble fair, whose own words the piece says too.
    fair = [
        (
            "Marble fair opens with record sculptors",
            "The marble fair opened with a record "
            "number of sculptors, and dealers said blocks were selling fast at the fairground.",
        ),
        (
            "Sculptors crowd the marble fair",
            "Sculptors crowded the marble fair's halls, where "
            "dealers showed blocks from six countries at the fairground.",
        ),
        (
            "At the marble fair, sculptors haggle",
            "At the marble fair, sculptors haggled with "
            "dealers over the price of blocks stacked across the fairground.",
        ),
        (
            "Marble fair: dealers report brisk trade",
            "Dealers at the marble fair reported brisk "
            "trade with sculptors buying blocks for the winter at the fairground.",
        ),
    ]
    piece = _SCULPTOR + " Sculptors buy blocks from dealers at the marble fair's fairground."
    base = _batch(piece)
    arts = [
        *base[:5],
        *(_article(t, x, f"Fair {k}", 40 + k) for k, (t, x) in enumerate(fair)),
        *base[5:],
    ]
    groups = [[0, 1, 2, 3], [4], [5, 6, 7, 8], *([k] for k in range(9, len(arts)))]
    out = attach_to_own_words(groups, arts, day_words(arts)[0])
    assert [4] in out and [0, 1, 2, 3] in out and [5, 6, 7, 8] in out


def test_a_story_of_two_takes_nothing() -> None:
    arts = _batch()
    groups = [[0, 1], [2], [3], *([k] for k in range(4, len(arts)))]
    assert attach_to_own_words(groups, arts, day_words(arts)[0]) == groups


# review21's probes (written for these tests): another event that says two of a story's own
# words but not the thing its headlines name, and a firm's two-word name counted as two words.
_WAREHOUSE_FIRE = (
    (
        "Fire guts warehouse on Harlow industrial estate",
        "A fire gutted a furniture warehouse on the Harlow industrial estate overnight, sending "
        "smoke across the city. Sixty firefighters fought the blaze, and residents nearby were "
        "told to keep windows shut. Nobody was hurt.",
    ),
    (
        "Harlow warehouse blaze: smoke warning for residents",
        "Residents were told to keep windows and doors closed as smoke from the warehouse blaze "
        "on the Harlow estate drifted over the city. Firefighters expected to stay at the site "
        "all day.",
    ),
    (
        "Firefighters battle huge Harlow warehouse fire",
        "Firefighters battled a huge fire at a warehouse in Harlow through the night. The fire "
        "service said the roof had collapsed and the cause was not yet known.",
    ),
    (
        "Harlow fire: warehouse owner counts losses",
        "The owner of the Harlow warehouse destroyed by fire said stock worth millions was lost. "
        "Firefighters were damping down the smouldering site on Tuesday, and smoke still hung "
        "over the estate.",
    ),
)
_SECOND_FIRE = (
    "Recycling plant blaze shuts ring road",
    "A recycling plant on the city's eastern edge caught fire early on Tuesday, and police "
    "shut the ring road for four hours while crews worked. Its operator said batteries thrown "
    "out with household waste may have started it, the third such fire at its sites this "
    "year. Insurers have warned that lithium batteries in bins are a growing risk, and the "
    "plant will stay shut while engineers check the sorting line. Firefighters left at noon.",
)
_PLANT_CLOSURE = (
    (
        "Braxton to close engine plant, 1,200 jobs to go",
        "Braxton Motors will close its engine plant at Ashford by the end of next year, cutting "
        "1,200 jobs, as it moves production of electric drives abroad. Unions called the "
        "decision a betrayal.",
    ),
    (
        "Braxton plant closure: unions vow to fight",
        "Unions vowed to fight Braxton Motors' plan to close its Ashford engine plant, where "
        "1,200 people work, and said they would ask the government to step in.",
    ),
    (
        "Ashford shocked by Braxton plant closure",
        "Workers leaving the Braxton engine plant in Ashford on Tuesday said they were shocked "
        "by the closure, which unions said would hit suppliers across the county.",
    ),
    (
        "Braxton engine plant to shut: what we know",
        "Braxton Motors says it will close the engine plant in Ashford because demand for petrol "
        "engines is falling. Unions say 1,200 jobs are at risk.",
    ),
)
_RESULTS = (
    "Braxton profit beats forecasts on SUV sales",
    "Braxton Motors reported a quarterly profit above analysts' forecasts, helped by strong "
    "sales of its large SUVs and cheaper batteries. The carmaker kept its outlook for the "
    "year and said it would buy back shares. Its finance chief said prices in the used-car "
    "market had steadied, and that orders for the new estate were ahead of plan. The shares "
    "rose 4 percent in early trade.",
)


def _story_and_piece(story: tuple[tuple[str, str], ...], piece: tuple[str, str]) -> list[Article]:
    arts = [_article(t, x, f"Report {k}", k) for k, (t, x) in enumerate(story)]
    arts.append(_article(*piece, "Other Desk", 9))
    return arts + [_article(t, x, f"Feed {k}", 20 + k) for k, (t, x) in enumerate(_FEEDS)]


def test_another_fire_in_the_city_that_never_says_the_story_s_warehouse_stays_apart() -> None:
    # "fire" (three of four headlines) and "firefighters" are two own words of the story; the
    # words all four headlines say, "harlow" and "warehouse", the piece never says.
    arts = _story_and_piece(_WAREHOUSE_FIRE, _SECOND_FIRE)
    assert [0, 1, 2, 3] in _attach(arts)


def test_a_firm_s_two_word_name_is_one_thing_not_two_words() -> None:
    # The results say "braxton" and "motors" of the plant's story, and nothing else of it.
    arts = _story_and_piece(_PLANT_CLOSURE, _RESULTS)
    assert [0, 1, 2, 3] in _attach(arts)


def test_two_of_twenty_one_outside_articles_saying_a_word_make_it_no_story_s_own() -> None:
    # At most one in twenty: a word two briefs of the feeds say besides the piece is common.
    feeds = tuple(
        (t, x + " A quarry road was shut by a landslide in the hills.") if k in (3, 11) else (t, x)
        for k, (t, x) in enumerate(_FEEDS)
    )
    assert [0, 1, 2, 3] in _attach(_batch(feeds=feeds))
