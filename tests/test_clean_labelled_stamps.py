"""A page's stamp under a bare label (``clean.syndication``): "Write:", "Update:", "Update
date:", "Date", "Publication date:" and only a date or a clock after it go wherever they sit;
news that opens with the same label and goes on with words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Fine dust levels in Seoul reached 180 micrograms on Monday, the highest this winter."
_NEXT = "The ministry told schools to keep children indoors and cancel outdoor lessons."


@pytest.mark.parametrize(
    "line",
    [
        "Write: 2035-02-03 09:14:22",
        "Written: 3 February 2035, 09:14",
        "Update: 2035-02-03 11:40",
        "Last update: 03.02.2035 11:40",
        "Update date: February 3, 2035",
        "Publication date: 3 Feb 2035",
        "Date 2035-02-03",
        "Date: Monday, 3 February 2035",
    ],
)
def test_a_labelled_stamp_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line], [line, _LEAD, _NEXT]):
        cleaned = clean_text("\n".join(lines)).split("\n")
        assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Update: 14 people were taken to hospital after the crash on Monday, police said.",
        "Update: the ministry lifted the warning at 6pm on 3 February.",
        "Date set for the vote: the assembly will sit on 3 February 2035.",
        "Dated 3 February 2035, the letter asks the council to reopen the school.",
        "Written in 2035, the report was kept secret until the minister's resignation.",
        "Publication date for the audit has been pushed back to 3 February 2035.",
    ],
)
def test_news_opening_with_a_stamps_label_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
