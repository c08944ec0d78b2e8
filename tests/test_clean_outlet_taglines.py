"""Review16 M5's rest (``clean.outlet``): a tagline whose verb reads like the newsroom's reporting
goes by its tail (a prompt or thanks in a later sentence, a web address, "it all since
<year>"), and news of the outlet's owner or a document under its name stays.

The review's lines and lines written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_LEAD = "The quarry at Dunmore will close in June with the loss of 140 jobs, its owners said."
_NEXT = "The council said it would help workers find jobs at the new bypass site."


def _kept(line: str, outlet: str) -> bool:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet=outlet).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned
    return line in cleaned


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Harbour Ledger understands that local news matters. Support us from 3 euros a month.",
            "Harbour Ledger",
        ),
        ("Harbour Ledger has found a new home: harbourledger.news", "Harbour Ledger"),
        ("Harbour Ledger spoke to more readers than ever in 2026. Thank you.", "Harbour Ledger"),
        ("Harbour Ledger has seen it all since 1911.", "Harbour Ledger"),
        (
            "Valley Courier believes every town deserves a paper. Become a member today.",
            "Valley Courier",
        ),
        ("Valley Courier has moved: www.valleycourier.co.uk", "Valley Courier"),
        (
            "Valley Courier heard from 20,000 of you this year. Thanks for reading!",
            "Valley Courier",
        ),
        ("Valley Courier has covered it all since 1868.", "Valley Courier"),
    ],
)
def test_a_tagline_with_a_newsrooms_verb_goes(line: str, outlet: str) -> None:
    assert not _kept(line, outlet)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Harbour Ledger is owned by the Nordvik family, which also owns the shipping firm.",
            "Harbour Ledger",
        ),
        ("Harbour Ledger: the port director's full statement.", "Harbour Ledger"),
        ("Valley Courier is owned by Dunmore Media, which also owns the quarry.", "Valley Courier"),
        ("Valley Courier was bought by a hedge fund in 2029.", "Valley Courier"),
        ("Valley Courier: the chief constable's full statement.", "Valley Courier"),
        (
            "Valley Courier understands the mill will close. The owners declined to comment.",
            "Valley Courier",
        ),
        ("Valley Courier has found a new owner: the Dunmore family.", "Valley Courier"),
        ("Valley Courier spoke to the minister, who said: thank you.", "Valley Courier"),
        ("Valley Courier has been raided twice since 2020.", "Valley Courier"),
        ("Reuters could not independently verify the footage.", "Reuters"),
    ],
)
def test_news_of_the_outlet_stays(line: str, outlet: str) -> None:
    assert _kept(line, outlet)
