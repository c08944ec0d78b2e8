"""Review16 S17: small print that only ends its line goes, and news that opens with its words
stays (a funding scheme's note needs the scheme's name, a release's approval nothing but who
approved it, the close's prices no figures after them).

The review's lines and lines written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Oil prices rose on Friday after the cartel agreed to extend its output cuts to June."
_NEXT = "Analysts said the cuts would keep the market tight through the summer driving season."


@pytest.mark.parametrize(
    "line",
    [
        "Most local news is now journalism funded by philanthropy or public money.",
        "This announcement was approved for release by the board after a four-hour meeting on "
        "Sunday, which ended with the chairman's resignation.",
        "Prices as of the close; Brent settled at $81.20, up 1.2% on the day.",
        "Much regional reporting is journalism funded by councils, the study found.",
        "This release was approved for publication by the regulator following a two-year review.",
        "Prices as of the close; WTI ended at $77.05 a barrel.",
    ],
)
def test_news_opening_with_small_prints_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        "LDR is local body journalism co-funded by RNZ and NZ On Air.",
        "Coast Desk is public interest journalism funded by the Local News Fund.",
        "This announcement was approved for release by the Board.",
        "This announcement has been authorised for release by the Board of Directors of Kestrel "
        "Mining Limited.",
        "Prices as of the close.",
        "Prices as of the close; figures may be revised.",
    ],
)
def test_the_small_print_itself_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned
