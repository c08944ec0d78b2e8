"""review40: news lines of the shapes of junk37's kinds alone on a line stay (a price with a first
period told in a sentence, "this variant first appeared in ...", a police appeal's number, quotes
delayed on a day, a CJK headline with "＞", a clock with 发布 in a sentence, no liability for
others' decisions), and the junk of each kind still goes."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.pagekinds import is_page_kind

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."
_JA1 = "札幌 市 は 2 日 、 地下鉄 南北 線 の 終電 を 30 分 遅らせる と 発表 し た 。"
_JA2 = "市 交通 局 に よる と 、 4 月 から 試験 的 に 実施 する 。"


def _junk(line: str) -> bool:
    return is_page_kind(line) or is_boilerplate(line)


@pytest.mark.parametrize(
    "news",
    [
        # a price with a first period, told in a sentence of news
        "Disney+ launched an ad-supported tier at $7.99 a month, with the first month free.",
        "New customers get the first three months for $1 a month under the promotion.",
        "The paper now charges $4 a week after a free trial of one month.",
        "La plataforma ofrece el primer mes por 1 euro a los nuevos clientes desde este lunes.",
        "Il quotidiano costerà 2 euro al mese per il primo anno, poi 5 euro.",
        "Dazn offre il primo mese a 9,99 euro ai nuovi abbonati fino a domenica.",
        "Die Zeitung kostet ab März 3 Euro im Monat, im ersten Jahr nur 1 Euro.",
        "Le journal coûtera 2 euros par mois la première année, contre 4 euros ensuite.",
        # "first appeared" of something that is no text
        "This variant first appeared in South Africa last November.",
        "This strain was first posted online by a student in Leeds.",
        "Este brote apareció por primera vez en una granja de Murcia.",
        "Questa specie è apparsa per la prima volta in Liguria.",
        "Tulisan ini awalnya dimuat di sebuah blog pribadi yang kemudian viral.",
        # a police appeal's number; quotes delayed on a day
        "Hinweise an die Kriminalpolizei: 0711 8990-1000.",
        "Prices were delayed for 15 minutes on Tuesday after a power cut at the exchange.",
        "Die Kurse wurden am Morgen wegen einer Störung 30 Minuten verzögert angezeigt.",
        "Las cotizaciones llegaron con 15 minutos de retraso por un fallo técnico en la Bolsa.",
        # no liability for decisions, said of someone other than the page
        "Under the new law, platforms are not liable for decisions taken by their algorithms.",
        "Con la reforma, el Estado no se responsabiliza de las decisiones de las comunidades.",
        "Der Bund übernimmt keine Haftung für Entscheidungen der Länder.",
        # a clock with 发布 in a sentence
        "记者 从 市 政府 获悉 ， 新 政策 于 10:00 发布",
    ],
)
def test_news_of_a_kinds_shape_stays(news: str) -> None:
    assert not _junk(news)


@pytest.mark.parametrize(
    "junk",
    [
        "Just €1 per month for the first 3 months.",
        "$1 a week for the first year",
        "Get your first month for $1.",
        "Abbonati: 1 euro al mese per 3 mesi",
        "This article first appeared on The Conversation.",
        "This first appeared in the Guardian.",
        "Cet article a été initialement publié sur Le Monde.",
        "Tips: 0800 555 0199",
        "Have a news tip? Call or text: 07700 900123",
        "Quotes delayed at least 15 minutes.",
        "Download our app to get breaking news push alerts",
        "Laden Sie unsere App herunter und erhalten Sie Push-Benachrichtigungen",
        "共同通信 6/4(水) 7:30 配信",
        "5日 07:30 配信",
        "Most read: Storm closes schools across the county",
        "We are not responsible for any decisions made based on this information.",
        "Der Verlag übernimmt keine Haftung für Anlageentscheidungen.",
        "Trending: iPhone 17 sales slump",
        "Next long read: the last salt makers of the lagoon",
    ],
)
def test_the_kinds_still_go(junk: str) -> None:
    assert _junk(junk)


def test_a_cjk_headline_with_a_full_width_arrow_is_no_path() -> None:
    news = "円安 ＞ 輸出 企業 の 利益 が 過去 最高"
    out = clean_text("\n\n".join([_JA1, news, _JA2]), outlet="Example Daily")
    assert news in out
    path = "ニュース ＞ 札幌 ＞ 経済"
    out = clean_text("\n\n".join([_JA1, path, _JA2]), outlet="Example Daily")
    assert path not in out
