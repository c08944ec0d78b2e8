"""The page's own terms for its figures and its office (``clean.notes``): "Data sharing: this
survey's figures are open for research use.", "<Outlet> office hours: Tuesday to Friday, 9 to
4". News of data or of an office's hours stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The glacier on the Dachstein lost about 40 metres of its front in the past year."
_NEXT = "Glaciologists said summer heat and thin winter snow were to blame."


@pytest.mark.parametrize(
    "line",
    [
        "Data sharing: this study's figures are free for non-commercial use.",
        "Our data are open to anyone under a CC BY licence.",
        "Alpine Post office hours: Monday to Thursday, 10 to 3, Hauptplatz 4",
        "Harbour Ledger office hours: Tuesdays and Fridays, 9 to 12",
    ],
)
def test_the_pages_own_terms_go(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "The survey's figures are open for research use from June, the university said.",
        "These figures are open to challenge, glaciologists warned on Tuesday.",
        "Council office hours will be cut to three days a week from March.",
        "Office hours: the MP meets constituents on Fridays in the town hall.",
    ],
)
def test_news_of_data_or_office_hours_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
