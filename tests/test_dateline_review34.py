"""Wire datelines written day first, as the agencies of Europe and Turkey write them, open a text
(review34): "BERLIN, 5. Mai (dpa) -", "LISBOA, 4 de junho (Lusa) -", "MADRID, 3 jun (EFE).-",
"ANKARA, 12 Mayıs (AA) -", inline or on their own line; a kicker or a section row of those
languages before a dash is no place ("EN VIVO -", "ÉDITO -", "WIRTSCHAFT -", "SON DAKİKA -").
Every line is written for the test."""

from __future__ import annotations

import pytest

from briefing.clean import opening_dateline, strip_dateline

_LEDE = "Die Regierung will das Gesetz bis zum Sommer ändern, wie ein Sprecher am Montag mitteilte."


@pytest.mark.parametrize(
    "dateline",
    [
        "BERLIN, 5. Mai (dpa) -",
        "HAMBURG, 12. März 2046 (Reuters) -",
        "LISBOA, 4 de junho (Lusa) -",
        "BOGOTÁ, 3 de junio (EFE) -",
        "MADRID, 3 jun (EFE).-",
        "ANKARA, 12 Mayıs (AA) -",
        "İSTANBUL, 3 Haziran (Reuters) -",
        "SURABAYA, 12 Juli (Reuters) -",
    ],
)
def test_a_day_first_dateline_opens_the_text(dateline: str) -> None:
    assert opening_dateline(f"{dateline} {_LEDE}") == dateline
    assert opening_dateline(f"{dateline}\n{_LEDE}") == dateline
    assert strip_dateline(f"{dateline} {_LEDE}") == _LEDE


@pytest.mark.parametrize(
    "first",
    [
        "EN VIVO - Última hora de la rebaja del IVA",
        "ÉDITO - La hausse du Smic, enfin",
        "WIRTSCHAFT - Heizungsgesetz: Was sich ändert",
        "SON DAKİKA - Deprem",
        "PARIS HILTON SUES TABLOID OVER LEAKED PHOTOS",
        "MAY 5: A DAY TO REMEMBER",
    ],
)
def test_a_kicker_or_a_section_before_a_dash_is_no_dateline(first: str) -> None:
    assert opening_dateline(f"{first}\n{_LEDE}") is None
