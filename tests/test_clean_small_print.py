"""The page's small print on its own piece (``clean.disclaimers``): a signed opinion's and a
columnist's note, who paid for a trip and who sees a story before it runs, a holding in the
companies the piece names, a market or data page's note on its own figures, a health page's
hedge; and a row of links whose headlines hold a verb of reporting (``clean.buttons``).

Every line is written for the test; each kind has news look-alikes that must stay wherever they
sit.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Copper rose 2.4% to $11,200 a ton on Tuesday after a strike closed two Chilean mines."
_NEXT = "Stocks in exchange warehouses fell for a sixth week, traders said."


@pytest.mark.parametrize(
    "line",
    [
        "Signed opinion; the Review's editors may disagree.",
        "Signed column: the writer's views, not the paper's.",
        "Ana Ruiz writes monthly, for herself rather than for the paper.",
        "The columnist writes in a personal capacity.",
        "Ana Ruiz is the Review's mining editor. She travelled to Antofagasta at the magazine's "
        "own expense.",
        "Readers and two foundations fund the Review; neither sees a story before it runs.",
        "No funders read our stories before they are published.",
        "Metals Weekly holds no positions in companies named in this analysis.",
        "Price indications are gathered by phone and carry no firm bids or offers.",
        "Freight rates are assessed by our brokers at the close.",
        "Indicative prices gathered from dealers; they may differ from exchange data.",
        "Water levels quoted here come from the authority's hourly gauge feed.",
        "Mining Health Notes offers general information only; a doctor who knows you can advise.",
        "Keep reading: What the strike told us about unions · Why copper says more than gold",
    ],
)
def test_the_pages_small_print_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Signed opinions from 40 economists urged the central bank to hold rates in March.",
        "The minister travelled to Antofagasta at the company's expense, an audit found in May.",
        "Union leaders never see a contract before it is published, the strikers complain.",
        "Two pension funds hold no positions in the miner after selling in March.",
        "The board received no firm offer for the smelter by Friday's deadline.",
        "Brokers assessed the damage at $40 million on Monday.",
        "Figures quoted by the ministry come from a 2031 survey of 1,200 mines.",
        "The clinic offers general advice only to miners who are registered with it.",
        "Indicative of the mood, 3,000 workers marched through Antofagasta on Monday.",
        "Call 112 if you see smoke from the mine's tailings dam.",
    ],
)
def test_news_with_small_print_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        "Analysis pieces reflect their writer's judgement, not an editorial line of the Review.",
        "We explain the rules in general terms only; your broker can tell you what applies.",
        "Markets: futures quotes here run fifteen minutes or more behind.",
        "Prices as of the close. Source: exchange data.",
        "Metals Brief costs nothing; supporting readers chip in from €4/month.",
        "Strike alerts from Antofagasta: add our channel on Viber",
    ],
)
def test_more_of_the_pages_small_print_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Analysis pieces in the state press blamed the strike on foreign unions.",
        "Quotes from the strikers ran to 40 pages in the court filing.",
        "Prices as of the close on Friday were 8% below their March peak.",
        "Workers chip in from their wages to a strike fund that pays $40 a day.",
    ],
)
def test_news_with_more_small_print_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        # the review's probes (review16 S10, S14): small print's words in a sentence of news
        "The minister travelled to Davos at the broadcaster's expense, an audit found.",
        "She travelled to Qatar at the magazine's own expense, the committee heard, not as "
        "Doha's guest.",
        "Signed opinion pieces by three former ministers appeared in Le Monde on Sunday, calling "
        "for a ceasefire.",
        "It appeared in the March issue of Nature, and was retracted on Tuesday.",
        "Views my own, the minister wrote on X, before deleting the post.",
    ],
)
def test_news_that_opens_like_a_writers_note_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        "He travelled to Berlin at the magazine's own expense.",
        "Tomas Lindqvist travelled to Berlin at the magazine's own expense.",
        "Signed opinion; the editors may disagree.",
        'Appeared in the March 20, 2034, issue of Harbour Monthly as "The Long Tide".',
        "Views my own.",
    ],
)
def test_a_writers_note_on_its_own_goes(line: str) -> None:
    cleaned = clean_text(f"{_LEAD}\n\n{line}\n\n{_NEXT}")
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned
