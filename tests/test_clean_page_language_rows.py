"""Rows a page prints around its article in its own language or script go (``clean.stamps``,
``clean.bylines``, ``clean.credits``, ``clean.dateline``, ``clean.syndication``): a reading
time, a time ago or a publication stamp in the page's words and digits, a byline's "by" of
another language, a photo's label and its credit, a wire's dateline with the day before the
month, a blog platform's feed footer; look-alike lines of news stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.dateline import is_bare_dateline, strip_dateline
from briefing.clean.stamps import is_reading_time, is_stamp_row

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _cleaned(line: str, *, top: bool = False) -> list[str]:
    lines = [line, _LEAD, _AFTER] if top else [_LEAD, line, _AFTER]
    return [ln for ln in clean_text("\n".join(lines)).split("\n") if ln]


@pytest.mark.parametrize(
    "line",
    [
        "Muda wa kusoma: dakika 4",
        "زمان مطالعه: ۳ دقیقه",
        "Takes about 5 minutes to read",
        "Harbour Civic Notes · 3 min read",
    ],
)
def test_a_reading_time_in_the_page_s_words_goes(line: str) -> None:
    assert is_reading_time(line)
    assert line not in _cleaned(line) and line not in _cleaned(line, top=True)


@pytest.mark.parametrize(
    "line",
    [
        "Sa'o'i 5 da suka wuce",
        "Saa 2 zilizopita",
        "4 saat önce",
        "3 jam lalu",
        "il y a 2 heures",
        "منذ 3 ساعات",
        "৫ ঘণ্টা আগে",
        "12 sources · Updated 2 hours ago",
        "ویب ڈیسک | 14 اپریل 2039",
        "প্রকাশ: ১২ এপ্রিল ২০৩৯, ০৯:১৫",
    ],
)
def test_a_time_ago_or_a_stamp_above_the_text_goes(line: str) -> None:
    assert is_stamp_row(line)
    assert line not in _cleaned(line, top=True)


@pytest.mark.parametrize(
    "news",
    [
        # a score, a match's minutes, a place's name and a figure, a sentence with a time ago
        "Reading 2",
        "Arsenal · 90 min",
        "The bridge closed 3 hours ago after a barge struck a pier, the coastguard said.",
        "Read 12 pages of the report before the vote, the speaker urged members.",
    ],
)
def test_look_alike_lines_stay(news: str) -> None:
    assert not is_reading_time(news)
    assert news in _cleaned(news)


@pytest.mark.parametrize(
    "line",
    [
        "Oleh Siti Rahmah Ismail",
        "Ni: Jose Miguel Santos",
        "Na Mwandishi Wetu",
        "Par Julie Tremblay, Initiative de journalisme local",
    ],
)
def test_a_byline_in_another_language_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert line not in _cleaned(line, top=True)


@pytest.mark.parametrize(
    "line",
    [
        "Crédit photo : DR",
        "Fotoğraf: AA",
        "Picha: Maktaba",
        "Asalin hoton, Getty Images",
        "عکس: آرشیو",
        "Larawan mula sa PNP",
        "Photo supplied by Harbour Trust",
        "Satellite image: Copernicus Sentinel-2",
    ],
)
def test_a_photo_s_label_and_credit_go(line: str) -> None:
    assert is_boilerplate(line)
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "news",
    [
        # a photo's label before a sentence of news, a satellite's picture as the story
        "Satellite image: the agency said the ice shelf lost a third of its area in a year.",
        "Photo supplied by the family shows the climber at the summit on Sunday, police said.",
        "Par ailleurs, la ville a annoncé la fermeture du pont pendant deux semaines.",
    ],
)
def test_a_label_before_news_stays(news: str) -> None:
    assert news in _cleaned(news)


def test_a_wire_dateline_with_the_day_first_is_bare_and_cut() -> None:
    assert is_bare_dateline("NIAMEY, 12 avril (ASP) -")
    assert strip_dateline("NIAMEY, 12 avril (ASP) - Les prix ont baissé.") == "Les prix ont baissé."
    assert not is_bare_dateline("NIAMEY, 12 avril (ASP) - Les prix ont baissé.")


@pytest.mark.parametrize(
    "footer",
    [
        "The entry Market hall reopens with 900 stalls appeared first on Riverside News.",
        "A entrada Portagem sobe em maio foi publicada primeiro em Notícias do Porto.",
        "Continue reading on The Delta Herald website »",
        "First posted in Civic Notes, a Medium publication. Clap or respond there.",
    ],
)
def test_a_feed_footer_goes(footer: str) -> None:
    assert is_boilerplate(footer)
    assert footer not in _cleaned(footer)


@pytest.mark.parametrize(
    "news",
    [
        "The entry fee rose first on weekends, the museum said, and then on weekdays.",
        "First posted in 2031, the rule now covers every ferry in the region.",
    ],
)
def test_footer_words_in_news_stay(news: str) -> None:
    assert news in _cleaned(news)
