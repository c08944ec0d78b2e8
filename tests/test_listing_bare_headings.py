"""A newsletter's headings may be capitals with no colon ("ALSO THIS MORNING"), and its
headline may name its later items ("Boil your water; late nights at the market; the 208 takes a
detour"); its lines under such a heading are still its other stories: a line's own report goes
back out of the letter's lead story, and two short pieces that each tell a different line are
two stories even when no grouping step put the letter with them (``briefing.listings``,
fresh43's d1028: a city's morning letter led by a boil-water notice, whose bus-detour line's
report joined the notice and whose market and playground lines' reports paired with each
other). Fictional, real-shaped articles: the town, the firms and the people are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.listings import headed_item, send_out_later_lines
from briefing.models import Article
from briefing.shared_names import day_words

T0 = dt.datetime(2046, 3, 4, 6, 0, tzinfo=dt.UTC)

_article = partial(day_article, T0)

# one paragraph a line, as a letter's text comes; its lead story told in three paragraphs
_LETTER = _article(
    "Boil your water, Ardmoy; late nights at the Corn Hall; the 41 takes a detour",
    "Good morning, and a wet one. Here is what you need before the kettle goes on.\n"
    "TOP OF THE MORNING\n"
    "About 40,000 people in Ardmoy woke up to a boil water notice. Two days of rain washed so "
    "much silt into the Brosna that the Kilcarn treatment plant could not clean the water to "
    "standard, and the utility issued the notice late last night.\n"
    "What it means for you: boil all water for drinking, brushing teeth and making ice. The "
    "utility says the notice should last about three days.\n"
    "Cafes and schools are boiling kettles, and the hospital has switched its kitchens to "
    "bottled water until the tests come back clear.\n"
    "WHY IT MATTERS\n"
    "The Kilcarn plant is a century old in parts, and this is its second notice in two "
    "winters.\n"
    "WHAT WE'RE WATCHING\n"
    "Whether schools reopen their fountains on Friday.\n"
    "ALSO THIS MORNING\n"
    "The Corn Hall market will stay open until 9pm on Thursdays from April, councillors "
    "agreed.\n"
    "The 41 bus is diverted around Quarry Lane from Monday for five weeks of pipe works.\n"
    "The new playground at Fairgreen Park opens on Saturday at 11, weather permitting.\n"
    "Ardmoy Rovers play at home on Friday night; tickets still available.\n"
    "YOU ASKED\n"
    "Can I give boiled tap water to my baby? Yes, once it has cooled.",
    "Ardmoy Morning",
    1,
)
_WIRE = _article(
    "Boil water notice for 40,000 in Ardmoy after storm runoff",
    """About 40,000 people in Ardmoy have been told to boil tap water before drinking it after
    storm runoff overwhelmed the Kilcarn water treatment plant, the utility said on Wednesday.
    The notice could stay in place for up to five days, until tests are clear.""",
    "Midland Press Agency",
    2,
    "ARDMOY (MPA) -",
)
_BUS = _article(
    "Route 41 diverted around Quarry Lane for five weeks",
    """Buses on route 41 will be diverted away from Quarry Lane from Monday for about five weeks
    while a water main is replaced. Temporary stops will be marked with yellow signs.""",
    "Ardmoy Commuter Desk",
    3,
)
_MARKET = _article(
    "Corn Hall market to open late on Thursdays",
    """The Corn Hall market will stay open until 9pm every Thursday from April, after
    councillors approved a trial of later hours. Most stallholders have agreed to take part.""",
    "Ardmoy Civic Notes",
    4,
)
_PLAYGROUND = _article(
    "Fairgreen Park's new playground opens on Saturday",
    """The new adventure playground at Fairgreen Park opens on Saturday at 11am, with a climbing
    tower and swings for wheelchair users. The council says the park's cafe will open too.""",
    "Ardmoy Weekend Guide",
    5,
)
_STALLS = _article(
    "Corn Hall traders ready for Thursday late opening",
    """Traders at the Corn Hall market say they are ready to stay open until 9pm on Thursdays
    from April. Most stallholders signed up for the trial, which runs until September.""",
    "Ardmoy Courier",
    6,
)
_KITCHENS = _article(
    "Cafes boil kettles as Ardmoy water notice drags on",
    """Cafes and restaurants in Ardmoy were boiling water for every drink on Wednesday, and some
    bought ice from outside the area. Schools turned off their fountains.""",
    "Ardmoy Courier",
    7,
)


def _lower(arts: list[Article]) -> frozenset[str]:
    return day_words(arts)[0]


def test_a_report_of_a_line_under_a_heading_with_no_colon_goes_back_out() -> None:
    arts = [_WIRE, _LETTER, _BUS]
    assert headed_item(_BUS.title, _LETTER.title, _LETTER.text)
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1], [2]]


def test_reports_of_the_letter_s_lead_story_stay_with_it() -> None:
    arts = [_WIRE, _LETTER, _KITCHENS]
    assert not headed_item(_WIRE.title, _LETTER.title, _LETTER.text)
    assert not headed_item(_KITCHENS.title, _LETTER.title, _LETTER.text)
    assert send_out_later_lines([[0, 1, 2]], arts, _lower(arts)) == [[0, 1, 2]]


def test_a_line_named_in_the_letter_s_headline_is_that_line_s_not_the_lead_s() -> None:
    # "late", "Corn Hall" are in the letter's headline, and its market line says them
    assert headed_item(_MARKET.title, _LETTER.title, _LETTER.text)


def test_two_pieces_of_two_lines_of_a_letter_elsewhere_are_two_stories() -> None:
    arts = [_WIRE, _LETTER, _MARKET, _PLAYGROUND]
    assert send_out_later_lines([[0, 1], [2, 3]], arts, _lower(arts)) == [[0, 1], [2], [3]]


def test_two_pieces_of_one_line_of_a_letter_elsewhere_stay_together() -> None:
    arts = [_WIRE, _LETTER, _MARKET, _STALLS]
    assert send_out_later_lines([[0, 1], [2, 3]], arts, _lower(arts)) == [[0, 1], [2, 3]]


# review50: a letter that gives two sides of one story a line each
_BUDGET_LETTER = _article(
    "Ardmoy Morning: the reservoir is full again",
    "The Ardmoy reservoir is full for the first time since the drought, the water board said "
    "on Monday, after three weeks of steady rain lifted levels across the upland catchments.\n"
    "Hosepipe limits end on Friday.\n"
    "ALSO THIS MORNING\n"
    "The council votes on the city budget on Tuesday night.\n"
    "Budget protests are planned outside City Hall on Tuesday afternoon.\n"
    "The 41 bus takes a detour via Lower Road until Sunday.",
    "Ardmoy Morning",
    8,
)
_VOTE = _article(
    "Ardmoy council passes city budget in late-night vote",
    """Ardmoy city council passed its budget on Tuesday night by 11 votes to 8, after protests
    outside City Hall earlier in the day. The budget cuts library hours and raises parking fees.""",
    "Ardmoy Courier",
    9,
)
_PROTEST = _article(
    "Hundreds protest budget cuts outside Ardmoy City Hall",
    """Hundreds of people protested outside Ardmoy City Hall on Tuesday afternoon against
    budget cuts before the council's vote. Library staff led the march.""",
    "Ardmoy Weekend Guide",
    10,
)


def test_two_reports_of_one_story_the_letter_gives_two_lines_stay_together() -> None:
    arts = [_BUDGET_LETTER, _VOTE, _PROTEST]
    assert send_out_later_lines([[0], [1, 2]], arts, _lower(arts)) == [[0], [1, 2]]
