"""A byline's other shapes alone on a line (``clean.bylines``): under a label, a writer and
the outlet the piece was made for, an office, team or desk as the writer (after a section's
name too), where a text was transcribed from, another language's "by" and a blog's "— by".
A sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.bylines import is_byline_shape

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "Staff writer: Tomasz Nowicki",
        "Words and photos: Keri Walsh",
        "Pictures: Mele Tupou",
        "Written by Jonas Berg for Fjord Radio North",
        "By the Coastal Data Lab team",
        "Posted by the village hall committee · 4 March",
        "Issued by the fishermen's cooperative secretariat",
        "Posted to the Riverside tenants' mailing list",
        "Written up by the newsroom's science reporter",
        "Market notes · posted by the desk",
        "Letters from the valley · guest columnist",
        "Weekend questions, compiled by the night desk",
        "Transcribed from the evening radio programme",
        "Por Lucía Ferrer Otero",
        "Av Jonas Berg",
        "— by Ana Ruiz",
    ],
)
def test_a_byline_shape_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{line}\n{_LEAD}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "By the council's count, 40 homes flooded on Sunday.",
        "Posted to the list, the warning reached 3,000 homes within an hour.",
        "By the end of the year the team will have doubled its staff.",
        "Issued by the central bank, the new notes enter circulation in May.",
        "Written by a prisoner in 1944, the letter was sold for £12,000.",
        "Transcribed from the tapes, the calls show the pilot asked for help twice.",
        "Reporter: The ministry has not answered our questions since March.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_LEAD}\n{news}")


@pytest.mark.parametrize("headline", ["Di Maria Joins Benfica", "Von Der Leyen Re-Elected"])
def test_a_surname_after_di_or_von_is_no_byline(headline: str) -> None:
    assert not is_byline_shape(headline)
