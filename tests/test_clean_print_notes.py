"""Where the text ran in print or first ran, said by the page as a line of its own, in the
article's language (``clean.translated``); news about an edition or a publication stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Jordan's desalination plant at Aqaba will pump water north in 2035, the ministry said."


@pytest.mark.parametrize(
    "line",
    [
        "A version of this article appears in print in the Sunday edition.",
        "A version of this story appeared in the May issue of the magazine.",
        "Paru dans le numéro de mars 2034",
        "Cet article est paru dans l'édition du 12 mars.",
        "Cet article est paru sur Le Courrier. Infos Portail n'est pas responsable de son contenu.",
        "Publicado na edição impressa de 4 de Março",
        "Dieser Artikel erschien in der Printausgabe vom 3. März.",
    ],
)
def test_a_print_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


_LEAD_FR = "Le sondage sur le tramway de Rabat a été publié lundi par la mairie."


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        (
            _LEAD,
            "A version of this story appeared in a rival paper first, the editor admitted.",
        ),
        (_LEAD_FR, "Paru dans le numéro de mars, le sondage a été contesté par trois partis."),
        (_LEAD, "The May issue of the magazine sold 40,000 copies, the publisher said."),
    ],
)
def test_news_about_an_edition_stays(lead: str, news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{lead}\n{news}").split("\n")
