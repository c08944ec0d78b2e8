"""An abbreviation of another language that stands before a name (a boulevard, a street, a
square, a town, a saint, a title) or joins two words ("т.е.", "z.B.", "bzw.") ends no sentence:
fresh48's d1149 had a Bulgarian bullet "Четиринадесет стари липи по бул." cut at "бул." (for
булевард), its boulevard's name and verb the next "sentence". A year's "г." and a clock's "ч."
still end theirs."""

from __future__ import annotations

import pytest

from briefing.text import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Четиринадесет стари липи по бул. „Витоша“ ще бъдат отсечени заради гниене, обяви кметът.",
        "Пазарът на пл. Славейков ще бъде затворен до петък.",
        "Концертът в гр. Пловдив се отлага за другата седмица.",
        "Пожар вспыхнул в г. Тверь ночью, сообщили спасатели.",
        "Ремонтът засяга и двата моста, т.е. Орлов мост и Лъвов мост, до края на месеца.",
        "Utrudnienia potrwają na ul. Marszałkowskiej do piątku.",
        "Die Sperrung betrifft Anwohner bzw. Gewerbetreibende in der Altstadt.",
        "Betroffen sind z.B. Schulen und Kitas im Norden der Stadt.",
        "El corte afecta a la Avda. Constitución desde las ocho.",
        "Oprava kostela sv. Jakuba potrvá do jara.",
    ],
)
def test_no_sentence_end_after_an_abbreviation_before_a_name(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он родился в 2020 г. Затем семья переехала в Казань.", 2),
        ("Музеят работи до 18:00 ч. Входът е свободен.", 2),
        ("Voters in the district said no. They stayed away in their thousands.", 2),
    ],
)
def test_a_years_or_a_clocks_abbreviation_still_ends_its_sentence(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected
