"""How the page is paid for and how its pieces are made, said by the page (``clean.funding``): a
sponsor's line and the note that the sponsor has no hand in the content, the readers who pay,
a funding scheme for local reporting, and how a kind of the page's pieces is compiled or kept
up. A story about a sponsorship, a membership or a donation, and a figure's source, stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.funding import is_funding_note

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "This week's bulletin is sponsored by Fenwick Garden Centres.",
        "Tonight's episode is brought to you by Cape Ferries. Sponsors do not review our "
        "stories before publication.",
        "Supported by the Upland Journalism Trust. Our coverage remains independent of funders.",
        "Editorial content is independent of our advertisers.",
        "Advertisers have no say over our journalism.",
        "No paywall: readers from €3 a month keep the Ridge Gazette running.",
        "Members at $5 a month pay for every story we publish.",
        "The Dale Courier relies on your support.",
        "Independent. Nonprofit. Listener-supported.",
        "Give today to keep community news free for every reader.",
        "Thanks for reading. Support local reporting by becoming a member.",
        "Become a founding member today.",
        "The Rural Reporting Partnership is funded by two charities and a regional bank.",
        "Weather briefs are compiled from met office bulletins.",
        "Timelines are revised as new court filings appear.",
        "Tide reports are posted every morning.",
        "Summary prepared by the parish council's volunteers.",
        "Island Weekly runs on reader donations. Chip in from $3 a month.",
        "This week's sponsor: a bike shop we picked ourselves.",
        "Thanks for reading — Harbour Notes is run by volunteers",
        "Timetables checked with the ferry operators.",
        # who paid for the piece's travel (fresh22's d527, a junk bullet at its look)
        "Travel for this feature was paid for by a coastal heritage fund, which read nothing "
        "before print.",
        "The writer travelled as a guest of the island's tourism board.",
        "The photographer's stay was hosted by the Upland Walking Trust.",
    ],
)
def test_a_funding_or_making_note_goes(line: str) -> None:
    assert is_funding_note(line)
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "The regatta is sponsored by Harbour Bank, which pulled out of the marathon last year.",
        "Sponsored by the county, the marathon drew 12,000 runners on Sunday.",
        "Volunteers and donors keep the lifeboat station going through the winter.",
        "Casualty figures are compiled by the health ministry.",
        "Report prepared by the inspectors was leaked to the press on Monday.",
        "The summary was written by AI and contained three false claims, the court heard.",
        "The summary was written by AI and contained three false claims.",
        "Briefs are compiled from police logs, which critics say miss most assaults.",
        "Inspection reports are compiled by the agency twice a year.",
        "Members at £4 monthly will pay £5 from May under the club's new rules.",
        "The food bank relies on donations from local shops.",
        "Readers rallied to support local journalism with donations after the fire.",
        "The BBC-funded Local Democracy Reporting scheme was cut by a third.",
        "No ads here: the council banned billboards on the seafront in 2031.",
        "Harbour Hospice is run by volunteers.",
        "Prices were checked with suppliers, who said they would rise again.",
        "Our sponsor pulled out, the festival director said.",
        "The paper's owners say members at £6 a month keep it going, but losses doubled in 2035.",
        "Travel for the team was paid for by the federation, which has faced criticism.",
        "The minister's trip was paid for by the state airline, the inquiry heard.",
        "The reporter travelled with the coastguard to the island on Monday.",
    ],
)
def test_a_story_about_sponsors_or_members_stays(news: str) -> None:
    assert not is_funding_note(news)
    assert news in clean_text(f"{_LEAD}\n{news}").split("\n\n")
