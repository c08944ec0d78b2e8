"""Grounding: numbers and names in a bullet must be in the articles it cites — no holes for
near-miss names, substring aliases or spelled-out numbers, and no false alarms for common words
that open a sentence."""

from __future__ import annotations

import pytest

from briefing.anchor import check_bullet
from briefing.ground import (
    check_text,
    claimed_numbers,
    is_title_word,
    name_found,
    names_in,
    numbers_in,
)
from briefing.models import Article, Bullet


def _article(text: str, title: str = "Report") -> Article:
    return Article.create(title=title, text=text, source="test")


PLEDGE = _article(
    "Australia pledged A$2 billion to Ukraine in euro-denominated bonds, the market heard. "
    "Three people were hurt in Kharkiv."
)
BUDGET = _article("Parliament approved a $40bn budget on Tuesday.")
ARMS = _article(
    "The State Department approved a $322m sale of air defence equipment to Ukraine. More "
    "than 1,000 soldiers will be trained, according to the Pentagon.",
    title="US approves arms sale",
)


def _problems(text: str, *sources: Article) -> list[str]:
    return check_text(text, sources)


# -- holes: these must be problems, naming the word --------------------------------------------


@pytest.mark.parametrize(
    ("bullet", "named"),
    [
        ("Austria pledged $2 billion.", "'Austria'"),  # not "Austr(alia)"
        ("The UK and the EU backed it.", "'UK'"),  # not "uk" in "ukraine"
        ("The UK and the EU backed it.", "'EU'"),  # not "eu" in "euro"
        ("The UN said it was under way.", "'UN'"),  # not "un" in "under"
        ("Mark Bill said three people were hurt.", "'Mark'"),  # not "mark" in "market"
        ("Mark Bill said three people were hurt.", "'Bill'"),  # not "bill" in "billion"
        ("Mark Bill said twelve people died.", "'twelve'"),  # spelled-out numbers are claimed
        ("Thirty people were hurt in Kharkiv.", "'Thirty'"),  # "thirty" is not "three"
        ("Twenty-three people were hurt.", "'Twenty-three'"),
        ("Australia pledged two hundred million.", "'two hundred million'"),
        ("Australia pledged three million.", "'three million'"),
        ("In May, Australia pledged A$2 billion.", "'May'"),  # months always checked
        ("Monday: Australia pledged A$2 billion.", "'Monday'"),  # even as an opener
    ],
)
def test_hole_is_a_problem_naming_the_word(bullet: str, named: str) -> None:
    problems = _problems(bullet, PLEDGE)
    assert any(named in p for p in problems), problems


def test_the_review_examples_name_every_word() -> None:
    assert _problems("Austria pledged $2 billion.", PLEDGE) == [
        "name(s) not in its sources: 'Austria'"
    ]
    assert _problems("The UK and the EU backed it.", PLEDGE) == [
        "name(s) not in its sources: 'UK', 'EU'"
    ]
    assert _problems("Mark Bill said twelve people died.", PLEDGE) == [
        "number 'twelve' is not in its sources",
        "name(s) not in its sources: 'Mark', 'Bill'",
    ]


def test_acronyms_and_months_are_not_grounded_by_lower_case_words() -> None:
    source = _article("They told us the vote may happen soon, and the market fell.")
    assert "'US'" in _problems("The US said the vote is soon.", source)[0]
    assert "'May'" in _problems("The vote is in May.", source)[0]
    assert _problems("The US said the vote is in May.", _article("The US vote is in May.")) == []


def test_aliases_match_whole_words_only() -> None:
    assert not name_found("UN", "Unemployment is under 5% and unions agree.")
    assert not name_found("EU", "Bonds are euro-denominated.")
    assert not name_found("UK", "Ukraine and the Ukrainians.")
    assert not name_found("US", "He told us.")
    assert not name_found("America", "Australia and Asia")
    assert not name_found("Britain", "Brittany")


# -- passes: correct paraphrases and common words ----------------------------------------------


