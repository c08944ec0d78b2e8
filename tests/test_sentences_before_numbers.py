"""A full stop after an abbreviation that stands before a number ("No.", "Art.", "vol.", "Nr.",
"núm.", "ca.") does not end the sentence when a digit follows, nor one that is the second
part of a hyphenated name ("Saguenay-St. Lawrence"): fresh46's d1093 had a bullet
begin "3 shaft of the ... mine, ..." because its sentence was cut after "in the No.". Before a
word such a stop may still end a sentence."""

from __future__ import annotations

import pytest

from briefing.text import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The accident in the No. 3 shaft of the Vlakfontein mine happened at about 6.10 in the "
        "morning, the company said.",
        "Nos. 4 and 5 furnaces were shut down on Monday after the leak.",
        "The court said Art. 12 of the constitution protects the right to strike.",
        "The survey appeared in vol. 14 of the society's journal, on pp. 33-41.",
        "Der Zug Nr. 5 blieb ca. 300 Meter vor dem Bahnhof stehen.",
        "El decreto núm. 18 entra en vigor el lunes.",
        "Dostawy ruszyły o godz. 14 i obejmą ok. 4,5 tys. ciężarówek na dobę.",
        "Прокуратурата повдигна обвинение по ст. 123 от Наказателния кодекс.",
        "Le trafic est estimé à env. 300 camions par jour.",
        # an abbreviation as a hyphenated name's second part (fresh43's d1034)
        "Wardens from the Saguenay-St. Lawrence Marine Park cut the ice with chainsaws.",
    ],
)
def test_no_sentence_end_before_a_number_after_its_abbreviation(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Voters in the district said no. They stayed away in their thousands.",
            ["Voters in the district said no.", "They stayed away in their thousands."],
        ),
        (
            "The ferry left from pier No. 4. 20 cars were on board.",
            ["The ferry left from pier No. 4.", "20 cars were on board."],
        ),
        (
            "The mayor said the answer was no. Art galleries will stay shut.",
            ["The mayor said the answer was no.", "Art galleries will stay shut."],
        ),
    ],
)
def test_such_a_stop_still_ends_a_sentence_before_a_word(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences
