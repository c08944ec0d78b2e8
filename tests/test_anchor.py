"""Anchoring in the pipeline: quotes per citation, invalid and idle citations, titles and the
overview checked like bullets — with a model's answers passed in (FunctionBackend)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from briefing.anchor import check_bullet
from briefing.backends.base import LLMRequest
from briefing.backends.function import FunctionBackend
from briefing.models import Article, Briefing, BriefingDraft, Bullet, Evidence
from briefing.plan import Planner, model_info
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

BOE = Article.create(
    title="Bank of England cuts rates to 3.5% in split vote",
    outlet="Reuters",
    source="boe.txt",
    text=(
        "The Bank of England cut interest rates by a quarter point to 3.5% on Thursday. Five of "
        "the nine Monetary Policy Committee members voted to hold. Sterling fell 0.6% to $1.2870 "
        "after the decision."
    ),
)
TUNNEL = Article.create(
    title="Channel Tunnel power failure strands 9,000 Eurostar passengers",
    outlet="Northgate News",
    source="tunnel.txt",
    text=(
        "About 9,000 Eurostar passengers were stranded overnight after a power failure inside "
        "the Channel Tunnel. Eurostar said a reduced timetable of 31 trains would run on "
        "Thursday, against 52 normally."
    ),
)
ARTICLES = {a.id: a for a in (BOE, TUNNEL)}


def ev(article: Article, quote: str) -> Evidence:
    return Evidence(source_id=article.id, quote=quote)


def test_a_valid_quote_anchors_a_paraphrase() -> None:
    bullet = Bullet(
        text="The Bank of England lowered rates to 3.5%.",
        source_ids=[BOE.id],
        evidence=[ev(BOE, "The Bank of England cut interest rates by a quarter point to 3.5%")],
    )
    cleaned, problems = check_bullet(bullet, ARTICLES)
    assert problems == [] and cleaned.evidence == bullet.evidence


def test_a_quote_not_in_its_article_makes_the_citation_invalid() -> None:
    bullet = Bullet(
        text="Sterling fell 0.6% after the decision.",
        source_ids=[BOE.id, TUNNEL.id],
        evidence=[
            ev(BOE, "Sterling fell 0.6% to $1.2870 after the decision."),
            ev(TUNNEL, "Sterling fell 0.6% after the decision."),  # not in that article
        ],
    )
    cleaned, problems = check_bullet(bullet, ARTICLES)
    assert cleaned.source_ids == [BOE.id] and problems == []  # the valid quote supports it
    alone = bullet.model_copy(update={"source_ids": [TUNNEL.id], "evidence": bullet.evidence[1:]})
    cleaned, problems = check_bullet(alone, ARTICLES)
    assert cleaned.source_ids == []
    assert problems[-1] == (
        f"invalid citation {TUNNEL.id}: the quote is not in the article: "
        "'Sterling fell 0.6% after the decision.'"
    )


def test_a_citation_whose_quote_supports_nothing_is_removed() -> None:
    bullet = Bullet(
        text="Sterling fell 0.6% to $1.2870.",
        source_ids=[BOE.id, TUNNEL.id],
        evidence=[
            ev(BOE, "Sterling fell 0.6% to $1.2870 after the decision."),
            ev(TUNNEL, "the Channel Tunnel"),  # verbatim, but says nothing of the bullet
        ],
    )
    cleaned, problems = check_bullet(bullet, ARTICLES)
    assert problems == [] and cleaned.source_ids == [BOE.id]


def test_facts_must_be_in_the_quotes_not_just_somewhere_in_the_article() -> None:
    bullet = Bullet(
        text="Sterling fell 0.6% to $1.2870 as five of nine members voted to hold.",
        source_ids=[BOE.id],
        evidence=[ev(BOE, "Sterling fell 0.6% to $1.2870 after the decision.")],
    )
    _, problems = check_bullet(bullet, ARTICLES)
    assert any("words not in its evidence" in p for p in problems), problems


def _answer(request: LLMRequest[Any]) -> BriefingDraft:
    if request.schema is not BriefingDraft:
        raise AssertionError(f"unexpected {request.step} call")
    a1, a2 = (d.id for d in request.documents)  # the model sees aliases
    boe, tunnel = (a1, a2) if "Bank" in request.documents[0].title else (a2, a1)
    return BriefingDraft.model_validate(
        {
            "overview": "The Bank of England cut rates to 3.5%. Aliens landed in Paris.",
            "sections": [
                {
                    "title": "Bank of England raises rates",  # the opposite of its sources
                    "bullets": [
                        {
                            "text": "The Bank of England cut rates to 3.5% on Thursday.",
                            "source_ids": [boe],
                            "evidence": [
                                {
                                    "source_id": boe,
                                    "quote": "The Bank of England cut interest rates by a "
                                    "quarter point to 3.5% on Thursday.",
                                }
                            ],
                        },
                        {
                            "text": "Eurostar ran 52 trains on Thursday.",  # 31 ran
                            "source_ids": [tunnel],
                            "evidence": [
                                {
                                    "source_id": tunnel,
                                    "quote": "a reduced timetable of 31 trains would run on "
                                    "Thursday, against 52 normally",
                                }
                            ],
                        },
                    ],
                }
            ],
        }
    )


def _brief(backend: FunctionBackend) -> Briefing:
    planner = Planner(info=model_info("gpt-4.1-mini"), tokenizer=tokenizer_for("gpt-4.1-mini"))
    prepared = prepare([BOE, TUNNEL], planner)
    return asyncio.run(brief(prepared, backend, planner, date=dt.date(2026, 11, 27), repair=False))


def test_the_pipeline_keeps_quotes_drops_mistakes_and_checks_title_and_overview() -> None:
    briefing = _brief(FunctionBackend(_answer))
    (section,) = briefing.sections
    assert [b.text for b in section.bullets] == [
        "The Bank of England cut rates to 3.5% on Thursday."
    ]
    assert section.bullets[0].evidence[0].source_id == BOE.id  # aliases mapped back
    assert section.title == BOE.title  # the invented title is replaced by the headline
    assert briefing.overview == "The Bank of England cut rates to 3.5%."
    (dropped,) = briefing.grounding.dropped_bullets
    assert dropped.text == "Eurostar ran 52 trains on Thursday." and "31" in dropped.reason
    assert any("Aliens landed in Paris" in n for n in briefing.notices)
    assert any("'Bank of England raises rates' replaced" in n for n in briefing.notices)
