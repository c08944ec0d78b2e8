"""More of the page's notes and asks: an Acknowledgement of Country under its label (and the
label alone), an aggregator's note that it does not vouch for what it carries
(``clean.notes``), an obituary platform's flowers-and-trees upsell and a release's line for the
press (``clean.asks``). A sentence of news that opens alike stays.

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
        "Acknowledgement of Country",
        "Acknowledgement: The council pays its respects to the Traditional Custodians of the land.",
        "NewsHub aggregates stories from partner sites and doesn't verify them.",
        "To send flowers to the family of Arthur Penrose, please visit our floral store.",
        "Reporters can contact the media office on 0300 555 0101.",
        "Forum pieces reflect their writers, not the Harbour Forum.",
    ],
)
def test_a_page_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}").splitlines() if x]
    assert kept == [_LEAD, _BODY]


@pytest.mark.parametrize(
    "news",
    [
        "The premier pays respect to the Traditional Owners of the land at every cabinet meeting.",
        "The app aggregates content from 400 publishers, the company said.",
        "To plant a tree in every street, the council needs £2 million.",
        "Journalists can call the press office, but it rarely answers, the union said.",
        "Columns reflect the mood of the city, not the council.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
