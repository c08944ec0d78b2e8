"""Kinds of furniture by a shape that holds across languages (junk36): each rule's line goes,
and a news line of a like shape stays.

- ``clean.pagekinds.reader``: channel follow prompts, a broadcast frequency, a price for a period
  with an ask, "this article is for subscribers", CJK members' gates, reprint bans, a letter's
  greeting ending in a comma or with a "!", "this e-mail" and signing up, share rows of
  platforms, a thread's two counts, consent banners, font-size tools, "more for you", "how do you
  like this content?", a live page's note on its reporters, a name and the story's age, contacts
  for journalists, notes to editors;
- ``clean.pagekinds.shapes``: schedule asks with an hour or a part of the day, CJK rows read
  without their spaces;
- ``clean.credits``: a correction's label with a stamp before its colon;
- ``clean.toprows``: a place's dateline, "<written> by <Name> on <date>", a byline in a script
  without capitals;
- ``clean.tailrows``: the last paragraph opening with the byline's name and naming the writer's
  trade, a one-sentence bio in more languages, a feed's footer ending with the site's name.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.credits import is_credit_or_caption
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.pagekinds.common import despaced
from briefing.clean.tailrows import is_end_bio
from briefing.clean.toprows import is_top_row

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        # channel prompts: an imperative and a platform
        (
            "Siga o canal do Diário da Serra no WhatsApp e receba as notícias primeiro",
            "The health ministry launched a WhatsApp channel on Monday for flood alerts.",
        ),
        (
            "Обл-Вести теперь в Телеграм — подписывайтесь",
            "Residents can join the ministry's WhatsApp alerts by sending Hi to 90000 12345.",
        ),
        (
            "Kuzey Postası'nı Telegram kanalından takip edin",
            "Police asked residents to follow the city's Telegram channel for evacuation orders.",
        ),
        (
            "हर ताज़ा खबर अब टेलीग्राम पर, अभी जुड़ें",
            "The messaging app Telegram was fined for failing to remove extremist channels.",
        ),
        (
            "تابعونا على قناة الوادي في يوتيوب",
            "More than 40 percent of adults now get news from WhatsApp groups, the survey found.",
        ),
        # a frequency offered to the listener
        (
            "Déglu nu ci 92.5 FM walla ci internet",
            "Radio Kahu moves to 89.8 FM from Monday after the regulator approved its licence.",
        ),
        (
            "Hören Sie uns auf UKW 104,6 oder im Stream",
            "The station, founded in 1990, broadcasts on 89.8 FM and online.",
        ),
        # schedule asks with an hour or a part of the day
        (
            "Catch the whole interview on Valley TV at 8 tonight",
            "The broadcaster's new evening bulletin will air at 9 pm every weekday from March 4.",
        ),
        (
            "Sintonice nuestra señal cada mañana desde las 5",
            "Tune-in figures for the breakfast show rose 12 percent in the quarter.",
        ),
        # walls: a price for a period with an ask; this article for subscribers
        (
            "Assine o Correio do Vale por 5,90 € por mês e leia sem limites.",
            "Subscriptions rise to €4.99 a month from May as the paper ends its free tier.",
        ),
        (
            "Jetzt abonnieren: 3,99 € pro Monat",
            "The Herald will charge €4.99 a month for digital access from May.",
        ),
        (
            "Cet article est réservé à nos abonnés. Abonnez-vous pour le lire en entier.",
            "This article's subject, the city's subscriber-only bus pass, costs 30 euros a month.",
        ),
        (
            "この 記事 は 有料 会員 限定 です 。 続き は 会員 登録 で",
            "市 は 会員 制度 を 来年 から 見直す と 発表 した 。",
        ),
        # reprint bans
        (
            "Любое воспроизведение материалов сайта без согласия редакции запрещено.",
            "Reproduction of the painting was prohibited by the museum in 1990, court papers show.",
        ),
        (
            "Toute reproduction, même partielle, est interdite sans autorisation.",
            "Any reproduction of the ballot papers is prohibited under the new rules.",
        ),
        (
            "Jetzt unseren Telegram-Kanal abonnieren und nichts verpassen",
            "The club urged fans to follow its official WhatsApp channel and ignore rumours.",
        ),
        (
            "Bonjour à tous et bienvenue dans la lettre du jeudi.",
            "Welcome to the newsletter era: how paid letters changed local news",
        ),
        # a letter's greeting or sign-off alone
        ("Dear neighbours,", "Dear neighbours, the council wrote, the road will close in May."),
        ("Kind regards,", "Bread, milk, eggs, rice,"),
        ("Karibu, wasomaji wapendwa!", "“Enough, enough!” shouted the crowd outside the court."),
        # this e-mail and signing up
        (
            "Vous recevez ce courriel parce que vous êtes inscrit à notre lettre du matin.",
            "The school's newsletter, sent to 4,000 parents, asked families to sign up for it.",
        ),
        # share rows
        (
            "Compartir esta nota: Facebook, X, WhatsApp o copiar enlace",
            "The minister posted on Facebook, X and WhatsApp that the border would reopen.",
        ),
        # a thread's counts
        ("Thread: 212 points and 88 comments", "The bill won 96 votes and 57 abstentions."),
        # consent banners
        (
            "Ce site et ses partenaires utilisent des cookies. Cliquez sur « Tout accepter » pour"
            " continuer.",
            "Under the new rules, sites must let users refuse cookies as easily as accept them.",
        ),
        # font size, more for you, how do you like this
        ("【 字号 ： 大 中 小 】", "字号 最大 的 标牌 将 在 明年 更换"),
        ("Más para ti", "Más para los jubilados: el Gobierno sube las pensiones un 3%"),
        ("Wie gefällt Ihnen dieser Artikel?", "Wie gefällt Ihnen die neue Brücke, fragte der OB."),
        # a live page's note on its reporters
        (
            "Our reporters Amaka Obi and Femi Cole are following the count from the collation"
            " centre",
            "Our reporter Jane Doe is being held by police in Minsk.",
        ),
        (
            "Nuestra enviada Lucía Pérez está en directo desde la plaza",
            "Our agriculture reporter Ana Lima explains who is winning and why.",
        ),
        # a name and the story's age
        ("Story by Karin Vogt • 3 hrs", "Karin Vogt • A life in three acts, 1951-2046"),
        # contacts for journalists
        (
            "Media can contact the university press office on +44 20 7946 0321",
            "Journalists from 14 countries met in Oslo to discuss attacks on the press.",
        ),
        ("Notes to editors", "Notes to editors of the school paper were published in May."),
        # (round two) forwarded, unsubscribe, pass it on, a donation of a sum
        (
            "Did a friend forward this to you? Sign up for the morning letter here.",
            "Forwarded emails from the minister were shown to the inquiry on Tuesday.",
        ),
        ("Ti è stata inoltrata questa newsletter?", "Inoltrata la denuncia alla procura?"),
        (
            "You get this because you are on our list; unsubscribe any time in your settings.",
            "You can unsubscribe from the flood alerts by texting STOP to 60060.",
        ),
        (
            "That's all for today. Pass this along to a neighbour who needs it.",
            "Pass the bill on Monday, the senator urged colleagues.",
        ),
        (
            "Donate KSh 500 to keep our reporters on the road",
            "Give 10 percent of your income to savings, advisers say.",
        ),
    ],
)
def test_a_kind_by_its_shape_goes_and_a_news_line_of_its_shape_stays(junk: str, news: str) -> None:
    assert is_page_kind(junk) or is_boilerplate(junk)
    assert not is_page_kind(news) and not is_boilerplate(news)


def test_cjk_rows_are_read_without_their_spaces() -> None:
    assert despaced("関連 記事 ： 名古屋 の 地下鉄") == "関連記事：名古屋の地下鉄"
    assert despaced("Tokyo 2046 の 記事") == "Tokyo 2046の記事"
    assert is_page_kind("関連 記事 ： 名古屋 の 地下鉄 、 終電 を 繰り上げ")
    assert not is_page_kind("関連 する 記事 を 市 が 公開 した 。")


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_a_correction_with_a_stamp_before_its_colon_goes() -> None:
    note = (
        "Corrección a las 12:10: una versión anterior de este artículo daba otra cifra. Pedimos"
        " disculpas."
    )
    assert is_credit_or_caption(note)
    assert note not in _lines(clean_text(f"{_P1}\n{_P2}\n{note}"))
    news = "Corrección del PIB a las 12:10 del lunes: el INE rebaja el crecimiento al 1,1%."
    assert not is_credit_or_caption(news)


@pytest.mark.parametrize(
    ("row", "heading"),
    [
        ("Bogotá, 4 de junio de 2047", "Bloody Sunday, 30 January 1972"),
        ("Maputo, 16 de Março de 2046", "Pune Municipal Corporation results, 12 May 2037"),
        ("Gschriwwe vun Hans Meyer àm 3. Mai 2047", "Theatre season opens on 25 March 2048"),
        ("Posted by Jane Roe on 3 May 2046", "Kano, 12 July 2046 - Gunmen kill 12 villagers"),
        ("रमेश कुमार शर्मा, भोपाल", "बाढ़ से तबाही, अलर्ट"),
    ],
)
def test_a_dateline_or_byline_row_above_the_first_paragraph_goes(row: str, heading: str) -> None:
    assert is_top_row(row)
    assert not is_top_row(heading)


def test_the_last_paragraph_opening_with_the_bylines_name_and_a_trade_goes() -> None:
    byline = "Lê Văn Minh, Đà Nẵng"
    bio = "Lê Văn Minh reports on fisheries and ports from the central coast."
    text = f"{byline}\n{_P1}\n{_P2}\n{bio}"
    assert bio not in _lines(clean_text(text))
    # another name with a beat's verb ending the story stays
    news = "Trần Quốc Bảo covers his own legal costs, and the hearing resumes in May."
    assert news in _lines(clean_text(f"{byline}\n{_P1}\n{_P2}\n{news}"))
    # a caseless script: the byline's first words open the last paragraph with "writes"
    hindi_byline = "सुनीता वर्मा, इंदौर"
    hindi_bio = "सुनीता वर्मा इंदौर में शिक्षा और स्वास्थ्य की खबरें लिखती हैं।"
    hindi = f"{hindi_byline}\n{_P1}\n{_P2}\n{hindi_bio}"
    assert hindi_bio not in _lines(clean_text(hindi))


@pytest.mark.parametrize(
    "bio",
    [
        "Ana Ruiz es periodista y cubre temas de medio ambiente desde 2039.",
        "Marie Dupont est journaliste au service politique depuis 2040.",
        "Max Müller ist Redakteur im Ressort Wirtschaft und schreibt seit 2038 über Energie.",
        "Budi Santoso adalah wartawan yang meliput isu lingkungan sejak 2040.",
    ],
)
def test_one_sentence_of_bio_in_more_languages_for_a_person_never_named(bio: str) -> None:
    assert is_end_bio(bio, named_before=False)
    assert bio not in _lines(clean_text(f"{_P1}\n{_P2}\n{bio}"))


@pytest.mark.parametrize(
    "news",
    [
        "Ana Ruiz es periodista desde 2039 y fue detenida el lunes en Lima.",
        "Max Müller ist Redakteur seit 2038 und wurde am Montag entlassen.",
    ],
)
def test_news_of_a_journalist_is_no_one_sentence_bio(news: str) -> None:
    assert not is_end_bio(news, named_before=False)


def test_a_feeds_footer_ending_with_the_sites_name_goes() -> None:
    lede = "The river ferry will run again from Monday after the flood, the port authority said."
    footer = "La posto Ferry runs again from Monday aperis unue ĉe Riverside Courier."
    text = f"{lede}\n{_P2}\n{footer}"
    assert footer not in _lines(clean_text(text, outlet="Riverside Courier"))
    # a last line naming the site with no words of the text above stays
    news = "The mayor will speak about the budget in an interview with Riverside Courier."
    text = f"{lede}\n{_P2}\n{news}"
    assert news in _lines(clean_text(text, outlet="Riverside Courier"))
