"""Rows above a text in more shapes (``clean.kickers``, ``clean.foreign``): a dated row whose
parts a spaced hyphen sets apart ("MOSKENES - <Outlet> - Tirsdag 2. juni 2034"), a byline in
the site's language with the place after a comma ("Av Eirik Sand Mørk, Bislett stadion"), and
reproduction forbidden in the site's language in an English text. Headlines and news with the
same words stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Ferries between Bodø and Moskenes were cancelled on Tuesday as gales hit Lofoten."
_NEXT = "The operator said crossings would resume on Wednesday if the wind dropped."


@pytest.mark.parametrize(
    "line",
    [
        "RØST - Lofotposten - onsdag 3. juni 2034",
        "TROMSØ - Nordlys Kveld - 4. juni 2034, 18:40",
        "Av Ingrid Aasheim Lie, Bodø havn",
        "Von Katharina Dorn, Hamburg",
        "Door Lotte van Damme, Antwerpen",
    ],
)
def test_a_row_above_the_text_goes(line: str) -> None:
    assert line not in clean_text("\n".join([line, _LEAD, _NEXT])).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Reproduction, même partielle, interdite sans accord écrit.",
        "Prohibida su reproducción total o parcial.",
        "Riproduzione riservata.",
    ],
)
def test_reproduction_forbidden_abroad_goes(line: str) -> None:
    for lines in ([_LEAD, _NEXT, line], [_LEAD, line, _NEXT]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Bodø - gales shut the airport on Tuesday",
        "Lofoten ferries - 3 June 2034 - crossings cancelled as gales hit",
    ],
)
def test_a_headline_with_hyphens_stays(line: str) -> None:
    assert line in clean_text("\n".join([line, _LEAD, _NEXT])).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Av Ingrid Aasheim Lie, the ferry's captain, said the crossing was cancelled.",
        "Reproduction of the 1934 chart, forbidden until now, went on show in Bodø.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
