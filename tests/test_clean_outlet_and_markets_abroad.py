"""junk26's kinds: related headings in the main European languages and the headlines under them
(``clean.foreign``, ``clean.lists``), market tickers and their notes (``clean.widgets``,
``clean.notes``), makers' credits abroad (``clean.credits``), print-edition notes and sign-up
and follow prompts in the page's language (``clean.editions``), the outlet on what it covers and
who funds it (``clean.outlet``), a backer's line and how the page's figures are gathered
(``clean.funding``). A sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # market tickers and their notes
        "BIST 100 9.876,54 %1,12",
        "Dolar 38,15 Euro 41,60 Altın 3.401",
        "DAX 18.234,50 +0,4% · Euro 1,0842",
        "Yatırım tavsiyesi değildir.",
        "Keine Anlageberatung.",
        "Ceci ne constitue pas un conseil en investissement.",
        "No constituye una recomendación de inversión.",
        "Piyasa verileri 20 dakika gecikmelidir.",
        "Kurse um 15 Minuten verzögert",
        "Cotizaciones con 15 minutos de retraso",
        "Quotazioni in ritardo di 15 minuti",
        # makers' credits abroad, and English kinds of piece
        "Testo di Giulia Marchetti",
        "Foto di Andrea Bellucci",
        "Storia di Franco Esposito",
        "Texto y fotos de Lucía Serrano",
        "Text von Jonas Albrecht",
        "Texte et photos par Claire Dumont",
        "Essay by Ruth Ambler, archivist",
        "Weekly column by Tomás Quiroga",
        "Reported by Ilir Gashi",
        # print-edition notes
        "Questo articolo è tratto dal numero di marzo di Giardini Veneti, in edicola dal 20"
        " febbraio.",
        "Este reportaje se publica en el número 88 de Senderos, ya en quioscos.",
        "Cet article est paru dans le numéro de mai de Terres Bretonnes.",
        "Dieser Artikel erschien zuerst in der Ausgabe 14 von Bergwelt.",
        "Esta reportagem foi publicada na edição de abril da Revista Douro.",
        "Dit artikel verscheen eerder in het nummer van juni van Polderland.",
        "Printed in the Gazette's 12 March edition, page 7.",
        "Friday 4 April edition, page 2 (posted online Thursday night)",
        "Coast Times print edition: Fridays, $3.00 at the newsagent",
        # sign-up and follow prompts in the page's language
        "Recibe las noticias de tu barrio en tu móvil",
        "Ontvang elke ochtend het nieuws uit de regio in je mailbox",
        "Nyheter från Dalarna direkt i din mejl – beställ vårt nyhetsbrev",
        "Suscríbete a nuestro canal para no perderte nada",
        "Iscriviti alla newsletter per ricevere le notizie della provincia",
        "Abonnez-vous à notre newsletter pour ne rien manquer",
        "Siga a Rádio Alentejo no WhatsApp",
        "Folge Stadtleben Graz auf Flipboard",
        # a related pointer abroad
        "Veja mais notícias da região no Jornal do Vale",
        "Le puede interesar: Así cerró la feria del libro en su última jornada",
        # a backer's line, how the page's figures are gathered
        "Today's backer: a Split bakery. Backers read the letter when you do, not sooner.",
        "This week's partner: the Harbour Ferry Company.",
        "Market Letter prices are collected by phone from dealers and are indicative only.",
        "Figures from port statements and brokers; treat them as a guide, not advice to invest.",
    ],
)
def test_chrome_goes(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The BIST 100 rose 0.84% to 11,245.18 on Monday.",
        "Arsenal 2 Chelsea 1",
        "Kenya 2.05.34 Ethiopia 2.06.10",
        "Bu bir yatırım tavsiyesi değildir, dedi bakan.",
        "Los datos del censo llegaron con 15 minutos de retraso al sistema del ministerio.",
        "El tren salió con 15 minutos de retraso.",
        "Storia di Genova",
        "Storia di una città che cambia",
        "Fotos de la inundación en Valencia",
        "Texto de la ley aprobada por el Congreso",
        "Written by hand, the letter was found in 1944.",
        "Words by Ana Ruiz, who spent a week there.",
        "Column by column, the table shows the losses.",
        "The notice was printed in the Gazette's 20 May edition, the council said.",
        "Il decreto è stato pubblicato nel numero di maggio della Gazzetta Ufficiale.",
        "Print edition: the Gazette will close its print edition in June.",
        "Los vecinos reciben las alertas en el móvil desde el lunes.",
        "El alcalde recibe las alertas en su móvil.",
        "Siga a polícia: o caso no WhatsApp",
        "Our partners: farmers have lost two harvests in a row, the union says.",
        "Wheat prices are collected by the ministry from 300 markets and are indicative only, the"
        " minister said.",
        "Fuel prices are collected by the ministry from 300 stations every week.",
        "The ministry said its figures are indicative only.",
        "Mehr von den Grünen kam nicht.",
        "Mehr aus Kassel kam am Montag nicht.",
    ],
)
def test_news_stays(line: str) -> None:
    assert not is_boilerplate(line)


_BODY = (
    "Die Brücke über die Lahn bleibt bis Juni gesperrt, teilte das Land am Montag mit.\n\n"
    "Pendler müssen Umwege über die Kreisstraße fahren, sagte ein Sprecher.\n\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Weitere Artikel aus Marburg-Biedenkopf",
        "Meer nieuws uit Drenthe",
        "Más noticias de Castellón",
        "As mais lidas da semana",
        "Lo más leído del día",
    ],
)
def test_related_heading_and_its_headlines_go(head: str) -> None:
    text = (
        _BODY + f"{head}\n\nRadfahrer in Mittelhessen: Wo es eng wird\n\n"
        "Neue Fahrpläne: Was sich ändert"
    )
    out = clean_text(text)
    assert "Pendler müssen Umwege" in out
    assert head not in out and "Radfahrer" not in out and "Neue Fahrpläne" not in out


def test_subheading_under_nothing_related_stays() -> None:
    text = _BODY + "Mehr Busse ab Juli\n\nDer Landkreis setzt ab Juli zwei zusätzliche Busse ein."
    assert "Mehr Busse ab Juli" in clean_text(text)


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Fjord Valley Review", "The Review covers fishing and farming along the fjord."),
        ("Eastshore Tideline", "The Tideline covers Lunde, Brekke and the island villages."),
        (
            "Kerala Ratepayer Digest",
            "The Digest tracks water and power charges. Tables are free to reuse.",
        ),
        ("Green Acre Review", "Readers fund Green Acre Review; mining firms never do."),
        (
            "Delta Basin Monitor",
            "A university consortium runs Delta Basin Monitor; every chart names its source.",
        ),
    ],
)
def test_outlet_on_itself_goes(outlet: str, line: str) -> None:
    text = "The council approved the new harbour wall on Tuesday, its chair said.\n\n" + line
    out = clean_text(text, outlet=outlet)
    assert "harbour wall" in out and line not in out


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Fjord Valley Review", "The Review covers the trial's costs, its editor said."),
        ("Eastshore Tideline", "The Tideline covers Lunde. It closed on Friday."),
        (
            "Fjord Valley Review",
            "The Review covers farming along the shore, and it will close in June.",
        ),
        ("Fjord Valley Review", "The Review covers 40 villages after buying two weeklies in 2031."),
        ("Harbour Herald", "The Review covers fishing and farming along the fjord."),
    ],
)
def test_news_of_an_outlet_stays(outlet: str, line: str) -> None:
    text = "The council approved the new harbour wall on Tuesday, its chair said.\n\n" + line
    assert line in clean_text(text, outlet=outlet)
