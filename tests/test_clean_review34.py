"""News lines shaped like junk34's house notes and top rows stay (review34).

Each line is news written for the test: comments aimed at someone or told in the past, a
consultation's comment period, an outlet's funding in a relative clause, "support for" the press,
a Spanish headline with its subject after the verb, a reader-funded outlet in a headline, a first
publication in history; above the first paragraph, title-case headlines opening with a surname's
"De"/"Da"/"Di", an Arabic-script headline with a preposition, a dated lede. The junk lines of the
same kinds (``tests/test_clean_kinds_junk34.py``) still go.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.toprows import is_top_row

_P1 = "The regional council approved the new ferry timetable on Monday after a long debate."
_P2 = "The first boats on the new timetable will sail in April, the operator said on Monday."


@pytest.mark.parametrize(
    "news",
    [
        "The minister's comments on civil service pay angered the unions.",
        "The public comment period on the dam closes on Friday, 30 days after it was published.",
        "Facebook will now moderate comments on political adverts in Kenya",
        "The council deleted 300 comments from its Facebook page after the vote.",
        "La Fiscalía investiga comentarios ofensivos contra la jueza en las redes sociales.",
        "Des commentaires injurieux visant le maire ont été supprimés par Facebook.",
        "Beleidigende Kommentare gegen die Bürgermeisterin: Polizei ermittelt",
        "Comentários ofensivos contra a ministra levam a inquérito da Polícia Federal.",
        "Comentariile jignitoare la adresa primarului au fost șterse de pe pagina primăriei.",
        "Valiye yönelik yorumlar silindi, iki kişi gözaltına alındı.",
        "A local newsroom that relies on readers' donations laid off five reporters this week",
        "The Courier's newsroom is funded by readers' donations since the chain left in March.",
        "Support grows for local journalism fund in the state senate",
        "Steun voor lokale journalistiek verdubbeld in nieuwe begroting",
        "Apoya el Gobierno el periodismo local con una línea de 20 millones de euros",
        "Reader-funded news site The Lantern wins national press award",
        "Reader-supported radio station goes silent after transmitter theft",
        "The story of the flood was first published in the Herald in 1953 and won a prize.",
    ],
)
def test_news_of_comments_funding_and_the_press_stays(news: str) -> None:
    assert not is_page_kind(news)
    if news.isascii():  # (a line of another language among English paragraphs goes as foreign)
        assert news in clean_text(f"{_P1}\n\n{news}\n\n{_P2}")


@pytest.mark.parametrize(
    "junk",
    [
        "Comments on this article are moderated and may take up to 48 hours to appear.",
        "Los comentarios ofensivos serán eliminados. Comenta con respeto.",
        "Comentariile sunt moderate. Mesajele jignitoare vor fi șterse.",
        "The comments below have not been moderated.",
        "Valley Post runs on reader pledges: join from $4 a month.",
        "Support independent local reporting: become a member from €3 a month.",
        "Apoya el periodismo de la sierra: hazte socio",
        "Reader-funded local news for the Upper Valley",
        "The story Tram fares rise again was first published on Lakeside Daily News.",
    ],
)
def test_the_house_notes_of_those_kinds_still_go(junk: str) -> None:
    assert is_page_kind(junk)


@pytest.mark.parametrize(
    "headline",
    [
        "De Beers Cuts Diamond Prices, Shares Tumble",
        "Di Stefano Named Coach, Club Confirms",
        "Da Silva Wins Runoff, Electoral Court Confirms",
        "لبنان - انفجار في مرفأ بيروت",
        "Kano, 12 July 2046 - Gunmen kill 12 villagers",
    ],
)
def test_a_headline_above_the_first_paragraph_is_no_top_row(headline: str) -> None:
    assert not is_top_row(headline)
    if headline.isascii():
        assert headline in clean_text(f"{headline}\n\n{_P1}\n\n{_P2}")


@pytest.mark.parametrize(
    "row",
    [
        "de Ioana Marin, redactor",
        "Por Lucía Herrera Soto, Diario del Valle — Quito",
        "عمّان - سامر الحديدي",
        "Lundi 12 mai 2046 | Par Anne Roy",
        "12/05/2046 06h58 — atualizada às 09h12",
    ],
)
def test_top_rows_of_those_shapes_still_go(row: str) -> None:
    assert is_top_row(row)


@pytest.mark.parametrize(
    "news",
    [
        "Apoie o jornalismo local, pediu o sindicato aos deputados na terça-feira.",
        "Susține presa locală, a cerut ministrul culturii parlamentarilor.",
        "Inscrivez-vous sur les listes électorales avant vendredi, rappelle la préfecture.",
        "Jiunge na jeshi la akiba, waziri wa ulinzi awaambia vijana wa Pwani.",
    ],
)
def test_an_ask_that_a_story_reports_in_portuguese_romanian_french_or_swahili_stays(
    news: str,
) -> None:
    assert not is_page_kind(news)
