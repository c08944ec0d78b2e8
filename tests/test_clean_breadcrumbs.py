"""A section's breadcrumb above a text (``clean.kickers``): two short capitalised parts set
apart by " | " or " · ", no clause, no figure ("Opinion | Letters and columns", "Reaction · Track
and field"). A headline after a genre runs longer and stays (review17 S4: "Opinion · The case
for a wealth tax", "Review · Hamlet at the Globe"), and so does a row that says what happened.

Every line is written for the test, but for the review's three headlines.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_LEAD = "Kenya's Faith Wambui won the 5,000 metres in Rome on Thursday in 14:21.08."
_NEXT = "She beat the Ethiopian champion by half a second after a sprint down the straight."


def _cleaned(line: str) -> list[str]:
    return clean_text("\n".join([line, _LEAD, _NEXT])).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Reaction · Road and track",
        "Background reading | Stadium building",
        "Opinion | Letters and columns",
        "Sport | Diamond League meetings",
        "Further reading | Athletics and doping",
    ],
)
def test_a_sections_breadcrumb_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "Opinion · The case for a wealth tax",
        "Review · Hamlet at the Globe",
        "Interview · The last miner of Ashington",
        "Athletics · Why the record was not ratified",
        "Rome · Wambui wins 5,000m in 14:21",
        "Wambui wins in Rome",
    ],
)
def test_a_headline_stays(line: str) -> None:
    assert line in _cleaned(line)
