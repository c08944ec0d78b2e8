"""junk26's second batch: the page's standing notes on its own making (machine translation, a
summary made with AI, a court page's notes: ``clean.disclaimers.is_own_making``), captions under
a photo's label with their credit in brackets (``clean.credits``), the blog platform's feed
footer in more translations (``clean.syndication``), a typo prompt abroad (``clean.translated``),
question prompts answered by the page's reply button or letterbox, the outlet's app by its name,
the bell and the keyword sign-ups, affiliate and no-ties notes, a correction policy
(``clean.notes``), a byline with the role before the names and a live page's compilers
(``clean.bylines``), an e-paper by the paper's name (``clean.editions``), a live page's refresh
controls (``clean.widgets``), a newsroom edited independently of its sponsors
(``clean.funding``). A sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "This page has been translated using machine translation and may contain errors.",
        "This article was automatically translated.",
        "Diese Seite wurde maschinell übersetzt.",
        "Esta página fue traducida automáticamente.",
        "Cette page a été traduite automatiquement.",
        "Ringkasan ini dibuat dengan bantuan AI dan telah diperiksa redaksi.",
        "Este resumen fue generado con ayuda de IA.",
        "Diese Zusammenfassung wurde mit Hilfe von KI erstellt.",
        "Court reports are compiled from the court lists and from what is said in open court.",
        "All defendants are presumed innocent until proven guilty.",
        "Es gilt die Unschuldsvermutung.",
        "Foto: the old mill seen from the bridge (KPV)",
        "Fotoğraf: Flooded fields beside the motorway (Anadolu Haber)",
        "Portrait: Ana Mirković in her workshop on the quay (family photograph)",
        "Objava Novi trajekt za Lastovo pojavila se prvi put na Otoci Danas.",
        "Wpis Nowy most na Wiśle pochodzi z serwisu Kurier Lokalny.",
        "Zie je een fout in dit artikel? Mail de eindredactie.",
        "Fehler gefunden? Schreiben Sie uns an die Redaktion.",
        "Got a tip? Just hit reply.",
        "Got something to say? Post it through the Courier's letterbox on Mill Lane",
        "Have news from the valley? Drop a note in our box at the library.",
        "Missed an episode? Our podcasts are free on all major apps",
        "Download the Tribune app for flood and road alerts",
        "Tap the bell for breaking-news alerts",
        "Get the Courier's morning news on your phone — message NEWS to 5550 1234",
        "Correction policy: errors are fixed in the next issue and noted online.",
        "Snow Trails has no commercial relationship with the resorts mentioned.",
        "Opening hours checked May 2035; booking links can pay the guide a commission.",
        "Updated for the summer. Affiliate links support this guide.",
        "Harbour Radio News is edited independently of the station's sponsors",
        "Auto-refresh on. Newest entries first.",
        "Page reloads by itself every 30 s · Switch off",
        "Read the Clarion's e-paper for the full list of results",
        "Tribune correspondent Amaru Quispe",
        "Ishigaki bureau chief Mio Nakasone",
        "Live blog compiled by the Island Now newsroom: Kenji Aso, Rie Tamaki and Yū Ōshiro",
    ],
)
def test_chrome_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry's page was translated by machine and contained errors, critics said.",
        "All three defendants are presumed innocent until proven guilty.",
        "Police reports are compiled from witness statements.",
        "El resumen de la jornada: la IA centra el debate.",
        "Bild: Scholz to call confidence vote (dpa)",
        "Portrait of a city: Lagos in 2030 (part 3)",
        "Objava ministarstva pojavila se prvi put na internetu u ponedjeljak, a premijer je"
        " reagirao.",
        "Zie je een fout in dit artikel? Dat vroeg de rechter aan de getuige.",
        "Got a question? The minister did not reply.",
        "Have news of the missing boat? Police ask anyone who saw it to call them.",
        "Got something to say? The council will hear residents on Monday.",
        "Missed a bus? Passengers on all routes get a refund.",
        "Download the NHS app to book a jab, the minister urged.",
        "Text HELP to 999 only in an emergency, police said.",
        "The mayor has no commercial relationship with the firms mentioned in the report, his"
        " office said.",
        "Newest entries first, the council decided.",
        "Readers of the Standard's e-paper rose 40% in May.",
        "Herald correspondent Rigzin Namgyal wins press award",
        "Live blog compiled by the Island Now newsroom: the storm hit at noon",
    ],
)
def test_news_stays(line: str) -> None:
    assert not is_boilerplate(line)
