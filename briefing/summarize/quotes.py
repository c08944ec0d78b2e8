"""Map notes keep their quotes: the verified quotes a note carries from its articles travel
with it to the reduce and final calls, which copy them into what they write, so a map-reduce
briefing's evidence comes from the model chain (``prompts/_partials/notes_evidence.md``).

A quote that is not verbatim in its article is dropped when the note is read. The reduce rule
decides on the notes without their quotes (as the plan counts them); a call then gets the quotes
when they still fit it, so quotes never add a call or a reduce level. A bullet left with no
quote is given its article's own sentences by code (``briefing.anchor``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.evidence import find_quote
from briefing.models import Article, Document, Evidence
from briefing.plan import Planner

__all__ = ["bare", "quoted", "verified_quotes"]

_PER_ARTICLE = 2


def verified_quotes(
    evidence: Sequence[Evidence], ids: Sequence[str], articles: Mapping[str, Article]
) -> list[Evidence]:
    """The quotes of a note that are verbatim in one of its articles ``ids`` (at most two per
    article): what the next call may copy as evidence."""
    kept: list[Evidence] = []
    for e in evidence:
        article = articles.get(e.source_id)
        if e.source_id not in ids or article is None or e in kept:
            continue
        if sum(k.source_id == e.source_id for k in kept) >= _PER_ARTICLE:
            continue
        if find_quote(e.quote, article) is None:
            kept.append(e)
    return kept


def bare(notes: Sequence[Document]) -> list[Document]:
    """The notes without their quotes."""
    return [d.model_copy(update={"evidence": []}) if d.evidence else d for d in notes]


def quoted(
    group: Sequence[Document], notes: Sequence[Document], planner: Planner, step: str
) -> list[Document]:
    """``group`` (some of ``notes``, without quotes) with their quotes back when one call of
    ``step`` still fits them; else as it is."""
    by_id = {d.id: d for d in notes}
    with_quotes = [by_id.get(d.id, d) for d in group]
    output = planner.map_output if step == "reduce" else planner.final_output
    sent = planner.step_tokens(with_quotes, step, as_notes=True)
    return with_quotes if sent <= planner.step_budget(step, output) else list(group)
