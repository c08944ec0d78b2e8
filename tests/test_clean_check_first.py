"""A guide's standing advice to check before going, the whole line (``clean.disclaimers``):
"Trail conditions change quickly; check before you set out." Advice in news (what changed, who
advised it, or a sentence of news before it) stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Slovenia reopened the Vršič pass to cars on Friday after crews cleared a rockfall."
_NEXT = "Buses over the pass will run twice a day until the end of October."


@pytest.mark.parametrize(
    "line",
    [
        "Mountain conditions change fast; check before you head out.",
        "Timetables can change at short notice, so check before you travel.",
        "Road closures change often - always check the map before you go.",
        "Border rules are updated regularly. Check the official site before you book.",
    ],
)
def test_a_guides_standing_advice_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Conditions on the pass change quickly, rescuers said; check the forecast before you go.",
        "Road conditions changed quickly on Thursday, and two cars slid off the road.",
        "Bus routes will change in November. Check the operator's planner before you travel.",
        "Check the weather before you set out, the mountain rescue service urged walkers.",
        "Timetables change in December, when the new tunnel opens.",
    ],
)
def test_advice_in_news_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
