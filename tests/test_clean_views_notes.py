"""Whose views a piece holds and what its figures are not, as the page's whole line in wordings
of its own (``clean.disclaimers``): "Views are the writer's; ...", "This column reflects the
thinking of its author, not ...", "Columnists write for themselves, not for <Outlet>.",
"<Notes> are commentary, not investment advice.", "Listed values are estimates, never a
purchase offer.", "...; we are not affiliated with ...". A line that goes on with news or says
who said it stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Copper rose 2% in Shanghai on Thursday after a strike shut Chile's largest mine."
_NEXT = "Traders expect the strike to last at least a week, brokers in Singapore said."


@pytest.mark.parametrize(
    "line",
    [
        "Views are the contributor's; the desk checked only the facts.",
        "Views are the author's; the editors did not shape the argument.",
        "This column reflects the thinking of its author, not the Review's editors.",
        "This essay reflects the views of the writer.",
        "Opinion pieces are the views of their authors.",
        "Commentary columns express the opinions of their writers.",
        "Our columnists write for themselves, not for the Ledger.",
        "Contributors speak for themselves.",
        "Trading posts are comment, not trading recommendations.",
        "Weekly letters are opinion, not investment recommendations.",
        "Quoted prices are broker estimates, not firm offers.",
        "Listed valuations are auction guesses, never a binding offer.",
        "Copper Watch is a reader-run page; we are not affiliated with the exchange.",
        "We're not connected with any mining company.",
    ],
)
def test_a_views_or_figures_note_goes(line: str) -> None:
    for lines in ([_LEAD, line, _NEXT], [_LEAD, _NEXT, line]):
        assert line not in clean_text("\n".join(lines)).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Views are the writer's own, the editor said after complaints from the mine.",
        "Columnists write for themselves, not for the owners, the editor told staff on Friday.",
        "This analysis reflects the judgment of its writer, who spent 20 years at the mine.",
        "Prices quoted are estimates, not offers, the regulator warned on Tuesday.",
        "Asking prices for copper scrap are now estimates, not offers, and dealers are wary.",
        "We are not affiliated with any party, the strikers' spokeswoman said.",
        "The union says it is not affiliated with the protest group.",
        "Market notes from the central bank are commentary on policy, not forecasts.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
