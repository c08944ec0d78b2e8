"""A paywall's lines, in the page's language (``clean.translated``): the meter, the text said to be
for paying readers only, the call to pay to read on, and what is left for members. News about a
service for subscribers or members, or with a reporting verb, stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The city will plant 2,000 trees along the ring road before the summer, the mayor said."


@pytest.mark.parametrize(
    "line",
    [
        "Has leído 4 de 5 artículos gratuitos este mes.",
        "Vous avez lu 2 de vos 3 articles gratuits.",
        "Je hebt 3 van 4 gratis artikelen gelezen.",
        "Dit artikel is alleen voor abonnees",
        "Cet article est réservé à nos abonnés.",
        "Questo articolo è riservato agli abbonati",
        "Este contenido es exclusivo para suscriptores.",
        "Word lid en lees verder zonder limiet om verder te lezen",
        "Hazte socio para seguir leyendo",
        "Abonnez-vous pour lire la suite",
        "Subscriu-te ara i llegeix sense límits",
        "Subscribers can read the remaining 600 words.",
        "Not yet a subscriber? Start a free month today.",
        "Members get every briefing and the data desk's charts. Start your membership now.",
        "The full results table is available to members.",
    ],
)
def test_a_paywall_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "The new fibre service is available to subscribers in three districts from May.",
        "Members can read the rest of the minutes at the club, the chairman said.",
        "Hazte socio del club y entra gratis, ofreció el alcalde a los vecinos.",
        "Este contenido es exclusivo para suscriptores, dijo la plataforma al anunciar la subida.",
        "Not a member? The union says 4,000 drivers are not, and it wants them to join.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)


@pytest.mark.parametrize(
    "line",
    [
        "Gracias por leer Notas del Sur. Suscríbete gratis para recibir cada entrega.",
        "Grazie per aver letto Bilancio Aperto! Iscriviti per ricevere i nuovi post.",
        "Obrigada por ler Caderno Verde! Inscreva-se para receber novos textos.",
        "Merci d'avoir lu La Lettre du Port ! Abonnez-vous pour recevoir la suite.",
        "Notas del Sur es una publicación apoyada por sus lectores. Suscríbete para apoyar.",
        "Bilancio Aperto è una pubblicazione sostenuta dai lettori.",
    ],
)
def test_a_letter_platforms_close_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Gracias por leer el informe, dijo la jueza al abrir la sesión del martes.",
        "La revista es una publicación apoyada por el Estado desde 1990, según el ministerio.",
    ],
)
def test_a_thanks_in_the_news_stays(news: str) -> None:
    assert not is_boilerplate(news)
