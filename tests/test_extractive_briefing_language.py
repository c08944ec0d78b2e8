"""A story with a source in the briefing's language is told in that language.

fresh44's d1040: an agency's English report, its French service's version and a French daily
made one section written wholly in French, title and bullets, because two of its three
articles were French. The reader of an English briefing gets the English report's sentences
first and its headline as the title; the French articles are still cited (their news may
come after). A story whose only sources are French keeps its French sentences and title: the
offline summarizer cannot translate. The texts are fictional, written for this test in the
shape of an agency wire, its French service's version and a local daily.
"""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.models import Document

_WIRE_EN = """A section of the south wall of the old mud-brick mosque in Kossa collapsed early
on Tuesday after two nights of unseasonal rain, the mosque's management committee said on
Wednesday. The section, about 10 metres wide, fell at around 2 a.m. and took one of the
facade's towers with it. No one was hurt. The yearly replastering festival, which brings the
whole town out to coat the walls with fresh mud, had been planned for April 20 with some
3,000 volunteers and may now be brought forward, the head of the masons' guild said."""

_WIRE_FR = """Un pan du mur sud de la vieille mosquée en banco de Kossa s'est effondré mardi
vers 2 heures du matin après deux nuits de pluies inhabituelles, a indiqué mercredi le comité
de gestion de la mosquée. Le pan, large d'environ 10 mètres, a emporté l'une des tours de la
façade. Il n'y a pas eu de blessés. La fête du crépissage, qui mobilise chaque année toute la
ville, était prévue le 20 avril avec quelque 3 000 volontaires et pourrait être avancée,
selon le chef de la corporation des maçons."""

_DAILY_FR = """Les habitants de Kossa se sont réveillés mardi devant un spectacle désolant :
un pan entier du mur sud de la mosquée gisait dans la cour, après deux nuits de pluie. Selon
le comité de gestion, la partie effondrée mesure une dizaine de mètres et devra être
reconstruite depuis les fondations. Les maçons de la ville se réunissent jeudi pour décider
d'avancer le crépissage, prévu le 20 avril avec environ 3 000 volontaires."""


def _doc(i: str, title: str, text: str) -> Document:
    return Document(id=i, title=title, text=" ".join(text.split()), source_ids=[i], story="s")


_EN = _doc("w", "Section of Kossa's old mosque collapses after unseasonal rain", _WIRE_EN)
_FR = _doc("f", "Kossa : un pan du mur de la mosquée s'effondre après des pluies", _WIRE_FR)
_DAILY = _doc("d", "Kossa : la mosquée blessée, le crépissage pourrait être avancé", _DAILY_FR)


def test_a_story_with_an_english_source_is_told_in_english_though_most_are_french() -> None:
    for docs in ([_FR, _EN, _DAILY], [_DAILY, _FR, _EN]):
        (section,) = summarize_documents(docs).sections
        assert section.bullets[0].source_ids == ["w"], [b.source_ids for b in section.bullets]
        assert section.title == _EN.title
        cited = {i for b in section.bullets for i in b.source_ids}
        assert "w" in cited


def test_a_story_told_only_in_french_keeps_its_french() -> None:
    # The lookalike: no source in the briefing's language, nothing to prefer.
    (section,) = summarize_documents([_FR, _DAILY]).sections
    assert section.title in {_FR.title, _DAILY.title}
    assert section.bullets
    assert all(set(b.source_ids) <= {"f", "d"} for b in section.bullets)
    assert any("mosquée" in b.text for b in section.bullets)


def test_the_briefing_language_set_to_french_prefers_the_french_sources() -> None:
    # A reader who set the briefing's language to French gets the French sentences first
    # and a French title, though the English report is the most central.
    (section,) = summarize_documents([_EN, _FR], language="fr").sections
    assert section.bullets[0].source_ids == ["f"], [b.source_ids for b in section.bullets]
    assert section.title == _FR.title


def _brief(docs: list[Document], language: str | None):  # type: ignore[no-untyped-def]
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
    date = dt.date(2031, 4, 9)
    result = asyncio.run(brief(prepared, OfflineBackend(), planner, date=date, language=language))
    return result, {a.id: d.id for a, d in zip(arts, docs, strict=True)}


def test_the_offline_backend_is_told_the_briefing_language_set() -> None:
    # The setting reaches the offline backend, which cannot translate but tells a story in
    # the reader's language first when one of its sources is written in it.
    for language, first in ((None, "w"), ("fr", "f")):
        result, ids = _brief([_EN, _FR], language)
        (section,) = result.sections
        assert [ids[i] for i in section.bullets[0].source_ids] == [first], language
