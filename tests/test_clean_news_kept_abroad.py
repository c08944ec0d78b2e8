"""News lines the cleaner used to drop, kept: a live page's entry time written with a dot
(``clean.syndication``: "14.05" is a clock, not a market widget's cell), a publisher's
correction of its own earlier dated message in its language (``clean.credits``), and a quotation
in its own language under the English sentence that introduces it (``clean.foreign``). The
chrome of the same shape still goes: a price with its currency or sign, the page's correction
note about itself, another language's label under a label.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.credits import corrects_earlier_message

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


def _kept(text: str) -> list[str]:
    return [line for line in clean_text(text).splitlines() if line]


@pytest.mark.parametrize("time", ["14.05", "09.58", "23.40", "7.15"])
def test_a_live_entry_time_with_a_dot_stays(time: str) -> None:
    text = (
        f"{_LEAD}\n{time}\nCrews reopened the northbound lane after clearing the debris.\n"
        "Share this post"
    )
    kept = _kept(text)
    assert time in kept
    assert "Crews reopened the northbound lane after clearing the debris." in kept


@pytest.mark.parametrize("cell", ["$14.05", "-2.35%", "+0.81%", "€7.15", "31.42", "1.234"])
def test_a_market_cell_still_goes(cell: str) -> None:
    assert is_boilerplate(cell)


@pytest.mark.parametrize(
    ("lead", "line"),
    [
        (
            "Die Stadt öffnet die neue Sporthalle im Juni, teilte das Rathaus am Montag mit.",
            "Korrektur: In unserer Pressemitteilung vom 4. Juni hieß es, die Halle öffne am "
            "9. Juni. Richtig ist der 16. Juni.",
        ),
        (
            "El ayuntamiento abrirá el nuevo plazo de ayudas para el alquiler en octubre.",
            "Corrección: en nuestro comunicado del 2 de octubre indicamos que el plazo vencía el "
            "día 15; vence el 22.",
        ),
        (
            "La mairie a annoncé lundi que les travaux de la gare dureront trois semaines de plus.",
            "Rectificatif : dans notre communiqué du 8 avril, l'horaire du bus était erroné.",
        ),
        (
            "De gemeente sluit de brug over het kanaal twee weken voor onderhoud.",
            "Correctie: in ons persbericht van 3 mei stond dat de brug op maandag dichtgaat; dat "
            "is dinsdag.",
        ),
        (
            "Il consorzio ha convocato l'assemblea dei soci per approvare il bilancio.",
            "Rettifica: nel nostro comunicato del 12 marzo la data dell'assemblea era sbagliata.",
        ),
    ],
)
def test_a_correction_of_an_earlier_message_abroad_stays(lead: str, line: str) -> None:
    assert corrects_earlier_message(line)
    assert _kept(f"{lead}\n{line}") == [lead, line]


@pytest.mark.parametrize(
    "note",
    [
        "Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Halle öffne am 9. Juni.",
        "Corrección: una versión anterior de esta nota decía que el plazo vencía el día 15.",
        "Rectificatif : une version précédente de cet article, publiée dans notre communiqué du "
        "8 avril, donnait un mauvais horaire.",
    ],
)
def test_the_pages_own_correction_note_abroad_is_no_earlier_message(note: str) -> None:
    assert not corrects_earlier_message(note)


_QUOTE = "Der Hafen ist wieder offen! Ab Montag fahren die Fähren nach Plan. Danke an alle Helfer."


def test_a_quotation_in_its_language_under_its_intro_stays() -> None:
    intro = "The harbour master announced the reopening on social media:"
    text = f"{_LEAD}\n{intro}\n{_QUOTE}\nThe berth had been closed for six weeks."
    assert _kept(text) == [
        _LEAD,
        intro,
        _QUOTE,
        "The berth had been closed for six weeks.",
    ]


@pytest.mark.parametrize(
    "above",
    [
        "The berth had been closed for six weeks.",  # no intro: a foreign line in between
        "Teilen:",  # a label, not a clause
    ],
)
def test_a_foreign_line_without_an_english_intro_still_goes(above: str) -> None:
    chrome = "Mehr Nachrichten aus dem Hafen gibt es hier! Jetzt abonnieren und lesen."
    text = f"{_LEAD}\n{above}\n{chrome}\nThe ferries will run every half hour."
    assert chrome not in clean_text(text)


@pytest.mark.parametrize("button", ["Del innlegget", "Dela inlägget", "Del opslaget"])
def test_a_share_button_with_its_definite_noun_goes(button: str) -> None:
    assert is_boilerplate(button)
    assert not is_boilerplate("Del innlegget med naboene dine, ba ordføreren i går.")
