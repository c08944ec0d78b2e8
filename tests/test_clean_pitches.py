"""A newsletter's pitch and close, a social page's prompt and a row of buttons after the text
(``clean.letters``, ``clean.vocabulary.FOLLOW_US``, ``clean_text``'s trailing rows), in new
wordings; and news with the same words, which stays wherever it sits.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Ghana's parliament passed the plastics levy on Thursday by 161 votes to 98."
_NEXT = "Importers will pay 15 pesewas on every kilogram of plastic packaging from July."


@pytest.mark.parametrize(
    "line",
    [
        # a letter's pitch: its title, when it comes and what it takes
        "Get the West Africa Markets Letter each Friday: cedis, naira and CFA in three minutes",
        "Accra Tech Digest: Tuesdays, free, one click to join",
        "Receive the Morning Port Bulletin every weekday in your inbox",
        # a letter's close
        "That's your lot. Back tomorrow at 6am.",
        "Thanks for reading. We'll be back on Monday.",
        "Back tomorrow with more.",
        "We'll be back in your inbox on Friday.",
        "Until next week,",
        "To stop receiving these emails, unsubscribe here.",
        # a social page's prompt
        "Like our page for Accra news as it breaks",
        "Like our Facebook page",
    ],
)
def test_a_letters_pitch_or_close_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "The Morning Briefing moves to Fridays and will be free to all readers from May.",
        "The Treasury Bulletin, published every Monday, showed debt at 36 trillion cedis.",
        "Get the Harbour Letter each Monday, the port authority told shipping agents.",
        "Parliament rises on Thursday. Back on Monday, the Speaker said.",
        "The strikers will be back tomorrow at six, the union said.",
        "Back tomorrow: the strike resumes at six, and the port will close again.",
        "Until next week, the bridge stays shut to lorries, the council said.",
        "To stop receiving spam texts, users must register with the regulator, it said.",
        "Like our page's 40,000 followers, the minister shared the clip on Sunday.",
        # a notice's "free" is what it offers, not a letter's price; a question that goes on
        # (review17 S5)
        "Council Bulletin: bins collected every Monday from April, free garden waste for a year.",
        "Like our page? Meta's new rules mean businesses can no longer ask.",
    ],
)
def test_news_with_a_pitchs_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "row",
    [
        "Fewer emails, please · Leave the list for good",
        "Save · Print · Send to a friend",
        "Manage alerts | Unsubscribe",
    ],
)
def test_a_row_of_buttons_after_the_text_goes(row: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, _NEXT, row])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned and row not in cleaned


@pytest.mark.parametrize(
    "row",
    [
        "Levy · What importers pay",  # a subheading above a paragraph
        "Tamale | Traders count the cost",
    ],
)
def test_a_row_above_a_paragraph_stays(row: str) -> None:
    para = "Traders in the three cities said they would pass the levy on to shoppers by July."
    cleaned = clean_text("\n".join([_LEAD, _NEXT, row, para])).split("\n")
    assert row in cleaned and para in cleaned