@pytest.mark.parametrize(
    "bullet",
    [
        "Lawmakers approved a $40bn budget.",
        "Shares rose after a $40bn budget was approved.",
        "Investors welcomed the $40bn budget.",
        "Residents will see a $40bn budget.",
        "Analysts expected the $40bn budget.",
        "Protesters opposed the $40bn budget.",
        "Rescuers were funded by a $40bn budget.",
        "Parliament approved it. Lawmakers approved a $40bn budget.",  # inside the bullet too
        "Parliament approved it on Tuesday: Investors welcomed the budget.",
        "Parliament approved a $40 billion budget on Tuesday.",
    ],
)
def test_common_words_opening_a_sentence_are_not_names(bullet: str) -> None:
    assert _problems(bullet, BUDGET) == []


def test_opener_is_common_when_the_sources_use_it_in_lower_case() -> None:
    source = _article("Angry villagers said the parliament approved a $40bn budget.")
    assert _problems("Villagers said a $40bn budget passed.", source) == []
    assert _problems("Parliament approved a $40bn budget.", source) == []
    # Mid-sentence, a capitalised word is still a name.
    assert "'Villagers'" in _problems("The Villagers party said so.", BUDGET)[0]
    # Not a common word, not in lower case in the sources: checked.
    assert "'Senate'" in _problems("Senate approved a $40bn budget.", BUDGET)[0]


def test_opener_after_an_abbreviation_is_still_a_name() -> None:
    source = _article("The U.S. treasury and the budget office approved a $40bn budget.")
    assert names_in("Approved by the U.S. Treasury.", source.text) == ["Treasury"]
    assert names_in("Approved. Treasury agreed.", source.text) == []


def test_titles_are_not_names() -> None:
    # A source may write "Prime Minister" or "Gov." where a bullet writes "PM" or "Governor".
    bullet = "PM Vidal, Chancellor Roth, Premier Lunn and Governor Abara met."
    assert names_in(bullet, "") == ["Vidal", "Roth", "Lunn", "Abara"]
    assert all(is_title_word(w) for w in ("PM", "Chancellor", "Premier", "Governor", "President"))


def test_short_all_caps_words_are_skipped() -> None:
    assert names_in("A deal. I agree. B said X.", "") == []


@pytest.mark.parametrize(
    "bullet",
    [
        "Three people were hurt in Kharkiv.",
        "3 people were hurt in Kharkiv.",
        "Australian officials pledged A$2bn to the Ukrainians.",
        "Australians pledged $2 billion to Ukrainian forces.",
        "Ukraine's backer Australia pledged $2,000 million.",
        "The Russia-Ukraine war: Australia pledged $2bn.",
        "Kharkiv-based residents: three were hurt.",
        "One of the pledges came first: Australia's A$2bn.",  # "one"/"first" are not claims
    ],
)
def test_correct_paraphrases_pass(bullet: str) -> None:
    source = _article(PLEDGE.text + " Russia denied it.")
    assert _problems(bullet, source) == []


@pytest.mark.parametrize(
    ("bullet_name", "source_text"),
    [
        ("Russian", "Russia attacked."),
        ("Russia", "Russian drones attacked."),
        ("Russians", "Russia attacked."),
        ("Ukrainian", "Ukraine said."),
        ("Ukrainians", "Ukraine said."),
        ("Ukraine", "Ukrainian drones."),
        ("Ukraine's", "Ukrainians said."),
        ("Chinese", "China said."),
        ("China", "Chinese ships."),
        ("Israeli", "Israel said."),
        ("Israelis", "Israel said."),
        ("Israel", "Israeli jets."),
        ("Pakistani", "Pakistan said."),
        ("Pakistan", "Pakistani troops."),
        ("Syrians", "Syria said."),
        ("Iranian", "Iran said."),
        ("Japanese", "Japan said."),
        ("Italian", "Italy said."),
        ("Italy", "Italian banks."),
        ("German", "Germany said."),
        ("Germany", "German banks."),
        ("European", "Europe said."),
        ("Kenyan", "Kenya said."),
        ("Egyptian", "Egypt said."),
        ("Palestinians", "Palestine said."),
        ("Mexican", "Mexico said."),
        ("NGOs", "The NGO said."),
        ("Nato", "NATO said."),
        ("NATO", "Nato said."),
        ("Kyiv's", "Kiev said."),
        # aliases
        ("British", "Britain said."),
        ("Britain", "The UK said."),
        ("UK", "Britain said."),
        ("UK", "The U.K. said."),
        ("US", "The United States said."),
        ("US", "Washington said."),
        ("America", "The U.S. said."),
        ("Americans", "The US said."),
        ("United States", "The US said."),
        ("EU", "The European Union said."),
        ("European Union", "The EU said."),
        ("UN", "The United Nations said."),
        ("United Nations", "The UN said."),
        ("Kyiv", "Kiev said."),
        ("Kiev", "Kyiv said."),
        ("French", "France said."),
        ("Turkish", "Turkey said."),
    ],
)
def test_inflections_and_aliases_are_found(bullet_name: str, source_text: str) -> None:
    assert name_found(bullet_name, source_text)


