"""A page's app and radio prompts, a related story's label with its headline, and the next
issue's teaser, in the article's own language (``clean.translated``); a sentence that opens with
the same words and goes on with a clause stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate
from briefing.clean.translated import is_translated_chrome


@pytest.mark.parametrize(
    "line",
    [
        "Téléchargez l'appli Le Quotidien pour recevoir nos alertes.",
        "Téléchargez gratuitement notre application",
        "Descarga nuestra app y recibe las noticias al instante.",
        "Baixe o aplicativo do Jornal da Serra",
        "Laden Sie unsere App herunter",
        "Scarica l'app e attiva le notifiche",
        "Unduh aplikasi Kabar Pagi sekarang!",
        "Écoutez Radio Lagon en direct sur 101.2 FM à Nouméa.",
        "Escucha Radio Sur en vivo por el 98.3 FM",
        "Ouça a Rádio Litoral ao vivo em 104,7 FM",
        "Lexo edhe: Pazari i Shkodrës hapet të dielën?",
        "Lee también: El puerto de Vigo reabre tras la tormenta",
        "À lire aussi : Agadir : le port rouvre",
        "Next week in Harbour Lines: the oyster beds of Arcachon.",
        "Tomorrow in the Gazette: the mayor's race and a new bakery.",
        "More from the Fringe tomorrow: reviews of the late shows.",
        "Demain dans Le Courrier : la rentrée des classes à Lomé.",
        "Mwy o'r Sioe yfory: y defaid a'r gwartheg.",
    ],
)
def test_a_prompt_or_teaser_goes(line: str) -> None:
    assert is_translated_chrome(line)
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Téléchargez l'application, a exhorté le ministre lors de sa conférence.",
        "Écoutez, a dit le maire, nous allons reconstruire le port.",
        "Escucha en vivo la sesión del Senado, pidió la oposición.",
        "Hören Sie den Bürgermeister live im Rathaus, sagte die Sprecherin.",
        "Lexo edhe: Pazari i Shkodrës hapet? Po, tha kryetari. Ai foli gjatë për tregtinë.",
        "Tomorrow: polls open at 7 a.m. across the state.",
        "Next week: the council votes on the budget.",
        "Next week in Geneva: 40 ministers meet on the treaty.",
        "Tomorrow the Senate votes on the bill: the result is expected by noon.",
    ],
)
def test_news_that_opens_alike_stays(line: str) -> None:
    assert not is_translated_chrome(line)
