"""The page's pitch for paying readers with its price in a local currency (``clean.notes``);
news of a price stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Read the Courier without ads: become a supporting reader from Rs 99 a month.",
        "Become a member from KSh 300 a month and get the weekend edition.",
        "Keep us independent: become a paying reader for N 1,500 per month.",
    ],
)
def test_a_pitch_with_a_local_price_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bus fares rise to Le 50 a month for students from May, the ministry said.",
        "She became a reader of the Bible at 12 and a teacher at 20.",
    ],
)
def test_news_of_a_price_stays(line: str) -> None:
    assert not is_boilerplate(line)
