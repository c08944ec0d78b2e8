"""A blog platform's feed footer in its translations ("<the post> <title> <appeared first on>
<site>.") goes from an article in any language (``clean.syndication``); a sentence that uses the
same words about something else, or goes on after the place, stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Le conseil municipal a voté jeudi une hausse de 5 % des tarifs du bus à partir de juin."


@pytest.mark.parametrize(
    "footer",
    [
        "L’article Les bus de Thiès passent au gaz est apparu en premier sur Thiès Matin.",
        "L'article Grève des taxis à Lomé est apparu en premier sur lome-infos.example.",
        "O post Chuvas fecham estrada para Nampula apareceu primeiro em Diário do Norte.",
        "La entrada Cortes de agua en Oruro se publicó primero en El Altiplano Hoy.",
        "Der Beitrag Neue Fähre nach Juist erschien zuerst auf Ostfriesland Blog.",
        "Het bericht Nieuwe brug in Zwolle verscheen eerst op Stadsnieuws Overijssel.",
        "Inlägget Isen stänger färjan till Vinga dök först upp på Göteborgsbloggen.",
        "Pos Jalan tol Padang dibuka pekan depan muncul pertama kali di Warta Minang.",
        "Postimi Ujësjellësi i ri në Fier u shfaq së pari në Fieri Sot.",
        "A(z) Új villamos Debrecenben bejegyzés először a(z) Cívis Hírek-on jelent meg.",
        "Запись В Оше открыли новый мост впервые появилась Южный Вестник.",
        "Запис У Львові подорожчав проїзд спершу з'явився на Львів Сьогодні.",
    ],
)
def test_a_translated_feed_footer_goes(footer: str) -> None:
    assert is_boilerplate(footer)
    assert clean_text(f"{_LEAD}\n{footer}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        # the words about a law or a post, then a sentence that goes on
        "L'article 12 du code est apparu en premier sur la liste des textes contestés, a dit le "
        "juge.",
        "Pos polisi di perbatasan muncul pertama kali di laporan tahun 2019, kata dia.",
        "O post do comandante apareceu primeiro em fotografias da época, segundo o arquivo.",
        "Der Beitrag der Stadt erschien zuerst auf der Liste, dann wurde er gestrichen.",
        # the English footer's words inside a report
        "The post office appeared first on the council's closure list, residents said.",
    ],
)
def test_the_same_words_in_news_stay(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_LEAD}\n{news}").split("\n")
