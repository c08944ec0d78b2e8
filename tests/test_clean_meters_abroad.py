"""A paywall's lines in any language (``clean.meters``): its meter said to the reader, the piece
said to be for subscribers only, the sign-in or sign-up ask, an introductory offer and the
e-edition for subscribers. A story about a paywall, a price or a subscription stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.meters import is_meter_line

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "Sie haben 4 von 5 kostenlosen Beiträgen gelesen.",
        "Sie haben 1 von 3 kostenlosen Artikeln gelesen.",
        "Du har läst 2 av 3 gratisartiklar denna vecka.",
        "U heeft 3 van de 5 gratis artikelen gelezen.",
        "Has leído 3 de 5 artículos gratuitos este mes.",
        "Przeczytałeś 2 z 3 darmowych artykułów.",
        "Bu ay okuyabileceğiniz 2 ücretsiz haberiniz kaldı",
        "Este artículo es exclusivo para suscriptores.",
        "Cet article est exclusif pour les abonnés.",
        "Registered readers can read this story free. Sign in to continue.",
        "Already a subscriber? Log in here",
        "Unlock unlimited access for $2 a week; cancel anytime.",
        "Offre spéciale Le Petit Vendéen : trois mois, un euro",
        "Courier subscribers receive the e-edition from 5am",
    ],
)
def test_a_paywall_line_goes(line: str) -> None:
    assert is_meter_line(line)
    assert is_boilerplate(line)


def test_a_paywall_line_goes_from_the_text() -> None:
    line = "Registered readers can read this story free. Sign in to continue."
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "The Gazette's paywall now allows 10 free articles a month, down from 15.",
        "The Gazette offers 3 free articles a month, its editor said.",
        "Registered readers can read this article for free until the trial ends, the publisher "
        "said in court.",
        "Unlock unlimited data at $10 a month, the carrier's new plan promises, though critics "
        "say it throttles speeds.",
        "Existing subscribers will see their price rise by 5% in June.",
        "This article is exclusive to the Herald.",
        "Subscribers get the e-paper a day early, the union complained.",
    ],
)
def test_a_story_about_a_paywall_stays(news: str) -> None:
    assert not is_meter_line(news)
    assert not is_boilerplate(news)
