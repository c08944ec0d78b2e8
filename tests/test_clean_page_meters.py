"""A paywall's meter, the page's comments said of themselves and a live page's "show older"
button go (``clean.widgets``); news with the same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Oman's port of Sohar handled a record 2.1 million containers last year, its operator said."


@pytest.mark.parametrize(
    "line",
    [
        "You have read 2 of 4 free articles this month.",
        "You've read 9 out of 10 free stories.",
        "Comments are moderated.",
        "Comments are moderated and may take a few hours to appear.",
        "Comments are turned off for this article.",
        "Comments have been disabled on this page.",
        "Load earlier posts",
        "See more updates",
    ],
)
def test_a_page_meter_or_button_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "You have read 3 of 5 free articles on the ministry's site, the audit told each user.",
        "Comments are moderated by volunteers, the forum's founder told the inquiry.",
        "Comments are switched off by default in the new app, the regulator said.",
    ],
)
def test_news_with_the_same_words_stays(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_LEAD}\n{news}").split("\n")
