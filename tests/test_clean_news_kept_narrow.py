"""Three rules narrowed so the news they used to drop stays, while their true catches still go:
a correction notice that corrects the publisher's own earlier message by date (``clean.credits``,
``clean.shapes``); a public counter's "desk" (``clean.features``' credit words); a letter's first
section heading when only one more heading follows (``clean._first_section_head``).

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.features import Line, credit_words

_LEAD = "The port authority will dredge the northern channel from May 2 to May 20, it said."


@pytest.mark.parametrize(
    "line",
    [
        "Correction: in our press release of 4 March we gave the wrong closing date. The road "
        "closes on 11 March.",
        "Correction: In the notice of March 4, the ministry listed the wrong hotline; the number "
        "is 0800 221 100.",
        "Clarification: in our statement of 12/05 the grant was described as a loan.",
    ],
)
def test_a_notice_correcting_an_earlier_message_is_news(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(f"{line}\n{_LEAD}").split("\n\n") == [line, _LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article gave the wrong date for the hearing.",
        "Correction: this story misstated the price of a ticket in our report of March 4.",
        "Correction (May 3): The minister's name was misspelt.",
        "Fe de erratas: una versión anterior de esta nota decía que el puente costaba el doble.",
        "Correctie: in een eerdere versie stond dat de school in mei sloot.",
        "Berichtigung: In einer früheren Fassung hieß es, die Brücke sei gesperrt.",
        "Rectificatif : une version précédente indiquait un mauvais horaire.",
        "Correção: a versão anterior deste texto trazia a data errada.",
    ],
)
def test_the_pages_own_correction_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Correctie van de gemeente leidt tot nieuwe tellingen in drie wijken.",
        "Berichtigung im Grundbuch dauert in Bayern bis zu acht Wochen, sagt der Verband.",
    ],
)
def test_a_correction_word_in_news_stays(news: str) -> None:
    assert not is_boilerplate(news)


_CLOSURE = (
    "The northern ferry will not sail from 3 to 9 June while its ramp is replaced, the "
    "operator said on Monday."
)


@pytest.mark.parametrize(
    "news",
    [
        "Travellers can ask about replacement buses at the port's information desk or on the app.",
        "Riders can check times in the app or at the help desk in the main hall.",
        "Tickets are sold at the front desk of the terminal and in the operator's app.",
    ],
)
def test_a_public_desk_line_stays(news: str) -> None:
    assert clean_text(f"{_CLOSURE}\n{news}").split("\n\n") == [_CLOSURE, news]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("From the city desk", True),
        ("Filed by our foreign desk", True),
        ("Ask at the information desk", False),
        ("Bags are checked at the check-in desk", False),
        ("Call the help desk on 0800 100 200", False),
    ],
)
def test_a_desk_is_a_credit_word_only_in_a_newsroom(text: str, credit: bool) -> None:
    assert credit_words(Line(text=text)) is credit


_ITEM_1 = (
    "The water board said on Monday that six villages east of the river would get water only "
    "at night until a broken main is replaced, which it expects within three weeks."
)
_ITEM_2 = "The county said 12 new school buses would start on the hill routes in September."


def test_a_letters_first_heading_stays_with_one_more_heading() -> None:
    text = f"View this email in your browser\nWater rationing\n{_ITEM_1}\nSchool buses\n{_ITEM_2}"
    kept = clean_text(text).split("\n\n")
    assert kept == ["Water rationing", _ITEM_1, "School buses", _ITEM_2]


def test_a_label_with_a_colon_above_the_text_still_goes() -> None:
    text = f"Quick read:\n{_ITEM_1}\nWhy it matters:\n{_ITEM_2}"
    assert clean_text(text).split("\n\n")[0] == _ITEM_1


def test_a_section_label_above_a_longer_heading_still_goes() -> None:
    text = f"Water\n{_ITEM_1}\nWhat the board says next\n{_ITEM_2}"
    assert clean_text(text).split("\n\n")[0] == _ITEM_1
