"""Kinds of a page's own lines after aside18's look (junk33): each rule's line goes, and a news
line of a like shape stays.

- a short button written twice or more in one text (``clean.repeats``);
- the rest of the piece behind a gate, a post's navigation and publication, the opinion page's
  note, "follow the writer", a partner's republished content and the desk's line with its
  partner (``clean.pagekinds.rest``);
- a stamp with a label in any language before its date ("An wallafa: ...") and a forum's short
  age ("· 7h") (``clean.stamps``); a breadcrumb of two items with its arrow;
- after the text, a short line naming a social network (a follow ask, a share row);
- related lists' headings in more languages, an aggregator's row whose outlet has a number;
- the outlet's short name opening a line about itself (``clean.outlet.is_short_name_line``);
- mend: a verb of saying or confirming to the outlet cites it ("..., the council confirmed to
  the <Dispatch> on Thursday.").

Every line is written for the test; outlets' names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.outlet import is_outlet_mention, is_short_name_line, outlet_names
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.stamps import is_stamp_row

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."
_P3 = "Opponents said the budget had been underestimated and asked for an independent audit."


def test_a_button_repeated_under_each_post_goes_and_a_repeated_name_stays() -> None:
    button = "Guarda el enlace de esta entrada"
    text = f"{_P1}\n{button}\n{_P2}\n{button}\n{_P3}\n{button}"
    kept = clean_text(text)
    assert button not in kept
    assert _P1 in kept and _P2 in kept and _P3 in kept
    # a speaker's name, repeated in a transcript, has no word in lower case
    name = "Farida Osei"
    kept = clean_text(f"{name}\n{_P1}\n{name}\n{_P2}\nTomas Berg\n{_P3}")
    assert kept.count(name) == 2
    # a subhead written once stays, and a line with a figure is a live page's marker
    kept = clean_text(f"{_P1}\nWhat happens next\n{_P2}\nLap 3 of the race\n{_P3}")
    assert "What happens next" in kept


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        (
            "Voulez-vous lire la suite ? Découvrez nos offres d'abonnement, sans engagement.",
            "La suite des travaux est prévue pour mars, a indiqué la mairie aux abonnés du réseau.",
        ),
        (
            "Полная версия статьи доступна подписчикам издания. Оформить подписку",
            "Полный текст подписанного соглашения опубликован на сайте министерства.",
        ),
        (
            "続きを読むには無料の会員登録が必要です",
            "市は登録の手続きを続けると発表した。",
        ),
        (
            "Dieser Beitrag ist Teil unseres Plus-Abos. Jetzt einen Monat gratis testen.",
            "Dieser Beitrag zur Debatte erschien zuerst im Gemeindeblatt, sagte der Bürgermeister.",
        ),
        ("Upgrade to paid", "Upgrade to the ring road will start in May."),
        (
            "Next Post: Harbour board names new chief after long search",
            "Next month the harbour board will name a new chief.",
        ),
        ("Publicado en Voces del Barrio", "Publicado en 2044, el informe fue muy citado."),
        (
            "Мнение автора может не совпадать с позицией редакции.",
            "Мнение автора доклада разделили в министерстве, сообщили в ведомстве.",
        ),
        ("筆者フォロー", "市は新しい路線の計画を発表した。"),
        (
            "Contenido publicado originalmente por el aliado Diario del Valle.",
            "El contenido del informe fue publicado por el ministerio el lunes.",
        ),
        ("Da redação, com Jornal do Agreste", "Da redação do jornal saíram três editores em maio."),
        ("Par Lucie Martin avec Belga", "Par ailleurs, la ville a voté un budget de 3 millions."),
        (
            "Une info à partager ? Écrivez à la rédaction, nous lisons tout.",
            "Qui paiera ? La rédaction du décret laisse la question ouverte.",
        ),
        (
            "News from your island? Our correspondent reads every message.",
            "Who was hurt? Our correspondent counted 12 wounded at the station.",
        ),
        (
            "That's all this week. Hit reply with tips; an editor reads every one.",
            "The ministry did not reply to questions about the tender.",
        ),
        (
            "Our reporters in Oamaru and Timaru are updating this page",
            "Crews will update this page of the register on Monday, the mayor said.",
        ),
        (
            "Updates here have ended; follow the main story for what comes next",
            "Updates to the timetable have ended the night service on line 4.",
        ),
        (
            "Descarga la app de Diario del Valle y recibe las alertas al instante",
            "La app de la alcaldía recibió 3.000 descargas en una semana.",
        ),
        (
            "Nos journalistes sont joignables via le formulaire de contact.",
            "Nos journalistes ont interrogé douze riverains du chantier.",
        ),
        (
            "Votre adresse e-mail ne sera pas publiée.",
            "The email was not published by the ministry until Friday.",
        ),
        ("山田 花子 : 北海経済新聞 記者", "首相と記者"),
        (
            "Fixed 3 March: this piece first gave the wrong date for the vote",
            "Fixed 3 March: the date of the vote, after the council agreed the budget.",
        ),
    ],
)
def test_a_page_s_gate_and_post_rows_go_and_news_of_like_words_stays(junk: str, news: str) -> None:
    assert is_page_kind(junk)
    assert not is_page_kind(news)


@pytest.mark.parametrize(
    ("stamp", "news"),
    [
        ("Wallafa: 12 Afrilu 2044, 8:40 na yamma", "Taro: za a yi shi 12 ga Afrilu"),
        ("संवाददाता: राम प्रसाद | 14 मार्च 2044", "मार्च 2044 में शहर में नई मेट्रो लाइन खुलेगी"),
        ("来源：市水务局 发布时间：2044-05-02 09:15", "市水务局表示，新水厂将于2044年投入使用。"),
        ("14/03/2044 09h10 Atualizado há 2 horas", "Em 14/03/2044 a câmara aprovou o plano."),
        ("Posted by u/tram_watcher · 5h", "Posted by the council on its website"),
        ("Pubblicadu su 3 de abrile 2044 dae Efisio Mura", "Opens on 3 April 2044 after repairs"),
    ],
)
def test_a_labelled_stamp_in_any_language_is_a_stamp_and_news_is_not(stamp: str, news: str) -> None:
    assert is_stamp_row(stamp)
    assert not is_stamp_row(news)
    kept = clean_text(f"{stamp}\n{_P1}\n{_P2}")
    assert stamp not in kept and _P1 in kept


def test_an_event_s_labelled_date_is_no_stamp() -> None:
    assert not is_stamp_row("Opening: March 17, 2044")
    assert not is_stamp_row("Talks with Ana Costa on 3 March")


def test_a_breadcrumb_of_two_items_goes_and_a_line_with_a_greater_than_stays() -> None:
    crumb = "Ngā Take › Te Tai Tokerau"
    kept = clean_text(f"{crumb}\n{_P1}\n{_P2}")
    assert crumb not in kept
    line = "Costs > benefits, the auditors found in their report."
    assert line in clean_text(f"{_P1}\n{line}\n{_P2}")


def test_a_follow_ask_naming_a_network_after_the_text_goes_and_news_of_it_stays() -> None:
    ask = "Ku biyo mu a shafin Facebook don labarai"
    kept = clean_text(f"{_P1}\n{_P2}\n{ask}")
    assert ask not in kept and _P2 in kept
    news = "Facebook fined over data breach in Kenya"
    # a headline above its paragraph stays, and a sentence naming it after the text too
    assert news in clean_text(f"{news}\n{_P1}\n{_P2}")
    last = "The clip was shared on Facebook more than 3,000 times."
    assert last in clean_text(f"{_P1}\n{_P2}\n{last}")


@pytest.mark.parametrize(
    "head", ["Verwandte Artikel", "Материалы по теме", "Artìculos chi ti podent agradare"]
)
def test_a_related_list_s_heading_and_its_headlines_go_after_the_text(head: str) -> None:
    headline = "Neue Radwege in der Innenstadt geplant"
    kept = clean_text(f"{_P1}\n{_P2}\n{head}\n{headline}")
    assert head not in kept and headline not in kept
    assert _P2 in kept


def test_an_aggregator_row_whose_outlet_has_a_number_goes() -> None:
    rows = [
        "Alcaldía inaugura el nuevo puente peatonal en la avenida  Canal 14 Noticias",
        "Vecinos piden más iluminación en el puente nuevo  Diario La Voz",
    ]
    kept = clean_text("\n".join(rows))
    assert not any(row in kept for row in rows)


@pytest.mark.parametrize(
    ("outlet", "junk", "news"),
    [
        (
            "Tbilisi Riverside News",
            "Riverside News takes no money from parties or the city hall",
            "Riverside residents said the flood barrier failed on Monday.",
        ),
        (
            "Salta Herald",
            "Herald subscribers read every story; not a subscriber? Start for $1.",
            "Herald reporters saw at least six damaged houses on the road.",
        ),
        (
            "The Moncton Argosy",
            "The Argosy is written by students and is independent of the university.",
            "The Argosy said the union had rejected the offer.",
        ),
    ],
)
def test_the_outlet_s_short_name_opening_a_line_about_itself_goes(
    outlet: str, junk: str, news: str
) -> None:
    names = outlet_names(outlet)
    assert is_short_name_line(junk, names)
    assert not is_short_name_line(news, names)
    kept = clean_text(f"{_P1}\n{_P2}\n{junk}", outlet=outlet)
    assert junk not in kept and _P2 in kept


def test_a_one_word_short_name_without_the_or_its_people_is_no_self_line() -> None:
    names = outlet_names("Nordic Sports Service")
    assert not is_short_name_line("Service members were deployed to the border.", names)
    # after "The", only the page's business: a letter's own news stays
    names = outlet_names("Island Evening Letter")
    assert not is_short_name_line("The Letter is back on Monday.", names)
    assert is_short_name_line("The Letter is published by the island's volunteers.", names)


def test_a_source_confirming_to_the_outlet_cites_it() -> None:
    names = outlet_names("The Hallam Dispatch")
    line = "The Ecclesall library will close in spring, the council confirmed to the Dispatch."
    assert not is_outlet_mention(line, names)
    assert line in clean_text(f"{line}\n{_P2}", outlet="The Hallam Dispatch")
    assert is_outlet_mention("Thanks for reading the Dispatch. Share it with a friend.", names)
