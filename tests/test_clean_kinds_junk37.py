"""Kinds of furniture alone on a line, by a shape that holds across languages (junk37): each
rule's line goes, and a news line of a like shape stays.

- ``clean`` (``_is_nav_row``): a path of two segments joined by ">", "»", "›" or a CJK "＞";
- ``clean.pagekinds.standalone``: trial offers (a price, a period, a trial or no-commitment
  word), a date or a byline alone, CJK delivery and source stamps, a portal's "views not ours",
  "this article first appeared on", "view it in your browser", report buttons, push asks, a
  most-read label with its headline, a live page's instructions, an audio version's length,
  "the views are the writer's own", no liability for decisions, a tip line's number, delayed
  quotes, "opens in a new tab", a follow button, "also streams on YouTube";
- ``clean.pagekinds.reader``: a consent banner that names the reader's consent;
- ``clean.pagekinds.shapes``: Tagalog's and Chichewa's schedule asks;
- ``clean.cues``: "read other news" heads in more languages.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.pagekinds import is_page_kind

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."


_JA1 = "札幌 市 は 2 日 、 地下鉄 南北 線 の 終電 を 30 分 遅らせる と 発表 し た 。"
_JA2 = "市 交通 局 に よる と 、 4 月 から 試験 的 に 実施 する 。"
_ZH1 = "广州 市 交通 局 2 日 宣布 ， 黄埔 有轨 电车 将 于 5 月 延长 运营 时间 。"
_ZH2 = "该 局 表示 ， 新 时刻 表 将 在 下周 公布 。"


def _kept(line: str, where: str) -> bool:
    one, two = _P1, _P2
    if any("\u3040" <= ch <= "\u30ff" for ch in line):
        one, two = _JA1, _JA2
    elif any("\u4e00" <= ch <= "\u9fff" for ch in line):
        one, two = _ZH1, _ZH2
    parts = {"top": [line, one, two], "mid": [one, line, two], "end": [one, two, line]}[where]
    out = clean_text("\n\n".join(parts), outlet="Example Daily")
    return line.strip() in {x.strip() for x in out.splitlines()}


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        # a trial offer: a price, a period and a trial or no-commitment word
        (
            "Oferta: 2 € al mes durante 6 meses, cancela cuando quieras",
            "The daily raised its price to €1.90 a copy and €12 a month online.",
        ),
        (
            "Unlimited access for $2 a month for your first three months",
            "The weekly will cost £3 a month from April, its owner said on Monday.",
        ),
        # a date alone, a byline alone
        ("Giovedì 3 luglio 2049", "On 3 July 2049 the bridge reopened to traffic."),
        ("di Marta Ferrando", "The award went to Marta Ferrando, a reporter in Turin, on Friday."),
        # CJK stamps and a portal's "views not ours"
        ("5/12 (月) 07:30 配信", "市 は 12 日 午前 7 時 30 分 に 避難 指示 を 発表 し た 。"),
        (
            "声明：本文 观点 仅 代表 作者 本人 ， 不 代表 本站 观点 。",
            "外交部 表示 ， 该 言论 不 代表 中国 政府 的 立场 。",
        ),
        # "this article first appeared on ..."
        (
            "Questo articolo è apparso originariamente su Esempio Tecnologia.",
            "The novel was first published in 1998 and won a prize, the museum said.",
        ),
        # a letter's "view it in your browser"
        (
            "Is this e-mail not displaying properly? Read it in your browser.",
            "The council's newsletter will be printed again from May, the mayor said.",
        ),
        # a report button; a push ask in the page's voice
        (
            "Signaler cet article",
            "The minister said she would report the article to the regulator.",
        ),
        (
            "Recevez nos alertes : activez les notifications push de l'application",
            "The metro's new app sends push alerts when a line stops, the operator said.",
        ),
        (
            "アプリ なら プッシュ 通知 で 最新 ニュース を お届け し ます",
            "市 は 新しい アプリ で プッシュ 通知 を 始め た と 発表 し た 。",
        ),
        # a most-read label with its headline
        (
            "Most read: Water cuts in three districts of Seville",
            "Most read stories this year were about the floods, the editor said.",
        ),
        # a live page's own instructions; an audio version's length
        (
            "Click the clock beside a post to share a link to it",
            "Click and collect sales rose 12% in June, the retailer said.",
        ),
        (
            "New posts load automatically; scroll up to see them",
            "New posts at the border crossing will open in May, the ministry said.",
        ),
        (
            "Audio version of this story: 6 min",
            "The minister spoke for 6 minutes about the budget.",
        ),
        # a consent banner that names the reader's consent
        (
            "Wir und ausgewählte Drittanbieter setzen Cookies ein, mit Ihrer Einwilligung auch für"
            " Werbung.",
            "The regulator fined the clinic because its site set cookies without consent.",
        ),
        # schedule asks in Tagalog and Chichewa
        (
            "Panoorin ang Balita Ngayon tuwing alas-siyete ng umaga.",
            "Channel 9 will move its evening news to 7 pm from April, the broadcaster said.",
        ),
        (
            "Mverani nkhani pa wailesi yathu tsiku lililonse nthawi ya 6 koloko madzulo.",
            "Radio Lilongwe will broadcast the president's address at 6 pm, its director said.",
        ),
        # a price told in the news, with a first period or a free entry, is no offer
        (
            "Only £2 a month for your first six months",
            "A lease offer worth $500,000 a year was rejected by the council on Tuesday.",
        ),
        (
            "Pruébalo gratis: el primer mes por 1 €, después 6 € al mes",
            "Entry is free on the first weekend; after that a ticket costs R$ 15.",
        ),
        # the page's notes: views are the writer's own, no liability for decisions
        (
            "Le opinioni espresse in questa rubrica sono dell'autore e non della testata.",
            "The views expressed by the minister angered the opposition, which called for a vote.",
        ),
        (
            "The publisher accepts no liability for investment decisions made on these figures.",
            "The court ruled the bank is not liable for the losses of its clients.",
        ),
        # a tip line's number; delayed quotes; a link's "opens in a new tab"
        (
            "Story ideas for the desk: 0700 555 0133 (text only)",
            "Police asked anyone with information to call 0800 555 0100.",
        ),
        (
            "Quotes on Example Markets run 15 minutes behind the exchange.",
            "Trains were delayed by 15 minutes after a signal fault, the operator said.",
        ),
        (
            "Mapa interactivo de las inundaciones (se abre en una nueva pestaña)",
            "The new window factory opens in March and will employ 200 people.",
        ),
        # a follow button; a broadcaster's "also streams on YouTube"
        ("+ Folgen", "Follow-up checks found no further leaks, the utility said."),
        (
            "ニュース は 公式サイト でも ご覧 いただけ ます",
            "市 は 公式 サイト で 避難 所 の 一覧 を 公開 し た 。",
        ),
    ],
)
def test_a_kind_alone_on_a_line_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    assert is_page_kind(junk) or is_boilerplate(junk)
    assert not is_page_kind(news) and not is_boilerplate(news)


@pytest.mark.parametrize(
    ("path", "news"),
    [
        # a path: short capitalised segments joined by arrows, no verb
        ("Galicia > Tribunales", "The court in Vigo jailed two men for the port attack."),
        ("Nachrichten » Bayern", "Sales > 40% higher were reported by the chain on Monday."),
        ("トップ ＞ 経済 ＞ 大阪", "大阪 地裁 は 17 日 、 元 社長 に 有罪 判決 を 言い渡し た 。"),
    ],
)
def test_a_path_of_two_segments_goes_and_news_stays(path: str, news: str) -> None:
    assert not _kept(path, "mid")
    assert _kept(news, "mid")


def test_read_other_news_heads_its_headlines() -> None:
    # a box inside the text: the head, a headline, then the text goes on
    id1 = "Pemerintah kota menutup dua ruas jalan di pusat kota mulai Senin untuk perbaikan."
    id2 = "Warga diminta menggunakan jalur alternatif selama dua pekan, kata kepala dinas."
    head = "Baca artikel lainnya:"
    headline = "Banjir Rendam Dua Desa di Kabupaten Barito Kuala"
    out = clean_text("\n\n".join([id1, head, headline, id2]))
    assert headline not in out and head not in out
    assert id1 in out and id2 in out
