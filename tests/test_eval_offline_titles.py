"""bench/eval_offline.py's ``cut_titles``: section titles that are no whole phrase (the issue:
"a story's most central headline, shortened at a clause boundary, never mid-phrase; '…' only
where nothing else fits")."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

pytest.importorskip("sumy")
pytest.importorskip("rouge_score")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_offline import cut_titles

from briefing.calls import Usage
from briefing.models import Briefing, BriefingSection, Bullet, Grounding


def _briefing(*titles: str) -> Briefing:
    sections = [
        BriefingSection(title=t, bullets=[Bullet(text="The port reopened.", source_ids=["a"])])
        for t in titles
    ]
    return Briefing(
        date=dt.date(2031, 1, 1),
        overview="",
        sections=sections,
        articles=[],
        left_out=[],
        grounding=Grounding(),
        usage=Usage(backend="offline", model="extractive"),
    )


def test_a_quote_never_closed_and_an_open_last_word_are_cut() -> None:
    cut = cut_titles(
        _briefing(
            '"This eruption is stronger',
            "Survivors of the",
            "Dockers and",
            "Survivors Of The",
            "Ferry fares rise across the…",
            "“Nobody warned us",
            "Mieszkańcy: „Czuliśmy gaz od wczoraj",
            "«Nessuno ci ha avvisati",
        )
    )
    assert len(cut) == 8


def test_whole_phrases_and_verb_particles_are_not() -> None:
    assert not cut_titles(
        _briefing(
            "Yen rebounds after Tokyo steps in",
            "New bus tap card: long queues as Suva commuters switch over",
            '"Nobody warned us," say flooded traders',
            "Vanilla: the cut that traders already priced in",
            'Mieszkańcy Limanowskiego: „Czuliśmy gaz od wczoraj"',
            "Anwohner: „Wir haben das Gas schon gestern gerochen“",
            "Mieszkańcy: „Czuliśmy gaz” – mówi sołtys",
            "«Nessuno ci ha avvisati», dicono i commercianti",
            "Night fire guts lantern workshop and old shophouses in Vietnam's Hoi An",
            "Ferry leaves stranded trucks at Port A",
        )
    )
