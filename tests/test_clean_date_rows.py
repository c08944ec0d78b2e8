"""A date row in any language above the first paragraph (``clean.translated.is_date_row``):
a year, another number and at most two words of letters; a live page's entry times between
entries, and a heading with a year, stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.translated import is_date_row

_LEAD = "Die Westbahn fährt ab Montag wieder im Halbstundentakt zwischen Wien und Salzburg."
_NEXT = "Die ÖBB hatten die Strecke nach dem Unwetter drei Wochen lang gesperrt."


@pytest.mark.parametrize(
    "row",
    [
        "3. März 2034, 07:15",
        "14 kwietnia 2034",
        "ponedeljek, 4. maj 2034",
        "2 Okt 2034, 9:10 petang",
        "21. 3. 2034 08:05",
        "05.11.2034 17:45",
        "Apr 2, 2034 ∙ Free",
    ],
)
def test_a_date_row_above_the_text_goes(row: str) -> None:
    assert is_date_row(row)
    assert clean_text("\n".join([row, _LEAD, _NEXT])).split("\n\n") == [_LEAD, _NEXT]


@pytest.mark.parametrize(
    "line",
    [
        "Budget 2034",
        "Vienna 2034: the bid",
        "12 killed in 2034 floods",
        "2034",
        "Agenda 2030 and 2034",
    ],
)
def test_a_heading_with_a_year_is_no_date_row(line: str) -> None:
    assert not is_date_row(line)


def test_entry_times_between_entries_stay() -> None:
    entries = [
        _LEAD,
        "3. März 2034, 07:15",
        "Der erste Zug verließ Wien Westbahnhof pünktlich um 7.15 Uhr, sagte ein Sprecher.",
        "3. März 2034, 08:40",
        _NEXT,
    ]
    cleaned = clean_text("\n".join(entries))
    assert "3. März 2034, 07:15" in cleaned and "3. März 2034, 08:40" in cleaned
