"""Credits alone on their line (``clean.credits``): a courtesy credit, makers' credits joined by
a dot, and a list of sources under a label; news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.credits import is_credit_or_caption

_LEAD = "The ferry between Lamu and Mokowe will run every hour from June, the county said."


@pytest.mark.parametrize(
    "line",
    [
        "Photo courtesy of the Kenya Wildlife Service",
        "Photos courtesy of the family.",
        "Map courtesy of the Lands and Survey Department",
        "Illustrations courtesy of the artist",
        "Text by Lea Brandt · Photos by Jonas Eck",
        "Words by Ana Ruiz | Illustrations by Tom Berg",
        "Data: household surveys, customs records.",
        "Tide data: coastal network, 10-minute averages.",
        "Sources data: national statistics, ministry of trade",
    ],
)
def test_a_credit_goes(line: str) -> None:
    assert is_credit_or_caption(line)
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "Photos courtesy of readers have flooded the inbox since the storm.",
        "Photo courtesy of the family showed him at the wheel, police said.",
        "Photos by the drone · Drone data showed flooded fields",
        "Data: exports fell, imports rose, the ministry said.",
        "Key data: inflation, wages and rents.",
        "Crop data: maize down 12%, wheat up 3%.",
    ],
)
def test_news_that_opens_alike_stays(line: str) -> None:
    assert not is_credit_or_caption(line)
