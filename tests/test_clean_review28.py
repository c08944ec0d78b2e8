"""review28's probe of junk30's notice kinds: a news line that opens like a page's notice stays.

- a notice's line that a story reports in its own language (a reporting verb past the first
  word: "pidió", "ontdekte", "found") is the story's, not the page's;
- "more news ... on <platform>" names where to find the outlet's news: the platform comes after
  "on", "in", "в"; outlets "leaving X" and Bulgarian "още от сутринта" ("since morning") are news;
- what subscribers get has no figure: a price rise or a union's bonus is news;
- "Next in <Section>:" names a section, capitalised: "Next on the agenda: ..." is a council's
  business;
- a commenter's handle starts with a letter or an underscore: "400m | 45 s" after a paragraph is
  a result, and the text after it stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.pagekinds import is_page_kind

_EN = (
    "The regional council voted on Tuesday to extend the emergency measures for another three "
    "months, citing continued pressure on hospitals and schools across the district.",
    "Opposition members argued that the council had not published the figures it relied on, "
    "and asked the auditor to review the spending before the end of the year.",
)
_ES = (
    "El consejo regional votó el martes prorrogar las medidas de emergencia otros tres meses, "
    "alegando la presión continua sobre hospitales y escuelas de la provincia.",
    "La oposición acusa al gobierno de no haber publicado las cifras en las que se basa y pide "
    "al tribunal de cuentas que revise el gasto antes de fin de año.",
)
_BG = (
    "Общинският съвет реши във вторник да удължи извънредните мерки с още три месеца заради "
    "натиска върху болниците и училищата в областта.",
    "Опозицията обвини кмета, че не е публикувал данните, на които се основава решението, и "
    "поиска одит на разходите преди края на годината.",
)


@pytest.mark.parametrize(
    ("context", "line"),
    [
        (
            _ES,
            "Para más información, llame al 112, pidió Protección Civil tras el terremoto de "
            "magnitud 6,1.",
        ),
        (_EN, "More news outlets are leaving X after the takeover, a survey found."),
        (_BG, "Още от сутринта Telegram не работи в цялата страна"),
        (
            _EN,
            "Netflix subscribers get a second price rise this year as monthly fees climb to 18 "
            "dollars.",
        ),
        (_EN, "Union members get a 200 pound bonus every month until 2026 under the deal."),
        (_EN, "Next on the agenda: the 2025 budget, which cuts libraries by 12%"),
    ],
)
def test_news_that_opens_like_a_notice_stays(context: tuple[str, str], line: str) -> None:
    assert not is_page_kind(line)
    text = clean_text("\n\n".join([context[0], line, context[1]]))
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "For enquiries, please call 555 0100.",
        "Para más información, llame al 0800 555 210.",
        "More news from BTA on Google News and Telegram",
        "Още новини от ЧИА в Google News и Telegram",
        "Paid subscribers get the data sheet every Friday.",
        "Next in Features: The last ferryman of the Caspian",
        "Found this useful? Forward it to someone who lives in the islands.",
    ],
)
def test_the_notice_itself_still_goes(line: str) -> None:
    assert is_page_kind(line)


def test_a_result_row_after_the_text_is_no_commenter_and_cuts_nothing() -> None:
    # a figure first is a result or a clock, not a handle: the text after it stays
    text = clean_text("\n\n".join([_EN[0], "400m | 45 s", _EN[1]]))
    assert _EN[1] in text


def test_a_commenter_s_row_after_the_text_still_ends_it() -> None:
    text = clean_text("\n\n".join([_EN[0], "jun_m_23 · 2 oras", _EN[1]]))
    assert _EN[0] in text
    assert _EN[1] not in text
