"""More of a newsletter's frame (``clean.letters``): a greeting with the day's date and what the
issue holds, a forward prompt with the question after it, and "Enjoyed this?" before when the
letter comes; news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate
from briefing.clean.letters import is_letter_line


@pytest.mark.parametrize(
    "line",
    [
        "Good morning from the Business desk — Monday 3 June: five stories, four minutes.",
        "Mornin' from the Harbour desk - Tuesday: four items, six minutes.",
        "Morning from the Lagos team — Tuesday: a 6-minute read",
        "Forward this to a colleague who needs it. Received it from a friend? Sign up here.",
        "Please forward this to anyone curious. Got it from a colleague? Subscribing is free.",
        "Liked this issue? Harbour Notes lands every Sunday morning, free.",
        "Enjoyed this? The Delta Letter comes Monday to Friday, before seven.",
    ],
)
def test_a_letter_frame_goes(line: str) -> None:
    assert is_letter_line(line)
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Morning from the newsroom — Friday, 25 August: the minister resigned, police said.",
        "Forward this to anyone who saw the crash. Got it from a friend? Police want to hear.",
        "Enjoyed this? The mayor did not, and said so on Tuesday.",
        "Enjoyed this? Fans will get a second show on Friday, the band said.",
    ],
)
def test_news_that_opens_alike_stays(line: str) -> None:
    assert not is_letter_line(line)
