"""A page's chrome in its own language (``clean.abroad``): a consent dialog said by the site and
its buttons, a live entry's share and link buttons and new-entry marker, a "listen to this
article" button, a note on how comments are moderated, the reason the reader gets these
messages, a blog template's comment form and post links. A sentence of news that opens alike
stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Na tomto webu používáme soubory cookies k měření návštěvnosti.",
        "Auf dieser Website verwenden wir Cookies, um Zugriffe zu analysieren.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Ο ιστότοπος χρησιμοποιεί cookies. Συνεχίζοντας αποδέχεστε τη χρήση τους.",
        "Vi och våra partner använder kakor för att anpassa annonser.",
        "Přijmout vše",
        "Odrzuć wszystkie",
        "Godkänn alla kakor",
        "Gérer mes préférences",
        "Compartir esta entrada",
        "Enlace a esta entrada",
        "Condividi questo momento",
        "Partager cette mise à jour",
        "Neuer Eintrag",
        "Artikel anhören (2 Min.)",
        "Ascolta questo articolo ora...",
        "Lyssna på artikeln",
        "Beluister dit artikel (3 min)",
        "Écouter cet article",
        "Kommentare zu diesem Artikel werden erst nach Prüfung durch die Redaktion freigeschaltet.",
        "Les commentaires sont modérés.",
        "Comments are moderated; please keep it civil.",
        "Comments on Gazette stories require a verified name.",
        "Reader remarks here are screened by an editor before showing up",
        "Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.",
        "Sie erhalten diese Push-Nachrichten, weil Sie den Ticker abonniert haben.",
        "Recibes este boletín porque te suscribiste en nuestra web.",
        "Dodaj odgovor",
        "Lascia un commento",
        "Vaš e-naslov ne bo objavljen. Obvezna polja so označena z *",
        "Il tuo indirizzo email non sarà pubblicato.",
        "Prejšnji prispevek",
        "Nächster Beitrag",
    ],
)
def test_chrome_in_the_page_language_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        "The council uses cookies to track visits to its tax portal, auditors found.",
        "Questo sito archeologico utilizza droni per mappare le rovine.",
        "Listen to the residents before you build, the planning inspector wrote.",
        "Escucha a los vecinos, dijo la alcaldesa.",
        "Comments made by the minister were reviewed by lawyers before publication.",
        "Sie erhalten diese Zahlungen, weil sie in Armut leben, sagte die Ministerin.",
        "Neuer Eintrag im Grundbuch sorgt für Streit in Kassel.",
        "Compartir esta información con la policía es obligatorio desde el lunes.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
