"""A page's feedback poll asked bare, or on the page's information (``clean.widgets``): the
question alone on its line goes wherever it sits; news that asks the same goes on or quotes it
stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Sapporo cleared 1,200 km of roads overnight after 40 cm of snow fell on the city."
_NEXT = "The city said buses on most routes would run to timetable by Thursday morning."


@pytest.mark.parametrize(
    "line",
    [
        "Was this helpful?",
        "Is this useful? Yes / No",
        "Did you find this helpful?",
        "Was the information on this page helpful?",
        "Is the content of this website useful?",
        "Was the text on this page informative? Yes No",
    ],
)
def test_a_bare_feedback_poll_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Was this helpful? Hardly, said the opposition, which called the subsidy a gift.",
        "Is this useful to farmers, the minister asked, when the rain has already come?",
        "Was the information on this page accurate? The auditor said it was not.",
        '"Was this helpful?" the mayor asked reporters after the press conference on Tuesday.',
        "Residents asked whether the information on this page was useful before the vote.",
    ],
)
def test_news_asking_the_same_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
