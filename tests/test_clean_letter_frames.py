"""A newsletter's frame and greeting in more of the shapes mailing platforms and writers use
(``clean.letters``): a greeting from the writer's town with what the issue holds or the new
readers it welcomes, "why did I get this?", the link to the issue in a browser (also in a
platform's translation), and the close before the forward prompt; and a letter's first section
heading stays when it is longer than the headings further down. News that uses the same words
stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_ITEM = "The port of Duqm handled 41,000 containers in May, up a fifth, the operator said."


@pytest.mark.parametrize(
    "line",
    [
        "Good morning from Salalah. Here's what moved the oil market overnight, in three minutes.",
        "Hi from Tbilisi, and welcome to the 212 new subscribers who found us this month.",
        "Hello from Kraków, and a warm welcome to all new readers!",
        "Why did I get this? You signed up on our website.",
        "Why am I receiving this email?",
        "Was this forwarded to you? Subscribe for free here.",
        "View this edition in your browser",
        "Read in browser",
        "Voir dans le navigateur",
        "Ver no navegador",
        "Im Browser ansehen",
        "That's all for today. If a colleague forwarded this to you, sign up in one click.",
    ],
)
def test_a_letter_frame_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{line}\n{_ITEM}").split("\n") == [_ITEM]


@pytest.mark.parametrize(
    "news",
    [
        "Hello from Kyiv, the mayor wrote in a message to the twin city of Kraków.",
        "Good morning from Salalah, the port's first cruise ship signalled to the harbour master.",
        "Why did I get this? asked one pensioner billed for a car he sold in 2031.",
        "Was this forwarded to you by the ministry? the judge asked the witness.",
        "Users can now view the land register in a web browser, the agency said.",
        "That's it for this week's hearings; the committee resumes on Monday.",
    ],
)
def test_the_same_words_in_news_stay(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_ITEM}\n{news}").split("\n")


def test_a_longer_first_heading_of_a_letter_in_sections_stays() -> None:
    text = "\n".join(
        [
            "Good morning from Muscat. Here is what moved markets yesterday, in four minutes.",
            "Port volumes climb",
            _ITEM,
            "Cement",
            "Oman Cement raised its price by 2 rials a tonne from June, dealers said on Sunday.",
            "Index",
            "The Muscat index closed up 0.4 percent at 4,612 points on thin trading.",
        ]
    )
    cleaned = clean_text(text).split("\n")
    assert "Port volumes climb" in cleaned
    assert "Cement" in cleaned and "Index" in cleaned
    assert not cleaned[0].startswith("Good morning")
