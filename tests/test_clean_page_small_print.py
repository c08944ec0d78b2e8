"""More of the page's small print (``clean.disclaimers``): who paid for the piece and who did
not, a guide's hedge and its checks, reuse terms, units and provisional figures; news with the
same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.disclaimers import is_disclaimer

_LEAD = "The port of Mombasa handled 41 million tonnes of cargo last year, the authority said."


@pytest.mark.parametrize(
    "line",
    [
        "This guide was paid for in part by a tourism board that never saw the text.",
        "This explainer is funded by a science-journalism grant.",
        "This issue is sponsored by a local credit union that did not see it.",
        "Harbour Notes: paid for by readers and one family foundation.",
        "Delta Daily: funded mostly by members and a press trust (listed under About).",
        "No restaurant mentioned in this review paid for a meal.",
        "Please drink responsibly.",
        "Tide tables on this site are guidance only. Swim at your own risk.",
        "Trail advice is guidance only; hike at your own risk.",
        "Timetables may change; confirm with the ferry operator before travelling.",
        "This tracker is compiled from hospital and police reports.",
        "Our campsite listings are written by members, not verified by us.",
        "Maps courtesy of the county. Reproduction requires written permission.",
        "We are a non-profit; republish our stories for free under the same licence.",
        "All prices in euros unless otherwise stated.",
        "Figures are provisional; the agency revises them each quarter.",
    ],
)
def test_small_print_goes(line: str) -> None:
    assert is_disclaimer(line)
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "This letter was produced by the defence at the second hearing.",
        "This project was funded by the European Union and will end in 2036.",
        "The budget: funded by a new tax on fuel, the minister said.",
        "Swimmers enter at their own risk, the council warned after the drownings.",
        "The footage has not been independently verified.",
        "Figures are provisional, the statistics office said, and show a 2% fall.",
        "Prices may change; the ministry said it would check them before the vote.",
        "No company named in the report paid a fine, the regulator said.",
        "Drink responsibly, police urged fans before the final, after 40 arrests last year.",
        "The report is compiled from hospital data and was published on Monday.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert not is_disclaimer(line)
