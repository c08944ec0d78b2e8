"""Who made the piece, credited by the kind of work and names only (``clean.credits``): a maker's
credit ("Photos and story by A B", "Photography for this piece: A B."), with where its figures
come from or a reading time after it; a story taken from another outlet and edited; a bare
label over a list of sources. News that opens the same way and goes on with a verb, a figure or
a clause stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Harbour pilots in Tromsø stopped work on Monday over a dispute about night shifts."
_NEXT = "The port authority said talks with the pilots' union would resume on Wednesday."


@pytest.mark.parametrize(
    "line",
    [
        "Photos and story by Ingrid Aasheim",
        "Text and pictures by Mateus Carvalho Lins",
        "Words by Kofi Mensah-Bonsu. About a 9-minute read.",
        "Illustrations by Aiko Tanabe",
        "Photography for this story: Rhiannon Pryce-Jones.",
        "Maps and graphics for this piece: Lena van der Berg",
        "Calculations by Harbour Ledger using the port's published tariff.",
        "Analysis by the Kestrel Data Desk based on council minutes",
        "Story from Northsea Wire; edited for Harbour Ledger",
        "Report via Compass Wire, adapted by the Ledger's weekend desk.",
        "Figures: fisheries directorate, coast guard, ICES",
        "Data: statistics bureau, harbour authority",
    ],
)
def test_a_credit_of_the_pieces_makers_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line], [line, _LEAD, _NEXT]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Photos by the coast guard's drone showed three boats adrift near Senja.",
        "Analysis by Norges Bank using 2033 prices shows a 4% fall in catches.",
        "Calculations by Oxford Economics suggest the strike costs the port a day's trade.",
        "Words by Ibsen were read at the quay before the vote.",
        "Story from the pilots' side: they say the night shifts are unsafe.",
        "Photography for this piece was banned inside the terminal, officials said.",
        "Figures: catches down 12%, prices up 9%.",
        "Data: the union says 40 pilots walked out, the authority says 31.",
    ],
)
def test_news_that_opens_the_same_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
