"""Output-token cost of evidence quotes: the same briefings with and without ``evidence``.

For each day size (``bench/corpus.py``), the offline backend writes the briefing (one call, the
whole day) and its answer is counted in o200k tokens as a model would write it: with one quote
per citation (the schema's ``evidence``, its quote here being the bullet's own sentence, as the
offline backend gives it) and without (``evidence`` emptied, the schema before issue 9). An
abstractive model's quotes are about as long as the extractive sentences, so the ratio carries
over; the absolute figures are per briefing answer.

A second table is the input side of map-reduce: map notes keep their quotes when they are passed
to the reduce and final calls (which copy them into what they write). The briefing's bullets
stand in for the notes; their tokens in a final call's prompt (``Planner.step_tokens``, the
prompt and schema included) are counted with the quotes and without.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence

from corpus import build_corpus

from briefing.backends.offline import OfflineBackend
from briefing.models import Article, BriefingDraft, Document
from briefing.plan import Planner, model_info
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

__all__ = ["evidence_cost"]

_MODEL = "gpt-4.1-mini"


def _draft(articles: Sequence[Article]) -> BriefingDraft:
    planner = Planner(info=model_info(_MODEL), tokenizer=tokenizer_for(_MODEL))
    prepared = prepare(articles, planner)
    briefing = asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2031, 3, 4)))
    return BriefingDraft(overview=briefing.overview, sections=list(briefing.sections))


def _notes(draft: BriefingDraft, *, quotes: bool) -> list[Document]:
    return [
        Document(
            id=f"n{k}",
            title="",
            text=b.text,
            source_ids=b.source_ids,
            evidence=b.evidence if quotes else [],
        )
        for k, b in enumerate(b for s in draft.sections for b in s.bullets)
    ]


def evidence_cost(sizes: Sequence[int]) -> str:
    counter = tokenizer_for(_MODEL)
    planner = Planner(info=model_info(_MODEL), tokenizer=counter)
    inputs = [
        "",
        "input tokens of a final call on notes (o200k, prompt and schema included), the notes "
        "with and without their quotes",
        f"{'articles':>9}{'notes':>9}{'quotes':>11}{'without':>9}{'with':>8}{'ratio':>7}",
    ]
    lines = [
        "output tokens of one briefing answer (o200k), with and without evidence quotes",
        f"{'articles':>9}{'bullets':>9}{'citations':>11}{'without':>9}{'with':>8}{'ratio':>7}",
    ]
    for n in sizes:
        articles = [
            Article.create(title=a.title, text=a.text, source=a.key, outlet=a.outlet)
            for a in build_corpus(n).distinct
        ]
        draft = _draft(articles)
        keys = {"overview", "sections"}
        with_quotes = counter.count(draft.model_dump_json(include=keys))
        bare = draft.model_copy(
            update={
                "sections": [
                    s.model_copy(
                        update={
                            "bullets": [b.model_copy(update={"evidence": []}) for b in s.bullets]
                        }
                    )
                    for s in draft.sections
                ]
            }
        )
        without = counter.count(bare.model_dump_json(include=keys))
        bullets = sum(len(s.bullets) for s in draft.sections)
        cites = sum(len(b.source_ids) for s in draft.sections for b in s.bullets)
        lines.append(
            f"{n:>9}{bullets:>9}{cites:>11}{without:>9,}{with_quotes:>8,}"
            f"{with_quotes / without:>7.2f}"
        )
        bare_in = planner.step_tokens(_notes(draft, quotes=False), "final", as_notes=True)
        full_in = planner.step_tokens(_notes(draft, quotes=True), "final", as_notes=True)
        quotes = sum(len(b.evidence) for s in draft.sections for b in s.bullets)
        inputs.append(
            f"{n:>9}{bullets:>9}{quotes:>11}{bare_in:>9,}{full_in:>8,}{full_in / bare_in:>7.2f}"
        )
    return "\n".join(lines + inputs)
