"""A mailing's footer and frame in the letter's language (``clean.letters``): changing how the
mails come, unsubscribing, the browser link, forwarded-to-you and thanks-for-reading prompts, a
greeting to the readers; and a letter's heading of the week's items in a place, which stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Möchten Sie ändern, wie Sie diese E-Mails erhalten?",
        "¿Quieres cambiar cómo recibes estos correos?",
        "Sie können Ihre Einstellungen aktualisieren oder sich von dieser Liste abmelden.",
        "Vous pouvez modifier vos préférences ou vous désabonner de cette liste.",
        "Ver en el navegador",
        "¿Te reenviaron este correo? Suscríbete aquí.",
        "Gracias por leer El Farol. Si te gustó, reenvialo a un amigo.",
        "Danke fürs Lesen! Wenn es dir gefallen hat, leite es weiter.",
        "¡Hola, vecinos!",
        "Hola, ¿cómo están?",
        "Ciao, come state?",
    ],
)
def test_a_mailing_line_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        "Sie können sich bis Freitag beim Bürgeramt abmelden.",
        "Der Verband will ändern, wie Mitglieder ihre Beiträge zahlen.",
        "¡Hola, Buenos Aires! La ciudad despierta con lluvia y tráfico.",
        "Hallo Welt!",
    ],
)
def test_news_stays(news: str) -> None:
    assert not is_boilerplate(news)


def test_the_week_heading_above_the_items_stays() -> None:
    text = (
        "Posted on 18 de mayo de 2038\n\n¡Hola, vecinos!\n\nEsta semana en la ciudad:\n\n"
        "La nueva línea de autobús empieza a operar el sábado entre el centro y el puerto.\n\n"
        "El mercado cierra el domingo por obras, anunció la alcaldía."
    )
    out = clean_text(text)
    assert "Esta semana en la ciudad:" in out
    assert "¡Hola, vecinos!" not in out
    assert "Posted on" not in out
