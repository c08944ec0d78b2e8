"""A page's consent dialog, ad slot and teaser in its own language (``clean.abroad``): "we use
cookies" with the rest of its sentence, a Greek dialog's buttons, an ad slot's label with the
note that the article goes on below it, another article's teaser under a "read also" label,
and Google News's "Full coverage of this story". A sentence of news about cookies or ads stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.",
        "ΑΠΟΔΟΧΗ ΟΛΩΝ",
        "Απόρριψη",
        "Anzeige – Artikel geht unten weiter",
        "Publicité - la suite de l'article continue ci-dessous",
        "Leggi anche: Il ponte sull'Adige riapre a maggio",
        "Läs också: Ny färjelinje till Gotland",
        "Preberite tudi: Nova trajektna linija do Pirana",
        "Full coverage of this story",
    ],
)
def test_a_page_line_in_its_language_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        "Wir verwenden Kohle noch bis 2038, sagte der Minister.",
        "Die Anzeige gegen den Bürgermeister wurde am Montag erstattet.",
        "Leggi anche la nostra inchiesta sul porto, ha detto il sindaco in aula.",
        "Full coverage of the trial resumes on Monday.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
