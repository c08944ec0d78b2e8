"""A writing platform's profile after a post, a letter's sign-off and name at its end, a greeting
to the letter's readers abroad, a picture's "illustration only" note, a topic page's labels,
offers and footers, and a wire's dateline ending in a full stop go (``clean.pagekinds``,
``clean.fields``, ``clean.dateline``); the same words as news stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import is_boilerplate

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


@pytest.mark.parametrize(
    "profile",
    [
        "Staff engineer at Northline. Builds things that build things.",
        "Backend engineer in Lviv. Writing about public transport software.",
        "Co-founder, operations lead. Kigali.",
        "Urbanist in Poznań. I count trams so you don't have to.",
    ],
)
def test_a_profile_after_the_post_goes(profile: str) -> None:
    assert _lines("\n".join([_LEAD, _AFTER, profile])) == [_LEAD, _AFTER]


def test_a_profile_s_shape_between_paragraphs_stays() -> None:
    line = "Engineer in Lviv. He designed the depot."
    assert line in _lines("\n".join([_LEAD, line, _AFTER]))


@pytest.mark.parametrize(
    "tail",
    [["Saludos desde Rosario,", "Mariana"], ["Cheers,", "Tom"], ["Liebe Grüße aus Graz"]],
)
def test_a_letter_s_sign_off_and_name_go(tail: list[str]) -> None:
    assert _lines("\n".join([_LEAD, _AFTER, *tail])) == [_LEAD, _AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Magandang umaga, mga ka-Pasada!",
        "Buenos días, queridos lectores",
        "Kiemelt képünk illusztráció.",
        "Image for illustration purposes only.",
        "Part of: Transport, Islands",
        "Themes: Agriculture, Food and Nutrition",
        "Découvrez nos offres : le numérique à 4 $ par mois",
        "Give now",
        "You are receiving this because you are a free member of the Ledger.",
        "The article Taxi fares to rise in May was first published on Coast Times.",
        "Meet the region's port chiefs at the summit in Durban, 14-15 October. Book your pass now.",
        "TASHKENT, March 6 (Turon).",
    ],
)
def test_a_page_s_line_of_its_kind_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert line not in _lines("\n".join([_LEAD, line, _AFTER]))


@pytest.mark.parametrize(
    "news",
    [
        "Jane Smith (Labour).",
        "Part of the road will stay closed until May, the council said.",
        "Give now or pay more later, the tax office warned small firms on Monday.",
        "Buenos Aires will add 40 buses to its night routes from May.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)


def test_a_thread_s_prompt_after_the_text_goes() -> None:
    assert _lines("\n".join([_LEAD, _AFTER, "What do you think?"])) == [_LEAD, _AFTER]


def test_a_thread_s_prompt_between_paragraphs_stays() -> None:
    assert "What do you think?" in _lines("\n".join([_LEAD, "What do you think?", _AFTER]))


@pytest.mark.parametrize(
    "line",
    [
        "Hosted by Casthost, an AdCo company. See casthost.example/privacy for information about"
        " our use of personal data for advertising.",
        "Harbour Notes is free today. But if you liked this post, you can tell Harbour Notes that"
        " their writing is valuable by pledging a future subscription.",
    ],
)
def test_a_platform_s_footer_goes(line: str) -> None:
    assert is_boilerplate(line)
