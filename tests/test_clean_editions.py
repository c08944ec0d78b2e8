"""A page's lines about the piece itself (``clean.editions``): its reading time in any language,
the languages and editions it comes in, a paywall and a follow prompt in the site's language;
and news with the same words, which stays wherever it sits.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Lisbon's metro opened its new circular line on Monday, linking Rato and Cais do Sodré."
_NEXT = "The operator said trains would run every four minutes at rush hour from next week."


@pytest.mark.parametrize(
    "line",
    [
        # a reading time in any language
        "Tempo de leitura: 4 min",
        "Tiempo de lectura estimado 6 minutos",
        "Lesezeit 3 Minuten",
        "Czas czytania 5 minut",
        "Okuma süresi 7 dk",
        "A 4-minute read",
        "Leestijd 2 min",
        # a language switch
        "This story is also available in Portuguese",
        "Read this article in Spanish.",
        "Also available in French and Arabic",
        "Ler em português · Read in Portuguese",
        "Leia esta reportagem em português",
        "Lies diesen Artikel auf Deutsch",
        "Read this story in Turkish",
        "Leer en español",
        "Lire en français",
        # an e-edition's note
        "Today's e-paper is available from 5am",
        "Read today's e-edition",
        "Our digital edition is available to subscribers from midnight.",
        # a paywall in the site's language
        "Exclusivo para suscriptores · 2 de 5 artículos gratis este mes",
        "Contenu réservé aux abonnés",
        "Nur für Abonnenten",
        # a follow prompt in the site's language
        "Síguenos en Instagram",
        "Suivez Lisboa Hoje sur WhatsApp",
        "Folgen Sie uns auf Telegram",
    ],
)
def test_a_line_about_the_piece_goes(line: str) -> None:
    for shape in ([_LEAD, line, _NEXT], [line, _LEAD, _NEXT]):
        cleaned = clean_text("\n".join(shape)).split("\n")
        assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # a reading time's words in news
        "Reading 2 Millwall 1: a late penalty sent the Royals top of the table.",
        "Three minutes of reading aloud a day lifts children's scores, the study found.",
        "The 4-minute read of the charges took place in a packed courtroom on Friday.",
        "Lectura de 3 minutos, the Argentine senate's new rule, caps each speech.",
        # a language's name in news
        "Ballot papers are also available in Turkish and Greek, the commission said.",
        "The report is also available in Welsh, the first such edition by the ministry.",
        "Kiswahili is now taught in every primary school in the region.",
        "Read in Parliament on Tuesday, the bill passed its first stage by 312 votes to 98.",
        "Portuguese and Spanish are now official languages of the bloc's assembly.",
        # an e-edition's words in news
        "The Gazette's digital edition is available from 6am, a year after the print edition "
        "closed.",
        # a slogan reported in its language (review17 S2)
        "Protesters chanted ni una menos in Spanish.",
        "Fans sang allez les bleus in French outside the stadium.",
        "The Courier's e-edition was taken offline by the ransomware attack on Sunday.",
        "E-paper sales rose 12% in 2033 as the print run fell, the publisher said.",
        # a paywall's and a follow prompt's words in news
        "Le Monde's article réservé aux abonnés banner now covers half its pages, data show.",
        "Síguenos, the bakery chain, opened its first shop in Lisbon on Friday.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


def test_a_switch_in_another_language_stays_in_a_text_in_that_language() -> None:
    """In a Spanish text a line naming "español" is its news, not a link to another edition."""
    lead = "El metro de Lisboa abrió el lunes su nueva línea circular entre Rato y Cais do Sodré."
    line = "El gobierno aprobó la ley del español en las escuelas públicas"
    after = "La empresa dijo que los trenes pasarán cada cuatro minutos en hora punta."
    cleaned = clean_text("\n".join([lead, line, after])).split("\n")
    assert line in cleaned


_ABROAD = {
    "es": (
        "El metro de Madrid abrió el lunes su nueva línea circular entre Atocha y Chamartín.",
        "La empresa dijo que los trenes pasarán cada cuatro minutos en hora punta.",
    ),
    "de": (
        "Die Berliner Verkehrsbetriebe eröffneten am Montag die neue Ringlinie zum Flughafen.",
        "Die Züge sollen in der Hauptverkehrszeit alle vier Minuten fahren, teilte die BVG mit.",
    ),
    "fr": (
        "Le métro de Lyon a ouvert lundi sa nouvelle ligne circulaire entre Perrache et Vaise.",
        "Les rames passeront toutes les quatre minutes aux heures de pointe, selon l'opérateur.",
    ),
}


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # a sentence that goes on after a paywall's words, or a verb of news (review17 M3)
        ("es", "Exclusivo para socios, el abono del Real Madrid costará 300 euros."),
        ("es", "Solo para suscriptores de Netflix: la serie se estrena el viernes."),
        ("de", "Nur für Abonnenten gilt der neue Tarif ab Januar."),
        ("fr", "Réservé aux abonnés, le nouveau service coûtera 5 euros par mois."),
        ("es", "Sigue la polémica por el mensaje de Milei en X."),
        ("de", "Folge dem Geld: wie Schleuser ihre Gewinne über Telegram verstecken"),
    ],
)
def test_news_in_the_site_s_language_that_opens_like_a_paywall_or_a_prompt_stays(
    language: str, line: str
) -> None:
    lead, after = _ABROAD[language]
    # (not under an English headline: a text in another language there is read as foreign)
    assert lost_places(line, lead, after, places=("mid", "last", "top")) == []


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Article réservé aux abonnés du Cri · déjà 3 articles gratuits lus ce mois-ci"),
        ("es", "Síguenos en Instagram"),
        ("de", "Folgen Sie uns auf Telegram"),
        ("fr", "Suivez Lyon Matin sur WhatsApp"),
    ],
)
def test_a_paywall_or_a_prompt_in_the_site_s_language_goes(language: str, line: str) -> None:
    lead, after = _ABROAD[language]
    cleaned = clean_text("\n".join([lead, line, after])).split("\n")
    assert lead in cleaned and after in cleaned and line not in cleaned
