"""How a paper reaches its readers, its language pages, its calls for tips, its notes on how
its figures are gathered, an editorial's standing note, a page kept up by volunteers, a review
stamp and affiliate buttons go (``clean.editions``, ``clean.abroad``, ``clean.funding``,
``clean.disclaimers``, ``clean.widgets``); and a writer's label, a photo's label, a reading
time, a time ago, a teaser label and a feed footer in more languages (``clean.bylines``,
``clean.credits``, ``clean.stamps``, ``clean.syndication``). Reports with the same words stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import is_boilerplate
from briefing.clean.stamps import is_reading_time, is_stamp_row

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _kept(line: str) -> bool:
    return kept_between(line, _LEAD, _AFTER, outlet=None)


@pytest.mark.parametrize(
    "line",
    [
        "Friday's print run is on the counters of village shops",
        "Paper copies are delivered to homes in Ardmore and Clifden on Tuesdays",
        "The Gazette lands in subscribers' letterboxes before seven on weekdays",
        "Printed in Kolonia on Tuesdays and Fridays · Pass this copy to a neighbour",
        "The Newsletter is circulated free to members of the island's fishing cooperatives",
        "Paper buyers find a web code printed on Saturday's back page",
        "Whole e-paper on your phone, cheaper than a coffee",
        "English page · Translated by our staff",
        "Welsh and English editions on the same page below",
        "Malo e lelei · read the Herald in Tongan and English",
        "Spotted debris on the beach? Message the Harbour desk any hour",
        "Tips and photos can be sent to the Courier newsroom at the bus station office",
        "Envie sua foto da enchente pelo WhatsApp do jornal",
        "Figures are rough, gathered by phone from bakeries and millers",
        "Prices collected at dawn from four fish stalls; see the table in the print edition",
        "Prices are reported by shop owners and checked by phone on the day of publication",
        "Editorials represent the view of the Chronicle's editorial board",
        "Information is updated by volunteers. Check with operators before you travel",
        "Page reviewed 4 March 2039 by the Guide's desk",
        "Reservations made via our buttons may pay the Guide a commission",
        "Penulis: Rina Wulandari",
        "كتب: سامي حداد",
        "사진=연합뉴스",
        "Xem thêm: Giá xăng tăng từ chiều nay",
        "Articolul Podul nou s-a deschis a apărut prima dată pe Știri Locale.",
    ],
)
def test_the_paper_s_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    ["3 часа назад", "2 giờ trước", "4 godz. temu"],
)
def test_a_time_ago_in_more_languages_is_a_stamp(line: str) -> None:
    assert is_stamp_row(line)


@pytest.mark.parametrize("line", ["Время чтения: 4 мин", "Thời gian đọc: 3 phút"])
def test_a_reading_time_in_more_languages(line: str) -> None:
    assert is_reading_time(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "news",
    [
        "The print run of 5,000 copies sold out in a day, the publisher said.",
        "Copies of the report were delivered to every councillor on Thursday.",
        "Photos can be sent to the police incident room, officers said on Sunday.",
        "Prices rose 4% in March, figures from the statistics office showed.",
        "Autor: the ministry did not say who wrote the anonymous letter.",
        "The timetable was updated on Monday; check with the operator before you travel, "
        "the council said.",
        "Readers in Tonga can now read the Herald online, its editor said.",
    ],
)
def test_reports_with_the_same_words_stay(news: str) -> None:
    assert _kept(news)
