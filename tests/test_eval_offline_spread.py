"""bench/eval_offline.py's ``spread``: gold stories whose bullets sit in two or more sections,
and the sections of one article's bullets whose article has bullets in another section too
(fragments)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

pytest.importorskip("sumy")
pytest.importorskip("rouge_score")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_offline import Day, spread

from briefing.calls import Usage
from briefing.models import Article, Briefing, BriefingSection, Bullet, Grounding

NOON = dt.datetime(2031, 1, 1, 12, tzinfo=dt.UTC)


def _article(title: str, text: str) -> Article:
    return Article.create(title=title, text=text, source=title, outlet="X", published_at=NOON)


FEATURE = _article(
    "Four generations and one trumpet: a Vranje family's Guca",
    "In the courtyard the brass is polished. The youngest member, Amir, 16, is the drummer.",
)
REPORT = _article(
    "Guca festival opens with record crowds",
    "The trumpet festival opened on Thursday with 600,000 visitors expected.",
)
DIGEST = _article(
    "Morning wrap: festival crowds, ferry strike, a zoo's pandas",
    "Crowds came to Guca. Ferry crews struck at dawn. The zoo has twin cubs.",
)
FERRY = _article("Ferry crews strike over rosters", "Ferry crews walked out at dawn on Friday.")


def _day() -> Day:
    gold = {FEATURE.id: "guca", REPORT.id: "guca", DIGEST.id: "guca", FERRY.id: "ferry"}
    return Day("d1", "tune", "", [FEATURE, REPORT, DIGEST, FERRY], gold, [], [])


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


def test_a_feature_part_made_a_section_of_its_own_is_a_spread_story_and_a_fragment() -> None:
    briefing = _briefing(
        (
            "Four generations and one trumpet",
            [("In the courtyard the brass is polished.", FEATURE), ("It opened.", REPORT)],
        ),
        ("The youngest member, Amir", [("The youngest member, Amir, 16, ...", FEATURE)]),
        ("Ferry crews strike", [("Ferry crews walked out at dawn on Friday.", FERRY)]),
    )
    assert spread(_day(), briefing) == (["guca"], [("The youngest member, Amir", 1)])


def test_a_section_of_two_bullets_of_one_articles_part_is_a_fragment_too() -> None:
    briefing = _briefing(
        (
            "Four generations and one trumpet",
            [("In the courtyard the brass is polished.", FEATURE), ("It opened.", REPORT)],
        ),
        (
            "The youngest member, Amir",
            [("The youngest member, Amir, 16, ...", FEATURE), ("He wants ...", FEATURE)],
        ),
    )
    assert spread(_day(), briefing) == (["guca"], [("The youngest member, Amir", 2)])


def test_one_section_per_story_spreads_nothing() -> None:
    briefing = _briefing(
        ("Guca", [("In the courtyard ...", FEATURE), ("The youngest ...", FEATURE)]),
        ("Ferry crews strike", [("Ferry crews walked out at dawn on Friday.", FERRY)]),
    )
    assert spread(_day(), briefing) == ([], [])


def test_a_story_in_two_sections_of_several_bullets_has_no_fragment() -> None:
    briefing = _briefing(
        ("Guca festival", [("It opened.", REPORT), ("In the courtyard ...", FEATURE)]),
        ("A family band", [("The youngest ...", FEATURE), ("600,000 ...", REPORT)]),
    )
    assert spread(_day(), briefing) == (["guca"], [])


def test_a_digests_items_in_other_sections_are_left_out() -> None:
    briefing = _briefing(
        ("Guca festival", [("It opened.", REPORT), ("In the courtyard ...", FEATURE)]),
        ("Crowds came to Guca", [("Crowds came to Guca.", DIGEST)]),
        ("Ferry crews strike", [("Ferry crews walked out.", FERRY), ("Crews struck.", DIGEST)]),
    )
    assert spread(_day(), briefing) == ([], [])
