"""The page asking its reader for something after a question (``clean.notes``: "Sent in a photo?
Use the upload button", "Have a view? Letters to the editor ..."), its tip line and its own people
and comment rules, a live page's state and pins, a rating widget, a series teaser and an app's
tagline (``clean.widgets``), an outlet's photo label (``clean.credits``) and a row of links under
a reading label (``clean.buttons``).

Every line is written for the test; each kind has news look-alikes that must stay wherever they
sit.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text
from briefing.clean.buttons import is_button_line, is_link_row

_LEAD = "Flooding closed 14 roads in the county on Monday, and 300 homes lost power overnight."
_NEXT = "The council said repairs to the river wall would take at least three weeks."


@pytest.mark.parametrize(
    "line",
    [
        # a question to the reader, then the page's tool or desk
        "Spotted a closure on your road? Tell the map's editors through the feedback form.",
        "Sent in a video of the flood? Use the upload button; we credit every reader clip.",
        "Got a story from your street? The newsroom phone is answered until 10 p.m.",
        "Have a view? Letters to the editor are published every Friday.",
        "Have your say? Our submissions page takes photos and stories.",
        # a tip line, the page's people and its comment rules
        "Story tips: WhatsApp +44 7000 123456 (messages only)",
        "News tips: email desk@example.org",
        "Follow our reporters on the ground in Tewkesbury, Upton and Worcester",
        "Our comment threads close 48 hours after publication.",
        # a live page's state and pins, a rating widget, a series teaser, an app's tagline
        "Coverage on this page stops here; a new page opens at 6am.",
        "Refresh for the latest updates, which appear at the top",
        "Pinned by the live desk",
        "How useful was this article? ★★★★☆",
        "Fixtures, results and tables on the County Sport app - free on iOS and Android.",
        "Download the Courier app - free on iOS and Android.",
        # an outlet's photo label
        "Courier photo: the river wall at Upton, seen from the bridge.",
        "File picture: sandbags at the quay in 2031.",
        "AFP photo: A man walks past the flooded quay in Upton.",
        "Handout image: The damaged river wall at Upton on Monday.",
        # a row of links under a reading label
        "Keep exploring: How the 2007 floods changed the county · Why rivers rise after rain stops",
        "More analysis: The cost of river walls, ten years on | Who pays for flood insurance",
        "Also in Worcester: Bridge lane closures next week | Library reopens after repairs",
    ],
)
def test_a_pages_prompt_or_furniture_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # a question the news asks, and a reader's advice
        "Have a plan? Residents without one should call 112 if water enters their homes.",
        "Spotted a crack in the wall? Engineers found three in March, and a fourth on Monday.",
        "Got sandbags? The council handed out 4,000 from the depot on Sunday.",
        "Residents can comment via the feedback form on the council website until 5 May.",
        "Call 112 if you see water rising above the river wall.",
        # tips, followers and comments in news
        "News tips from residents led the council to the blocked drain on Tuesday.",
        "Follow our advice: the Environment Agency urged drivers to avoid flooded roads.",
        "Comment threads on the council's page filled with complaints about the delays.",
        # a page's and a live desk's words in news
        "Coverage of the floods on national television stopped at midnight.",
        "A new page opens in the county's history as the first river wall is finished.",
        "Refresh schedules for the council's river gauges will change next month.",
        "Pinned by the debris, two cars were trapped under the bridge for six hours.",
        "How good was the warning? Residents said they had two hours' notice.",
        "The county's flood app is free on iOS and Android and has 20,000 users.",
        # photo words in news
        "Courier photographers were among the first to reach Upton on Monday.",
        "File pictures from 2007 show the same street under a metre of water.",
        # a label's words before news
        "Also closed: the A38 at Kempsey and the B4211 at Upton.",
        "More rain: the Met Office expects 40mm on Wednesday | Rivers will peak on Thursday.",
    ],
)
def test_news_with_a_prompts_or_furnitures_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


# Rows of news under a label that is no reading label are no link row (other rules may judge
# them; this one must not take them).
@pytest.mark.parametrize(
    "line",
    [
        "Results: Worcester 2 Hereford 1 | Gloucester 0 Cheltenham 0",
        "River levels: Upton 5.2m, rising | Worcester 4.8m, steady | Tewkesbury 6.1m, rising",
        "Read the verdicts: Smith jailed for six years · Jones cleared of all charges.",
        "More closures: A38 at Kempsey · B4211",
    ],
)
def test_a_row_of_news_is_no_link_row(line: str) -> None:
    assert not is_button_line(line)


def test_a_series_teaser_goes_whatever_its_case_and_news_with_its_words_stays() -> None:
    teaser = "Coming up in the series: how forecasters track rain from space"
    news = "Coming up in the series final, the county side meets Worcester on Saturday."
    cleaned = clean_text("\n".join([_LEAD, teaser, _NEXT, news])).split("\n")
    assert teaser not in cleaned and news in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # a figure's "picture", and a subject's image before a sentence (review16 M7)
        "Big picture: Inflation has fallen for six straight months, but rents are still rising.",
        "Bigger picture: Europe's gas storage is 95% full going into winter.",
        "Jobs picture: Unemployment rose to 4.4% in March, the highest since 2021.",
        "Mixed picture: Retail sales rose 0.4% while factory output fell 0.2%.",
        "Bleak picture: The OECD cut its growth forecast for Germany to 0.1%.",
        "Satellite images: Maxar pictures show at least 40 destroyed aircraft at the base.",
        "Webb image: Astronomers say the galaxy formed 300 million years after the Big Bang.",
        "Police image: The suspect was seen leaving the station at 10.42 p.m.",
        "CCTV image: Detectives released footage of a man they want to trace.",
    ],
)
def test_news_under_a_pictures_label_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        # a third party's tip line, form or page after a question (review16 M8)
        "Have a tip about the suspect? The FBI has opened a tip line at 1-800-CALL-FBI.",
        "Do you know this man? Police have set up a tip line on 0800 555 111.",
        "Have a complaint about your energy bill? Ofgem's new contact page lets customers "
        "escalate it directly.",
        "Have a view on the bypass? The council's feedback form is open until June 30.",
        "Have an old phone? The recycling scheme's upload page gives a quote in minutes.",
        "Seen the comet? Astronomers say it will be visible until Friday; NASA's upload page has "
        "4,000 photos.",
        "Have a tip? Call the FBI's tip line at 1-800-CALL-FBI.",
    ],
)
def test_a_third_partys_tool_after_a_question_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")
    # (as an article's last line, Ofgem's goes by its score, not by this rule)
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "top", "head")) == []


@pytest.mark.parametrize(
    "line",
    [
        # a row of a label's members, our reporters' findings, another body's app (review16 S9)
        "More storms: Storm Bert in November | Storm Darragh in December",
        "Follow our reporters' findings: the council spent 4.2 million on consultants last year.",
        "The government's new ID app - free on iOS and Android.",
    ],
)
def test_news_like_a_row_a_follow_or_an_apps_tagline_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")


def test_a_row_of_links_under_more_stories_still_goes() -> None:
    assert is_link_row("More stories: Stories of the flood from Upton | Stories from the quay")
