"""A page's own buttons and asks in its language (``clean.translated``, ``clean.syndication``):
read the whole piece on the site it came from, read or hear it otherwise, was it useful, found a
typo, the blog's like button, the skip link, the text size, the news reader's full coverage, a
radio's live prompt, and the blog platform's feed footer in Catalan. A sentence of news that
opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "Leia a reportagem completa no Diário do Vale",
        "Sigue leyendo en La Voz del Norte",
        "Lire la suite sur Le Courrier de l'Ouest",
        "Weiterlesen auf Nordkurier Online",
        "Lea este artículo en inglés",
        "Read this story in Spanish",
        "Écoutez cet article",
        "Escucha esta nota",
        "Esta información te fue útil? Valórala.",
        "Was deze pagina nuttig?",
        "War dieser Artikel hilfreich?",
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.",
        "Vous avez repéré une coquille ? Écrivez-nous.",
        "J'aime chargement…",
        "Me gusta Cargando...",
        "Saltar al contenido principal",
        "Zum Inhalt springen",
        "Tamaño de letra: A A+",
        "Voir la couverture complète sur Google Actualités",
        "Koute emisyon an an dirèk sou 99.1 FM.",
        "L'entrada Nou carril bici a Sabadell ha aparegut primer a Diari del Vallès.",
    ],
)
def test_a_page_ask_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Sigue leyendo en voz alta el alcalde la lista de calles cortadas hasta el lunes.",
        "Lea este artículo en inglés y en francés, pidió el ministro a los diplomáticos, en 2034.",
        "War dieser Artikel hilfreich? Die Frage stellte das Gericht, das den Text prüfte.",
        "Me gusta el nuevo parque, dijo una vecina de 80 años.",
        "Zum Inhalt des Vertrags äußerte sich der Minister am Montag nicht.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
