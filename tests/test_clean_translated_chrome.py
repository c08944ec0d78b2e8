"""A live page's "updated N minutes ago" stamp and its share button, in the words of a
template's translation, go from an article in its own language (``clean.translated``); a
sentence that opens with the same word stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_ENTRY = "Les pompiers ont maîtrisé l'incendie au-dessus de Cassis en début de soirée."
_NEXT = "La route départementale 559 a rouvert à 18 heures dans les deux sens."


@pytest.mark.parametrize(
    "line",
    [
        "Mis à jour il y a 25 minutes",
        "Actualizado hace 1 hora",
        "Atualizado há 40 minutos",
        "Aggiornato 5 minuti fa",
        "Aktualisiert vor 12 Minuten",
        "Ažurirano prije 2 sata",
        "Diperbarui 15 menit lalu",
        "Publié le 14/03/2034 à 09:45",
        "Mis à jour à 21 h 10",
        "Zaktualizowano: 03.05.2034 10:15",
        "Обновлено 18:40",
        "Partager cet article",
        "Podijeli članak",
        "Compartilhe esta notícia",
        "Condividi su WhatsApp",
        "Bagikan berita ini",
        "Teilen",
    ],
)
def test_a_template_line_goes(line: str) -> None:
    assert is_boilerplate(line)
    text = "\n".join([_ENTRY, line, _NEXT])
    assert clean_text(text).split("\n\n") == [_ENTRY, _NEXT]


@pytest.mark.parametrize(
    "news",
    [
        "Mis à jour en 2034, le plan prévoit 12 nouvelles lignes.",
        "Publié le 14 mars, le rapport a été retiré à 09:45 à la demande du ministre.",
        "Actualizado el censo, el municipio tiene 12 000 habitantes más.",
        "Partager ce post a valu une amende à l'élu, a dit le juge.",
        "Bagikan bantuan kepada 300 keluarga, kata bupati.",
        "Diperbarui",
    ],
)
def test_the_same_words_in_news_stay(news: str) -> None:
    assert not is_boilerplate(news)