@pytest.mark.parametrize(
    ("bullet_name", "source_text"),
    [
        ("Austria", "Australia said."),
        ("Austrian", "Australia said."),
        ("Mark", "The market fell."),
        ("Bill", "It cost a billion."),
        ("Mali", "A male said."),
        ("Iran", "Iraq said."),
        ("Niger", "Nigeria said."),
        ("Sochi", "Sochinsk said."),
    ],
)
def test_near_miss_names_are_not_found(bullet_name: str, source_text: str) -> None:
    assert not name_found(bullet_name, source_text)


# -- numbers ----------------------------------------------------------------------------------


def test_numbers_in_understands_scales_and_words() -> None:
    assert {322.0, 322e6} <= numbers_in("approved $322m")
    assert 322e6 in numbers_in("approved $322 million")
    assert 1000.0 in numbers_in("more than 1,000 soldiers")
    assert {3.0, 12.0, 35.0, 24.0, 210.0} <= numbers_in(
        "three, twelve, thirty-five, two dozen, two hundred and ten"
    )
    assert {3.0, 3e6} <= numbers_in("three million")


def test_claimed_number_words() -> None:
    assert claimed_numbers("twelve people and thirty-five cars") == [
        ("twelve", 12.0),
        ("thirty-five", 35.0),
    ]
    assert claimed_numbers("two hundred million and a dozen") == [
        ("two hundred million", 200e6),
        ("dozen", 12.0),
    ]
    assert claimed_numbers("one million") == [("one million", 1e6)]
    # Often not numbers: never claimed.
    assert claimed_numbers("one of the first, in the second round, half of them") == []
    assert claimed_numbers("hundreds and dozens of thousands") == []


@pytest.mark.parametrize(
    ("bullet", "source_text"),
    [
        ("Twelve people died.", "12 people died."),
        ("12 people died.", "Twelve people died."),
        ("About a dozen people died.", "12 people died."),
        ("Thirty-five people died.", "35 people died."),
        ("Three million people fled.", "3m people fled."),
        ("3 million people fled.", "three million people fled."),
        ("Two hundred people fled.", "200 people fled."),
    ],
)
def test_spelled_and_digit_numbers_are_the_same(bullet: str, source_text: str) -> None:
    assert _problems(bullet, _article(source_text)) == []


def test_existing_number_and_id_checks() -> None:
    arts = {a.id: a for a in (ARMS, PLEDGE)}
    for text in (
        "The State Department approved a $322m sale.",
        "The State Department approved a $322 million sale.",
        "More than 1,000 soldiers will be trained, the Pentagon said.",
        "The US approved 1000 trainees.",
    ):
        _, problems = check_bullet(Bullet(text=text, source_ids=[ARMS.id]), arts)
        assert problems == [], text
    _, problems = check_bullet(Bullet(text="The sale is worth $400m.", source_ids=[ARMS.id]), arts)
    assert problems == ["number '$400m' is not in its sources"]
    _, problems = check_bullet(Bullet(text="Kharkiv was hit.", source_ids=[ARMS.id]), arts)
    assert "'Kharkiv'" in problems[0]  # in an article, but not the one cited
    cleaned, problems = check_bullet(Bullet(text="Kharkiv was hit.", source_ids=["nope"]), arts)
    assert cleaned.source_ids == [] and problems == ["cites no given article (unknown ids: nope)"]
    cleaned, problems = check_bullet(
        Bullet(text="Kharkiv was hit.", source_ids=["nope", PLEDGE.id]), arts
    )
    assert cleaned.source_ids == [PLEDGE.id] and problems == []
