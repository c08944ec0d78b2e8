"""bench/eval_offline.py's ``other_language``: sections, bullets and titles of an English
briefing written in another language although their story has an English source."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

pytest.importorskip("sumy")
pytest.importorskip("rouge_score")
pytest.importorskip("py3langid")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_offline import Day, other_language

from briefing.calls import Usage
from briefing.models import Article, Briefing, BriefingSection, Bullet, Grounding

NOON = dt.datetime(2031, 1, 1, 12, tzinfo=dt.UTC)


def _article(title: str, text: str, outlet: str) -> Article:
    return Article.create(title=title, text=text, source=title, outlet=outlet, published_at=NOON)


WIRE = _article(
    "Three shellfish gatherers swept off rocks on Galicia's coast, one missing",
    "Two shellfish gatherers were killed and a third was missing on Wednesday after a wave swept "
    "four of them off the rocks near Corme on the north-western coast of Spain, the regional "
    "government said. A fourth, a woman of 29, was lifted from the water by a rescue helicopter "
    "and taken to hospital in A Coruña with hypothermia. The regional fisheries minister said "
    "the rules for opening shellfish beds when a coastal warning is in force would be reviewed.",
    "Atlantic Wire",
)
SERVICE = _article(
    "Mueren dos percebeiros y otro desaparece tras un golpe de mar en Corme",
    "Dos percebeiros murieron y un tercero está desaparecido tras un golpe de mar que arrastró "
    "a cuatro mariscadores en las rocas de Corme, según informó la Xunta de Galicia. Una mujer "
    "de 29 años fue rescatada del agua por el helicóptero de Salvamento Marítimo y permanece "
    "ingresada en A Coruña con hipotermia. El patrón mayor de la cofradía defendió que el mar "
    "estaba manejable cuando los mariscadores bajaron a las rocas, pese al aviso amarillo.",
    "Agencia Atlántica (servicio en español)",
)
LOCAL = _article(
    "Rīgā streiko sabiedriskā transporta vadītāji",
    "Otrdien no rīta lielākā daļa Rīgas tramvaju, trolejbusu un autobusu palika depo, jo "
    "vadītāji sāka divdesmit četru stundu streiku par algām. Pieturās Brīvības ielā un pie "
    "Centrālās stacijas cilvēki gaidīja velti, līdz uzzināja par streiku. Arodbiedrība prasa "
    "algu pielikumu par piecpadsmit procentiem no janvāra.",
    "Rīgas Vēstis",
)

SERVICE_BULLET = (
    "Una mujer de 29 años fue rescatada del agua por el helicóptero de Salvamento Marítimo y "
    "permanece ingresada en A Coruña con hipotermia."
)
WIRE_BULLET = (
    "Two shellfish gatherers were killed and a third was missing on Wednesday after a wave swept "
    "four of them off the rocks near Corme on the north-western coast of Spain, the regional "
    "government said."
)
LOCAL_BULLET = (
    "Pieturās Brīvības ielā un pie Centrālās stacijas cilvēki gaidīja velti, līdz uzzināja par "
    "streiku."
)


def _day() -> Day:
    gold = {WIRE.id: "corme", SERVICE.id: "corme", LOCAL.id: "riga"}
    return Day("d1", "tune", "", [WIRE, SERVICE, LOCAL], gold, [], [])


def _briefing(*sections: tuple[str, list[tuple[str, Article]]]) -> Briefing:
    return Briefing(
        date=NOON.date(),
        overview="",
        sections=[
            BriefingSection(
                title=title,
                bullets=[Bullet(text=text, source_ids=[a.id]) for text, a in bullets],
            )
            for title, bullets in sections
        ],
        articles=[],
        left_out=[],
        grounding=Grounding(),
        usage=Usage(backend="offline", model="extractive"),
    )


def test_a_bullet_of_a_language_service_beside_the_english_report_is_counted() -> None:
    briefing = _briefing(
        (WIRE.title, [(WIRE_BULLET, WIRE), (SERVICE_BULLET, SERVICE)]),
        (LOCAL.title, [(LOCAL_BULLET, LOCAL)]),
    )
    found = other_language(_day(), briefing)
    # the Latvian story has no English source: its section says what can be said
    assert (found.sections, found.bullets, found.titles) == ([], [SERVICE_BULLET], [])


def test_a_section_split_off_in_another_language_is_counted_as_a_section() -> None:
    briefing = _briefing(
        (WIRE.title, [(WIRE_BULLET, WIRE)]),
        (SERVICE.title, [(SERVICE_BULLET, SERVICE)]),
    )
    found = other_language(_day(), briefing)
    assert (found.sections, found.bullets, found.titles) == ([SERVICE.title], [], [])


def test_a_title_in_another_language_over_english_bullets_is_counted() -> None:
    briefing = _briefing((SERVICE.title, [(WIRE_BULLET, WIRE), (SERVICE_BULLET, SERVICE)]))
    found = other_language(_day(), briefing)
    assert (found.sections, found.bullets, found.titles) == (
        [],
        [SERVICE_BULLET],
        [SERVICE.title],
    )


def test_an_english_section_counts_nothing() -> None:
    briefing = _briefing((WIRE.title, [(WIRE_BULLET, WIRE)]))
    found = other_language(_day(), briefing)
    assert (found.sections, found.bullets, found.titles) == ([], [], [])


def test_a_short_bullet_is_read_by_its_language_not_by_dictionary_words() -> None:
    # "la", "de", "propone", "una", "area", "control", "para" are English dictionary words
    # too: the split section's short second bullet is Spanish all the same.
    short = "La prefectura de la zona propone una area de control para la pesca."
    briefing = _briefing(
        (WIRE.title, [(WIRE_BULLET, WIRE)]),
        (SERVICE.title, [(SERVICE_BULLET, SERVICE), (short, SERVICE)]),
    )
    found = other_language(_day(), briefing)
    assert (found.sections, found.bullets, found.titles) == ([SERVICE.title], [], [])
