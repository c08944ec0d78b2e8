"""The copy desk's working lines (``clean.copydesk``): a wire's update note and helpers, a
byline of several names and a byline's role, a print page's jump lines, a film's and an
article's credits.

Every line is written for the test in the shape desks use; each kind has news look-alikes, with
the same words and no attribution verb, that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between, lost_places

from briefing.clean import clean_text

_LEAD = "Nickel rose 3.1% to $19,400 a ton in London as a strike at two Sulawesi smelters spread."
_NEXT = "Stockpiles in exchange warehouses fell for a ninth week, to their lowest since 2029."


def _kept(line: str, *, last: bool = False) -> bool:
    return kept_between(line, _LEAD, _NEXT, last=last)


_JUNK = [
    # a wire's update note and its helpers
    "(Updates with closing prices in fourth paragraph.)",
    "(Adds comment from smelter owner in paragraphs 6-7)",
    "(Recasts throughout with strike details)",
    "(Corrects spelling of minister's name in second paragraph.)",
    "— With assistance from Ayu Pratiwi",
    "—With assistance from Ayu Pratiwi, Budi Santoso and Mei Lin Tan.",
    "With material from Harbour Press Service.",
    "(With files from The Coastal Wire and Mei Lin Tan)",
    "— With reporting from Sulawesi Post",
    # a byline of several names, a byline's role
    "By Nguyen Thi Lan Anh and Rodrigo Villanueva Cortés",
    "By Ayu Pratiwi, Budi Santoso and Mei Lin Tan",
    "STAFF WRITER",
    "Contributing reporter",
    # a print page's jump lines
    "See SMELTER, Page B4",
    "Please see NICKEL PRICES, Page A7",
    "Continued from Page B1",
    "(Continued on page 12)",
    # credits
    "Edited by Rosa Delmar",
    "Fact-checked by Tomás Okafor",
    "Directed by Lena Marsh. Produced by Harbour Films with support from the Ocean Media Fund.",
    'Music: "Smelter Blues" by The Copper Kettles, licensed via Soundstripe.',
    "Read the accompanying story: harbourfilms.example/nickel",
]

_NEWS = [
    # update and assistance words in news
    "(Updates to the smelter's permit are due in June.)",
    "Updates with the union's demands were posted at the gates on Monday.",
    "With assistance from the navy, the smelter's workers were evacuated by boat.",
    "With help from Japan, the port will double its ore terminal by 2036.",
    "With material from the smelters, the union built a wall across the port road.",
    "With files from the ministry, investigators traced the ore to two mines.",
    "With reporting from Sulawesi Post showing 40 injured, the minister ordered an inquiry.",
    # "by" and names, a role, in news
    "By Tuesday and Wednesday the strike had spread to a third smelter.",
    "By Land and Sea, the union's new pamphlet, lists the strikers' demands.",
    "Staff writers at the company newsletter were told to stop covering the strike.",
    # jump words in news
    "SEE Holdings, the smelters' owner, lost 8% on Monday; page 4 of its report lists the risks.",
    "Continued from last year, the subsidy costs the state $80 million a month.",
    "The strike continued from Monday into Wednesday, with no talks planned.",
    # credit words in news
    "Edited by Rosa Delmar, the anthology collects 40 essays on the nickel boom.",
    "Directed by Lena Marsh, the film won the jury prize at the Jakarta festival.",
    "Produced by Harbour Films with support from the Ocean Media Fund, it airs on Friday.",
    "Music played by the strikers' brass band could be heard across the harbour.",
    "Read the full story of the 1998 strike in the union's new history.",
]


@pytest.mark.parametrize("line", _JUNK)
def test_a_desks_working_line_goes(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize("line", _NEWS)
def test_news_with_a_desks_words_stays(line: str) -> None:
    assert _kept(line) and _kept(line, last=True)


# News that a wider rule took (review15): a sentence in brackets that opens with a noun spelled
# like a wire's verb, a correction that states the fact, a Title Case headline with "By".
_REVIEW_NEWS = [
    "(Changes to the bus timetable take effect on Monday, with fares rising 5%.)",
    "(Repeats of the 2019 floods are feared in the valley, with rain forecast all week.)",
    "(Fixes to the bridge will take two years and cost £40m, with one lane open.)",
    "(Adds to pressure on the minister, with two more MPs calling for her to go.)",
    "(Corrects the figures given on Monday: the deficit was £4.1bn, not £1.4bn.)",
    "Illustrated By Quentin Blake, New Dahl Edition Sells Out",
]
# Kept in the body (a Title Case line at the end of a text is a kicker's or a score's to judge).
_REVIEW_NEWS_MID = [
    "Designed By Zaha Hadid, Stadium Opens To Fans",
    "Designed by Zaha Hadid, Stadium Opens To Fans",
    "Designed By Women, For Women",
    "With Assistance From The Red Cross",
]


@pytest.mark.parametrize("line", _REVIEW_NEWS)
def test_news_a_wider_desk_rule_took_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize("line", _REVIEW_NEWS_MID)
def test_a_title_case_headline_with_by_or_from_stays_in_the_body(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "top")) == []


@pytest.mark.parametrize(
    "line",
    [
        "(Recasts, adds details)",
        "(Refiles to add dropped word in paragraph 3)",
        "(Updates prices)",
        "(Corrects figure in paragraph 5)",
        "Produced by Harbour Films, Tide Pictures and the Ocean Media Fund",
    ],
)
def test_a_wire_note_and_a_credit_list_still_go(line: str) -> None:
    assert not _kept(line)


# A wire's end slug (code, the desk's initials, the filing time) and its terms of use said twice;
# news with a code, initials, a time, a licence or subscribers stays wherever it sits.
@pytest.mark.parametrize(
    "line",
    [
        "MWA-JKT/rs/1408 WIB",
        "NSA/bt/km 0930",
        "KPA ab/cd/ef 1745 EAT",
        "KPA sub/lt",
        "MWA headlines may be quoted with a link; full texts are for subscribers only.",
        "NSA material is copyright; reproduction in full requires a licence.",
        "KPA wire: for subscriber use only; redistribution beyond licensed titles is prohibited.",
        "WAN copy: licensed subscribers only. Headlines may be quoted with a link.",
    ],
)
def test_a_wires_slug_and_terms_go(line: str) -> None:
    assert not _kept(line) and not _kept(line, last=True)


@pytest.mark.parametrize(
    "line",
    [
        "MWA/Reuters shares rose 4% to 1408 rupiah at the open in Jakarta.",
        "PT Vale/INCO said output at 1408 tonnes was the lowest since 2029.",
        "LME stocks fell to 1745 tonnes on Monday.",
        "BHP content is licensed to its subscribers only in Asia, under a deal signed in May.",
        "NSA material is classified, and its reproduction in the report required a court order.",
        "The wire's new terms make full texts available for subscribers only from June.",
        "Redistribution of the smelter's profits is prohibited until the strike ends.",
        # sentences about a wire's or a body's terms, with two terms in them (review16 M4)
        "AFP is suing X, saying its copy is copyright and that reproduction requires a licence "
        "under EU law.",
        "NYT stories are for subscribers only, and redistribution is prohibited, the paper's new "
        "terms say.",
        "ABC copy may be used with attribution by licensed media in Pacific countries under a new "
        "aid programme.",
        "UN: reproduction of the report is prohibited for licensed users until its release at "
        "1400 GMT.",
        "PA: content is copyright and for subscribers only - the Press Association's licence "
        "dispute with Google explained.",
        "FIFA: quotation of its broadcasts requires a licence, and material is copyright, the "
        "body's new media rules state.",
    ],
)
def test_news_with_a_wires_code_or_terms_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        # a markets wrap's diary items and an explainer's subheadings (review16 S1): a code and a
        # lower-case English word or a market's abbreviation are no desk's slug
        "BOE due 1100 GMT",
        "ECB at 1215 GMT",
        "NYSE open 1330 GMT",
        "FED ends 1900 GMT",
        "UK gdp 0700 GMT",
        "US cpi 1230 GMT",
        "NATO by 2030",
        "BTC/usd 1830",
        "EU and/or",
        "NFP due 1230 GMT",
    ],
)
def test_a_code_before_a_word_and_a_time_stays_between_paragraphs(line: str) -> None:
    # (below the last paragraph a short label goes as the page's, whatever it says)
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")
