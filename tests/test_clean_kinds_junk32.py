"""Kinds of a page's own lines after aside17's look (junk32): each rule's line goes, and a news
line of a like shape stays.

- the outlet named inside a short line of its page, not as its subject (``clean.outlet``'s
  ``is_outlet_mention``), in any language: a follow, read-more or subscribe ask, a photo credit,
  a "first published on" note, a wire's distributor between slashes; news that names the outlet
  cites it, reports, or tells figures;
- mends: a date in brackets ends a sentence of news, not a caption's credit ("... mulai Senin
  (26/1/2044)."); a sign-up that others do, told in a relative clause without "our" or "you",
  is news ("... goes to residents who sign up to its newsletter.").

Every line is written for the test; outlets' names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.outlet import is_outlet_mention, outlet_names

# (outlet, the page's line naming it, a news line naming it)
_MENTIONS = [
    (
        "Jornal do Minho",
        "Siga o Jornal do Minho no Google Notícias",
        "A presidente da câmara disse ao Jornal do Minho que a obra acaba em maio.",
    ),
    (
        "Jornal do Minho",
        "Leia também no Jornal do Minho",
        "Os dados, obtidos pelo Jornal do Minho, mostram que a obra custou 4 milhões, disse a"
        " câmara.",
    ),
    (
        "Radio Vestfirðir",
        "Mynd: Radio Vestfirðir",
        "The mayor told Radio Vestfirðir that the tunnel would open in May.",
    ),
    (
        "Навіны Ракава",
        "Падпісвайцеся на Навіны Ракава ў Telegram",
        "Старшыня выканкама сказаў Навіны Ракава, што мост адкрыюць у траўні.",
    ),
    (
        "La Hoja de Tandil",
        "Gracias por leer La Hoja de Tandil. Si te gustó, suscribite gratis.",
        "Según La Hoja de Tandil, el municipio subirá el boleto un 12% en abril.",
    ),
    (
        "Gəncə Xəbər",
        "Yazı Gəncədə yeni tramvay xətti açılır ilk dəfə Gəncə Xəbər saytında dərc olunub.",
        "Şəhər rəhbərliyinin Gəncə Xəbər-ə verdiyi məlumatına görə, xətt may ayında açılacaq.",
    ),
    (
        "Fenland Evening Courier",
        "Get the Fens' top stories each morning by signing up to the Courier's free email.",
        "The council leader told the Courier the bridge would reopen in June.",
    ),
    (
        "Noticias Bajío Wire",
        "LEÓN, Guanajuato, 3 de marzo de 2044 /Noticias Bajío Wire/ --",
        "Frá 1. mars kostar blaðið hjá Noticias Bajío Wire 590 krónur, upp frá 520 krónum í fyrra.",
    ),
]


@pytest.mark.parametrize(("outlet", "junk", "news"), _MENTIONS)
def test_the_outlet_named_inside_its_page_s_line_goes_and_news_naming_it_stays(
    outlet: str, junk: str, news: str
) -> None:
    names = outlet_names(outlet)
    assert is_outlet_mention(junk, names)
    assert not is_outlet_mention(news, names)
    # after two paragraphs of its own language (the news line twice), both kept
    cleaned = clean_text(f"{news}\n{news}\n{junk}", outlet=outlet)
    assert junk not in cleaned
    assert cleaned.count(news) == 2


def test_a_sentence_naming_the_outlet_between_paragraphs_stays_and_a_wrapped_line_too() -> None:
    lead = "The council approved the new tram line on Monday after a two-year debate."
    after = "Work on the line will start in spring and take about three years."
    line = "Ana Ruiz is the Harbour Ledger's new editor. She starts in June."
    assert line in clean_text(f"{lead}\n{line}\n{after}", outlet="Harbour Ledger")
    # a hard-wrapped sentence's second line, in lower case
    assert not is_outlet_mention("by La Hoja de Tandil.", outlet_names("La Hoja de Tandil"))


def test_a_line_that_opens_with_the_outlet_or_its_article_is_not_a_mention() -> None:
    # the outlet as the subject of its own news: ``is_outlet_line`` reads those
    names = outlet_names("Harbour Ledger")
    assert not is_outlet_mention("The Harbour Ledger will close its print edition in June.", names)
    assert not is_outlet_mention("Harbour Ledger has moved to a new office.", names)


def test_a_one_word_short_name_counts_only_after_the() -> None:
    names = outlet_names("Fenland Evening Courier")
    assert is_outlet_mention("SPN copy, edited by the Courier's night desk", names)
    # "Courier" alone is a word of the news ("a courier firm")
    assert not is_outlet_mention("A Courier van blocked the bridge for an hour", names)


def test_a_credit_tail_on_a_sentence_of_news_stays() -> None:
    names = outlet_names("Manila Morning Wire")
    line = "The line carries about 420,000 passengers on a typical weekday. – Manila Morning Wire"
    assert not is_outlet_mention(line, names)


@pytest.mark.parametrize(
    ("news", "credit"),
    [
        (
            "Pemerintah Kota Bogor mulai menguji coba 10 bus listrik di jalur Pajajaran mulai"
            " Senin (2/3/2044).",
            "Bus listrik di Terminal Baranangsiang, Senin. (Antara/Rina Putri)",
        ),
        (
            "Polisi menutup jalan itu selama dua hari mulai Rabu (4/3).",
            "Petugas menutup jalan di Bogor, Rabu. (Dok. Humas/Polres Bogor)",
        ),
    ],
)
def test_a_date_in_brackets_ends_news_and_a_credit_in_brackets_goes(news: str, credit: str) -> None:
    assert not is_boilerplate(news)
    assert is_boilerplate(credit)


@pytest.mark.parametrize(
    ("news", "ask"),
    [
        (
            "The council's magazine will move online from April and go only to residents who sign"
            " up to its email newsletter.",
            "Sign up to our email newsletter and get the magazine online from April.",
        ),
        (
            "Parents who subscribe to the school's daily updates will get the closure notices by"
            " text.",
            "Don't miss out: subscribe to our daily updates by text.",
        ),
    ],
)
def test_others_signing_up_is_news_and_the_page_s_sign_up_ask_goes(news: str, ask: str) -> None:
    assert not is_boilerplate(news)
    assert is_boilerplate(ask)


# Another story's link inside the text, with its label before the headline, in the page's
# language; a subhead or a sentence with a colon of a like shape stays.
_P1 = "De gemeente bout by it stasjon in nije stalling foar 3.000 fytsen, dy't yn 2045 klear is."
_P2 = "De stalling komt ûnder it plein, en de earste 24 oeren bliuwt it parkearen fergees."
_P3 = "Wethâlder Anne Hoekstra seit dat de âlde stalling te lyts is wurden foar de stêd."
_P4 = "De bou begjint nei de simmer en kostet 18 miljoen euro, seit de gemeente."


def test_a_labelled_link_to_another_story_inside_the_text_goes() -> None:
    link = "Lês ek: Snits krijt in nije busferbining mei Ljouwert en Drachten"
    kept = clean_text(f"{_P1}\n{_P2}\n{link}\n{_P3}\n{_P4}")
    assert link not in kept
    assert all(p in kept for p in (_P1, _P2, _P3, _P4))


@pytest.mark.parametrize(
    "line",
    [
        # a sentence with a colon (a full stop at its end)
        "Wethâlder Hoekstra: de stalling is te lyts wurden foar de stêd.",
        # a label that leads into what follows
        "Wat de gemeente no wol dwaan mei de âlde stalling by it stasjon:",
        # a label of more than three words before the colon
        "De nije stalling by it stasjon: Snits krijt in nije busferbining mei Ljouwert",
    ],
)
def test_a_line_with_a_colon_that_is_no_labelled_link_stays(line: str) -> None:
    kept = clean_text(f"{_P1}\n{_P2}\n{line}\n{_P3}\n{_P4}")
    assert line in kept


# After the text, a list's label and the headline under it, with only chrome after them
_TEXT = (
    "Quattro quotidiani apriranno gratis le notizie elettorali per due settimane, hanno detto"
    " gli editori lunedì.\n"
    "L'associazione dei giornalisti ha accolto la decisione e chiede di estenderla alle"
    " regionali."
)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Potrebbe interessarti anche", "Le case di ringhiera di Milano in un libro fotografico"),
        ("Et pot interessar", "La Renfe amplia els trens de la R11 fins a Portbou"),
        ("More Kano Metro stories", "Kano pensioners to get arrears in March – Commissioner"),
    ],
)
def test_a_headline_under_a_list_label_after_the_text_goes(label: str, headline: str) -> None:
    kept = clean_text(f"{_TEXT}\n{label}\n{headline}\nLeave a Comment")
    assert label not in kept and headline not in kept
    assert _TEXT.split("\n")[1] in kept


def test_a_closing_subhead_and_its_paragraph_stay() -> None:
    # a subhead over the last paragraph, which ends like a sentence: no list
    subhead = "Cosa succede adesso"
    last = "Gli editori decideranno a giugno se ripetere l'apertura per le regionali."
    kept = clean_text(f"{_TEXT}\n{subhead}\n{last}")
    assert subhead in kept and last in kept


# A byline in the header in any language, beside the page's date: "<by> <Name>" or "<Name>,
# <role>"; a headline in the same place has words in lower case, and the text's first line is
# its title.
_HEAD_P1 = "E kompania di bus lo kuminsá un ruta nobo for di Punda pa Westpunt dia 1 di mart."
_HEAD_P2 = "Direktor Ruthmila Cijntje a bisa ku e ruta lo yuda hende ku ta traha den hotèl."


@pytest.mark.parametrize(
    "byline",
    [
        "Dor di Shurendy Martina",
        "Troch Sytske de Vries",
        "Minn Ġużi Camilleri",
        "Ánne Sara, journalista",
    ],
)
def test_a_header_byline_beside_the_date_goes(byline: str) -> None:
    kept = clean_text(f"Notisia Lokal\n{byline}\n7 di febrüari 2044\n{_HEAD_P1}\n{_HEAD_P2}")
    assert byline not in kept
    assert _HEAD_P1 in kept and _HEAD_P2 in kept


@pytest.mark.parametrize(
    "text",
    [
        # a headline beside the date, words in lower case
        f"Notisia Lokal\nRuta nobo pa Westpunt ta kuminsá\n7 di febrüari 2044\n{_HEAD_P1}",
        # the text's first line: its title, even name-shaped
        f"Shurendy Martina Wins Award\n7 di febrüari 2044\n{_HEAD_P1}",
        # name-shaped, but apart from any date
        f"Notisia Lokal\nDor di Shurendy Martina\n{_HEAD_P1}\n{_HEAD_P2}",
        # a title-case deck beside the date: its words are written small in its story
        # (review31's probe)
        "Harbour News\nPort Strike Enters Second Week\n7 February 2044\nThe dock strike "
        "entered its second week on Monday as talks stalled.\nShips waited off the port.",
        "Regional Desk\nStorm Closes Schools Across Galicia\n7 February 2044\nThe storm "
        "closed schools in four provinces across the region.\nClasses resume on Friday.",
    ],
)
def test_a_header_line_that_is_no_byline_stays(text: str) -> None:
    second = text.split("\n")[1] if not text.startswith("Shurendy") else text.split("\n")[0]
    assert second in clean_text(text)


# A wall said to the reader: an imperative to sign in, register, subscribe or join, at a
# sentence's start, and what it gates; a report of a wall, or an ask without a gate, stays.
_WALLS = [
    (
        "Este contenido es solo para registrados. Inicia sesión o crea tu cuenta.",
        "Los lectores deberán registrarse para leer más de cinco noticias al mes, dijo el editor.",
    ),
    (
        "Pour lire nos articles en illimité, abonnez-vous dès 1 € le premier mois.",
        "Le journal proposera des articles en illimité aux lycéens à partir de septembre.",
    ),
    (
        "Dieser Text ist für Mitglieder. Werde kostenlos Mitglied, um weiterzulesen.",
        "Der Verein hat jetzt 4.000 Mitglieder und will im Sommer eine zweite Halle bauen.",
    ),
    (
        "Contingut per a subscriptors. Ja tens compte? Inicia la sessió",
        "Els subscriptors del diari podran llegir gratis les notícies electorals fins al maig.",
    ),
    (
        "To keep reading, log in or create a free account.",
        "Residents can log in to the council's portal to book a bulky waste collection.",
    ),
    ("Continue reading on Substack »", "Continue reading the signs, the coach told the players."),
    (
        "Kent Rehberi'nde okumaya devam et »",
        "Öğrenciler kütüphanede okumaya devam etti, dedi müdür.",
    ),
    (
        "Premium subscribers get the full analysis, with the port's capacity tables.",
        "Premium subscribers get a 10% discount on the new ferry pass from March.",
    ),
]


@pytest.mark.parametrize(("junk", "news"), _WALLS)
def test_a_wall_said_to_the_reader_goes_and_news_of_a_wall_stays(junk: str, news: str) -> None:
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


# The writer's bio at the text's end, opening with the name the byline above the text gave, or
# the name of a platform's writer ("<Name> on <Platform>"); a last paragraph that opens with
# another name, reports or tells a figure stays.
_BIO_TEXT = (
    "By Kiran Bhat, Senior Correspondent\n"
    "Feb 24, 2044, 11:02 AM IST\n"
    "The metro will stop selling plastic tokens from April 1 and move all tickets to QR codes.\n"
    "QR tickets already account for most journeys, and counters will keep selling paper ones.\n"
)


def test_the_writer_s_bio_named_by_the_byline_goes() -> None:
    bio = "Kiran Bhat covers fintech and transport. He previously wrote for a business daily."
    kept = clean_text(_BIO_TEXT + bio)
    assert bio not in kept
    assert "QR tickets already account" in kept


@pytest.mark.parametrize(
    "last",
    [
        "Kiran Bhat is the metro's own name for its ticket office, the company said.",
        "Kiran Bhat will lead the review, which reports on 3 June.",
        "Priya Rao covers the costs of the pilot from her own budget at the metro authority.",
    ],
)
def test_a_last_paragraph_that_is_no_bio_of_the_writer_stays(last: str) -> None:
    assert last in clean_text(_BIO_TEXT + last)


def test_a_platform_writer_s_bio_goes() -> None:
    news = (
        "From March 1, passengers on the light rail can pay with any contactless bank card.\n"
        "That ends the closed-loop card era that forced riders to top up at two kiosks."
    )
    bio = "Ngozi Eze writes about payments in West Africa. Opinions mine."
    kept = clean_text(f"{news}\n{bio}", outlet="Ngozi Eze on Medium")
    assert bio not in kept
    assert all(line in kept for line in news.split("\n"))
    assert outlet_names("Life on Mars") == ("Life on Mars",)


@pytest.mark.parametrize(
    "update",
    [
        "Update: The council voted to keep the pool open",
        "Actualización: El ayuntamiento aplaza la votación hasta el jueves",
    ],
)
def test_a_labelled_update_last_under_a_subhead_stays(update: str) -> None:
    # review31's probe: a line under its own label is the story's, not a list's bare headline
    kept = clean_text(f"{_TEXT}\nLatest\n{update}")
    assert update in kept
