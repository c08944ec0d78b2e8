"""The one text-feature module: words, stems, stop words, number scales, TF-IDF."""

from __future__ import annotations

import math

import pytest

from briefing.features import (
    SCALES,
    STOP_WORDS,
    centroid,
    content_word,
    cos,
    designation_at,
    idf,
    number_value,
    quantity_tokens,
    stem,
    terms,
    tf_idf,
    top_terms,
)
from briefing.ground import number_spans, numbers_in


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("companies", "company"),
        ("Ukraine's", "ukrain"),
        ("Ukraine", "ukrain"),
        ("raised", "rais"),
        ("raises", "rais"),
        ("talks", "talk"),
        ("crisis", "crisis"),
        ("virus", "virus"),
        ("press", "press"),
        ("US", "us"),
        # one stem for every form of a verb whose own stem ends in "ee"
        ("agree", "agre"),
        ("agreed", "agre"),
        ("agrees", "agre"),
        ("agreeing", "agre"),
        ("guaranteed", "guarante"),
        ("guarantee", "guarante"),
    ],
)
def test_one_stemmer(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_stop_words_and_single_letters_are_not_content() -> None:
    assert {"the", "said", "monday", "percent"} <= STOP_WORDS
    assert content_word("The") is None and content_word("x") is None
    assert content_word("Rates") == "rat"


def test_terms_read_every_scale_the_same() -> None:
    assert terms("$322m") == terms("$322 million") == terms("322 mln") == ["322", "million"]
    assert terms("€1.2bn deal") == terms("€1.2 billion deal") == ["1.2", "billion", "deal"]
    assert terms("1,200 cross-border G7 jobs") == ["1200", "cross", "border", "g7", "job"]
    assert terms("a quarter-point cut") == terms("a quarter point cut")


def test_one_scale_table_for_quantities_and_grounding() -> None:
    assert {SCALES["m"], SCALES["mn"], SCALES["mln"], SCALES["million"]} == {1e6}
    assert number_value("322", "m") == number_value("322", "million") == "3.22e+08"
    assert number_value("1,200") == "1200" and number_value("4,5") == "4.5"
    for text in ("$322m", "$322 million", "322 million dollars", "US$ 322mn"):
        assert "\x00usd:3.22e+08\x00" in quantity_tokens(text), text
    assert "\x00pct:4.25\x00" in quantity_tokens("4.25 per cent")
    assert "\x00n:" not in quantity_tokens("a 5m rope")  # a bare "m" is a unit, not a scale
    for text in ("$5b", "$5bn", "$5 billion"):
        assert 5e9 in numbers_in(text), text


def test_tf_idf_vectors_are_unit_and_cosine_is_order_free() -> None:
    bags = [["rate", "cut", "bank"], ["rate", "bank", "bank"], ["quake", "peru"]]
    weights = idf(bags)
    assert weights["quake"] > weights["rate"]
    assert weights["rate"] == pytest.approx(math.log(4 / 3) + 1)
    vecs = [tf_idf(b, weights) for b in bags]
    assert all(math.isclose(cos(v, v), 1.0) for v in vecs)
    assert cos(vecs[0], vecs[1]) == cos(vecs[1], vecs[0]) > cos(vecs[0], vecs[2]) == 0.0
    reordered = dict(reversed(list(vecs[0].items())))
    assert cos(reordered, vecs[1]) == cos(vecs[0], vecs[1])
    assert tf_idf([], weights) == {}


def test_centroid_and_top_terms() -> None:
    a, b = {"x": 1.0}, {"y": 0.6, "z": 0.8}
    both = centroid([a, b], top=None)
    assert set(both) == {"x", "y", "z"} and math.isclose(cos(both, both), 1.0)
    assert set(centroid([a, b], top=2)) == {"x", "z"}
    assert top_terms({"p": 3.0, "q": 4.0}, top=1) == {"q": 1.0}


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("the sale of $410 million worth of AIM-120 air-to-air missiles", True),
        ("Kyiv asked for more F-16 jets", True),
        ("COVID-19 admissions fell again", True),
        ("Airbus delivered 40 A320 jets", True),
        ("leaders of the G7 met in Rome", True),
        ("Covid-19 cases rose", True),
        ("sales rose in mid-2024", False),
        ("Mid-2024 sales rose", False),
        ("an 11-year-old boy", False),
        ("Arsenal won 2-1", False),
        ("In 2024 the bank cut rates", False),
    ],
)
def test_a_number_glued_to_a_code_is_a_name(text: str, is_name: bool) -> None:
    last = max(i for i, c in enumerate(text) if c.isdigit())
    first = last
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    assert designation_at(text, first) is is_name


def test_a_designation_states_no_quantity() -> None:
    spans = number_spans("Poland buys $410 million worth of AIM-120 missiles and 48 F-16 jets")
    assert [s.written for s in spans] == ["$410 million", "48"]
