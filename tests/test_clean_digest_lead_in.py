"""A digest's bare lead-in ("Here is what you need to know today.") alone on its line stays in
the text, as the piece's own sentence (an explainer's "... Here is what you need to know." is
news); after a greeting on the same line it is the letter's salutation and goes. Either way
``is_boilerplate`` says it, so no summary quotes it (``extractive.sentences``).

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Vienna's council voted on Monday to ban rental e-scooters from January."
_NEXT = "About 11,000 scooters from five firms will go; private scooters stay legal."


@pytest.mark.parametrize(
    "line",
    [
        "Here is what you need to know today.",
        "Here's what you need to know this morning.",
        "Here is everything you need to know.",
    ],
)
def test_a_bare_lead_in_stays_but_is_never_quoted(line: str) -> None:
    assert line in clean_text("\n".join([line, _LEAD, _NEXT])).split("\n")
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Good morning. Here is what you need to know today.",
        "Hello, and happy Friday. Here is what you need to know this morning.",
    ],
)
def test_a_lead_in_after_a_greeting_goes(line: str) -> None:
    assert line not in clean_text("\n".join([line, _LEAD, _NEXT])).split("\n")
