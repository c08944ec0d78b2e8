"""A press release's frame in its own language (``clean.releases``): the distributor's source and
"news provided by" lines, the press contact's label, a ministry's "released by" line, a download
button with its file's size, and the tail under "Acerca de <Company>". A release's own news with
the same words in a sentence stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "Sol del Pacífico abrirá una planta solar de 300 MW en Arequipa en 2035, dijo la empresa."
_NEXT = "La planta costará 240 millones de dólares y dará empleo a 400 personas durante la obra."


@pytest.mark.parametrize(
    "line",
    [
        "FUENTE Sol del Pacífico S.A.C.",
        "FONTE Energia Verde do Sul Ltda.",
        "Noticias proporcionadas por Sol del Pacífico",
        "Notícias fornecidas por Energia Verde do Sul",
        "Contacto para prensa: comunicaciones@example.pe",
        "Contato de imprensa: Ana Ribeiro, (11) 4002-8922",
        "Contact presse : service.presse@example.fr",
        "Comunicado por: Secretaría de Energía",
        "Descargar el informe completo (PDF, 1,2 MB)",
        "Télécharger le communiqué (PDF - 340 Ko)",
    ],
)
def test_a_release_frame_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{_NEXT}\n{line}").split("\n\n") == [_LEAD, _NEXT]


def test_the_about_tail_of_a_release_goes() -> None:
    text = (
        f"{_LEAD}\n{_NEXT}\nAcerca de Sol del Pacífico\n"
        "Sol del Pacífico es una empresa peruana de energía con 800 MW en operación.\n"
        "Contacto de prensa: prensa@example.pe"
    )
    assert clean_text(text).split("\n\n") == [_LEAD, _NEXT]


@pytest.mark.parametrize(
    "news",
    [
        "La fuente del problema fue un transformador, según el informe.",
        "Noticias proporcionadas por testigos circularon en redes antes del anuncio oficial.",
        "Sobre Arequipa cayeron 40 milímetros de lluvia en una hora, dijo el servicio.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
