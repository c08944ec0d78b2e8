"""A listed company's filing and its regulator's frame (``clean.releases``): a safe-harbour
heading, a court's or an agency's release number, an unofficial-document note, a board's
authorisation, "This is for your information and records.", an incorporation line, an ISIN line,
an unreviewed trading statement, a forward-looking note on this release, an exchange that accepts
no responsibility for it; a government site's frame; and a funding scheme's note
(``clean.disclaimers``).

Every line is written for the test; each kind has news look-alikes that must stay wherever they
sit.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Karrin Resources said on Monday its lithium output rose 18% in the March quarter."
_NEXT = "Shares in the miner rose 6% to A$2.14 in Sydney after the announcement."


@pytest.mark.parametrize(
    "line",
    [
        "Safe Harbor Statement",
        "Forward-Looking Statements:",
        "PRESS RELEASE No 61/34",
        "Unofficial document for media use, not binding on the Court.",
        "This announcement has been authorised for release by the Board of Karrin Resources Ltd.",
        "This is for your information and records.",
        "(Incorporated in the Republic of Botswana)",
        "JSE share code: KRN  ISIN: ZAE000123456",
        "The information in this trading statement has not been reviewed by the auditors.",
        "Statements in this release about the mine's restart are forward-looking and carry risks.",
        "Neither the Exchange nor its regulator accepts responsibility for the adequacy or "
        "accuracy of this release.",
        "Sub: Intimation under Regulation 30 of the listing rules",
        "A Western Australian Government Agency Website",
        "All content is in the public domain unless otherwise stated.",
        "PIJ is public interest journalism funded by the state's media fund.",
    ],
)
def test_a_filings_frame_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "The company withdrew its forward-looking statements in March, citing the strike.",
        "The board authorised the release of $40 million for the mine's restart on Monday.",
        "Press releases from the company have been checked by the regulator since 2033.",
        "Incorporated in Botswana in 2019, the miner listed in Sydney two years later.",
        "The bonds (ISIN: AU0000123456) fell 3 points on Tuesday.",
        "The information in the trading statement was questioned by two analysts on Tuesday.",
        "The exchange accepts no responsibility for the mine's safety record, its rules say.",
        "All content of the inquiry's report is in the public domain from Friday.",
        "Local journalism is funded by advertising in most of the towns near the mine.",
    ],
)
def test_news_with_a_filings_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
