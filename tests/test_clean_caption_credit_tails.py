"""A caption's trailing credit after a dash ("... on Friday. — Picture: ...") or as a courtesy
of names only ("... Photo courtesy of the Met Office") (``clean.credits``) goes wherever it
sits; news that goes on after the same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Tobacco farmers in Mashonaland were paid $4.10 a kilo on Friday, the highest this season."
_NEXT = "The industry board said 42 million kilos had been sold since the floors opened in March."


@pytest.mark.parametrize(
    "line",
    [
        "Bales wait for buyers at the auction floors in Harare on Friday. – Photo: Rudo Chari",
        "A grower inspects leaf on his farm near Karoi. — Image: Harare Evening Star",
        "Clouds gather over the valley on Thursday. Photo courtesy of the Met Office",
        "Rescuers reach the flooded village. – Pictures courtesy of Kenya Red Cross",
        "The new bridge seen from the air. Photograph courtesy of Ministry of Transport and Works",
    ],
)
def test_a_caption_credit_tail_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        cleaned = clean_text("\n".join(lines)).split("\n")
        assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Relatives mourned on Sunday. Photos courtesy of readers have flooded the inbox since.",
        "Officials thanked donors. Photo courtesy of Kenya Red Cross volunteers showed the damage.",
        "It was a long night. — Picture this: a town of 4,000 with no power and no road out.",
        "The ministry released a photo on Monday. Photo courtesy of the ministry was refused.",
    ],
)
def test_news_after_a_credits_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
