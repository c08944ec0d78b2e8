"""A paywall's lines in the page's language (``clean.meters``): an offer with a price and a
period, a product's price row, the meter's end, the piece said to go on for subscribers, the
sign-in ask, a paid tier's perk. A story about prices, subscribers or members stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Abbonati: 3 mesi a 0,99 €/mese, poi 5,99 €",
        "Suscribite y accedé a todo el contenido por $990 el primer mes",
        "Suscríbete desde S/ 9.90 y lee sin límites",
        "Abonnez-vous pour 1 € par mois pendant trois mois",
        "Prøv Vestkysten+ i en måned for 1 kr.",
        "Langgan Harian Digital: RM9.90 sebulan",
        "Independent and local: back the Herald from 200 lek a month.",
        "Gazette Premium : un euro symbolique pour trente jours d'accès",
        "El Diario · Todas las notas desde 2.900 pesos al mes",
        "Has alcanzado el límite de notas gratuitas de este mes",
        "Du har nått gränsen för gratis artiklar den här månaden",
        "Artiklen fortsætter for abonnenter",
        "Der Artikel geht weiter für Abonnenten",
        "Članek je na voljo naročnikom.",
        "Že imate naročnino? Prijavite se.",
        "¿Ya tenés una suscripción? Ingresá",
        "Déjà abonné ? Connectez-vous",
        "Subscribers to Harbour Ledger Premium get market prices every Friday.",
        "Valley Plus members browse without banners. Join from RM9 a month",
        "Tento týdeník vychází díky podpoře čtenářů. Přidejte se k nim od 50 Kč měsíčně.",
        "Members get the Friday listings. Support local reporting for €4 a month.",
    ],
)
def test_a_paywall_line_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        "Netflix raised its price to $15.49 a month for subscribers.",
        "Subscribers to the water utility get a rebate of $20 every month from June.",
        "The union urged members to back the strike from Monday; dues are €4 a month.",
        "Try the new bus line from €1 a day during the trial.",
        "Sky Plus subscribers get a refund of £10 a month",
        "Bitcoin: the price fell to $60,000 this month after the halving.",
        "El artículo 14 de la ley sigue vigente para los socios de la cooperativa.",
        "Der Abonnentenzuwachs lag im Mai bei 4 Prozent.",
    ],
)
def test_a_story_about_prices_stays(news: str) -> None:
    assert not is_boilerplate(news)
