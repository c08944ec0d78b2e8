"""A letter's frame, a station's member asks, a release's number and end, a records page's
notes on its sources, an AI's points, a translation widget's note, the page's offers, a paid
tier's perk, the issue a piece comes from, a related heading and the headlines under it, and an
aggregator's cluster of one story go (``clean.letters``, ``clean.funding``, ``clean.releases``,
``clean.disclaimers``, ``clean.asks``, ``clean.meters``, ``clean.editions``, ``clean.cues``,
``clean.abroad``, ``clean.buttons``). A story on a station's funding, a byline-like sentence of
news, a release's number inside a sentence, a results explainer and a paragraph under a
related-looking heading stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _lines(text: str) -> list[str]:
    return [ln for ln in clean_text(text).split("\n") if ln]


def _kept(line: str) -> bool:
    return kept_between(line, _LEAD, _AFTER, outlet=None)


@pytest.mark.parametrize(
    "line",
    [
        # a letter's frame
        "Trouble viewing? Open this email online",
        "Hey there, makers —",
        "Quick one this week, because the office moved.",
        "Here's what caught our eye this week.",
        "You're getting this because you joined Harbour Notes at a reading.",
        "Sent to Island Letter readers who opted in. Change settings or quit the mailing",
        "You're in. Look out for Monday's edition.",
        "Hmm, that email didn't go through — try again?",
        "Forward this brief to a neighbour who missed it",
        "Want the rail letter? Every other Tuesday, without advertising",
        "Harbour Weekly: ports and trade from across the coast, free on Mondays.",
        "Bu e-postayı Kent Haftası bültenine kaydolduğunuz için alıyorsunuz.",
        "Bu habere henüz yorum yapılmamış. İlk yorumu sen yap!",
        # a station's and an outlet's asks
        "Support for local news comes from listeners like you. Give now.",
        "Keep KRVL on the air: $8 a month makes you a sustaining member.",
        "Un don au Courrier aide à couvrir la Gaspésie.",
        "Initiative de journalisme local – Le Courrier de Gaspé",
        # a release's number, issuer, row and follow prompt
        "MEDIA RELEASE NO. 118/2039",
        "Release issued by: Communications Office, Town of Harbourside",
        "For immediate release · Chattogram, 2 May 2039",
        "Follow the Council on social media for service updates",
        # a records page's notes, an AI's points, a translation note
        "Court records are published as received from the District Court clerk.",
        "Results are submitted by coaches. Send corrections to sports@example.org.",
        "Entries are compiled from police statements; no one named here has been convicted.",
        "An AI model drafted these points; an editor reviewed them before publishing.",
        "Was this summary useful? 👍 👎",
        "Automatic translations may not be accurate. The English version is the official one.",
        # the page's offers, a paid tier's perk, the issue
        "Place a classified: online or at our Main St office",
        "Upcoming webinar: Pacific shipping outlook, 4 May — register free",
        "Stay with us: reaction from the unions shortly.",
        "Plan your trip: best season, where to stay, what to pack",
        "Free tier: The Commute's paid readers also get Friday's map issue.",
        "From the Winter 2039 issue",
        "یہ خبر بھی پڑھیں: کراچی میں بارش کا امکان",
        "Basahin din: Presyo ng isda sa Pasil, tumaas",
    ],
)
def test_the_page_s_frame_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "news",
    [
        "Listeners gave $80,000 to keep the station on the air, its manager said.",
        "The station's members voted to keep the morning show on the air until June.",
        "By a vote of 7 to 2, the council approved the new ferry contract on Tuesday.",
        "The ministry's press release no. 14/2039 confirmed the closure of two schools.",
        "Results are submitted by polling stations to the commission, which publishes them.",
        "Court records show the company was fined twice in 2037 for dumping waste.",
        "Keep the rubbish bins off the pavement on Thursdays, the council asked residents.",
        "Paid readers of the city's libraries also get free bus travel, officials said.",
        "From the 2039 budget, the city will spend $4 million on new buses.",
        "Quick action this week kept the river from flooding the market, officials said.",
    ],
)
def test_news_like_the_frame_stays(news: str) -> None:
    assert _kept(news)


def test_a_related_heading_and_its_headlines_go() -> None:
    text = "\n".join(
        [
            _LEAD,
            _AFTER,
            "More in Cricket:",
            "Fast bowler ruled out of the Test tour with a side strain after scans",
        ]
    )
    assert _lines(text) == [_LEAD, _AFTER]


def test_a_paragraph_under_a_related_looking_heading_stays() -> None:
    paragraph = "The retailer plans to open four stores in the city's north by the end of June."
    text = "\n".join([_LEAD, _AFTER, "More in store:", paragraph])
    assert paragraph in _lines(text)


def test_a_release_s_tail_after_its_end_mark_goes() -> None:
    about = (
        "The Harbour Trust is the region's largest port charity, supporting families across the"
        " coast with food, shelter and training."
    )
    text = "\n".join(
        [_LEAD, _AFTER, "– ENDS –", about, "Media contacts: Harbour Trust press office"]
    )
    assert _lines(text) == [_LEAD, _AFTER]


def test_an_aggregator_s_cluster_goes() -> None:
    rows = [
        "Port strike ends after 3 days of talks with the union  Harbour Standard",
        "Dock workers back at work as pay deal is agreed  Coast Weekly",
        "Shipping lines count the cost of the port strike  Trade Review",
    ]
    assert clean_text("\n".join(rows)) == ""
    # the feed's parser collapses the spaces: the footer tells the list
    collapsed = [" ".join(row.split()) for row in rows]
    assert clean_text("\n".join([*collapsed, "Open 5 more articles on this story"])) == ""


def test_a_table_s_columns_stay() -> None:
    rows = ["Girls 4x100 relay  Ord 50.12", "Boys 4x100 relay  Valentine 44.02"]
    text = "\n".join([_LEAD, *rows, _AFTER])
    assert all(" ".join(row.split()) in _lines(text) for row in rows)
