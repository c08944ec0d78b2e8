"""A page's notes and asks in its language (``clean.abroad``, ``clean.translated``,
``clean.embeds``, ``clean.syndication``, ``clean.credits``): a free subscriber's upgrade prompt, an
offer, members only, the issue the piece ran in, a fact-checker's tip line and programme, the
link to the full site, the comment form's "save my name", a newsletter's greeting, poll and
sign-off, a press release's wire and contact row, a news reader's full coverage link, a social
post's signature and link in the page's language, an aggregator's row, the blog platform's feed
footer in Italian and Turkish, an editor's note on an earlier version, follow prompts. A
sentence of news that opens alike is no such note.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."


@pytest.mark.parametrize(
    "line",
    [
        "Eres suscriptor gratuito de Cartas del Sur. Para la experiencia completa, actualiza tu "
        "suscripción.",
        "Abonnez-vous pour 1 € par mois pendant trois mois",
        "Questo contenuto è riservato agli abbonati di Gazzetta del Lago.",
        "Diventa abbonato per continuare a leggere.",
        "Cet article est paru dans le numéro 42 de Terres du Sud, en kiosque jusqu'au 3 juin.",
        "Dieser Beitrag erschien in Ausgabe 3/2035 der Hafenzeitung.",
        "¿Te ha llegado un mensaje dudoso? Envíanoslo por WhatsApp.",
        "Have you spotted a suspicious claim? Send it to us for checking.",
        "Cet article fait partie du programme de vérification de Meta.",
        "View full site",
        "Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que "
        "comente.",
        "Hello readers!",
        "How was today's Morning Tide?",
        "À la semaine prochaine, Camille",
        "See you next week — Tomasz",
        "Original-Content von: Stadtwerke Kiel, übermittelt durch Pressenetz",
        "Stadtwerke Kiel, Pressestelle, Tel. 0431 5940-0",
        "Vollständige Berichterstattung in Google News ansehen",
        "— Porto de Leixões (@leixoes.example.social) 2 de junho de 2035 às 08:40",
        "— Feuerwehr Lindau (@feuerwehr@social.example.de) 4. Juni 2035, 18:05",
        "Ver en Bluesky",
        "Voir sur Mastodon",
        "Retourné dans Océan et ports par Inès Marchand",
        "L'articolo Il porto riapre la banchina nord proviene da Cronache del Golfo.",
        "Liman yeniden açılıyor yazısı ilk önce Ege Liman Haber üzerinde ortaya çıktı.",
        "Editor's note (June 4): A previous version gave the wrong opening date.",
        "Kövesse a Dunaparti Hírlapot a Facebookon is!",
    ],
)
def test_a_page_note_abroad_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Guarda tu contraseña en el navegador, recomiendan los expertos.",
        "Hasta la próxima semana, dijo el ministro, no habrá cambios.",
        "How was today's vote counted? Officials explain the new machines.",
        "Have you seen this man? Police ask anyone with information to call 101.",
        "For help, call the hotline, Telefon 0800 1234",
        "Ver en X los vídeos del incendio, pidió la policía a los vecinos.",
        "Hello readers of the old Gazette will remember the 1998 flood.",
        "Subscribe for 3 euros a month, the ferry company now tells commuters, or pay per trip.",
    ],
)
def test_a_look_alike_is_no_note(news: str) -> None:
    # the line rules only: in a text, other rules may still weigh the line
    assert not is_boilerplate(news)


@pytest.mark.parametrize(
    "line",
    [
        "Tips oss: ring 22 00 11 00 eller send en e-post",
        "Tippen Sie uns: schreiben Sie an hinweise@example.de",
        "Spotted something on the coast road? Tell the newsroom on 0800 555 010.",
        "Got a tip? Email the desk.",
        "Write to the editors at 12 Quay Street; letters may be shortened.",
        "Listener line: leave a message after the beep",
        "Marlow Parish Council – Official Website",
        "3.1K views 2 days ago #Harbour",
        "Create an account - Manage your alerts and saved forms in one place.",
        "• 2 hr. ago",
        "Este tema se cerrará 14 días después de la última respuesta.",
    ],
)
def test_a_tip_line_or_site_row_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Write to the desk at once, the minister told civil servants, or face fines.",
        "Seen something strange? Police say the lights were weather balloons.",
        "Have a tip? Call the harbour police's hotline at 0800 123 456.",
        "Seen something suspicious? Call the police on 101.",
        "The hotline: call us was the slogan of the 1990s campaign, she said.",
        "Dublin Port – official website outage hit ferry bookings on Monday",
        "This topic closed the meeting after 30 minutes of debate.",
    ],
)
def test_a_tip_look_alike_is_no_note(news: str) -> None:
    assert not is_boilerplate(news)
