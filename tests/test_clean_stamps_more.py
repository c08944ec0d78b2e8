"""A page's stamp with its other labels (``clean.syndication``: "Last revised 2 hrs ago",
"Revised 2 hours ago", "Last edited <date> at <time> by the <desk>") and in more languages
(``clean.translated``: Swahili's "Imesasishwa saa 3 zilizopita", Hindi's "अपडेटेड: <date>").
A sentence that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


@pytest.mark.parametrize(
    "line",
    [
        "Last revised 5 hrs ago",
        "Revised 40 minutes ago",
        "Amended 3 hours ago",
        "Last edited 04.11.2036 at 09:15 CET by the city desk",
        "Imechapishwa saa 2 zilizopita",
        "अपडेटेड: 3 मार्च 2037, 10:15 AM IST",
    ],
)
def test_a_stamp_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}").splitlines() if x] == [
        _LEAD,
        _BODY,
    ]


@pytest.mark.parametrize(
    "news",
    [
        "Revised plans were approved 2 hours ago by the council.",
        "Amended 12 times since 2031, the law still bans night flights.",
        "Last edited by the mayor in 2034, the plan is now out of date.",
    ],
)
def test_a_sentence_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
