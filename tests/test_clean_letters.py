"""A newsletter's own lines (``clean.letters``): its greeting, its sign-off, its forward prompt and
its settings line, in new wordings; and news with the same words, which stays wherever it sits.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Singapore opened its first driverless bus route on Wednesday, with four buses in service."
_NEXT = "The transport authority said 20 more routes could follow by 2030."


def _between(line: str) -> str:
    return clean_text("\n".join([_LEAD, line, _NEXT]))


@pytest.mark.parametrize(
    "line",
    [
        # greetings that name the desk or the reader's read
        "Hello from the Transit desk - your ten-minute read for the commute.",
        "Good morning from all of us at the money team.",
        "Hi, and welcome to your Friday briefing on the energy transition.",
        "Welcome back to your weekly round-up of city news.",
        # sign-offs that say when the next issue comes
        "The Ledger signs off here; tomorrow's issue lands at 7:00.",
        "That's us signing off for today.",
        "Our next newsletter arrives on Monday.",
        "Thanks for reading, and the next briefing will be with you on Tuesday.",
        "See you tomorrow.",
        # a reader who got the issue from someone else
        "Did someone pass this issue along? Your own copy is one click away.",
        "Did a friend forward you this?",
        "Was this newsletter forwarded to you? Get your own.",
        "Got this from a colleague? Sign up below.",
        # the page's settings line
        "Change how often we write to you, or leave the list, in your account settings.",
        "Want to hear from us less? Manage your email preferences in your profile.",
        "Unsubscribe at any time in your account preferences.",
        "You can leave our mailing list from your subscription page.",
    ],
)
def test_a_newsletters_own_line_goes(line: str) -> None:
    cleaned = _between(line)
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # a greeting's words in news
        "Hello Kitty's maker Sanrio said its profit rose 30% in the year to March.",
        "Welcome to the new normal, the mayor told the 300 residents at the town hall meeting.",
        "Good morning from the launch pad was the astronaut's first message to mission control.",
        # a sign-off's and an issue's words in news
        "The president signs off on the budget only after the senate vote on Thursday.",
        "The next edition of the festival arrives in 2035, organisers said.",
        "The magazine's next issue arrives on newsstands with a cover on the drought.",
        "See you in court, the union wrote to the company's board.",
        # a forward's words in news
        "Did someone pass this document to the press? The inquiry will try to find out.",
        "Was this email sent by the minister's office? Police are checking the server logs.",
        # a settings change, a list and leaving it in news
        "Drivers can opt out of the toll scheme in their account settings from Monday.",
        "To opt out of the new scheme, your account must be closed by 30 June.",
        "The government will change how often it publishes inflation data from next year.",
        "Three members voted to leave the list of signatories, the group said.",
        "Unsubscribe rates rose 40% after the price increase, the company reported.",
        # a reader's advice line
        "Call 112 if you see smoke, and check your insurer's settings for storm cover.",
    ],
)
def test_news_with_a_newsletters_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        # a greeting's words opening a sentence of news (review16 M3)
        "Hi from the team at Mission Control was the first message the crew received after "
        "splashdown.",
        "Good morning from the night shift team: nurses at St Thomas' began a 48-hour strike at "
        "7 a.m.",
        "Hi from the newsroom in Kyiv, where the sirens sounded three times overnight.",
        "Good evening from the newsroom of Radio Free Europe in Prague, where staff learned of the "
        "cuts on air.",
        "Hello from the desk of the governor, the letter began, before announcing a state of "
        "emergency.",
        "Greetings from the campaign team were replaced by a blank page after the candidate "
        "withdrew.",
        "Hey from the team behind Threads: Meta's app passed 400 million users.",
        # a presenter's sign-off, and the next bulletin, dispatch, letter or briefing of news
        "BBC Radio 4 presenter John Humphrys is signing off for now after 33 years on Today.",
        "Anchor Sarah Jones is signing off for now after 30 years presenting the evening news.",
        "Veteran anchor signs off here after four decades at the network.",
        "The next bulletin will go out at 11 p.m. as Hurricane Milton nears the coast.",
        "The next dispatch will arrive in Gaza on Monday if the crossing stays open.",
        "The next letter will arrive before the deadline, HMRC promised taxpayers.",
        "Tomorrow's briefing will be with you from the Pentagon podium at 2 p.m.",
        # a forward's question answered by news
        "Did someone send this email? Investigators traced it to a server in Minsk.",
        "Did a colleague send you this? Scammers now pose as co-workers in phishing emails, "
        "regulators warn.",
        "Got this from a colleague? Staff at the council were fooled by a fake payroll email.",
    ],
)
def test_news_opening_like_a_newsletters_line_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")
    # in a body's other places too (as the article's last line, two of them go by their score,
    # not by this rule)
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "top", "head")) == []


def test_a_greeting_from_everyone_at_the_newsletter_goes_and_a_quoted_one_stays() -> None:
    greeting = "Hello and a happy 2034 from everyone at the Morning Kettle."
    news = "Hello from everyone at Vale, the chief executive wrote to the miners on Friday."
    cleaned = clean_text("\n".join([_LEAD, greeting, _NEXT, news])).split("\n")
    assert greeting not in cleaned and news in cleaned
