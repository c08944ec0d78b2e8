"""review36: a writer's bio at an article's end whose career step is dated by a month and its
year, names a post ("was previously based/posted/stationed/employed ..."), or is written in
German ("Er kam 2019 zur ...") or Spanish ("Él trabajó para ...") goes; news of a journalist
dated by a month alone or by a weekday stays. The bios and the news are invented for these
tests."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.tailrows import is_end_bio

_P1 = "The regional water board raised tariffs by 9 percent on Tuesday, citing the cost of repairs."
_P2 = "Farmers' groups said the increase would hit irrigation and asked for a summer rate."
_FR1 = "La commune a voté mardi une hausse de 9 % du prix de l'eau pour financer les réparations."
_FR2 = "Les agriculteurs demandent un tarif réduit pour l'irrigation pendant l'été."


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "bio",
    [
        "Tomas Rinne covers water and farming. He joined the Ledger in October 2038 from a wire.",
        "Tomas Rinne writes about farming. He has worked at the Ledger since February 2031.",
        "Tomas Rinne covers the valley for the Ledger. He was previously based in Tartu.",
        "Tomas Rinne is a reporter on the farm desk. He was previously posted to Riga for a wire.",
        "Tomas Rinne reports on water. He was previously stationed in Oslo as a correspondent.",
        "Tomas Rinne berichtet über Landwirtschaft. Er kam 2031 zur Zeitung.",
        "Tomas Rinne escribe sobre agricultura. Él trabajó para una agencia en Lima.",
    ],
)
def test_a_bio_with_a_month_and_year_a_post_or_in_german_or_spanish_goes(bio: str) -> None:
    assert is_end_bio(bio)
    assert bio not in _lines(clean_text(f"{_P1}\n{_P2}\n{bio}"))


@pytest.mark.parametrize(
    "news",
    [
        "Tomas Rinne covers the valley for the Ledger. He joined the farmers' blockade in October.",
        "Tomas Rinne covers the valley. He was previously arrested in October 2037 at a blockade.",
        "Tomas Rinne reports on water. He joined the blockade on Tuesday and was fined.",
        "Tomas Rinne berichtet über Landwirtschaft. Er wurde am Dienstag festgenommen.",
    ],
)
def test_news_of_a_journalist_dated_by_a_month_alone_or_a_day_stays(news: str) -> None:
    assert not is_end_bio(news)
    assert news in _lines(clean_text(f"{_P1}\n{_P2}\n{news}"))


def test_a_french_bio_with_a_month_and_year_goes() -> None:
    bio = "Tomas Rinne couvre l'agriculture. Il a rejoint le journal en octobre 2038."
    assert bio not in _lines(clean_text(f"{_FR1}\n{_FR2}\n{bio}"))


@pytest.mark.parametrize(
    "news",
    [
        "Tomas Rinne covers housing. He joined the tenants' strike in March 2034 and was evicted.",
        "Tomas Rinne reports on schools. She joined the teachers' walkout in May 2034 and lost it.",
        "Tomas Rinne covers courts. He joined a class-action lawsuit against the city in June 2033",
    ],
)
def test_a_journalist_who_joined_a_strike_in_a_month_and_year_is_news(news: str) -> None:
    """A collective action joined is news of the person, whatever dates it (the lead, after
    review36's probe lost "He joined the tenants' strike in March 2024 ..."); a newsroom joined
    in a month and year is a career's step (the bios above)."""
    assert not is_end_bio(news)
    assert news in _lines(clean_text(f"{_P1}\n{_P2}\n{news}"))


@pytest.mark.parametrize(
    "news",
    [
        "Tomas Rinne escribe sobre vivienda. Él se unió a la huelga de inquilinos en marzo de 2034",
        "Tomas Rinne couvre le logement. Il a rejoint la grève des locataires en mars 2034.",
    ],
)
def test_a_strike_joined_is_no_career_step_in_spanish_or_french(news: str) -> None:
    # the bio rule's reading only: such a line at a Spanish or French text's end goes by the
    # line scorer's signals even so (left; see the lead's note on issue 11)
    assert not is_end_bio(news)
