"""News that looked like chrome (junk43): each case's news line stays, and a chrome line of a like
shape beside it still goes.

- ``clean.keypoints``: a story's key points under their head ("Key points", "Points clés") are
  its summary, though they read as a list of headlines after a standfirst with the page's
  rows below them; a widget's head ("Key events") and the label under it still go;
- ``clean.score``: a teaser of one line keeps its last clause when it asks nothing of the
  reader ("Full results and reaction on our site."); a prompt is still cut, and so is that
  clause under a text of several lines;
- ``clean.pagekinds.reader``: a notice's greeting to the people its news is for ("Dear
  guests,") opens the notice; a newsletter's greeting to its readers still goes.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.pagekinds import is_page_kind

_LIVE = (
    "Heavy snow has closed schools and halted buses across the north-east, with more expected"
    " tonight.\n"
    "{head}\n"
    "Amber warning for snow and ice until 9pm\n"
    "More than 70 Kilbarra schools closed\n"
    "Coast Buses suspends routes to Ellon and Drummore\n"
    "Live Reporting\n"
    "Edited by Fiona Main\n"
    "10:58\n"
    "Police say several lorries have jackknifed on the A90 near Ellon, and ask drivers not to"
    " travel unless they must.\n"
    "10:41\n"
    "The council said 30 gritters had been out since 03:00 treating priority routes.\n"
)
_POINTS = (
    "Amber warning for snow and ice until 9pm",
    "More than 70 Kilbarra schools closed",
    "Coast Buses suspends routes to Ellon and Drummore",
)


@pytest.mark.parametrize("head", ["Key points", "Key points:", "Main points"])
def test_key_points_stay_under_their_head(head: str) -> None:
    kept = clean_text(_LIVE.format(head=head)).split("\n")
    assert head in kept
    for point in _POINTS:
        assert point in kept
    assert "Live Reporting" not in kept  # the page's row below the points still goes
    assert "Edited by Fiona Main" not in kept


def test_key_points_in_french_stay() -> None:
    text = (
        "La neige a fermé les écoles et arrêté les bus dans tout le nord du département.\n"
        "Les points clés\n"
        "Vigilance orange neige et verglas jusqu'à 21 heures\n"
        "Plus de 70 écoles fermées dans le département\n"
        "Les bus suspendus sur les lignes de montagne\n"
        "Direct\n"
        "Mis à jour à 10h58\n"
        "10h58\n"
        "La préfecture demande aux automobilistes de ne pas prendre la route sauf urgence.\n"
    )
    kept = clean_text(text).split("\n")
    assert "Les points clés" in kept
    assert "Plus de 70 écoles fermées dans le département" in kept
    assert "Les bus suspendus sur les lignes de montagne" in kept


def test_widget_head_and_a_lone_label_still_go() -> None:
    # "Key events" heads a widget's links to the entries; the label under it is the widget's
    text = (
        "Key events\n"
        "Show key events only\n"
        "Please turn on JavaScript to use this feature\n"
        "14.32 BST\n"
        "The weather service has extended its red warning for wind until midday on Wednesday.\n"
    )
    kept = clean_text(text).split("\n")
    assert "Key events" not in kept
    assert "Show key events only" not in kept
    # a head with one line under it is a label, not a summary
    lone = (
        "The county council voted on Tuesday to close two libraries and cut hours at five.\n"
        "Key points\n"
        "Share this article\n"
    )
    assert "Key points" not in clean_text(lone).split("\n")


_FLASH = (
    "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
    " Full results and reaction on our site."
)


def test_one_line_teaser_keeps_its_last_clause() -> None:
    assert clean_text(_FLASH) == _FLASH


def test_prompt_and_longer_text_still_cut() -> None:
    prompt = (
        "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
        " Read more on our website."
    )
    assert clean_text(prompt) == (
        "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
    )
    longer = (
        "The council approved the harbour plan by 18 votes to 6 on Tuesday night."
        " Full results and reaction on our site.\n"
        "The party leader said the result was a clear mandate for the plan, which starts next"
        " year.\n"
    )
    assert "Full results and reaction on our site." not in clean_text(longer)


_NOTICE = (
    "{greeting}\n"
    "Many of you are staying with us longer than you planned. We want you to know that you are"
    " welcome.\n"
    "Hotels in the village will not charge for extra nights for guests who cannot leave because"
    " of the closure of the railway.\n"
    "Thank you for your patience and your good humour.\n"
)


@pytest.mark.parametrize(
    "greeting", ["Dear guests,", "Liebe Fahrgäste,", "Chers voyageurs,", "Estimados pasajeros:"]
)
def test_notice_greeting_to_its_people_stays(greeting: str) -> None:
    assert greeting in clean_text(_NOTICE.format(greeting=greeting)).split("\n")


@pytest.mark.parametrize("greeting", ["Dear readers,", "Hi friends,", "Dear members,"])
def test_newsletter_greeting_still_goes(greeting: str) -> None:
    assert greeting not in clean_text(_NOTICE.format(greeting=greeting)).split("\n")


# -- chrome of kinds left on aside28's half A (junk43, second batch): each chrome line goes, and
# a news line of a like shape beside it stays

_BODY = (
    "The city will extend the bike lane along the main street to the station from April, the"
    " transport office said on Monday.\n"
    "Rickshaws may still use the lane, while motorbikes are banned between 06:00 and 22:00.\n"
)


@pytest.mark.parametrize(
    ("chrome", "news"),
    [
        # a wall: "become a (paying) subscriber / member" and what it opens, in many languages
        (
            "To je brezplačna izdaja Jutranjega pisma. Za polno izdajo postanite naročnik.",
            "Prva ura izposoje kolesa ostaja brezplačna, je povedal župan na seji v torek.",
        ),
        (
            "Du läser den kostnadsfria versionen av Kustbrevet. Bli betalande prenumerant för att"
            " läsa hela inlägget och arkivet.",
            "Klubben har 400 medlemmar och vill bli betalande medlem i förbundet nästa år.",
        ),
        (
            "Acest articol este disponibil integral doar pentru membrii Dimineții de Cluj. Devino"
            " membru ca să citești mai departe.",
            "Primăria a anunțat că depoul de tramvai va fi modernizat integral până în 2056.",
        ),
        # a consent banner naming its site, or "we" and our partners, in the page's language
        (
            "The Lakeside Telegraph and its partners set cookies to run this site, count visits"
            " and, if you agree, tailor the adverts you see.",
            "The ticketing firm and its partners set cookies without consent on every visit.",
        ),
        (
            "Nosotros y nuestros 312 socios usamos cookies para personalizar el contenido y la"
            " publicidad.",
            "La agencia multó a la empresa por instalar cookies sin permiso de los usuarios.",
        ),
        # the rights line with the terms of reusing the page's material
        (
            "Всички права запазени. При използване на материали от АТП позоваването е"
            " задължително.",
            "При използване на материали от архива на музея разрешението на кмета е"
            " задължително, каза директорът.",
        ),
        (
            "When using our materials, a link to the Valley Courier is required.",
            "When using the new app, a helmet is required by law, the council said.",
        ),
    ],
)
def test_chrome_kind_goes_news_stays(chrome: str, news: str) -> None:
    assert is_page_kind(chrome) or is_boilerplate(chrome)
    assert not (is_page_kind(news) or is_boilerplate(news))
    if chrome.isascii():  # in an English text, the whole way
        assert chrome not in clean_text(_BODY + chrome + "\n").split("\n")
        assert news in clean_text(_BODY + news + "\n").split("\n")


def test_sponsor_band_in_sentence_case_goes() -> None:
    for band in (
        "Together with Palmetto Credit Union",
        "Together with GreenPay: send money home in seconds, zero fees on your first three"
        " transfers.",
    ):
        kept = clean_text(_BODY + band + "\n" + _BODY.split("\n")[0] + "\n").split("\n")
        assert band not in kept
    news = "Together with Kenya, Uganda has asked the court to rule on the border by June."
    assert news in clean_text(news + "\n" + _BODY).split("\n")


_BODY_ID = (
    "Pemerintah kota akan memperpanjang jalur sepeda sampai stasiun mulai bulan April, kata"
    " Dinas Perhubungan pada Senin.\n"
    "Becak tetap boleh menggunakan jalur itu, sedangkan sepeda motor dilarang masuk antara pukul"
    " 06.00 dan 22.00.\n"
)


def test_profile_note_without_the_name_goes_after_the_text() -> None:
    note = "Menulis tentang kota, jalan kaki dan transportasi umum di Yogyakarta."
    text = (
        _BODY_ID + "Written by Wening Prasetyaningrum\n" + note + "\n"
        "More from Catatan Kota and Wening Prasetyaningrum\n"
    )
    kept = clean_text(text).split("\n")
    assert note not in kept
    assert "Becak tetap boleh menggunakan jalur itu" in kept[-1]
    # the same note between paragraphs is no page's row (asked only after the text)
    assert note in clean_text(_BODY_ID + note + "\n" + _BODY_ID).split("\n")


def test_live_page_stamp_above_first_entry_goes() -> None:
    text = (
        "लाइभ अपडेट\n"
        "अन्तिम अपडेट : फागुन २०, २१११ १२:१०\n"
        "प्राधिकरणले आज उपत्यकाका सबै विद्यालयमा भूकम्प पूर्वाभ्यास गरिरहेको छ ।\n"
        "१२:०५\n"
        "पूर्वाभ्यास सकिएको प्राधिकरणले जनाएको छ । करिब ४ लाख विद्यार्थी सहभागी भएका थिए ।\n"
        "११:३०\n"
        "रत्नपार्क र टुँडिखेलमा सुरक्षा सतर्कता साइरन बज्यो ।\n"
    )
    kept = clean_text(text).split("\n")
    assert "अन्तिम अपडेट : फागुन २०, २१११ १२:१०" not in kept
    assert "१२:०५" in kept  # an entry's time stays with its entry


def test_forum_rows_go() -> None:
    text = (
        "r/harbourtown\n"
        "submitted 7 hours ago by quiet_lantern\n"
        "Discussion\n"
        "Heads up if you tapped a card at the station gates on Monday. I got charged twice and so"
        " did two people at my work.\n"
        "The transit office said the readers had a software fault and refunds will come"
        " automatically within ten days.\n"
        "share save hide report crosspost\n"
        "sorted by: best\n"
        "[–] cedar_cyclist 241 points 6 hours ago (193 children)\n"
        "Same thing happened to me at the bridge. Good to know it's automatic.\n"
    )
    kept = clean_text(text).split("\n")
    assert "submitted 7 hours ago by quiet_lantern" not in kept
    assert "Same thing happened to me at the bridge. Good to know it's automatic." not in kept
    assert any(line.startswith("The transit office said") for line in kept)


# -- chrome of kinds left on fresh40's days (junk43, third batch)


@pytest.mark.parametrize(
    ("chrome", "news"),
    [
        # a body's notice heading, to or from the body or its members
        (
            "Notice to members and guest anglers",
            "Notice to quit served on tenants of the harbour flats",
        ),
        ("Announcement of the union board", "Announcement of the budget delayed to June"),
        ("News from the foundation", "News from the foundation of Rome to the fall of the empire"),
        ("Mitteilung an die Mitglieder", "Mitteilung an die Presse sorgt für Streit im Rathaus"),
        # a caption after its photographer's credit and a colon
        (
            "Photo by Hattie Crockett: a volunteer empties a tank on Sunday morning.",
            "Photo by photo, the exhibition traces the town since 1900.",
        ),
    ],
)
def test_notice_head_and_credited_caption_go(chrome: str, news: str) -> None:
    assert is_page_kind(chrome) or is_boilerplate(chrome)
    assert not (is_page_kind(news) or is_boilerplate(news))


def test_stamp_with_weekday_words_goes_above_the_text() -> None:
    text = (
        "Cyhoeddwyd: Dydd Mawrth 7 Mai 2047\n"
        "Mae'r cyngor wedi cau'r ffordd i'r harbwr ar ôl i'r wal ddymchwel yn ystod y storm nos"
        " Lun.\n"
        "Dywedodd y cyngor y bydd y gwaith atgyweirio yn cymryd o leiaf chwe wythnos.\n"
    )
    kept = clean_text(text).split("\n")
    assert "Cyhoeddwyd: Dydd Mawrth 7 Mai 2047" not in kept
    assert kept[0].startswith("Mae'r cyngor")


# review47's F3.5: a story says who *can* become a member and read an archive; the wall's ask
# (the imperative, or "you can ...") still goes
@pytest.mark.parametrize(
    "news",
    [
        "Anyone over 16 can now become a member of the library and read the whole archive of the"
        " town's newspapers online.",
        "Nu kan alla över 16 år bli medlem i biblioteket och läsa hela arkivet med stadens"
        " tidningar på nätet.",
    ],
)
def test_who_can_become_a_member_is_news(news: str) -> None:
    assert not (is_page_kind(news) or is_boilerplate(news))
    if news.isascii():
        assert news in clean_text(_BODY + news + "\n").split("\n")


@pytest.mark.parametrize(
    "chrome",
    [
        "Become a paid subscriber to read the whole post.",
        "You can become a paid subscriber to read the whole post and the archive.",
        "Du kan bli betalande prenumerant för att läsa hela inlägget.",
        "Vil du læse mere? Bliv abonnent og få adgang til hele arkivet.",
    ],
)
def test_the_ask_to_become_a_member_stays_a_wall(chrome: str) -> None:
    assert is_page_kind(chrome) or is_boilerplate(chrome)
