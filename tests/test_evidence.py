"""Evidence quotes are verbatim after normalisation only, and the evidence picked for a claim
without quotes is the sentence that states it, not one that happens to hold a stray word."""

from __future__ import annotations

import pytest

from briefing.evidence import best_evidence, find_quote, normalize_quote, sentences_of
from briefing.models import Article

TEXT = (
    "LIMA (Wire) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing at least "
    "14 people and injuring more than 200, authorities said.\n\n"
    "“We felt the ground roll for almost a minute,” said Rosa Quispe, a shopkeeper in Camana.\n"
    "The government declared a 60-day state of emergency in three provinces — the first since "
    "2019. Aftershocks continued through the morning."
)


def _article(text: str = TEXT, title: str = "Quake kills 14 in southern Peru") -> Article:
    return Article.create(title=title, text=text, source="test.txt", outlet="Wire")


def test_normalisation_is_nfkc_quotes_dashes_space_and_case_only() -> None:
    assert normalize_quote("“We  felt”\u00a0the – ground") == normalize_quote(
        '"we felt" THE - ground'
    )
    assert normalize_quote("ﬁve") == "five"  # NFKC folds the ligature
    assert normalize_quote("a\n\tb") == "a b"


@pytest.mark.parametrize(
    "quote",
    [
        '"We felt the ground roll for almost a minute," said Rosa Quispe',
        "the government declared a 60-day state of emergency in three provinces - the first",
        "Quake kills 14 in southern Peru",  # the title is part of the article
        "killing at least 14 people and injuring more than 200, authorities said.",
    ],
)
def test_verbatim_quotes_are_found(quote: str) -> None:
    assert find_quote(quote, _article()) is None


@pytest.mark.parametrize(
    ("quote", "why"),
    [
        ("killing at least 19 people and injuring more than 200", "not in the article"),
        ("The government announced a 60-day state of emergency", "not in the article"),
        ("We felt the ground shake for almost a minute", "not in the article"),
        ("", "empty"),
        (" ".join(["word"] * 61), "61 words"),
    ],
)
def test_paraphrased_or_changed_quotes_are_not_found(quote: str, why: str) -> None:
    problem = find_quote(quote, _article())
    assert problem is not None and why in problem


def test_sentences_join_hard_wrapped_lines_and_start_with_the_title() -> None:
    article = _article(
        "The FTSE 100 closed up 1.1% at a record,\nas miners rallied.\n\n- Persimmon: +4.2%"
    )
    texts = [s.text for s in sentences_of(article)]
    assert texts == [
        "Quake kills 14 in southern Peru",
        "The FTSE 100 closed up 1.1% at a record, as miners rallied.",
        "- Persimmon: +4.2%",
    ]


def test_best_evidence_is_the_sentence_that_states_the_claim() -> None:
    picked = best_evidence("A 60-day emergency was declared in three provinces.", [_article()])
    assert [s.text for s in picked] == [
        "The government declared a 60-day state of emergency in three provinces — the first "
        "since 2019."
    ]


def test_a_swapped_name_does_not_pull_in_the_sentence_that_holds_it() -> None:
    # "Rosa Quispe" is in another sentence: it must not become evidence for the emergency claim.
    claim = "Rosa Quispe declared a 60-day state of emergency in three provinces."
    picked = best_evidence(claim, [_article()])
    assert len(picked) == 1 and "Quispe" not in picked[0].text


def test_a_claim_spanning_two_sentences_gets_both() -> None:
    claim = "The quake killed at least 14 people, and aftershocks continued through the morning."
    picked = [s.text for s in best_evidence(claim, [_article()])]
    assert len(picked) == 2
    assert picked[1] == "Aftershocks continued through the morning."


def test_no_evidence_for_a_claim_about_something_else() -> None:
    assert best_evidence("Equinor invests in wind.", [_article()]) == []
