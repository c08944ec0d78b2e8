"""A section whose articles are mostly in one language opens and goes on in that language.

A local paper's report in the place's own language belongs to the story the wires tell in
English (the grouping puts it there by the names it shares: ``briefing.other_language``).
Its sentences may be the most central of the section (its figures echo the wire's), but a
reader of the English briefing gets the English sentences first; the local report's news may
still come after them. The texts are fictional, written for this test in the shape of a wire
report, a second English report and a Spanish-language local paper.
"""

from __future__ import annotations

import pytest

from briefing.extractive import summarize_documents
from briefing.language import plainly_english
from briefing.models import Document

_WIRE = """Guatemala's Fuego volcano erupted on Wednesday, sending a column of ash about 7
kilometres into the sky and forcing authorities to evacuate about 3,200 people from villages
on its southern flanks, the disaster agency CONRED said. La Aurora airport in Guatemala City
suspended flights for the day. Highway CA-14 between Antigua and Escuintla was closed."""

_SECOND = """About 3,200 people left villages around Alotenango and Escuintla on Wednesday as
Fuego erupted, CONRED said, and La Aurora airport stopped all flights. President Rosa
Cifuentes declared a state of calamity in three departments."""

_LOCAL = """Alrededor de 4.000 personas pasaron la noche en albergues de Alotenango, Ciudad
Vieja y Escuintla tras la erupción del volcán de Fuego, según el recuento de las
municipalidades, más que las cifras de la CONRED. El aeropuerto La Aurora suspendió los vuelos
y la ruta CA-14 fue cerrada. Los albergues de Escuintla piden agua y colchonetas."""


def _day() -> list[Document]:
    def doc(i: str, title: str, text: str) -> Document:
        return Document(id=i, title=title, text=" ".join(text.split()), source_ids=[i], story="s")

    return [
        doc("w", "Guatemala's Fuego volcano erupts, thousands evacuated", _WIRE),
        doc("r", "Fuego eruption shuts Guatemala City airport", _SECOND),
        doc("l", "Unas 4.000 personas evacuadas por el volcán de Fuego", _LOCAL),
    ]


def test_a_section_in_english_opens_and_goes_on_in_english() -> None:
    draft = summarize_documents(_day())
    (section,) = draft.sections
    cited = [b.source_ids for b in section.bullets]
    assert cited[0] != ["l"]
    spanish = [k for k, ids in enumerate(cited) if ids == ["l"]]
    english = [k for k, ids in enumerate(cited) if ids != ["l"]]
    assert not spanish or min(spanish) > max(english[:2]), cited
    assert not section.title.startswith("Unas")


def test_a_section_mostly_in_spanish_with_an_english_report_opens_in_english() -> None:
    # Two Spanish reports and one English one: the briefing's language (English when none is
    # set) goes first when the story has a source in it (fresh44's d1040), the Spanish ones'
    # news after it; a story told only in Spanish keeps its Spanish.
    docs = _day()
    local2 = docs[2].model_copy(update={"id": "l2", "source_ids": ["l2"]})
    (section,) = summarize_documents([docs[1], docs[2], local2]).sections
    assert section.bullets[0].source_ids == ["r"]
    (section,) = summarize_documents([docs[2], local2]).sections
    assert section.bullets[0].source_ids != ["r"]


def test_plainly_english_needs_no_model_for_prose_or_a_teaser() -> None:
    assert plainly_english("Fuego erupts", _WIRE)
    assert plainly_english("Fuego volcano erupts", "The volcano erupted on Wednesday.")
    assert not plainly_english("Unas 4.000 personas evacuadas", _LOCAL)
    assert not plainly_english("Fonds marins", "Le Congrès vote un moratoire de dix ans.")


def test_a_name_whose_capital_is_beyond_a_to_z_is_no_lower_case_word() -> None:
    # "Đà", "Łódź", "Şanlıurfa" are capitalised as "Kraków" is: names, not words of a language
    # the dictionary does not know (the model reads "Đà Nẵng bridge opens" as Vietnamese).
    assert plainly_english("Đà Nẵng bridge opens", "A new bridge in Đà Nẵng opened on Sunday.")
    assert plainly_english("Şanlıurfa floods kill 14", "Flash floods in Şanlıurfa killed 14.")
    assert plainly_english("Łódź tram strike ends", "Łódź tram drivers ended their strike.")
    assert not plainly_english("Đà Nẵng khánh thành cầu mới", "Cầu mới ở Đà Nẵng đã thông xe.")


_ES = """El volcán de Fuego hizo erupción el miércoles y lanzó una columna de ceniza de siete
kilómetros, informó la CONRED, que ordenó evacuar a unas 3.200 personas de Alotenango y
Escuintla. La presidenta Rosa Cifuentes declaró estado de calamidad en tres departamentos. El
aeropuerto La Aurora cerró."""


def test_a_section_of_one_english_and_one_spanish_report_opens_in_english() -> None:
    # As many articles in each language: English, the briefing's own when none is set, goes
    # first, though the Spanish report is the longer one.
    es = Document(
        id="e", title="Erupción del volcán de Fuego", text=" ".join(_ES.split()), source_ids=["e"]
    )
    for docs in ([_day()[1], es], [es, _day()[1]]):
        (section,) = summarize_documents(docs).sections
        assert section.bullets[0].source_ids == ["r"], [b.source_ids for b in section.bullets]


def test_a_one_article_section_reads_no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    # A briefing of one French report: nothing to weigh, so the language model (~0.6 s of CPU
    # and a temporary file on its first load) is never asked.
    import briefing.extractive.stories as stories

    def asked(title: str, text: str) -> str:
        raise AssertionError("article_language was asked")

    monkeypatch.setattr(stories, "article_language", asked)
    french = "Le Congrès a voté jeudi un moratoire de dix ans sur l'exploitation des fonds marins."
    draft = summarize_documents(
        [Document(id="f", title="Fonds marins : moratoire voté", text=french, source_ids=["f"])]
    )
    assert draft.sections
