"""The page's note on its series or its place, alone on the line (``clean.notes``): "Part two
of our guide to ...", "One in a series of pieces on ...", "More profiles from <place>: ...", and
an acknowledgement of the land's custodians. News that names a part, a series or custodians and
goes on stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The museum in Broome reopened its pearling gallery on Saturday after a two-year refit."
_NEXT = "About 600 visitors came on the first day, the museum's director said."


@pytest.mark.parametrize(
    "line",
    [
        "Part two of our guide to caring for old photographs",
        "Part 4 of 6 in our occasional series on museum work",
        "One in a series of explainers on how collections are kept",
        "The third in our weekly run of portraits from the Kimberley",
        "More profiles from Broome: the net mender, the diver's widow, the boat builder",
        "More long reads from the Pilbara: the last drover, the station cook's ledger",
        "More dispatches from the islands: a school on stilts, the mail plane's pilot",
        "We acknowledge the Yawuru people, traditional custodians of the land on which we work.",
        "We respectfully acknowledge the Larrakia people as the traditional owners of this land.",
    ],
)
def test_a_series_or_place_note_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Part two of the refit, a new roof for the store, will start in March.",
        "One in a series of thefts from the gallery was solved in 2031.",
        "The third in a series of storms this month cut power to Broome on Friday.",
        "More profiles from the gallery's archive will go online next year, the director said.",
        "More features on the drought will run next week, the editor said.",
        "The council acknowledged the Yawuru people as traditional custodians of the land at the"
        " opening.",
        "We acknowledge the mistakes we made in 1998, the museum's chair told the crowd.",
    ],
)
def test_news_naming_a_part_or_custodians_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
