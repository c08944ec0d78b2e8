"""bench/eval_linecls.py's second pass (linecls2): the vetoes of ``--guards`` and the parts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_linecls import (
    FURNITURE_PARTS,
    FURNITURE_TESTS,
    OFFLINE_TESTS,
    LineModel,
    furniture,
    guarded,
    hashed,
    line_tokens,
    tests_for as held_out_tests,
)

BODY = [
    "The council voted on Tuesday to rebuild the harbour wall before the winter storms, at a cost "
    "the town puts at twelve million pounds.",
    "Work is expected to start in March and to last eighteen months, officials said, and the "
    "ferries will keep running while it lasts.",
    "Fishermen welcomed the decision but asked for compensation for the weeks when their boats "
    "cannot land at the north quay.",
]
PROMPT = "Join our Telegram channel for all the harbour news, live"


def test_a_prompt_in_a_long_enough_text_is_not_guarded() -> None:
    assert not guarded([*BODY, PROMPT], 3)


def test_the_guards_keep_the_shapes_of_news() -> None:
    rows = [*BODY, "Age: 14", "Location: the north quay"]
    assert guarded(rows, 3) and guarded(rows, 4)  # a fact box's rows
    assert not guarded([*BODY, "Age: 14"], 3)  # a row alone is no fact box
    assert guarded([*BODY, "- Silver: +1.5%"], 3)  # a Markdown list item
    assert guarded([*BODY, "Prices are closing levels. Data: the exchange."], 3)  # two sentences
    wrapped = [*BODY, "The harbour master welcomed the decision but asked for", "patience."]
    assert guarded(wrapped, 3) and guarded(wrapped, 4)  # a hard-wrapped paragraph's lines
    heading = [*BODY, "Costs and delays", "The wall will be higher. Engineers said it would"]
    assert guarded(heading, 3)  # a heading above a paragraph's first, wrapped line
    assert guarded([BODY[0], PROMPT], 1)  # a short text: too little context


def test_a_model_with_guards_drops_only_what_they_allow() -> None:
    lines = [*BODY, PROMPT]
    weights = [0.0] * (1 << 18)
    for k in hashed(line_tokens(lines, 3)):
        weights[k] = 1.0
    model = LineModel(weights, 0.0, 0.5, guards=True)
    assert furniture(lines, model) == [False, False, False, True]
    assert furniture([BODY[0], PROMPT], model) == [False, False]


def test_aside18_and_fresh30_are_held_out_and_aside19_is_not_read() -> None:
    assert "aside18" in FURNITURE_TESTS and "aside19" not in FURNITURE_PARTS
    assert "fresh30" in OFFLINE_TESTS
    assert held_out_tests(["fresh27-30"]) == [("fresh27-30", [f"days:{p}" for p in OFFLINE_TESTS])]
