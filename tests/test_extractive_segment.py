"""TextTiling cuts a text where its words change, and only where it has words to compare.

A digest flattened into one paragraph is cut at the valley between its items (segment.py). A
page written without spaces between words (Japanese, Chinese) reads as one term a clause, so
no two of its sentences share a term: every gap is then a "valley", and a lone Japanese local
page was cut into one-bullet sections, each titled with its own sentence (fresh41's look, d966).
Such a text has no lexical signal to cut on. The texts are fictional, written for these tests.
"""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.extractive.segment import units
from briefing.extractive.sentences import sentences_of
from briefing.features import idf, tf_idf
from briefing.models import Document
from briefing.text import written_without_spaces

_JA = "\n\n".join(
    [
        "長野県大町市の県道で１４日午前７時ごろ、大雨による土砂崩れが発生し、約８０メート"
        "ルにわたって道路がふさがれた。",
        "市によると、けが人はいない。通行止めにより、山あいの集落に住む約１２０世帯が孤立"
        "状態となった。",
        "県は午前９時に災害対策本部を設置した。重機を使った復旧作業は夕方まで続いた。",
        "大町市の山田健一市長は「一日も早く道路を再開させたい」と述べた。孤立した集落には"
        "自衛隊のヘリコプターで水と食料が運ばれた。",
        "気象台によると、大町市では１３日夜からの降水量が２４０ミリに達した。これは観測史"
        "上最多だという。",
        "地元の小学校は臨時休校となり、児童約３０人が自宅で過ごした。",
        "ＪＲ大糸線も信濃大町駅と白馬駅の間で終日運転を見合わせた。",
        "集落に住む７２歳の女性は「夜中に大きな音がして、怖くて眠れなかった」と話した。",
        "県道の全面復旧には少なくとも２週間かかる見通しだ。県は迂回路として林道を開放する"
        "方針を示した。",
        "市は１５日朝、避難所として公民館を開設し、希望者の受け入れを始めた。",
    ]
)

_WIRE = (
    "A landslide triggered by record rain blocked a prefectural road in Omachi, in Japan's"
    " Nagano prefecture, on Thursday morning, cutting off about 120 households in a mountain"
    " hamlet, city officials said. No one was hurt. Military helicopters flew water and food to"
    " the hamlet, and the JR Oito line suspended services between Shinano-Omachi and Hakuba."
    " Officials said the road would take at least two weeks to reopen fully."
)

# Two items of a morning digest run together in one paragraph: a port strike, then a museum.
_FLAT = (
    "Dock workers at the port of Valdra walked out at dawn over a pay offer. The dock workers'"
    " union said the strike at the port would last three days. Cranes at the port stood idle"
    " and ships queued outside the port. The union rejected a pay offer of 4% as too low."
    " Port managers said the strike would cost the port about 2 million a day. Truck drivers"
    " waited outside the port gates for hours. The union and the port managers will meet on"
    " Friday. Dock workers picketed the port gates with banners about pay."
    " The city museum of Orsel reopened its painting galleries after a four-year restoration."
    " Visitors queued at the museum doors from nine. The museum restored the galleries' glass"
    " roof and oak floors. Curators rehung 340 paintings in the restored galleries. The"
    " museum's director thanked the restorers who worked on the galleries. Entry to the"
    " galleries is free for the first month, the museum said. The museum expects 200,000"
    " visitors to the galleries this year. School groups can book the galleries from May."
)


def _doc(i: str, title: str, text: str, story: str) -> Document:
    return Document(id=i, title=title, text=text, source_ids=[i], story=story)


def _units(text: str) -> list[int]:
    doc = _doc("x", "Morning digest", text, "s")
    sents = sentences_of(doc)
    weights = idf([[t for s in sents for t in s.terms]])
    for s in sents:
        s.vec = tf_idf(s.terms, weights)
    return [len(u.sentences) for u in units([sents], weights)]


def test_a_page_without_spaces_between_words_is_one_unit() -> None:
    assert len(_units(_JA)) == 1


def test_a_flattened_digest_is_still_cut_between_its_items() -> None:
    assert len(_units(_FLAT)) >= 2


def test_a_lone_japanese_page_is_one_section_under_its_headline() -> None:
    draft = summarize_documents(
        [
            _doc("w", "Landslide cuts off Japanese mountain hamlet", _WIRE, "a"),
            _doc("j", "大町で土砂崩れ　集落が孤立", _JA, "b"),
        ]
    )
    japanese = [s for s in draft.sections if any(b.source_ids == ["j"] for b in s.bullets)]
    assert len(japanese) == 1, [s.title for s in draft.sections]
    assert japanese[0].title == "大町で土砂崩れ　集落が孤立"


def test_written_without_spaces_reads_most_of_the_letters() -> None:
    assert written_without_spaces(_JA)
    assert written_without_spaces("โรงเรียนริมแม่น้ำถูกน้ำกัดเซาะพังลงเมื่อคืนนี้")
    assert not written_without_spaces(_WIRE)
    # an English report quoting a Japanese sign is still English
    assert not written_without_spaces(_WIRE + " A sign at the station read 運転見合わせ.")
