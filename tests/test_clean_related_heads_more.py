"""A list of other stories' heading in more languages (``clean.foreign.is_related_head``): related
stories, the most read, and "more about <topic>"; ``clean.lists`` then drops the headlines under
it. A subheading that merely starts alike, or a sentence, stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.foreign import is_related_head

_LEAD = "A empresa de águas vai trocar 40 quilómetros de canos até dezembro, disse a câmara."
_NEXT = "As obras começam na segunda-feira e vão fechar duas ruas por semana."


@pytest.mark.parametrize(
    "head",
    [
        "Habari zinazohusiana",
        "Soma pia",
        "Les eisini",
        "Lasiet arī",
        "Meistgelesen",
        "Meest gelezen",
        "Lo más leído",
        "Mais lidas",
        "Più letti",
        "Najczęściej czytane",
        "Mest lästa",
        "Leia mais sobre saneamento em Lisboa",
        "Saiba mais sobre o metro",
        "Meer over verkeer in Gent",
        "Mehr zum Thema",
        "Lea más sobre vivienda",
    ],
)
def test_a_list_heading_goes_with_its_headlines(head: str) -> None:
    assert is_related_head(head)
    assert is_boilerplate(head)
    text = (
        f"{_LEAD}\n{_NEXT}\n{head}\n"
        "Câmara aprova novo plano de ciclovias\n"
        "Ponte da Arrábida fecha à noite em março"
    )
    assert clean_text(text).split("\n\n") == [_LEAD, _NEXT]


@pytest.mark.parametrize(
    "line",
    [
        "Mehr über die Hälfte der Wähler stimmte mit Nein.",
        "Meer over de brug leest u in de krant van morgen, zei de burgemeester.",
        "Mais lidas do que nunca, as bibliotecas abrem ao domingo",
        "Soma pia ripoti ya mwaka 2033 kuhusu maji",
    ],
)
def test_a_look_alike_is_no_list_heading(line: str) -> None:
    assert not is_related_head(line)
