"""A platform's template lines in the page's own language (``clean.abroad``, and the latest
update's stamp in ``clean.translated``): a live page's controls, stamps and buttons, a forum's
topic map and closing note, a podcast's credits, support link and apps, a note that a summary
or a translation was made by AI, a consent dialog. A sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        # a live page
        "Der Liveblog aktualisiert sich automatisch",
        "Cette page se met à jour automatiquement",
        "Visa endast viktiga händelser",
        "Afficher uniquement les moments clés",
        "Weitere Einträge laden",
        "Ladda fler uppdateringar",
        "Voir plus de mises à jour",
        "Du willst nichts verpassen? Aktiviere die Push-Mitteilungen der App.",
        "This blog is pre-moderated. Please read our house rules.",
        "Artikel teilen",
        "Kopiera länken",
        "Copier le lien",
        "Senast uppdaterad för 12 minuter sedan",
        "Latest update 9 minutes ago",
        "Zadnje ažuriranje: 2. 5. 2035. u 08:15",
        # a forum
        "erstellt 4. Juni",
        "dernière réponse 3 h",
        "14 risposte",
        "Ce sujet a été automatiquement fermé 14 jours après la dernière réponse.",
        "Este tema se cerrará automáticamente 30 días después de la última respuesta.",
        # a podcast
        "Présentation : Léa Moreau. Réalisation : Hugo Petit.",
        "Host: Marta Lindqvist | Produced by Jonah Reyes",
        "Música: Brisa del sur de Los Médanos",
        "Cyflwynydd: Elin Jones",
        "-- Support this podcast: https://podcasters.example.com/pod/show/harbour/support",
        "Luister op Spotify, Apple Podcasts of Pocket Casts",
        # AI notes
        "Zusammenfassung generiert durch KI",
        "Resumen generado por IA",
        "Este resumen fue elaborado con inteligencia artificial y revisado por la redacción.",
        "AI-generated summaries may contain mistakes.",
        "Translated from the Portuguese original with an AI tool; an editor checked this "
        "translation.",
        # a consent dialog
        "Ihre Privatsphäre ist uns wichtig",
        "Wir und unsere Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse.",
        "Alle akzeptieren",
        "Nur notwendige Cookies",
        "Rechazar todas",
    ],
)
def test_a_template_line_abroad_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Produced by the city, the report says rents rose 9% last year.",
        "Presented by Mayor Ana Ruiz, the plan adds 40 buses.",
        "Music by the harbour band opened the festival on Saturday.",
        "Spotify and Apple Podcasts both raised their prices on Monday.",
        "Enable push alerts, the ministry urged residents of the flood zone.",
        "This topic closed the meeting after 30 minutes of debate.",
        "Translated from the Spanish original by an AI tool, the decree confused readers.",
        "Latest update: four people were rescued on Monday.",
        "Last updated in 2031, the law now needs a review.",
        "Your privacy is important to us, the bank wrote to customers after the breach.",
        "Copy link scams rose sharply, the regulator said.",
    ],
)
def test_a_look_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_LEAD}\n{news}")


@pytest.mark.parametrize(
    "news",
    [
        "Wir und unsere Partner haben 2035 rund 4 Millionen Euro investiert.",
        "6 Antworten auf die Anfrage des Landrats liegen inzwischen vor.",
    ],
)
def test_a_look_alike_in_a_german_text_stays(news: str) -> None:
    lead = "Die Hafenbehörde eröffnet am 1. Juli einen zweiten Fähranleger, sagte ihr Direktor."
    assert not is_boilerplate(news)
    assert news in clean_text(f"{lead}\n{news}")
