"""A blog's comment form, a newsletter's frame and a related list's heading in the words of
their language go from an article in that language (``clean.translated``, ``clean.lists``);
news that uses the same words stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "A portagem da ponte sobe para 200 meticais a partir de Fevereiro, anunciou a empresa."
_NEXT = "As motorizadas continuam a pagar 40 meticais, e os passes mensais não mudam."


@pytest.mark.parametrize(
    "line",
    [
        "Votre adresse e-mail ne sera pas publiée.",
        "Tu dirección de correo electrónico no será publicada. Los campos obligatorios: *",
        "O seu endereço de email não será publicado.",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "Alamat email Anda tidak akan dipublikasikan.",
        "Se désabonner",
        "Cancelar subscrição · Preferências",
        "Darse de baja | Cambiar preferencias",
        "Gostou? Reencaminhe para um amigo.",
        "Cette lettre vous a plu ? Transférez-la à une collègue.",
        "Bonjour à tous, voici votre lettre du lundi !",
        "Olá! Esta é a edição 58 do Boletim do Porto.",
        "Hola, aquí tienes la edición del viernes.",
        "Até amanhã!",
        "À la semaine prochaine !",
        "Notícias relacionadas",
        "Lexo edhe",
        "Kapcsolódó cikkek",
    ],
)
def test_a_translated_frame_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text("\n".join([_LEAD, line, _NEXT])).split("\n\n") == [_LEAD, _NEXT]


@pytest.mark.parametrize(
    "news",
    [
        "O seu endereço de email não será publicado em lista alguma, garantiu a comissão.",
        "Se désabonner du câble coûte 40 euros, selon l'association de consommateurs.",
        "Bonjour à tous, a lancé le maire, avant d'annoncer la fermeture du pont.",
        "Até amanhã, a ponte fica fechada aos camiões, disse a polícia.",
        "A polícia pediu aos condutores que transfiram o carro para um parque vigiado.",
    ],
)
def test_the_same_words_in_news_stay(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text("\n".join([_LEAD, news, _NEXT])).split("\n\n")


def test_the_headlines_under_a_related_heading_go() -> None:
    text = "\n".join(
        [_LEAD, _NEXT, "Notícias relacionadas", "Chapas: novas rotas para a Matola", "Trens: CFM"]
    )
    assert clean_text(text).split("\n\n") == [_LEAD, _NEXT]
