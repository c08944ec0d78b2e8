"""The page pointing at its archive, its other pages, its desk and its deadlines, its call for
tips and pictures (``clean.notes``), and a live page's reload button and end (``clean.widgets``);
news with the same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Flood water reached the first floor of 40 houses in Kitty on Monday, residents said."


@pytest.mark.parametrize(
    "line",
    [
        "More rider profiles in our archive, sorted by team.",
        "More recipes on our website.",
        "From the archive: more letters from the gold fields.",
        "Courier photos: a gallery of 30 pictures from the regatta is on our Facebook page.",
        "Ana Paz covers courts and crime. Tips welcome via our contact form.",
        "Share your garden photos with the Herald: tag us and we will print the best.",
        "Press contact details are available to accredited journalists on request.",
        "Questions? Our helpline is open 9 a.m. to 5 p.m. on weekdays.",
        "Classifieds deadline: Tuesday noon, front counter.",
        "Letters deadline: Wednesday 5 p.m.",
        "Sources and links are listed at the end of the online version.",
        "Reload the page for new posts · all times local",
        "Live updates have ended here; our full story is on the home page.",
    ],
)
def test_a_pointer_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "More than 300 homes in our area were flooded, the council said.",
        "The gallery of 24 paintings is on loan from the Louvre until May.",
        "Tips are welcome, the police said, after the robbery on Main Street.",
        "Share your views with the council, the mayor urged residents at Tuesday's meeting.",
        "Tax deadline: Friday for returns, the revenue service said.",
        "Updates have ended on the old software, Microsoft said on Tuesday.",
        "Sources say the deal is listed at the bottom of the agenda for Thursday's meeting.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Prices collected by our reporter at four markets. The Weekly Basket returns next Friday.",
        "Figures gathered by our staff in Lilongwe and Blantyre.",
    ],
)
def test_how_the_page_got_its_figures_goes(line: str) -> None:
    assert is_boilerplate(line)


def test_a_columns_return_after_news_stays() -> None:
    line = "Prices collected by our reporter rose 8% in a week. Parliament returns next Tuesday."
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "ᐊᑕᐅᓯᖅ ᓴᖅᑭᑎᑦᑎᔨ · Arctic news in Inuktitut and English",
        "Island stories in Samoan and English",
        "Local news in English, French and Creole.",
    ],
)
def test_a_tagline_naming_its_languages_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Breaking news in Paris and London as strikes spread",
        "The station will broadcast news in Inuktitut and English from May, the CBC said.",
    ],
)
def test_news_in_places_or_with_a_verb_stays(line: str) -> None:
    assert not is_boilerplate(line)
