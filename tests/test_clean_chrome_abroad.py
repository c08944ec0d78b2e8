"""Review16 S4 and S8 (``clean.letters``, ``clean.foreign``): a newsletter's greeting that names
its title, and a site's chrome in its own language (more articles, back to top, a share button
for a platform, a bookmark, related news, "see also", a published stamp, comments closed, all
rights reserved), in new wordings; and news with the same words, which stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The regional council approved the coastal housing plan on Tuesday by 31 votes to 12."
_NEXT = "Building on the first of the 4,000 homes is due to start in the spring of 2035."


@pytest.mark.parametrize(
    "line",
    [
        # a newsletter's greeting with its title
        "Good evening, and welcome to the Evening Brief.",
        "Morning, and welcome to the Coast Weekly.",
        "Hello and welcome to Harbour Notes, your guide to the week's shipping.",
        # a site's chrome in its language
        "Más noticias",
        "Altri articoli",
        "Zurück nach oben",
        "Condividi su WhatsApp",
        "Añadir a favoritos",
        "Srodne vijesti",
        "Soma pia: Bunge lapitisha bajeti ya mwaka",
        "Veröffentlicht: 03.05.2034, 14:22",
        "Kommentare sind geschlossen.",
        "Todos los derechos reservados.",
        "Sva prava pridržana.",
    ],
)
def test_a_greeting_or_chrome_abroad_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Morning commuters faced delays of up to an hour after a signal failure at Clapham.",
        "Welcome to Wrexham, the documentary, won three Emmys on Sunday.",
        "Hello and welcome to the Daily Briefing was how the press secretary opened.",
        "Evening Standard owner sells the paper to a hedge fund.",
        "Welcome to Berlin, the chancellor told the visiting leaders.",
        "Tous droits réservés, the label read, but the film was online within hours.",
        "Weitere Artikel des Autors wurden gelöscht, the broadcaster said.",
    ],
)
def test_news_with_the_same_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
