"""More of a template's lines in the article's own language (``clean.translated``): the last
update's stamp and a publication stamp with a date in words, share buttons (also one naming the
publication), follow prompts for the page's channel or social pages, comment-form headings and
"comments are closed" notes. News look-alikes with a second clause or a reporting verb stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = (
    "The river ferry between the two banks will run every 20 minutes from Monday, the council said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Atjaunots pirms 12 minūtēm",
        "Última actualización: 12/03/2034 18:05",
        "Dernière mise à jour : 3 mars 2034 à 14 h 20",
        "Laatst bijgewerkt: 4 april 2034",
        "Imesasishwa: Aprili 2, 2034",
        "Publicado el: martes, 6 mayo 2034",
        "Skrivað: 3. mai 2034 kl. 08:15",
        "Dalīties",
        "Deil greinina",
        "Shiriki makala",
        "Comparte Notas del Altiplano",
        "Partilhe Crónica do Porto",
        "Siga o canal do Diário Serrano no WhatsApp",
        "Sigue el canal de Radio Sur en WhatsApp y recibe las noticias del día",
        "Tufuatilie kwenye mitandao ya kijamii",
        "Síguenos en redes sociales",
        "Acha maoni",
        "Deja tu comentario",
        "Lascia un commento",
        "Zostaw komentarz Anuluj odpowiedź",
        "Wpisz swój komentarz!",
        "Barua pepe yako haitachapishwa.",
        "Twój adres e-mail nie zostanie opublikowany.",
        "Los comentarios están cerrados.",
        "Reacties zijn voor dit artikel gesloten.",
        "Kommentare sind für diesen Beitrag deaktiviert.",
    ],
)
def test_a_template_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Publicado el informe, el ministro dimitió a las 18:05.",
        "Última actualización del padrón: 12/03/2034, dijo el tribunal, con 40.000 votantes.",
        "Comparte Bolivia con Perú la cuenca del lago, y ambos la vigilan desde 2031.",
        "Sigue el canal cerrado por obras hasta mayo, según la autoridad del puerto.",
        "Los comentarios del ministro fueron cerrados por el tribunal, que abrió un caso.",
        "Deja un comentario la ministra sobre el puente y se va sin responder preguntas.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
