"""A publication stamp above the text and a reading time in the page's language
(``clean.stamps``); a podcast's show notes (``clean.podcasts``); a sponsor's line in the page's
language (``clean.funding``). A chapter mark with a title stays; so do a match's minute, news
with a date in it, and a story about a programme's funding.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.stamps import is_stamp_row

_BODY = (
    "Die Brücke bleibt bis Mitte Juli für den Autoverkehr gesperrt, teilte die Behörde mit.\n\n"
    "Fußgänger und Radfahrer dürfen die Brücke weiter nutzen."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Stand: 18.05.2038, 14:32 Uhr",
        "Publicado em 20/05/2038, às 17h48",
        "19 de mayo de 2038 - 8:30 p. m.",
        "18.05.2038 • 16:40",
        "Zprávy z Brna | 20. 5. 2038 10:05",
        "Posted on 18 de mayo de 2038",
        "Domingo 3 de agosto",
        "Pubblicato il 4 giugno 2038 alle 9:15",
        "Posted by u/river_walker · 4 hr. ago",
    ],
)
def test_a_stamp_is_read_as_one(stamp: str) -> None:
    assert is_stamp_row(stamp)


def test_a_stamp_above_the_text_goes() -> None:
    stamp = "Stand: 18.05.2038, 14:32 Uhr"
    assert stamp not in clean_text(f"{stamp}\n\n{_BODY}")
    assert "Fußgänger und Radfahrer" in clean_text(f"{stamp}\n\n{_BODY}")


@pytest.mark.parametrize(
    "line", ["Heute 3 Verletzte", "Mai 2038: Brücke gesperrt", "Am 18.05.2038 wurde gewählt."]
)
def test_a_line_with_news_is_no_stamp(line: str) -> None:
    assert not is_stamp_row(line)


def test_a_dated_news_line_stays() -> None:
    line = "Am 18.05.2038 um 14:32 Uhr wurde die Brücke gesperrt."
    assert line in clean_text(f"{line}\n\n{_BODY}")


@pytest.mark.parametrize(
    "line",
    [
        "Lectura de 6 minutos",
        "Lesezeit: 3 Min.",
        "Temps de lecture : 4 min",
        "A long read · about 9 minutes",
        "Agency copy · 2-minute read",
        "Viernes 17 de mayo de 2035 | Lectura de 6 minutos",
        "Kapitelmarken:",
        "00:00 Begrüßung",
        "Informationen zum Datenschutz findest du unter podcasthost.example/de/privacy/",
        "Hosted on Podhost. See podhost.example/privacy for more information.",
        "Escucha este episodio completo y muchos más en Podteca",
        "Feedback und Themenwünsche gern an podcast@stadtfunk.example",
        "Este boletín es posible gracias a Librería Roma: 10% de descuento con el código LUNA.",
        "Diese Folge wird unterstützt von der Sparkasse Oberland.",
        "Presented by Harbor Books, Korean classes for expats",
    ],
)
def test_the_line_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        "81 min",
        "Ferry delayed · 40 min",
        "Este programa es posible gracias a fondos europeos.",
        "Die Ausgabe wird unterstützt von der Stadt.",
        "Presented by the mayor, the plan would cut bus fares by half.",
        "The regulator's privacy ruling is published at edpb.europa.eu.",
    ],
)
def test_news_stays(news: str) -> None:
    assert not is_boilerplate(news)


def test_chapter_marks_with_titles_stay() -> None:
    text = (
        "In dieser Folge spricht die Redaktion mit dem Baubürgermeister über den Umbau.\n\n"
        "Kapitelmarken:\n00:00 Begrüßung\n00:02:10 Was sich am Marienplatz ändert\n"
        "00:14:45 Wochenmarkt am Gespinstmarkt\n\n"
        "Informationen zum Datenschutz findest du unter podcasthost.example/de/privacy/"
    )
    out = clean_text(text)
    assert "00:02:10 Was sich am Marienplatz ändert" in out
    assert "00:14:45 Wochenmarkt am Gespinstmarkt" in out
    assert "Begrüßung" not in out
