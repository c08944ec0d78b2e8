"""A section told in the briefing's language takes its bullets from its articles in it.

fresh46's look: an agency's English report beside its Spanish service's version made one
English section, three of whose five bullets were the Spanish service's sentences (d1087); a
Latvian local page's sentence closed an English section on a strike (d1097), a French daily's
repeated the English bullet's seat count (d1099). The reader of an English briefing cannot read
them, and they take the place of English facts. A sentence in another language is a bullet
only where the story has nothing in the briefing's language to say; a story told only in
another language keeps its own bullets. The texts are fictional, written for this test in the
shape of an agency's English wire, its Spanish service's version and a second English outlet.
"""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.language import article_language
from briefing.models import Document

_WIRE = """Three divers were killed and a fourth was missing on Thursday after a sudden swell
swept them off a reef near the harbour of Puerto Lobos on Argentina's Patagonian coast, the
provincial government of Chubut said. The divers had gone out at dawn to gather mussels on
the outer reef, a stretch of rocks exposed only at low tide. Coast guard boats and a navy
helicopter searched the water until nightfall for the missing man, a 41-year-old from the
nearby town of Camarones. The province's fisheries secretary said the reef would stay closed
to gatherers until the end of the month."""

_SERVICE = """Tres buzos murieron y un cuarto está desaparecido tras un golpe de mar que los
arrastró de un arrecife cerca del puerto de Puerto Lobos, en la costa patagónica, informó el
gobierno de Chubut. Una mujer de 33 años fue rescatada del agua por el helicóptero de la
Armada unos 30 minutos después del golpe de mar y permanece internada en Trelew, con
hipotermia y una pierna fracturada, fuera de peligro. El presidente de la cooperativa de
pescadores de Camarones, Julio Arancibia, defendió que el mar estaba tranquilo cuando los
buzos bajaron, pese al aviso por oleaje de tres metros. La secretaria de Pesca anunció que la
provincia revisará las normas para abrir los arrecifes con alerta costera vigente."""

_SECOND = """A navy helicopter lifted a woman of 33 from the water half an hour after the
swell struck and flew her to hospital in Trelew, where she was treated for hypothermia and a
broken leg, the Chubut health ministry said. Local fishermen said a swell warning of three
metres had been in force since Wednesday evening. The head of the Camarones fishing
cooperative said the sea had been calm when the divers went down to the reef."""


def _doc(i: str, title: str, text: str) -> Document:
    return Document(id=i, title=title, text=" ".join(text.split()), source_ids=[i], story="s")


_EN = _doc("w", "Three mussel divers killed, one missing off Patagonian reef", _WIRE)
_ES = _doc(
    "e", "Mueren tres buzos y otro desaparece tras un golpe de mar en Puerto Lobos", _SERVICE
)
_EN2 = _doc("r", "Woman rescued from Puerto Lobos swell treated in Trelew", _SECOND)


def test_the_texts_are_written_in_the_languages_they_stand_for() -> None:
    assert article_language(_ES.title, _ES.text) == "es"
    assert article_language(_EN.title, _EN.text) == "en"


def test_a_section_with_an_english_report_has_no_spanish_bullet() -> None:
    for docs in ([_EN, _ES], [_ES, _EN], [_EN, _ES, _EN2], [_ES, _EN2, _EN]):
        (section,) = summarize_documents(docs).sections
        cited = [b.source_ids for b in section.bullets]
        assert all(ids != ["e"] for ids in cited), cited
        assert section.bullets[0].source_ids == ["w"] or "w" not in {d.id for d in docs}
        assert section.title in {_EN.title, _EN2.title}


def test_a_story_told_only_in_spanish_keeps_its_spanish_bullets() -> None:
    (section,) = summarize_documents([_ES]).sections
    assert section.bullets and all(b.source_ids == ["e"] for b in section.bullets)
    local = _ES.model_copy(update={"id": "l", "source_ids": ["l"], "title": "Golpe de mar"})
    (section,) = summarize_documents([_ES, local]).sections
    assert any("buzos" in b.text for b in section.bullets)


def test_a_briefing_in_spanish_takes_the_spanish_services_bullets() -> None:
    (section,) = summarize_documents([_EN, _ES, _EN2], language="es").sections
    cited = [b.source_ids for b in section.bullets]
    assert cited and all(ids == ["e"] for ids in cited), cited
    assert section.title == _ES.title


def _brief(docs: list[Document]):  # type: ignore[no-untyped-def]
    import asyncio
    import datetime as dt

    from briefing.backends.offline import OfflineBackend
    from briefing.models import Article
    from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
    from briefing.summarize import brief, prepare
    from briefing.tokens import tokenizer_for

    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    arts = [
        Article.create(title=d.title, text=d.text, source=f"test#{d.id}", outlet=f"O{d.id}")
        for d in docs
    ]
    prepared = prepare(arts, planner)
    result = asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2031, 4, 9)))
    return result, {a.id: d.id for a, d in zip(arts, docs, strict=True)}


def test_the_spanish_service_left_out_says_why() -> None:
    # Its story is told in English from the English reports: the Spanish service is no
    # bullet's source, and the briefing says so (the same story as the section, and its
    # language), not that the summary covered more important stories.
    result, ids = _brief([_ES, _EN, _EN2])
    (section,) = result.sections
    assert "e" not in {ids[i] for b in section.bullets for i in b.source_ids}
    (item,) = [item for item in result.left_out if ids[item.id] == "e"]
    assert item.reason.startswith("same story as §1, covered by [")
    assert item.reason.endswith(
        "; written in Spanish, the section is told from its articles in English"
    ), item.reason
    # an English article left out of a section says nothing of languages
    assert all("written in" not in i.reason for i in result.left_out if ids[i.id] != "e")


def test_a_section_told_in_english_is_titled_in_english_though_its_headline_has_a_kicker() -> None:
    # The wire's update keeps its tag; the Spanish service's headline has none. The section
    # is told in English: its title is the English headline, the tag removed.
    tagged = _EN.model_copy(update={"title": "UPDATE 1-" + _EN.title})
    for docs in ([tagged, _ES], [_ES, tagged]):
        (section,) = summarize_documents(docs).sections
        assert section.title == _EN.title, section.title
