"""The page asking its reader to write in, read on, follow or support it, in more wordings
(``clean.notes``, ``clean.vocabulary``): its mailbag ("Questions on X? <Explainer> answers one
each week.", "Letters for the Courier can be left at ...", "Letters, photos, tips: drop them at
..."), a short question and the page's mailbag, inboxes or series index, "Support local news
... Become a <Name> member.", "Follow the <Name> for daily ... updates". News with the same
words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Floodwater closed the Ennis road on Sunday after the Fergus burst its banks overnight."
_NEXT = "The county council said the road would reopen once engineers had checked the bridge."


@pytest.mark.parametrize(
    "line",
    [
        "Questions about rivers? The science desk answers one every Friday.",
        "Queries on pensions? The Money Clinic team reads every one.",
        "Letters for the Clare Courier can be dropped off at the library in Ennis.",
        "Letters to the Herald may be handed in at the front desk.",
        "Photos, letters and tips: leave them at the Abbey Street office",
        "Got a gardening question? Send it to the weekend mailbag.",
        "Like this? The Friday roundup lands in inboxes at seven",
        "Enjoyed the explainer? See the whole series index.",
        "Support local reporting in Clare. Become a Courier member.",
        "Follow the Courier for daily flood updates this winter.",
    ],
)
def test_a_page_prompt_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Questions about the bridge? The council answers them at a meeting on Tuesday.",
        "Questions about the flood defences were raised in the Dáil on Wednesday.",
        "Letters for the Minister can be left at the council office until Friday, organisers said.",
        "Letters to Santa can be left at the post office in Ennis until 20 December.",
        "Photos and letters from 1954 were found in the flooded archive.",
        "Got a question about the insurance? The regulator's helpline opens on Monday.",
        "Support for local news fell by a third in the county's survey.",
        "Follow the river path to the weir, where the water was highest.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
