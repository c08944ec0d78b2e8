"""The page's own terms and doors (``clean.notes``, ``clean.credits``, ``clean.buttons``): a
quote's lag, an opinion page's and an affiliate's note, photo sales and a data credit, a
forum's, a letters page's, a helpdesk's and a desk's prompt, a teaser and a link row after an
arrow, in new wordings; and news with the same words, which stays wherever it sits.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Kenya's shilling fell 0.6% against the dollar on Friday after the central bank cut rates."
_NEXT = "Traders said importers were buying dollars ahead of the month-end payments."


@pytest.mark.parametrize(
    "line",
    [
        # a quote's lag
        "Delayed quotes, 20-minute lag",
        "Prices: 15-minute delay",
        # an opinion page's and an affiliate's note
        "The author lectures in finance at Strathmore. Op-eds speak for their writers, not for "
        "the Ledger.",
        "Guest columns speak for their authors alone, not the Nairobi Review.",
        "Some links in this guide earn us a small commission",
        "Flight links on this page may earn Safari Notes an affiliate commission.",
        # photo sales and a data credit
        "Photos from this story are available to buy from our picture desk",
        "Ledger pictures: images of today's match are available for licensing",
        "Results courtesy of the league's official data service",
        "Fixtures and tables supplied by the national federation",
        # prompts: a forum, a letters page, a helpdesk, the desk
        "Comment on this match: our forum is open to registered readers",
        "Letters to the Ledger: email or post them, with your name and address",
        "Ask our money desk: your questions answered every Friday",
        "Shop-floor rumours worth checking? Text the newsroom on 0700 123 456",
        "A tip for the business pages? Email our money desk at tips@ledger.co.ke",
        # a teaser and a link row after an arrow
        "Read this next: how the shilling lost a third of its value",
        "More markets news ▸ Bond yields climb to 18% · Safaricom shares slip",
    ],
)
def test_a_page_term_or_door_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "A 20-minute delay in the exchange's price feed cost traders $2m, the regulator said.",
        "Indicative prices, not firm offers, rose 3% on the week.",
        "Columns speak for their authors, not for the paper, the ombudsman ruled in March.",
        "Affiliate links earn publishers a commission on each sale, the report found.",
        "Photos of the stolen Vermeer are available to buy from the museum shop from Monday.",
        "Results courtesy of a late penalty kept Gor Mahia top of the table.",
        "Comment on this year's budget was sought from the Treasury, which did not reply.",
        "Letters to the editor poured in after the price rise, the paper said.",
        "Ask the minister: why were questions about the loan never answered in parliament?",
        "Saw the crash? Call the police on 999, officers said.",
        "Got a problem with the bins? Call the council on 0300 123 4567.",
        "Read this next year's budget with care, the auditor told MPs.",
        "More than 40 traders ▸ closed their stalls · after the fire.",
    ],
)
def test_news_with_a_page_terms_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
