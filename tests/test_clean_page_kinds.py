"""A page's own lines of more kinds go (``clean.pagekinds``, ``clean.eastasia``,
``clean.dateline``, ``clean.outlet``): bylines with a role, share and follow rows in the page's
language, republishing notices, counters, a release's rows, a newsletter's greeting and
sign-off, a transcript's note, a graphic's label, an East Asian portal's stamps and rows, a
release's whole dateline; a sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.eastasia import is_east_asian_row
from briefing.clean.pagekinds import is_page_kind

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _kept(line: str, outlet: str | None = None) -> bool:
    text = clean_text("\n".join([_LEAD, line, _AFTER]), outlet=outlet)
    return line in [ln for ln in text.split("\n") if ln]


@pytest.mark.parametrize(
    "line",
    [
        "Dana Holt Staff writer",
        "Ana Ruiz Local Democracy Reporter",
        "Jón Gunnarsson skrifar",
        "Ben Okafor reports for the Valley Ledger.",
        "Written by Ruth Abara, urban planner and cycling nerd.",
        "Deila á Facebook",
        "Senda á vin",
        "Del saken med andre",
        "Seko mums Telegram!",
        "Fleiri fréttir",
        "Больше новостей Костаная — в нашем канале в Telegram",
        "Lees meer op omroepnoord.example",
        "Meldingen van Radio Oost? Zet ze aan in onze app",
        "Materiāla pārpublicēšana bez redakcijas atļaujas ir aizliegta.",
        "Reproduction without written permission is prohibited.",
        "本文由 科技前哨 原创，转载请注明出处。",
        "Comments are the responsibility of those who write them.",
        "Please keep replies respectful and on topic.",
        "Baxış sayı: 1 204",
        "12 boosts 4 favourites",
        "추천 7 댓글 3",
        "Open this post on city-transport.example",
        "@kwxt4 Flooding on Main Street this morning #flood #storm ♬ original sound - KWXT 4",
        "Cautionary Note Regarding Forward-Looking Statements",
        "The company's plans are forward-looking; actual results may differ materially.",
        "Distribution: Nasdaq Stockholm, principal media, www.example.org",
        "Pohjoisvoima Oyj, Pörssitiedote, 3.4.2040 klo 9.00",
        "April 3, 2040 09:00 ET | Source: Harbour Shipping Ltd.",
        "Funder: National Wetlands Fund",
        "Releases appear as sent by the institution; the hub does not check them.",
        "Hello again, garden lovers —",
        "That's it from me until next Friday.",
        "Someone shared this with you? Get your own copy every Monday.",
        "The morning briefing is free — register to receive it",
        "Transcript: machine-made, lightly checked by station staff.",
        "KXRP is listener-supported. Make your gift today and keep the show free.",
        "Apóyanos en Patreon y recibe los episodios sin anuncios.",
        "Map: how each district voted on the bond",
        "Chart: the city's bus ridership since 2030",
        "Factbox: the airport's new routes so far",
        "Go deeper: What the new fare cap means for riders",
        "Listen again: the full interview on the evening bulletin",
        "More explainers: how bus franchising works",
        "Like this story? Members read it first in the morning email",
        "Check live road closures on our traffic map",
        "Products linked here may earn the Daily Circuit a commission.",
        "Stock prices shown may lag by up to 15 minutes; data from an exchange feed.",
        "NHL: Oilers 3, Flames 2 — 3rd period",
        "about 4 hours ago",
        "June 2040 Issue",
        "Mynd/Vilhelm",
        "Originally published at citynotes.example on June 4, 2040.",
        "Sigue el clásico jugada a jugada",
        "Send Flowers",
        "Light a Candle",
        "Published by the Harbor Tribune from Jun. 2 to Jun. 4, 2040.",
        "This event has passed.",
        "+ Google Calendar",
    ],
)
def test_a_page_s_line_of_its_kind_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "2040-05-16 09:21:07 来源: 江城晚报 作者: 林晓",
        "2040年5月22日 6:00 (5月22日 9:15 更新)",
        "입력 2040.05.19. 오전 10:14 수정 2040.05.19. 오전 11:02",
        "字号 大 中 小",
        "分享到： 微信 微博 QQ空间",
        "图片来源：江城新闻网 摄影 周 斌",
        "责任编辑：王丽_NBJ1234",
        "※ 이 기사는 언론사에서 교통 섹션으로 분류했습니다.",
    ],
)
def test_an_east_asian_portal_s_row_goes(line: str) -> None:
    assert is_east_asian_row(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "LORDSTOWN, Ohio, May 15, 2040 /PRNewswire/ --",
        "HALIFAX, Nova Scotia, May 27, 2040 (GLOBE NEWSWIRE) --",
        "Marseille (Agence Méridienne) -",
        "TORONTO/SANTIAGO, Jan 14 (MMW) -",
    ],
)
def test_a_whole_dateline_with_its_agency_goes(line: str) -> None:
    assert is_boilerplate(line)


def test_a_dateline_with_its_sentence_stays() -> None:
    line = (
        "HALIFAX, Nova Scotia, May 27, 2040 (GLOBE NEWSWIRE) -- The ferry line ordered two boats."
    )
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Join The Harbour Dispatch",
        "HarbourDispatch.example: every story, every device, one subscription.",
    ],
)
def test_the_outlet_asking_the_reader_in_goes(line: str) -> None:
    assert not _kept(line, outlet="The Harbour Dispatch")
    assert _kept(line, outlet="Valley Courier") or "Join" not in line


@pytest.mark.parametrize(
    "news",
    [
        "Written by Ana Ruiz, the song became a hit in 1998 and was banned by the state radio.",
        "The station is listener-supported and lost a third of its donors this year.",
        "Shares fell 4.2% in after-hours trading.",
        "Chart: The rate rose to 4% in May, the highest since 2031.",
        "Organiser Phyllis Dunmore thanked the parish council for lending the marquee.",
        "When the ferry arrived, 40 passengers were still waiting on the quay.",
        "Someone shared a video of the crash, which police are now studying.",
        "Comments on the plan are open until June 3, the council said.",
        "The paper's reproduction of the letter was prohibited by a court on Friday.",
        "Privacy at the clinic was the main complaint of the 300 patients surveyed.",
        "That's it for the old depot: the council voted 9-2 to sell it.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_page_kind(news)
    assert not is_east_asian_row(news)
    assert _kept(news)


@pytest.mark.parametrize(
    "news",
    [
        "부산시는 19일 트램이 9월 1일 개통한다고 밝혔다.",
        "杭州市地铁集团 16 日表示，地铁 12 号线二期将于 10 月 1 日开通试运营。",
        "2040年5月22日、仙台市は運賃を230円に値上げすると発表した。",
    ],
)
def test_an_east_asian_sentence_of_news_stays(news: str) -> None:
    assert not is_east_asian_row(news)
    assert not is_boilerplate(news)
