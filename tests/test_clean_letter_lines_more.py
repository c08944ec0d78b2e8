"""A newsletter's own lines in more wordings (``clean.letters``): the issue's number after its
greeting, a forward prompt asked without "did", a farewell for now signed by the desk, and a
settings line that opens with the page's imperative. News with the same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Tallinn's council voted on Tuesday to make the old town's trams free from September."
_NEXT = "The city expects about 4,000 more riders a day, the transport office said."


@pytest.mark.parametrize(
    "line",
    [
        "Tere hommikust and welcome back. You're reading issue 412.",
        "Bonjour from the Rhône valley. You are reading edition 88.",
        "A friend forwarded this? Subscribing is free: sign up at the link below",
        "Somebody forwarded you this? Subscribing takes one click.",
        "Ciao for now - a domani from the Milan desk!",
        "Bye for now from all of us at the business team.",
        "Change your delivery day or unsubscribe in your Harbour Ledger account.",
        "Update your topics or unsubscribe in your reader profile.",
    ],
)
def test_a_letters_own_line_goes(line: str) -> None:
    for lines in ([line, _LEAD, _NEXT], [_LEAD, _NEXT, line], [_LEAD, line, _NEXT]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "You're reading issue 412 of a magazine the ministry tried to ban, its editor wrote.",
        "A colleague sent this on to the police, who opened an inquiry on Friday.",
        "Someone passed this along to the auditor, and the inquiry began.",
        "The ban stays for now, and a ruling from the Tallinn court is due in May.",
        "Goodbye for now from the mission team, the astronauts radioed as they undocked.",
        "Update your address or unsubscribe from the register at the town hall, they were told.",
        "Update: the council will vote again on Friday.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
