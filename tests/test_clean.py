"""clean_text / is_boilerplate: general chrome rules, content kept."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Advertisement",
        "Read more",
        "Related Articles",
        "Comments",
        "No comments yet...",
        "12 comments",
        "Sign up for our morning briefing",
        "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
        "Accept all cookies",
        "© 2026 Example Media Ltd. All rights reserved.",
        "Home | World | Business | Tech",
        "By Jane Doe",
        "By the Market Desk team",
        "4 min read",
        "___",
        "* * *",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Home Office minister resigns over visa backlog",
        "Comments by the minister drew criticism",
        "July 23 (Reuters) - Ukrainian drones attacked southern Russia.",
        "By Tuesday the talks had collapsed.",
        "The regulator said the company's cookie banners misled users.",
        "Share prices fell 3% in Tokyo.",
        "Fed holds rates steady",
    ],
)
def test_content_lines(line: str) -> None:
    assert not is_boilerplate(line)


def test_trailing_chrome_after_body_is_removed_generally() -> None:
    text = (
        "The central bank held rates at 4%.\n"
        "Analysts had expected the decision.\n"
        "Topics\n\n"
        "Explore Our Premium Tools\n"
        "See what Acme Plus can unlock for you:\n"
        "Comments\n"
        "Be the first to comment\n"
    )
    assert clean_text(text) == (
        "The central bank held rates at 4%.\n\nAnalysts had expected the decision."
    )


def test_subheading_followed_by_body_is_kept() -> None:
    text = "The bank held rates at 4%.\n\nWhat happens next\n\nThe next meeting is in March."
    assert clean_text(text) == text


def test_short_single_line_text_is_kept() -> None:
    assert clean_text("Fed holds rates at 4.5%") == "Fed holds rates at 4.5%"


def test_dateline_and_separator_tail() -> None:
    text = "July 23 (Reuters) - Drones hit an oil depot, officials said. ___"
    assert clean_text(text) == "July 23 (Reuters) - Drones hit an oil depot, officials said."


def test_whitespace_and_paragraphs() -> None:
    text = "  First   paragraph\u00a0here.\r\n\r\n\r\nSecond one.  \n"
    assert clean_text(text) == "First paragraph here.\n\nSecond one."


def test_hard_wrapped_paragraph_stays_one() -> None:
    text = "The index rose 1.1% on Thursday as miners\nrallied and banks slipped."
    assert clean_text(text) == text


def test_inline_ads_between_paragraphs_are_removed() -> None:
    text = "Prices rose 3% in May.\nAdvertisement\nWages rose 4% in May.\nShare this article"
    assert clean_text(text) == "Prices rose 3% in May.\n\nWages rose 4% in May."
