"""Conflicts: different values for the same thing across a story's articles, latest first — and
none where outlets agree, round, or recall an earlier event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.conflicts import (
    counted,
    estimated,
    find_conflicts,
    other_figures,
    said,
    sentence_facts,
)
from briefing.ground import number_spans
from briefing.ingest import ingest
from briefing.models import Article

ROOT = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2031, 3, 4, 8, tzinfo=dt.UTC)


def _article(text: str, *, hours: float | None = 0, title: str = "Peru quake") -> Article:
    when = None if hours is None else T0 + dt.timedelta(hours=hours)
    return Article.create(title=title, text=text, source=f"{hours}.txt", published_at=when)


EARLY = _article(
    "LIMA (Wire) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 12 "
    "people, officials said. Rescuers were searching for 30 people who remain missing. The "
    "quake destroyed 340 homes in the Arequipa region."
)
UPDATE = _article(
    "LIMA (Wire) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 19 "
    "people, officials said. Rescuers were searching for 23 people who remain missing. The "
    "quake destroyed 340 homes in the Arequipa region.",
    hours=4,
)


def test_an_updated_wire_copy_conflicts_on_the_toll_and_the_missing_latest_first() -> None:
    conflicts = find_conflicts([EARLY, UPDATE])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("dead", ["19", "12"]),
        ("missing", ["23", "30"]),
    ]
    assert conflicts[0].values[0].source_id == UPDATE.id
    assert "killing 19 people" in conflicts[0].values[0].sentence


def test_without_times_the_later_article_given_is_the_latest() -> None:
    early = EARLY.model_copy(update={"published_at": None})
    late = UPDATE.model_copy(update={"published_at": None})
    assert find_conflicts([late, early])[0].values[0].source_id == early.id


def test_other_words_for_the_same_toll_conflict() -> None:
    other = _article(
        "The death toll rose to 15 on Wednesday, with 30 people still missing.", hours=2
    )
    conflicts = find_conflicts([EARLY, other])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [("dead", ["15", "12"])]


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake killed a dozen people in Peru; 30 people are missing.",  # 12 spelled out
        "The quake killed 12 people. A 2001 quake in the same region killed more than 100 people.",
        "Twelve people died. Three of its nine districts declared an emergency; nine districts "
        "were hit.",
    ],
)
def test_agreeing_or_historical_figures_are_no_conflict(text: str) -> None:
    assert find_conflicts([EARLY, _article(text, hours=1)]) == []


def test_rounded_figures_agree_and_percentages_only_meet_percentages() -> None:
    exact = _article("Hackers stole the records of 4.1 million patients, Meridian said.")
    rough = _article("The records of four million patients were stolen.", hours=1)
    assert find_conflicts([exact, rough]) == []
    rate = _article("Shares in Meridian fell 6% after hackers stole patient records.")
    count = _article("Shares in Meridian fell 9% after hackers stole patient records.", hours=1)
    assert [c.about for c in find_conflicts([rate, count])] == ["shares"]


ELECTION = _article(
    "The opposition Harbour Party won Sunday's election in Port Ellis, taking 10 of the 19 "
    "seats in the assembly, the electoral office said.",
    title="Port Ellis election",
)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Party will form the next government after claiming 11 of 19 seats in "
        "Sunday's vote, with a recount under way in one district.",
        # a count under a hundred is no estimate: 10 and 11 are two counts of one result
        "The Harbour Party won Sunday's vote with 11 seats, the party said.",
    ],
)
def test_two_outlets_close_counts_of_one_result_conflict(text: str) -> None:
    other = _article(text, hours=1, title="Port Ellis election")
    conflicts = find_conflicts([ELECTION, other])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [("seats", ["11", "10"])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an estimate agrees with the count it rounds
        ("The Harbour Party won about 10 of the 19 seats.", "The Harbour Party won 11 seats."),
        # a floor or a ceiling is an estimate too (review50)
        ("At least 20 boats sank in the harbour.", "The storm sank 23 boats in the harbour."),
        ("As many as 40 boats sank in the harbour.", "The storm sank 38 boats in the harbour."),
        # a range's ends agree with a figure inside it
        ("Harbour bonds traded at 40-42 cents on Monday.", "Harbour bonds fell to 41 cents."),
        ("Between 15 and 20 boats sank in the harbour.", "The storm sank 17 boats in the harbour."),
        # a figure inside a range that rounding does not reach (review50)
        ("Between 21 and 25 boats sank in the harbour.", "The storm sank 23 boats in the harbour."),
        ("Harbour bonds traded at 43-47 cents on Monday.", "Harbour bonds fell to 45 cents."),
        # a whole number rounding a fraction
        ("Ellis won the harbour race by three seconds.", "Ellis won the race by 2.8 seconds."),
    ],
)
def test_an_estimate_or_a_range_agrees_with_the_figure_it_rounds(first: str, second: str) -> None:
    assert find_conflicts([_article(first), _article(second, hours=1)]) == []


# -- shares of a group that acted: "five of the nine voted to hold" ----------------------------

COUNCIL = _article(
    "Six of the eleven council members voted to freeze the tram fare, and the fare stays at "
    "2.40 euros, the city of Tarrow said.",
    title="Tarrow council vote",
)


def _council(text: str) -> Article:
    return _article(text, hours=1, title="Tarrow council vote")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A figure for a number word, other words for the same stance.
        ("Seven of the 11 members of the council backed keeping the tram fare unchanged.", "seven"),
        ("The council split: 7 of its eleven members wanted the tram fare left as it is.", "7"),
    ],
)
def test_the_same_vote_worded_differently_conflicts(text: str, value: str) -> None:
    conflicts = find_conflicts([COUNCIL, _council(text)])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("votes to hold (of 11)", [value, "six"])  # as read mid-line, not as it began a sentence
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Six of the 11 members voted to keep the tram fare where it is.",  # agrees
        "Five of the eleven members voted to raise the tram fare.",  # the other side of the vote
        "Seven of the fifteen districts voted to freeze their local fares.",  # another group
        "Six of the eleven members voted to freeze the fare; seven of its 20 staff agreed.",
    ],
)
def test_agreeing_complementary_or_other_votes_are_no_conflict(text: str) -> None:
    assert find_conflicts([COUNCIL, _council(text)]) == []


def test_the_bank_of_england_vote_in_examples_is_a_conflict() -> None:
    articles = ingest([str(ROOT / "examples" / "wire.jsonl")]).articles
    boe = [a for a in articles if "3.5%" in a.title]
    assert len(boe) == 2
    [conflict] = [c for c in find_conflicts(boe) if c.about.startswith("votes")]
    assert conflict.about == "votes to hold (of 9)"
    # "Four of the nine..." begins its sentence; the line reads "four [3], five [1]"
    assert sorted(v.value for v in conflict.values) == ["five", "four"]


MARKETS = _article(
    "The yield on the 10-year gilt dropped 7 basis points to 4.18%, its lowest since April. "
    "The Bank of England cut interest rates by a quarter point to 3.5% on Thursday.",
    title="Gilts rally",
)


@pytest.mark.parametrize(
    "text",
    [
        # Another maturity: not the same yield.
        "Sterling fell 0.6% after the decision, and two-year gilt yields dropped 9 basis points.",
        # "a quarter point to 3.5%" measures the rate, not a "point" shared with the gilt's move.
        "Britain's central bank trimmed its main interest rate on Thursday to 3.5% from 3.75%.",
    ],
)
def test_units_are_not_what_a_number_measures(text: str) -> None:
    assert find_conflicts([MARKETS, _article(text, hours=3, title="Gilts rally")]) == []


def test_the_same_measure_moving_by_different_points_conflicts() -> None:
    other = _article(
        "The yield on the 10-year gilt fell 11 basis points to 4.14% by the close.",
        hours=5,
        title="Gilts rally",
    )
    [conflict] = find_conflicts([MARKETS, other])
    assert conflict.about == "gilt (10-year)"
    assert [v.value for v in conflict.values] == ["4.14%", "4.18%"]  # latest first


def test_what_a_conflict_counts_reads_as_prose() -> None:
    [vote] = find_conflicts([COUNCIL, _council("Seven of the 11 members voted to keep the fare.")])
    assert said(vote.values[1].value, vote.about) == "six of 11 voted to hold"
    assert said("12", "dead") == "12 dead"


def test_a_spelled_share_of_a_small_whole_reads_in_words() -> None:
    # examples/' Bank of England vote: "(another report says four of 9 voted to hold)" read as a
    # typo; a share written in words over a whole under ten is said in words, as papers write it
    assert said("four", "votes to hold (of 9)") == "four of nine voted to hold"
    assert said("5", "votes to hold (of 9)") == "5 of 9 voted to hold"
    assert said("six", "votes to hold (of 11)") == "six of 11 voted to hold"


def test_a_score_counts_nothing_but_a_range_and_a_lead_still_count() -> None:
    final = _article(
        "Marta Ruiz won the Halle final in three sets on Sunday, her first grass-court title.",
        title="Ruiz wins in Halle",
    )
    score = _article(
        "Ruiz broke serve at 5-5 in the third set and held to win 6-3, 4-6, 7-5.",
        hours=1,
        title="Ruiz wins in Halle",
    )
    assert find_conflicts([final, score]) == []  # no "sets: three; 5"
    text = "Between 20-25 people were hurt; United took a 3-2 lead, then won 4-2."
    keys = [counted(text, s.start, s.end) for s in number_spans(text)]
    assert keys == ["injured", "injured", "lead", "lead", None, None]


def test_a_vague_round_number_in_words_is_no_figure() -> None:
    # "a few hundred metres below the summit" gives no value to disagree with; "some 300" does.
    assert list(sentence_facts("The gully lies a few hundred metres below the summit.")) == []
    assert list(sentence_facts("Several thousand fans waited outside the stadium.")) == []
    [(key, span)] = list(sentence_facts("Some 300 people were evacuated from the hotel."))
    assert (key, span.value) == ("evacuated", 300.0)


def test_a_number_of_another_scale_is_another_thing_not_another_report() -> None:
    strike = _article(
        "WELLINGTON (Wire) - About 36,000 nurses walked off the job on Tuesday in a dispute "
        "over pay and staffing, the nurses' union said.",
        title="NZ nurses strike",
    )
    ward = _article(
        '"Every shift we are two nurses short," said a nurse on the picket line outside '
        "Wellington Hospital on Tuesday, where the union said the strike was solid.",
        hours=2,
        title="NZ nurses strike",
    )
    assert find_conflicts([strike, ward]) == []
    # Within a factor of four, the same words around it: two reports of one figure.
    other = _article(
        "WELLINGTON (Wire) - About 30,000 nurses walked off the job on Tuesday, the health "
        "ministry said, in a dispute over pay and staffing.",
        hours=3,
        title="NZ nurses strike",
    )
    conflicts = find_conflicts([strike, ward, other])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("nurses", ["30,000", "36,000"])
    ]


def test_each_value_is_set_against_one_about_the_same_thing() -> None:
    # The barge's load is no report of the spill: only the spill's figures differ.
    wire = _article(
        "DAKAR (Wire) - An estimated 300 tonnes of crude escaped from a broken hose at the "
        "buoy off the Saloum delta. A barge with 40 tonnes of dispersant stood by.",
        title="Senegal oil spill",
    )
    local = _article(
        "Fishermen said 450 tonnes of crude had reached the mangroves of the Saloum delta, "
        "citing an estimate by an independent engineer.",
        hours=2,
        title="Senegal oil spill",
    )
    conflicts = find_conflicts([wire, local])
    assert [[v.value for v in c.values] for c in conflicts] == [["450", "300"]]


def test_a_toll_that_rises_far_in_a_day_is_still_a_conflict() -> None:
    early = _article("A bus plunged into a ravine on Tuesday, killing two people.")
    late = _article("The toll from Tuesday's bus crash into a ravine rose to 14 dead.", hours=6)
    conflicts = find_conflicts([early, late])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [("dead", ["14", "two"])]


def test_the_same_digits_a_power_of_ten_apart_are_two_reports_of_one_figure() -> None:
    # A slipped unit or decimal point: one of the two reports is wrong, and the reader is told.
    wire = _article(
        "BRUSSELS (Wire) - The European Commission fined the platform 1.2 billion euros on "
        "Monday for moving users' data to the United States.",
        title="EU fines platform over data transfers",
    )
    local = _article(
        "The platform was fined 1.2 million euros by the European Commission on Monday for "
        "moving users' data to the United States.",
        hours=2,
        title="EU fines platform over data transfers",
    )
    conflicts = find_conflicts([wire, local])
    assert [[v.value for v in c.values] for c in conflicts] == [["1.2 million", "1.2 billion"]]
    # One digit is not enough: 300 and 3,000 may count different things.
    small = _article("The wildfire forced the evacuation of 300 homes near the lake.")
    large = _article("The wildfire forced the evacuation of 3,000 homes near the lake.", hours=2)
    assert find_conflicts([small, large]) == []


def test_a_hundred_times_apart_is_the_same_figure_in_another_unit() -> None:
    points = _article("The central bank cut its official cash rate by 0.25 percentage points.")
    basis = _article("The central bank cut its official cash rate by 25 basis points.", hours=2)
    assert find_conflicts([points, basis]) == []


# -- a vote's tally, and two estimates of one figure (fresh45's d1079 and d1071) ---------------

HOSPITAL = _article(
    "The island's parliament has voted 20 to 4 to approve a 41 million pound expansion of the "
    "Noble's Hospital surgical wing.",
    title="Parliament approves hospital wing",
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Members voted 19 to 5 on Monday afternoon to borrow the money for the hospital.",
            "19 to 5",
        ),
        ("The hospital loan passed on a 19-5 vote after a long debate in parliament.", "19-5"),
        ("In a 19–5 vote, parliament backed the hospital wing.", "19–5"),
        ("Parliament backed the hospital wing by 19 votes to 5.", "19 to 5"),
    ],
)
def test_two_tallies_of_one_vote_conflict_written_whole(text: str, value: str) -> None:
    other = _article(text, hours=1, title="Parliament approves hospital wing")
    conflicts = find_conflicts([HOSPITAL, other])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("vote tally", [value, "20 to 4"])
    ]
    assert said(conflicts[0].values[1].value, conflicts[0].about) == "a vote of 20 to 4"


def test_one_sides_count_of_votes_conflicts_with_a_tally() -> None:
    tally = _article("The bill passed by 212 votes to 130.", title="Social media law passed")
    side = _article(
        "The law passed with 210 votes in favour, according to the parliament's website.",
        hours=1,
        title="Social media law passed",
    )
    [conflict] = find_conflicts([tally, side])
    assert [v.value for v in conflict.values] == ["210", "212 to 130"]
    assert said("210", conflict.about) == "210 votes"
    # the votes a vote needs are no side of it
    need = _article("A veto would need 150 votes to override.", hours=2)
    short = _article("Opponents fell short of the 220 votes required.", hours=2)
    assert [c.about for c in find_conflicts([tally, need])] == []
    assert [c.about for c in find_conflicts([tally, short])] == []


@pytest.mark.parametrize(
    "text",
    [
        "Parliament voted 20-4 on Monday to approve the hospital wing.",  # the same tally
        "The hospital's football team won 19-5 on Saturday.",  # a score, no vote
        "Between 19 and 25 nurses will staff the new hospital wing.",  # a range
    ],
)
def test_the_same_tally_a_score_or_a_range_is_no_vote_conflict(text: str) -> None:
    other = _article(text, hours=1, title="Parliament approves hospital wing")
    assert [c.about for c in find_conflicts([HOSPITAL, other])] == []


def test_two_estimates_of_one_area_conflict_but_a_bound_agrees() -> None:
    park = _article(
        "The fire had burned about 1,800 hectares of heath by Thursday morning, the park said.",
        title="Mountain fire",
    )
    warden = _article(
        "The warden said about 2,000 hectares of heath had burned by Thursday.",
        hours=1,
        title="Mountain fire",
    )
    [conflict] = find_conflicts([park, warden])
    assert (conflict.about, [v.value for v in conflict.values]) == ("hectares", ["2,000", "1,800"])
    bound = _article(
        "The fire had burned more than 1,800 hectares of heath by Thursday morning.",
        title="Mountain fire",
    )
    assert find_conflicts([bound, warden]) == []
    assert (
        find_conflicts(
            [bound.model_copy(update={"text": bound.text.replace("more than", "nearly")}), warden]
        )
        == []
    )
    # an estimate still agrees with a count it rounds, and with an estimate a few percent off
    count = _article("The fire had burned 1,950 hectares of heath.", title="Mountain fire")
    assert find_conflicts([count, warden]) == []
    close = _article(
        "About 1,950 hectares of heath had burned, the park said.", title="Mountain fire"
    )
    assert find_conflicts([close, warden]) == []


def test_a_note_keeps_the_word_that_makes_a_figure_an_estimate() -> None:
    assert estimated("2,000", "The warden said about 2,000 hectares had burned.") == "about 2,000"
    assert estimated("2,000", "The warden said 2,000 hectares had burned.") == "2,000"
    assert estimated("60", "Gusts of around 160 knots, then 60 knots.") == "60"


@pytest.mark.parametrize(
    ("told", "other", "retold"),
    [
        # fresh45's d1077 teasers: one fine, two outlets' figures
        (
            "The port issued its largest emissions fine yet, 1.4 million kroner, to a liner that "
            "ran its engines at the quay for nine hours.",
            "A cruise liner was fined 1.2 million kroner for exceeding emission limits while "
            "docked at the quay, the port authority said.",
            True,
        ),
        # the same figure is no other report of it
        (
            "A cruise liner was fined 1.2 million kroner by the port.",
            "The port fined a cruise liner 1.2 million kroner for its emissions.",
            False,
        ),
        # both figures: it tells the change, a fact of its own
        (
            "A separate fire burned about 900 hectares of native forest near the town on Sunday.",
            "Brigades said on Monday the fire near the town had burned about 1,300 hectares, more "
            "than Sunday's estimate of 900, because it had spread underground into peat.",
            False,
        ),
        # a figure of its own besides ("300 homes evacuated" is another act: review49)
        (
            "About 1,200 homes in Marlow and Ashby were flooded on Tuesday, the council said.",
            "The council evacuated 300 homes in Ashby overnight.",
            False,
        ),
        (
            "A cruise liner was fined 1.2 million kroner for exceeding emission limits.",
            "The liner, fined 1.4 million kroner for emissions, carried 3,000 passengers.",
            False,
        ),
    ],
)
def test_a_sentence_retelling_a_figure_with_another_outlets_value(
    told: str, other: str, retold: bool
) -> None:
    assert other_figures(told, other) is retold


def test_a_clock_time_counts_nothing() -> None:
    text = "The avalanche struck at around 11 am when vehicles were moving, and at 8 p.m. again."
    assert list(sentence_facts(text)) == []


# -- two votes of one sitting are two facts (review52's probe on facts48's tally) -------------
# Any two tallies of a story's sentences that share a word were one fact: a parliament's budget
# vote and its no-confidence vote, a council's budget and its pool motion. What a tally counts is
# told in its own clause ("... and then voted 74 to 55 to reject a motion of no confidence").

SITTING = _article(
    "VELDA (Wire) - The Orrin parliament voted 88 to 41 on Tuesday to pass the 2032 budget, "
    "which raises defence spending to 3.5% of economic output, the speaker's office said.",
    title="Orrin parliament passes 2032 budget",
)
MEETING = _article(
    "The city council voted 9 to 0 on Tuesday to pass next year's budget of 48 million euros, "
    "with money for two fire engines, council clerk Anna Berg said.",
    title="Council passes budget",
)


@pytest.mark.parametrize(
    ("first", "text"),
    [
        (
            SITTING,
            "The Orrin parliament passed the 2032 budget on Tuesday and then voted 74 to 55 to "
            "reject an opposition motion of no confidence in Finance Minister Mara Telvi.",
        ),
        (
            MEETING,
            "The Eastside pool will stay open after councillors voted 7 to 2 on Tuesday against "
            "closing it, at the meeting that passed the budget.",
        ),
    ],
)
def test_two_votes_of_one_sitting_do_not_conflict(first: Article, text: str) -> None:
    other = _article(text, hours=1, title=first.title)
    assert [c.about for c in find_conflicts([first, other])] == []


def test_one_votes_two_tallies_still_conflict_whatever_the_clause() -> None:
    other = _article(
        "On Tuesday, by 86 votes to 43, lawmakers passed the 2032 budget.",
        hours=1,
        title="Orrin parliament passes 2032 budget",
    )
    [conflict] = find_conflicts([SITTING, other])
    assert [v.value for v in conflict.values] == ["86 to 43", "88 to 41"]


def test_another_votes_tally_is_no_other_report_of_a_tally() -> None:
    # the selection leaves out a sentence that ``other_figures`` says retells a bullet's fact:
    # the no-confidence vote would be lost and its tally noted as the budget's
    budget = "The Orrin parliament voted 88 to 41 on Tuesday to pass the 2032 budget."
    motion = (
        "The Orrin parliament passed the 2032 budget on Tuesday and then voted 74 to 55 to "
        "reject an opposition motion of no confidence in Finance Minister Mara Telvi."
    )
    assert not other_figures(budget, motion)
    # one vote's two tallies are still one fact with another report's figure
    assert other_figures(budget, "Lawmakers voted 86 to 43 to pass the 2032 budget.")


# -- a year is no count, and one figure converted by two outlets is one figure (review52) ----


def test_a_year_of_an_era_or_an_old_year_is_no_count_to_conflict() -> None:
    # d417's shape: "around AD 650" and "died in 695" were read as two tolls of one tomb
    wire = _article(
        "Inscriptions on two vessels suggest the man buried in the tomb may be a ruler who died "
        "around AD 650, archaeologists said.",
        title="Royal tomb found under Maya temple",
    )
    review = _article(
        "A date around AD 650 would fall in the long reign of the twelfth ruler, who died in 695, "
        "or near the end of his predecessor's.",
        hours=2,
        title="Royal tomb found under Maya temple",
    )
    assert find_conflicts([wire, review]) == []
    assert [k for k, _ in sentence_facts("The port was founded in 44 BC by traders.")] == []
    # a count after "in" is still a count: "in 695 homes" counts homes
    assert [s.written for _, s in sentence_facts("Water was cut off in 695 homes.")] == ["695"]


def test_one_conversion_rounded_by_two_outlets_is_no_conflict() -> None:
    # d728's shape: one wage in lei given in euros by two outlets, rounded to their own digit
    wire = _article(
        "The new minimum wage is equivalent to about 1,045 euros a month at current exchange "
        "rates.",
        title="Romania raises minimum wage",
    )
    monitor = _article(
        "From July the statutory minimum wage will be 5,200 lei a month, roughly 1,050 euros.",
        hours=1,
        title="Romania raises minimum wage",
    )
    assert find_conflicts([wire, monitor]) == []
    # two exact figures a few euros apart still differ, as do two estimates a tenth apart
    exact = _article("The minimum wage is equivalent to 1,045 euros.", title="Romania wage")
    other = _article(
        "The minimum wage is equivalent to 1,050 euros.", hours=1, title="Romania wage"
    )
    assert [c.about for c in find_conflicts([exact, other])] == ["euros"]


def test_figures_a_fifth_apart_conflict_however_they_round() -> None:
    # "about 700" rounds to the thousands of "1,000", but it is no rounding of it (d241)
    wire = _article("About 700 dead seals have been found on the coast, officials said.")
    count = _article("Volunteers said they had counted 1,000 dead seals on the coast.", hours=1)
    assert [c.about for c in find_conflicts([wire, count])] == ["dead"]


def test_a_bound_is_no_rounding_of_a_figure_it_rules_out() -> None:
    # review53 on the rounding rule: "at least 310" dead is another count than 306 (the toll
    # rose), "more than 1,050" homes no rounding of 1,045, "nearly 490" flights fewer than 492
    for first, later in (
        (
            "The floods killed 306 people across the three provinces, the disaster agency said.",
            "The floods have killed at least 310 people across the three provinces, the "
            "disaster agency said.",
        ),
        (
            "The fire destroyed 1,045 homes in the valley, officials said.",
            "The fire destroyed more than 1,050 homes in the valley, officials said.",
        ),
        (
            "The strike cancelled 492 flights on Tuesday, the airport operator said.",
            "The strike cancelled nearly 490 flights on Tuesday, the airport operator said.",
        ),
    ):
        wire = _article(first, title="Report")
        update = _article(later, hours=2, title="Report")
        assert find_conflicts([wire, update]), later
    # an estimate rounded to its own last digit is still one figure
    wire = _article("The fire destroyed 1,045 homes in the valley, officials said.", title="R")
    about = _article(
        "The fire destroyed about 1,050 homes in the valley, officials said.", hours=2, title="R"
    )
    assert find_conflicts([wire, about]) == []


def test_a_time_of_day_written_with_the_word_for_oclock_is_no_count() -> None:
    # d1087's shape: a Spanish and a Galician page give the wave's time as "8.50 horas" and
    # "8.40 horas"; a reader was shown "reports differ on horas"
    spanish = _article(
        "La ola, de unos cinco metros, rompió sobre la punta a las 8.50 horas del martes, cuando "
        "11 mariscadores trabajaban en las rocas.",
        title="Muere un percebeiro en el Roncudo",
    )
    galician = _article(
        "A onda rompeu sobre as 8.40 horas, cando 12 percebeiros traballaban nas pedras.",
        hours=1,
        title="Morre un percebeiro no Roncudo",
    )
    assert "hora" not in " ".join(c.about for c in find_conflicts([spanish, galician]))
    assert [k for k, _ in sentence_facts("Der Zug fuhr um 14.45 Uhr ab.")] == []
    # a length of hours is still a count: "36 horas" against "48 horas" of a search
    assert [s.written for _, s in sentence_facts("La búsqueda duró 36 horas.")] == ["36"]


def test_a_timelines_dated_entries_are_no_figures_of_today() -> None:
    # d1093's shape: a wire factbox's dated background lines against the day's report
    report = _article(
        "The cage was lowered towards a working level about 1,900 metres below the surface when "
        "its brake failed, and four workers were killed, the company said.",
        title="Cage drops in gold mine shaft",
    )
    factbox = _article(
        "Here are some of the deadliest accidents in the country's deep gold mines.\n"
        "* March 2038 - A rock burst at a mine near Klerksdorp kills nine workers at a depth of "
        "2,900 metres.\n"
        "- 2044: a cage carrying 20 workers strikes an obstruction in a shaft; two workers die.",
        hours=1,
        title="FACTBOX-Deadly accidents in gold mines",
    )
    assert find_conflicts([report, factbox]) == []
    # a sentence that only mentions a month and year later on is read as before
    said = "The mine, opened in March 2038, said 1,900 metres of the shaft were checked."
    assert [s.written for _, s in sentence_facts(said)] == ["1,900"]
