"""A player's, a page's and a station's tools go (``clean.widgets``, ``clean.broadcast``): the
programme on air, a listen button with its length, an ad's label, a live page's pace, an app's
webview note, a follow button, a text-size control, a translation widget, a share button in
the page's language, an aggregator's bias note, a station's tune-in prompt and a weather
widget's row. A story about a station, a weather report that is the story and a sentence with
the same words stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import is_boilerplate

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _kept(line: str) -> bool:
    return kept_between(line, _LEAD, _AFTER, outlet=None)


@pytest.mark.parametrize(
    "line",
    [
        "Now playing: Drive Time with Esi Owusu",
        "Listen · 4:12",
        "Advert",
        "Updated every few minutes",
        "Opened from the Courier app",
        "+ Follow Amara",
        "فونٹ سائز: A- A A+",
        "A- A A+",
        "Select a language ▾ | Translated by Google",
        "I-share sa Facebook",
        "Partager sur WhatsApp",
        "Blindspot: Covered less by the left",
        "Watch Coast TV Evening News at 7pm on channel 4",
        "Listen to the bulletin on the hour, every hour, on 98.2 FM.",
        "Escucha nuestro noticiero en la radio comunitaria a las 7 p.m.",
        "Weather: 28°C Apia · wind SE 9 km/h",
    ],
)
def test_a_tool_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "news",
    [
        "Now playing at the Roxy is a restored print of the 1954 film, the owners said.",
        "Listeners gave $80,000 to keep the evening news on the air, the station's manager said.",
        "Temperatures reached 31°C in Muscat on Tuesday, the highest reading this spring.",
        "Watch officers said the tide would peak at 6pm on Saturday.",
        "Police were updated every few minutes by the control room during the search.",
    ],
)
def test_news_with_the_same_words_stays(news: str) -> None:
    assert _kept(news)
