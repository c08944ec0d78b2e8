"""Kinds in the wordings sites print for them in many languages (junk38): each rule's line goes,
and a news line of a like shape stays.

- ``clean.pagekinds.printed``: publish / update stamps alone, member walls, a blog's "no
  comments" and newer / older row, a letter's greeting, forward ask and delivery hours, a
  release's label, notes to editors, a press contact and the press office as where to ask, an
  ask to report an error, live and station asks, a newsroom's or a CJK desk's byline, related
  labels, a wire's standards line, comments closed, "register free to read", a series tag,
  thanks with a donation ask, a path from the home page, a live page's key-points head, a
  wire's correction slug and reporting credit;
- ``clean`` (``is_boilerplate``): a row of items each chrome on its own; a path's section of
  two names joined by "&";
- ``clean.outlet``: a partner's paper and its portal ("<paper> via <portal>").

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest
from cleaning import kept_among

from briefing.clean import clean_text
from briefing.clean.outlet import outlet_names

_PAIRS = [
    # a publish / update stamp alone; a date with an event stays
    (
        "fr",
        "Publié le 3 mars 2049 à 10h12 - Mis à jour le 3 mars 2049 à 11h30",
        "Publié en 2019, le rapport a été cité par le tribunal de Lyon mardi.",
    ),
    (
        "de",
        "Veröffentlicht am 3. März 2049, 10:12 Uhr | Aktualisiert am 3. März 2049, 11:30 Uhr",
        "Veröffentlicht wurde die Studie am Montag im Fachjournal Nature.",
    ),
    (
        "ru",
        "Опубликовано 3 марта 2049, 10:12 | Обновлено 3 марта 2049, 11:30",
        "Опубликованный 3 марта доклад вызвал споры в городском совете.",
    ),
    # a member wall; a place reserved for members stays
    (
        "tr",
        "Bu içerik abonelere özeldir",
        "Belediye, yeni otoparkın abonelere özel olacağını salı günü açıkladı.",
    ),
    (
        "it",
        "Articolo riservato agli abbonati",
        "Il parcheggio è riservato agli abbonati del trasporto pubblico da lunedì.",
    ),
    (
        "ja",
        "この 記事 は 有料 会員 限定 です 。",
        "有料 会員 数 は 3 月 末 で 100 万 人 を 突破 し た 。",
    ),
    # a blog's chrome; news of newer and older drivers stays
    (
        "pt",
        "Postagem mais recente Postagem mais antiga Página inicial",
        "Motoristas mais antigos e carros mais recentes dominam as estradas do interior.",
    ),
    (
        "es",
        "No hay comentarios:",
        "No hubo comentarios del ministerio sobre el cierre de la planta el lunes.",
    ),
    # a letter's greeting; a greeting in a headline of news stays
    (
        "es",
        "¡Buenos días, Lima! Esto es lo que tienes que saber hoy.",
        "¡Buenos días, Lima! El festival abre sus puertas con un desfile el sábado.",
    ),
    (
        "id",
        "Selamat pagi, pembaca!",
        "Selamat pagi, kata wali kota saat membuka rapat dewan pada Senin.",
    ),
    # a forward ask; the police asking for footage stays
    (
        "it",
        "Inoltra questa newsletter a un amico.",
        "Il ministro ha inoltrato la lettera alla procura di Milano lunedì.",
    ),
    (
        "en",
        "Know someone who commutes by ferry? Forward this to them.",
        "Police asked residents to forward any footage of the crash to detectives.",
    ),
    # a release's chrome; a press release told in the news stays
    (
        "es",
        "COMUNICADO DE PRENSA – Ayuntamiento de Lugo",
        "Un comunicado de prensa del ministerio confirmó el lunes los cierres.",
    ),
    (
        "en",
        "Note to editors: photographs of the new bridge are available on request.",
        "The editors of three papers wrote to the minister on Monday.",
    ),
    (
        "de",
        "Pressekontakt: presse@stadt.example.de, +49 30 1234 5678",
        "Der Kontakt zwischen beiden Seiten brach am Montag ab, sagte ein Sprecher.",
    ),
    (
        "en",
        "Photographs of the new depot are available from the council's press office.",
        "The council's press office did not respond to a request for comment.",
    ),
    # an ask to report an error; a council finding an error stays
    (
        "fr",
        "Vous avez repéré une erreur ? Signalez-la.",
        "Le conseil a repéré une erreur dans le budget et a demandé un audit.",
    ),
    (
        "ru",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter.",
        "Аудиторы нашли ошибку в бюджете города на 2 миллиона рублей.",
    ),
    # a live or station ask; a station's fine stays
    (
        "pt",
        "Assista ao vivo à programação da nossa TV",
        "A emissora, que transmite em 101.3 FM, foi multada pelo regulador na sexta.",
    ),
    (
        "en",
        "Listen live on 98.5 FM, weekdays from 6 a.m.",
        "Listeners of 101.3 FM heard the station go silent at 6 a.m. on Monday.",
    ),
    (
        "en",
        "The Valley Briefing: the day's news in your inbox at 6 a.m., Monday to Friday.",
        "The ministry will launch a daily bulletin at 6 a.m., Monday to Friday, on flood levels.",
    ),
    # a newsroom's byline alone; staff reporters winning a prize stay
    (
        "fr",
        "Par la rédaction",
        "La rédaction du journal a été évacuée lundi après une alerte incendie.",
    ),
    ("ja", "社会 部 ・ 山田 太郎", "外務省 ・ 北朝鮮 協議 の 再開 を 発表 し た 。"),
    # a related label and its headline; a sentence after "related" stays
    (
        "es",
        "Artículos relacionados: El metro amplía su horario en verano",
        "Relacionado con el caso, un segundo hombre fue detenido en Málaga.",
    ),
    (
        "zh",
        "推荐 阅读 ： 广州 地铁 新 线路 明年 通车",
        "市 政府 推荐 阅读 活动 吸引 了 3 万 名 市民 参加 。",
    ),
    # a wire's standards line, comments closed, register to read, a series tag, thanks
    (
        "en",
        "Our Standards: The Harbour Wire Trust Principles.",
        "Standards: the regulator published new rules for food labels on Monday.",
    ),
    (
        "es",
        "Los comentarios están cerrados.",
        "Los comentarios al proyecto de ley se cerraron el viernes, dijo el ministerio.",
    ),
    (
        "en",
        "Register for free to read five more articles this month",
        "Register for free flu shots at any pharmacy in the city from Monday.",
    ),
    (
        "en",
        "Part of Low Water, our year-long reporting on the river's drought.",
        "Part of Route 9, the state's oldest highway, will close for repairs in May.",
    ),
    (
        "es",
        "¡Gracias por leer! Dona para que sigamos informando.",
        "Gracias a las donaciones de los vecinos, el comedor abrió sus puertas el lunes.",
    ),
    # a path from the home page; a headline with a slash stays
    (
        "es",
        "Inicio / Sevilla / Tribunales",
        "Inicio de curso: 40.000 alumnos vuelven a las aulas en Sevilla el lunes.",
    ),
    # a row of chrome items; a path's section with "&"
    (
        "en",
        "Advertisement · Story continues below this ad",
        "Advertising revenue fell by a third, the company said on Monday.",
    ),
    (
        "en",
        "Local News › Harbour & Dockside District",
        "Harbour & Dockside District residents voted on the plan on Monday.",
    ),
    # a plain hello is the letter's with its readers named; a headline's hello stays
    ("de", "Hallo, liebe Leserinnen und Leser!", "Hallo Welt! Das erste Programm lief 1972."),
    (
        "en",
        "Hello, readers! Here's what we have for you this week.",
        "Hello Kitty maker Sanrio posts record profit as tourists return",
    ),
    # a newsroom's byline with its sources; a sentence opening with the newsroom stays
    (
        "pt",
        "Da Redação, com informações da Agência Brasil",
        "Da redação do jornal saiu uma carta aberta ao prefeito na segunda-feira.",
    ),
    # a contact label of a few words; a live page's key points; a wire's slug and credit
    (
        "de",
        "Rückfragen & Kontakt: Stadtwerke Nord, Tel.: +49 40 555 0101",
        "Rückfragen bei der Stadt ergaben, dass die Brücke im Mai öffnet.",
    ),
    (
        "en",
        "Key moments in this live blog",
        "Key points of the agreement were leaked to reporters on Monday.",
    ),
    (
        "en",
        "CORRECTS date of vote in paragraph 2",
        "Corrections officers went on strike at two prisons on Monday.",
    ),
    (
        "en",
        "Okafor reported from Lagos; Dana Price in Accra also reported.",
        "Okafor reported from Lagos for three decades before retiring in 2041.",
    ),
    (
        "en",
        "Reader comments are not open on this story.",
        "Reader comments on the plan are open until 30 April at the town hall.",
    ),
]


@pytest.mark.parametrize(("lang", "junk", "news"), _PAIRS)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_kind_goes_and_news_of_its_shape_stays(lang: str, junk: str, news: str, where: str) -> None:
    assert not kept_among(lang, junk, where)
    assert kept_among(lang, news, where)


def test_partner_paper_and_portal_are_names() -> None:
    names = outlet_names("The Valley Ledger via Yahoo News")
    assert "The Valley Ledger" in names and "Yahoo News" in names
    assert outlet_names("Ana Ruiz on Medium") == ("Ana Ruiz on Medium", "Ana Ruiz")


def test_partner_paper_line_goes() -> None:
    text = (
        "The Valley Ledger\n\nThe county will replace its toll booths with cameras by 2052, "
        "the commission voted on Friday.\n\nDrivers without a transponder will get a bill by mail."
    )
    out = clean_text(text, outlet="The Valley Ledger via Yahoo News")
    assert "The Valley Ledger" not in out.splitlines()
    assert "commission voted on Friday" in out
