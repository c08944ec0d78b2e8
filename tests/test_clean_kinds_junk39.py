"""Kinds told by their parts, in any order and language (junk39): each rule's line goes, and a
news line of a like shape stays.

- ``clean.pagekinds.parts``: an ad slot's note (an advertisement word and a word of going on,
  an age rating or the slot), the comment box's rules, an agency's copy note and its "sources
  used", a share row of three platforms, a supporter ask with a price and a period, a live
  page's banner, a note to reload the page, a CJK "share this", a read-also label with its
  headline;
- in context: a section's name with the day's date above the text, a writer's line after it in
  many languages, a forum's commenter rows ("u/name · 6h", "name 6 hours ago | next [–]") and
  the comments under them, a "More <Section>" head and a dropped read-also label's headline,
  a consent dialog's heading in any language.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest
from cleaning import NEWS_AROUND, kept_among

from briefing.clean import clean_text

_PAIRS = [
    # an ad slot's note; news of advertising stays
    (
        "es",
        "Sigue leyendo tras la publicidad",
        "La publicidad en las paradas de autobús sigue prohibida tras el fallo del tribunal.",
    ),
    (
        "pt",
        "Continue lendo após a publicidade",
        "A publicidade nos ônibus continua proibida após a decisão da câmara municipal.",
    ),
    (
        "de",
        "Anzeige | Weiterlesen nach der Anzeige",
        "Die Anzeige gegen den Busfahrer wurde nach der Prüfung zurückgezogen.",
    ),
    ("ru", "Реклама 16+", "Реклама алкоголя на остановках будет запрещена с 1 марта."),
    ("tr", "REKLAM ALANI", "Reklam panoları için yeni alan belediye meclisinde onaylandı."),
    (
        "hi",
        "विज्ञापन - खबर जारी है",
        "होर्डिंग पर विज्ञापन की रोक अगले साल तक जारी रहेगी, नगर निगम ने बुधवार को बताया।",
    ),
    ("it", "Pubblicità - Continua a leggere sotto", "La pubblicità sui tram continua a crescere."),
    (
        "fr",
        "Publicité - La suite de l'article ci-dessous",
        "La publicité sur les bus reste interdite à la suite de l'arrêté du maire.",
    ),
    ("ja", "広告 の 後 に 記事 が 続きます", "広告 収入 は 前年 を 下回り 、 減少 が 続い た 。"),
    # the comment box's rules; news of comments stays
    (
        "it",
        "I commenti devono essere rispettosi e non contenere insulti.",
        "I commenti sulla bozza di legge devono arrivare al ministero entro venerdì.",
    ),
    (
        "ar",
        "التعليقات المنشورة لا تعبر عن رأي الموقع ويجب ألا تتضمن إساءة.",
        "أثارت تعليقات الوزير جدلا واسعا في المجلس البلدي يوم الثلاثاء.",
    ),
    (
        "es",
        "Los comentarios deben ser respetuosos y no pueden contener insultos.",
        "Los comentarios del alcalde provocaron insultos en el pleno del martes.",
    ),
    (
        "ru",
        "Редакция не несёт ответственности за комментарии читателей.",
        "Комментарии министра вызвали споры в городском совете.",
    ),
    (
        "id",
        "Komentar menjadi tanggung jawab pembaca dan tidak boleh menghina.",
        "Komentar wali kota soal tarif angkot memicu protes sopir pada Senin.",
    ),
    # an agency's copy note and its sources; news of an agency stays
    (
        "de",
        "Dieser Beitrag wurde automatisch aus dem Dienst einer Nachrichtenagentur übernommen und"
        " nicht redaktionell bearbeitet.",
        "Der Bericht der Nachrichtenagentur wurde am Montag vom Ministerium bestätigt.",
    ),
    (
        "pt",
        "Esta notícia foi publicada automaticamente a partir de agência e não foi editada pela"
        " redação.",
        "A redação do jornal foi reorganizada após a saída do diretor em março.",
    ),
    (
        "en",
        "This story was generated automatically from an agency feed and has not been edited by"
        " our staff.",
        "The footage, which was not edited, was released by the agency on Friday.",
    ),
    (
        "es",
        "Esta noticia se ha publicado automáticamente desde el servicio de una agencia y no ha"
        " sido editada.",
        "El vídeo, que no fue editado por la agencia, muestra el derrumbe del muelle.",
    ),
    (
        "es",
        "Fuentes consultadas: Europa Press, EFE",
        "Fuentes del ayuntamiento confirmaron el cierre del puente hasta mayo.",
    ),
    # a share row of three platforms; a story of sharing stays
    (
        "pt",
        "Compartilhe por Facebook Compartilhe por X Compartilhe por WhatsApp Copiar link",
        "O prefeito compartilhou o vídeo no Facebook, no X e no WhatsApp antes de apagá-lo.",
    ),
    # a supporter ask with a price and a period; a price of support in the news stays
    (
        "pt",
        "O Boletim é feito por três jornalistas e mantido por leitores. Apoie a partir de R$ 15"
        " por mês.",
        "O clube é mantido por 300 sócios que pagam R$ 15 por mês, segundo a diretoria.",
    ),
    (
        "tr",
        "Bağımsız gazeteciliği ayda 50 TL ile destekleyin.",
        "Belediye, öğrencilere ayda 50 TL ulaşım desteği verecek.",
    ),
    # a live page's banner; live news stays
    (
        "en",
        "Live: updates as they happen",
        "Live music returns to the park on Friday with updates to the main stage.",
    ),
    (
        "pt",
        "Ao vivo: últimas atualizações",
        "O jogo será transmitido ao vivo pela rádio local no sábado à noite.",
    ),
    # a note to reload the page; a page that updates stays
    (
        "es",
        "Actualice la página para ver las últimas entradas.",
        "La página del ayuntamiento se actualiza cada hora con el nivel del río.",
    ),
    (
        "ja",
        "最新 の 情報 は ページ を 再読み込み して ご確認 ください",
        "市 の ページ は 毎時 更新 さ れ 、 川 の 水位 を 伝え て いる 。",
    ),
    ("ja", "この 記事 を シェア", "記事 を 共有 する 読者 が 増え た と 同社 は 発表 し た 。"),
    ("zh", "分享 这篇 文章", "这篇 文章 在 网上 被 分享 了 两 万 次 。"),
    # a read-also label with its headline; a story of reading stays
    (
        "id",
        "Baca artikel lainnya: Tarif angkot di Bogor naik mulai Senin",
        "Baca buku lainnya di perpustakaan kota yang baru dibuka pada Senin.",
    ),
    (
        "ar",
        "إقرأ أيضا: افتتاح محطة جديدة لمترو الرياض",
        "قرأ الوزير أيضا بيانا عن محطة المترو الجديدة أمام المجلس.",
    ),
]


@pytest.mark.parametrize(("lang", "junk", "news"), _PAIRS)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_kind_goes_and_news_of_its_shape_stays(lang: str, junk: str, news: str, where: str) -> None:
    assert not kept_among(lang, junk, where)
    assert kept_among(lang, news, where)


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, outlet="Example Daily").splitlines()]


def test_section_with_the_days_date_above_the_text_goes() -> None:
    one, two = NEWS_AROUND["en"]
    out = _kept(f"General News of Monday, 3 March 2049\n\n{one}\n\n{two}")
    assert "General News of Monday, 3 March 2049" not in out and one in out
    # a field's date is news
    assert "Opening: March 17, 2049" in _kept(f"Opening: March 17, 2049\n\n{one}\n\n{two}")


@pytest.mark.parametrize(
    ("lang", "bio", "news"),
    [
        (
            "es",
            "Ana Ruiz escribe sobre movilidad urbana en Bogotá. Vive en Chapinero.",
            "Ana Ruiz escribe sobre movilidad desde 2040 y fue premiada en 2049.",
        ),
        (
            "de",
            "Thomas Berger schreibt über Verkehr und Stadtplanung in Wien.",
            "Thomas Berger schreibt über Verkehr, sagte die Verlegerin am Montag.",
        ),
    ],
)
def test_writer_line_after_the_text_goes(lang: str, bio: str, news: str) -> None:
    one, two = NEWS_AROUND[lang]
    assert bio not in _kept(f"{one}\n\n{two}\n\n{bio}")
    assert news in _kept(f"{one}\n\n{two}\n\n{news}")


def test_forum_rows_and_comments_under_them_go() -> None:
    post = "The city opened its new bus lane on Monday. Trips are ten minutes shorter."
    hn = (
        f"{post}\n\nana_r 6 hours ago | next [–]\n\nIt took them ten years to paint a line."
        "\n\nbo_k 5 hours ago | parent | next [–]\n\nThe paint was the cheap part."
    )
    out = _kept(hn)
    assert post in out and "The paint was the cheap part." not in out
    assert "It took them ten years to paint a line." not in out
    reddit = (
        f"{post}\n\n31 comments\n\nSort by: Best\n\nu/bus_rider_7 · 4h\n\n"
        "Mine was twenty minutes shorter this morning."
    )
    out = _kept(reddit)
    assert post in out and "Mine was twenty minutes shorter this morning." not in out
    # a place and an age is no handle's row: what follows it is no thread
    assert "The strike went on." in _kept(f"{post}\n\nParis 6 hours ago\n\nThe strike went on.")


def test_more_section_head_and_its_headlines_go() -> None:
    one, two = NEWS_AROUND["en"]
    first = "Regional trains to add two late services on the coast line this autumn"
    second = "Speed cameras on the ring road issued 41,000 tickets in June"
    out = _kept(f"{one}\n\n{two}\n\nMore Transportation\n\n{first}\n\n{second}")
    assert "More Transportation" not in out and first not in out and second not in out
    # a subhead of the text stays: a paragraph follows it
    out = _kept(f"{one}\n\nMore Delays\n\n{two}")
    assert "More Delays" in out


def test_dropped_read_also_label_takes_its_headline() -> None:
    one, two = NEWS_AROUND["it"]
    headline = "Funicolare, chiusa per tre settimane la stazione di Sant'Anna"
    out = _kept(f"{one}\n\nLeggi anche su Example Daily\n\n{headline}\n\n{two}")
    assert headline not in out and two in out
    # a short subhead under a dropped button stays
    out = _kept(f"{one}\n\nLeggi anche\n\nIl cantiere\n\n{two}")
    assert "Il cantiere" in out


def test_consent_heading_in_any_language_goes() -> None:
    one, two = NEWS_AROUND["es"]
    banner = (
        "Tu privacidad, tu decisión\n\nNosotros y nuestros 120 socios utilizamos cookies para"
        " personalizar el contenido. Haz clic en «Aceptar todo» para continuar.\n\nAceptar todo"
    )
    out = _kept(f"{banner}\n\n{one}\n\n{two}")
    assert "Tu privacidad, tu decisión" not in out and one in out
    # a heading of privacy over a paragraph of news stays
    law = "La nueva ley de datos se aplicará desde mayo a todos los organismos públicos."
    out = _kept(f"{one}\n\nTu privacidad, tu decisión\n\n{law}\n\n{two}")
    assert "Tu privacidad, tu decisión" in out


def test_outlet_ready_to_act_is_its_statement_not_its_page() -> None:
    # "ready" is no word of reading: the organisation's statement ends with its own news
    text = (
        "The Northern Rail Users Forum welcomes the award of the new franchise.\n\n"
        "We urge the operator to publish its timetable for the winter months soon.\n\n"
        "The Forum stands ready to meet the new operator in the coming weeks."
    )
    out = clean_text(text, outlet="Northern Rail Users Forum")
    assert "The Forum stands ready to meet the new operator in the coming weeks." in out
    # ... while the page's note on its readers goes
    page = text.replace(
        "The Forum stands ready to meet the new operator in the coming weeks.",
        "The Forum is read by 4,000 members every week.",
    )
    assert "read by 4,000 members" not in clean_text(page, outlet="Northern Rail Users Forum")


@pytest.mark.parametrize(
    "news",
    [
        # a person's comments, and comments told in the past, are news (review43's probes: each
        # was taken for the comment box's rules)
        "The mayor's comments are not a reflection of council policy.",
        "Her comments were offensive and should never have been made.",
        "Los comentarios del concejal fueron ofensivos y no reflejan la política del partido.",
    ],
)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_a_persons_comments_are_news_not_the_boxs_rules(news: str, where: str) -> None:
    lang = "es" if news.startswith("Los") else "en"
    assert kept_among(lang, news, where)
