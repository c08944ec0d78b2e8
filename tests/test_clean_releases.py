"""What press releases, e-mailed newsletters, government sites, podcast hosts and comment
sections print around the news (``clean.releases``), and a press release's tail.

Every line is written for the test in the shape those templates use; each kind has news
look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import clean_text

_LEAD = "Calloway Foods will build an $85 million plant in Dunmore, creating 300 jobs by 2035."
_NEXT = "The company said construction would start in the spring, subject to county approval."


def _kept(line: str, *, last: bool = False) -> bool:
    return kept_between(line, _LEAD, _NEXT, last=last)


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE Calloway Foods Inc.",
        "View original content to download multimedia: https://newswire.example/releases/1",
        "View source version on newswire.example: https://newswire.example/news/2",
        "For Immediate Release",
        "News Release",
        "Media Contact: Dana Whitlow",
        "press@calloway.example",
        "570-555-0192",
        "Erik Dahl, Head of Communications, +47 555 01 234",
        "View this email in your browser",
        "Add us to your address book",
        "You can update your preferences or unsubscribe from this list.",
        "Get county news delivered to your inbox!",
        "An official website of the State of Pellam",
        "Here's how you know",
        "Hosted on Castwave. See castwave.example/privacy for privacy information.",
        "Welcome to the discussion.",
        "Keep it Clean. Please avoid obscene, vulgar or threatening language.",
        "Be respectful. No abuse of other readers will be accepted here.",
        "Write a comment...",
        "This article was generated with the support of AI and reviewed by an editor.",
        "Translation of an original article published in Spanish on diario.example.",
        "This is read by an automated voice. Please report any issues here.",
        "Information from Coast Wire Service was used in this report.",
        "The Wire gets support from a fund. The Wire is solely responsible for all content.",
        "Click here to report a typo.",
        "Market data brought to you by Tickerline",
        "Should you invest $1,000 in Calloway Foods right now?",
        "Jane Roe has no position in any of the stocks mentioned.",
        "For the latest news, weather and sports, head to KVAL 7.",
        "Visit us on social media:",
        "Read more about Burn ban lifted in eastern counties",
        "Sponsor Message",
        "Secure .gov websites use HTTPS",
        "Keep it local and relevant. Make sure your replies stay on topic.",
        "toggle caption",
        "Link Copied!",
        "Advertisement - Continue Reading Below",
        "Kellen Ash/Valley Courier",
        "(Shutterstock)",
        "Marcus Delray, Valley Sports Staff Writer",
        "(ATTN: ADDS details in paras 3-4)",
        "1.2K Followers",
        "Did you make this recipe? Tag @valleykitchen on Instagram.",
        "Reach Kellen Ash at kash@valleycourier.example or 555-0173.",
        "Contributing: Ruth Elmore, The Hallsburg Gazette",
        "Our Standards: The Trust Principles., opens new tab",
        "September 3, 2033 at 6:12 p.m. EDT",
        "— 3 min read",
    ],
)
def test_release_and_platform_lines_go(line: str) -> None:
    assert not _kept(line)
    assert not _kept(line, last=True)


@pytest.mark.parametrize(
    "line",
    [
        "The plant's source of water will be the Lackawanna river, the company said.",
        "Investors welcomed the plan, and the shares rose 4 percent on Monday.",
        "The county's official website will publish the planning documents on Friday.",
        "Residents can call 570-555-0100 to comment, the county said.",
        "The budget for 2033-34 was approved on Monday.",
        "Reporters were told the plant would be read by sensors around the clock.",
        "7:58 p.m. ET, September 3, 2033",
        "Lee Zii Jia beat Axelsen 21-14 17-21 21-19",
        "Emergency line for flood reports: 0800 555 0123",
        "Source Energy shares rose 4 percent on Tuesday.",
        "Contact: the minister's office declined to comment.",
        "TikTok removed the video for violating its community guidelines.",
        "The song, produced with the help of AI, topped the Swedish charts for three weeks.",
        "Google expanded automatic translation to 40 more languages on Thursday.",
        "Scammers cloned the official website of the tax office to harvest bank details.",
        "Berkshire now has no position in the airline after selling its last shares in May.",
    ],
)
def test_news_that_looks_like_release_furniture_stays(line: str) -> None:
    assert _kept(line)


def test_a_press_release_tail_goes_from_its_about_heading() -> None:
    text = "\n".join(
        [
            _LEAD,
            _NEXT,
            "About Calloway Foods Inc.",
            "Founded in 1961, Calloway Foods is a family-owned maker of frozen foods.",
            "Media Contact:",
            "Dana Whitlow",
            "press@calloway.example",
        ]
    )
    assert clean_text(text) == f"{_LEAD}\n\n{_NEXT}"
    # The same heading with a long article after it is a subheading, not a tail.
    body = [
        f"The plant will employ {n} people in its first phase, the firm said." for n in range(9)
    ]
    long = "\n".join([_LEAD, "About Dunmore", *body])
    assert "About Dunmore" in clean_text(long)
    # In a report (no release's line anywhere), "About <Name>" heads a paragraph of news.
    report = "\n".join([_LEAD, "About Hezbollah", "The group was founded in 1982.", _NEXT])
    kept = clean_text(report)
    assert all(
        part in kept for part in ("About Hezbollah", "The group was founded in 1982.", _NEXT)
    )


def test_a_cut_excerpt_keeps_a_sentence_with_abbreviations_whole() -> None:
    line = (
        "The U.S. Senate voted 52-48 on Tuesday to confirm the nominee, who takes office in [...]"
    )
    assert clean_text(line) == line[: -len(" [...]")] + "…"
