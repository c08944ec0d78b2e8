"""Kinds of furniture by a shape that holds across languages (junk35): each rule's line goes,
and a news line of a like shape stays.

- ``clean.pagekinds.shapes``: a funder beside the newsroom's say, the comment box's rows, "if you
  like this" asks, share asks, reading times after a label, an issue's date, photo captions with
  a credit, related headlines under a label of relatedness, schedule asks, a letter's greeting,
  farewell and why it came, wire datelines, counters, language switchers, a CJK date, "the post
  first appeared on", trial offers, "tell us", quotes edited for length, data and source labels,
  credit rows of roles, stamp rows, "e-mail not published", copyright signs, "was this helpful?
  yes no", print-edition notes, "just reply", players' durations, "posted by";
- ``clean.toprows``: bylines with a short "by" word or "from", a name with its role after a bar,
  a role alone;
- ``clean.tailrows``: the writer's bio as the last paragraph, related headlines under a short
  label after it.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.tailrows import is_end_bio
from briefing.clean.toprows import is_top_row

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        (
            "The Harbour Arts Trust helps pay for our culture coverage; the Gazette alone decides"
            " what we publish.",
            "The Harbour Arts Trust helps pay for the festival; the council approved it on Monday.",
        ),
        (
            "A regional press grant meets part of our costs; editors choose every story.",
            "A regional grant meets part of the school's costs, the governors' report shows.",
        ),
        ("Ver los comentarios (31)", "Los comentarios de 31 vecinos llegaron al pleno."),
        ("87 likes · 12 comments", "Twelve comments were filed against the wind farm by March."),
        ("Noch keine Kommentare. Schreiben Sie den ersten!", "Noch keine Einigung im Tarifstreit"),
        ("Deja una respuesta", "Una respuesta del ministerio llegó tres semanas después."),
        (
            "Adresa de e-mail nu va fi publicată. Câmpurile obligatorii sunt marcate cu *",
            "Prices rose 4 per cent* in the year to March, the bureau's table shows.",
        ),
        (
            "Replies are read by a moderator before they appear",
            "The inquiry heard replies from the moderator of the online forum.",
        ),
        (
            "Se ti piace quello che facciamo, sostienici con una donazione.",
            "Se il tempo lo permette, la gara si correrà domenica mattina.",
        ),
        (
            "Please share this story with your friends and neighbours.",
            "Residents share the cost of the new footbridge with the county.",
        ),
        ("Tempo di lettura: tre minuti", "Il tempo di attesa al pronto soccorso è sceso."),
        ("Edition dated 3 March 2046", "Edition of the town's almanac sold out in 2046"),
        (
            "Foto: Vecinos limpian el cauce del río tras la crecida. / Archivo LV",
            "Vecinos limpian el cauce del río tras la crecida, con ayuda del ejército.",
        ),
        (
            # (review35: "Also in <X>:" heads a roundup's news as often as a section's link)
            "See also: the coalition's budget talks resume on Monday",
            "Also in the budget: money for 40 new buses and a ferry.",
        ),
        (
            "Dans le même dossier : la ligne Caen-Rouen fermée tout le week-end",
            "Ailleurs, la préfecture a fermé deux routes départementales.",
        ),
        (
            "Escuche nuestro noticiero de lunes a viernes a las 6:00 a. m.",
            "Escuche a los vecinos, pidió el alcalde en el pleno de lunes a viernes.",
        ),
        ("Hallo, liebe Leserinnen!", "Hallo, Nachbarn: Der Markt öffnet wieder"),
        (
            "Até a próxima semana! Encaminhe esta carta a quem gosta de livros.",
            "Até a próxima semana, a ponte segue fechada ao trânsito pesado.",
        ),
        (
            "Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden",
            "Sie erhalten ab Mai eine neue Steuer-ID, teilte das Amt mit.",
        ),
        ("عمّان في 12 آذار /ب ن أ/", "عمّان تستضيف مؤتمر المياه في 12 آذار"),
        ("Article ID: 44120 | Views: 3,210", "Turnout: 64 per cent, up from 58 in 2041"),
        ("Also available in: English, Español, Français", "English, Spanish and French"),
        ("2046年 5 月 2 日 09時10分 更新", "2046年の 大会は 5 月に 開かれる。"),
        (
            "La entrada Abre el mercado de San Blas se publicó primero en Diario Ribera.",
            "La entrada al mercado será gratuita el primer domingo.",
        ),
        (
            "Möchten Sie weiterlesen? Testen Sie Plus drei Monate für 1 Euro.",
            "Die Stadtwerke testen drei Monate lang einen Bus ohne Fahrer.",
        ),
        (
            "Tell us how the closure affects you: write to the newsdesk",
            "Tell-tale signs of damp were found in 40 flats, the survey found.",
        ),
        (
            "Interviews have been lightly edited for length and clarity.",
            "The film was edited in Lagos and premieres in May.",
        ),
        ("Datos: INE, encuesta de población activa", "Datos del INE muestran una caída del paro."),
        ("Words and photographs: Ilse Marquardt", "Words and photographs from 1914 go on show"),
        (
            "12. apríl 2046 kl. 08:15 | Uppfært 12. apríl 2046 kl. 10:02",
            "Harbour Board results, 12 May 2037",
        ),
        ("Votre adresse e-mail ne sera pas publiée.", "Votre adresse change en mai, dit la poste."),
        (
            "Todos los derechos reservados © 2046 Diario Ribera",
            "Derechos de autor: el juicio sigue",
        ),
        ("Was this page useful? Yes No", "Was this the end of the strike? No one knows yet."),
        (
            "Die ganze Reportage lesen Sie in unserer neuen Ausgabe, ab Freitag am Kiosk.",
            "Der Kiosk am Bahnhof schließt nach 40 Jahren am Freitag.",
        ),
        ("Questions? Just reply to this email.", "The minister did not reply to questions."),
        ("Audio: Beitrag anhören (3:05)", "Mayor's speech (full text)"),
        ("Posted by harbourwatcher on Tue, 4 Jun 2046", "Posters by schoolchildren line the hall"),
        (
            "Dieser Artikel erschien in der gedruckten Ausgabe vom Mai 2046.",
            "Die Zeitung erschien 2046 erstmals in gedruckter Form, sagte der Verleger.",
        ),
        (
            "Watch Channel 6 newscasts live and free on the Channel 6+ app.",
            "Watch parties were held live in three bars, and the app crashed.",
        ),
        ("Toda la cobertura de esta noticia", "La cobertura sanitaria llega a toda la provincia."),
        ("In today's issue: buses, bridges and a bakery.", "In today's vote, the council split."),
        ("Fuente: Ministerio de Salud", "Fuentes del ministerio confirmaron el cierre."),
        (
            "Nașli o greșeală? Selectați textul și apăsați Ctrl+Enter",
            "Greșeala a costat primăria 40.000 de lei, potrivit raportului.",
        ),
        (
            "Bienvenue dans l'édition de cette semaine !",
            "Bienvenue aux réfugiés, ont écrit les habitants cette semaine.",
        ),
        (
            "Ngozi Eze writes on Lagos. Follow her for a new post every Friday.",
            "Followers of the pastor gathered for a new vigil on Friday.",
        ),
        ("(Page views: 4,118)", "(Pages: 4,118 in the report)"),
        # round two: kinds seen left in the other parts
        (
            "Merci de nous lire ! Transférez cette lettre à un ami qui aime le vélo.",
            "Le maire a transféré cette compétence à la métropole en 2045.",
        ),
        (
            "Noch nicht abonniert? Der Newsletter kommt jeden Freitag.",
            "Noch nicht entschieden: Der Rat vertagt die Abstimmung.",
        ),
        (
            "Seguir leyendo: la oferta digital cuesta 1 € por un mes, sin permanencia.",
            "El abono de transporte cuesta 20 € por un mes desde enero.",
        ),
        ("Comparte en WhatsApp", "Ban on TikTok"),
        ("Pokaż wszystkie komentarze", "Komentarze posłów po głosowaniu"),
        (
            "Van kérdése? Írjon nekünk!",
            "Az olvasók írtak nekünk a hídról, és a polgármester válaszolt.",
        ),
        ("相關新聞：荃灣新巴士線下月開通", "相關部門表示，新巴士線下月開通。"),
        (
            "No part of these articles may be reproduced without written permission.",
            "The council may not demolish the mill without written permission from the state.",
        ),
        ("Cronaca in diretta a cura della redazione", "La redazione del giornale ha scioperato"),
        (
            "Sponsor of this letter – Ledgerly: bookkeeping for small firms from €19 a month.",
            "Sponsors pulled out of the festival after the row over the stage.",
        ),
        (
            "Cập nhật lúc 09h15 ngày 02/05/2046",
            "Cập nhật: 3 người bị thương trong vụ cháy năm 2046",
        ),
    ],
)
def test_a_kind_by_its_shape_goes_and_a_news_line_of_its_shape_stays(junk: str, news: str) -> None:
    assert is_page_kind(junk) or is_boilerplate(junk)
    assert not is_page_kind(news) and not is_boilerplate(news)


@pytest.mark.parametrize(
    ("row", "heading"),
    [
        ("Scriven bi Ailsa Murray-Gunn, oor Fife scriever", "Tribute to Ailsa Murray, poet"),
        ("From Chidi Okafor-Bello, Enugu", "Mexico vs Brazil Final"),
        ("pubblicatu di Saru Lo Presti", "Sindacu di Catania Nova"),
        ("Tomás Ibarra-Ruiz | Courts and crime reporter", "Ibarra-Ruiz | The Courts Week"),
        ("Health and science correspondent", "Death of a war correspondent"),
        ("Cubren: Lucía Ferreyra y Tomás Benítez", "Cubren: el gobierno y la oposición"),
        ("IZMIR (AAH) - Selin Kaya", "IZMIR (AAH) - Kent merkezinde yangın"),
        ("¡Bones, collaciones!", "Goodbye, Lenin!"),
        ("Marek Novák, redaktor spravodajstva", "Marek Novák, the mayor, resigns"),
    ],
)
def test_a_byline_row_above_the_first_paragraph_goes(row: str, heading: str) -> None:
    assert is_top_row(row)
    assert not is_top_row(heading)


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_the_writers_bio_as_the_last_paragraph_goes() -> None:
    bio = (
        "Marit Solberg-Hale covers transport and housing. She joined the Courier from a"
        " Bergen daily in 2041."
    )
    news = "Marit Solberg-Hale covers the cost herself, she said, and will appeal in 2041."
    assert is_end_bio(bio)
    assert not is_end_bio(news)
    assert bio not in _lines(clean_text(f"{_P1}\n{_P2}\n{bio}"))
    # a quote or a sentence about a named person above the last paragraph stays
    quote = "Marit Solberg-Hale covers the night shift. She joined the depot in 2041."
    assert quote in _lines(clean_text(f"{_P1}\n{quote}\n{_P2}"))


def test_one_sentence_of_bio_goes_only_for_a_person_the_text_never_named() -> None:
    bio = "Tunde Bakare-Ojo is a freelance reporter in Ibadan covering markets and transport."
    assert bio not in _lines(clean_text(f"{_P1}\n{_P2}\n{bio}"))
    named = "Tunde Bakare-Ojo, a reporter, was detained at the depot on Monday."
    last = "Tunde Bakare-Ojo is a freelance reporter in Ibadan covering markets and transport."
    assert last in _lines(clean_text(f"{_P1}\n{named}\n{_P2}\n{last}"))


def test_a_consent_banner_of_the_site_goes_and_a_story_about_cookies_stays() -> None:
    banner = (
        "Questo giornale usa cookie propri e di terzi per misurare il traffico. Puoi accettarli,"
        " rifiutarli o configurarli."
    )
    story = (
        "Questo giornale ha scoperto che il sito del comune usa cookie di terzi senza consenso,"
        " e il garante ha aperto un'istruttoria."
    )
    it1 = "Il consiglio comunale ha approvato lunedì la nuova linea del tram dopo due anni."
    it2 = "I lavori inizieranno in primavera e dureranno circa tre anni, secondo il comune."
    kept = _lines(clean_text(f"{it1}\n{story}\n{it2}\n{banner}"))
    assert banner not in kept
    assert story in kept


def test_a_may_interest_you_head_goes_with_the_headlines_under_it() -> None:
    fr1 = "Le conseil municipal a approuvé lundi la nouvelle ligne de tramway après un débat."
    fr2 = "Les travaux commenceront au printemps et dureront environ trois ans, selon la mairie."
    head = "Ces articles pourraient vous intéresser"
    teaser = "Tramway : la ligne B fermée dix jours à Lormont"
    kept = _lines(clean_text(f"{fr1}\n{fr2}\n{head}\n{teaser}"))
    assert head not in kept and teaser not in kept and fr2 in kept
    # a story's sentence with the same words stays
    news = "Ces articles peuvent vous intéresser, dit la bibliothécaire aux lycéens."
    assert news in _lines(clean_text(f"{fr1}\n{news}\n{fr2}"))


@pytest.mark.parametrize(
    "news",
    [
        # news of a journalist, dated by a day or a month, or an arrest after "previously"
        "Lena Okafor covers city hall. She was previously arrested in May for refusing to name"
        " a source.",
        "Lena Okafor covers city hall for the Ledger. She joined the strike on Monday.",
        "Lena Okafor reports on the port. She joined the crew that sailed out, not the paper.",
    ],
)
def test_news_of_a_journalist_after_a_beat_is_no_bio(news: str) -> None:
    """A career's step is dated by a year, if at all; news of the person by a day (review of
    junk35's tail rows)."""
    assert not is_end_bio(news)
    assert news in _lines(clean_text(f"{_P1}\n{_P2}\n{news}"))


def test_a_spanish_journalist_s_news_dated_by_a_weekday_is_no_bio() -> None:
    assert not is_end_bio("Lena Okafor cubre los tribunales. Ella se unió a la protesta el lunes.")
    assert is_end_bio("Lena Okafor cubre los tribunales. Ella se unió al diario en 2039.")


def test_a_bio_whose_career_step_has_a_year_still_goes() -> None:
    bio = "Lena Okafor covers city hall. She joined the Ledger in 2039 from a wire service."
    assert is_end_bio(bio)
    assert bio not in _lines(clean_text(f"{_P1}\n{_P2}\n{bio}"))
