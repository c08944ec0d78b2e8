"""From the articles to the briefing draft through notes: map, reduce levels, the final call,
and the briefing built from the notes when the final call (or a reduce level) fails.

``map_reduce`` asks for notes of every map group (``Run.notes``), merges them in reduce levels
while the planner's rule asks for one, and writes the briefing in one final call on the notes
that fit it. ``final`` is also the one-call briefing (step ``brief``). When the final call fails
in a way a model can fail (``fallback.FALLBACK_ERRORS``: cut off with nothing complete, stopped
for repeating itself, refused, unreadable, too slow), the newest notes stand in for it
(``fallback.notes_draft``) and the failure is kept in ``Run.fallbacks`` for the briefing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from briefing.cluster import Clustering
from briefing.exceptions import InvalidOutputError, LLMError, OutputTooLongError, RefusalError
from briefing.models import BriefingDraft, Document, Step
from briefing.summarize.fallback import FALLBACK_ERRORS, failure, notes_draft
from briefing.summarize.quotes import bare, quoted
from briefing.summarize.run import GROUP_FAILURES, NOTE_STEPS, Run, renumber, together

__all__ = ["final", "map_reduce", "reduce", "require"]

log = logging.getLogger(__name__)


async def map_reduce(run: Run, clustering: Clustering) -> BriefingDraft:
    """Notes from every map group, reduced to the briefing; the briefing from the newest notes
    when the final call or a reduce level fails (``Run.fallbacks`` says which and why)."""
    planner = run.planner
    groups = planner.map_groups(clustering.articles, clustering.stories)
    results = await together(
        *(run.notes("map", g, planner.output_for("map", len(g))) for g in groups)
    )
    try:
        return await reduce(run, renumber(d for r in results for d in r))
    except FALLBACK_ERRORS as exc:
        if not run.latest_notes:
            raise
        failed = failure(exc, "final")
        log.warning(
            "step %s failed (%s); the briefing is built from the %d notes",
            failed.step,
            failed.reason,
            len(run.latest_notes),
        )
        run.fallbacks.append(failed)
        return notes_draft(run.latest_notes, clustering, run.articles)


async def reduce(run: Run, notes: list[Document]) -> BriefingDraft:
    """Reduce levels while the planner's rule (``Planner.reduce_groups``) asks for one and a
    level merges something, then the final call on the notes that fit it; the articles only the
    others spoke for are reported as lost."""
    planner = run.planner
    require(run, notes, "map")
    run.latest_notes = notes
    level = 1
    # The rule decides on the notes without their quotes (as the plan counts them); a call
    # then gets the quotes when they fit it, so quotes never add a call or a level.
    while (groups := planner.reduce_groups(bare(notes), level)) is not None:
        results = await together(
            *(
                run.notes(
                    "reduce",
                    quoted(g, notes, planner, "reduce"),
                    planner.output_for("reduce", len(g)),
                    level=level,
                )
                for g in groups
            )
        )
        merged = renumber(d for r in results for d in r)
        require(run, merged, "reduce")
        level += 1
        if len(merged) >= len(notes):  # every call failed and kept its notes: no progress
            log.warning("reduce level %d merged nothing; the final call reads what fits", level - 1)
            notes = merged
            break
        notes = run.latest_notes = merged
    kept = planner.prefix_that_fits(bare(notes))
    if len(kept) < len(notes):
        run.lose(notes[len(kept) :], "its notes did not fit the final call")
    docs = quoted(kept, notes, planner, "final")
    return await final(run, "final", docs, planner.output_for("final", len(docs)), level=level)


def require(run: Run, notes: Sequence[Document], step: str) -> None:
    """No empty step: when every input of the next call failed, say why instead of sending a
    call about nothing."""
    if notes:
        return
    reasons = list(dict.fromkeys(run.lost.values()))
    detail = reasons[0] if reasons else "no article yielded a note"
    more = f" (and {len(reasons) - 1} other reason(s))" if len(reasons) > 1 else ""
    raise LLMError(
        f"nothing to brief: every {step} call failed for all {len(run.lost)} article(s): "
        f"{detail}{more}"
    )


async def final(
    run: Run, step: Step, docs: list[Document], max_output: int, *, level: int = 0
) -> BriefingDraft:
    """The briefing call. A cut-off answer keeps its complete sections and the documents they
    do not cover are asked for in one more call; with nothing complete, retry once with a
    larger allowance (the model's, ``Planner.larger_output``), not when the model was stopped
    for repeating itself (it would loop again). On a refusal or output still invalid after its
    repair, ask once more."""
    try:
        draft = await run.call(step, docs, BriefingDraft, max_output, level=level)
    except (RefusalError, InvalidOutputError) as exc:
        log.warning("step %s failed (%s); asking once more", step, exc)
        draft = await run.call(step, docs, BriefingDraft, max_output, level=level)
    except OutputTooLongError as exc:
        if isinstance(exc.partial, BriefingDraft) and exc.partial.sections:
            partial = await _finish_partial(run, step, docs, max_output, level, exc)
            return _only_source(partial, docs)
        room = run.room(docs, step, as_notes=step in NOTE_STEPS)
        larger = run.planner.larger_output(step, room, room)
        if exc.repeating or larger <= max_output:
            raise
        draft = await run.call(step, docs, BriefingDraft, larger, level=level)
    return _only_source(draft, docs)


async def _finish_partial(
    run: Run, step: Step, docs: list[Document], max_output: int, level: int, exc: LLMError
) -> BriefingDraft:
    """The complete sections of a cut-off briefing, plus one call for what they miss."""
    assert isinstance(exc, OutputTooLongError) and isinstance(exc.partial, BriefingDraft)
    draft = run.aliases.restore(exc.partial)
    cited = {i for s in draft.sections for b in s.bullets for i in b.source_ids}
    rest = [d for d in docs if not cited & set(d.source_ids)]
    log.info(
        "kept %d complete sections of a cut-off answer (%s); %d documents not covered",
        len(draft.sections),
        exc,
        len(rest),
    )
    if not rest or len(rest) == len(docs):
        return draft
    try:
        allowance = min(max_output, run.planner.output_for(step, len(rest)))
        more = await run.call(step, rest, BriefingDraft, allowance, level=level)
    except GROUP_FAILURES as again:
        partial = again.partial if isinstance(again, OutputTooLongError) else None
        if not isinstance(partial, BriefingDraft):
            run.lose(rest, f"the answer was cut off before it covered this ({again})")
            return draft
        more = run.aliases.restore(partial)
    merged = BriefingDraft(
        overview=draft.overview or more.overview, sections=[*draft.sections, *more.sections]
    )
    cited |= {i for s in more.sections for b in s.bullets for i in b.source_ids}
    missed = [d for d in rest if not cited & set(d.source_ids)]
    if missed:
        run.lose(missed, "the model's answer was cut off before it covered this")
    return merged


def _only_source(draft: BriefingDraft, docs: Sequence[Document]) -> BriefingDraft:
    """A bullet citing no given id, from a call that was given one article, cites that article
    (small models leave ``source_ids`` empty or copy the worked example's); as a map call's
    notes do."""
    given = sorted({i for d in docs for i in d.source_ids})
    if len(given) != 1:
        return draft
    sections = [
        s.model_copy(
            update={
                "bullets": [
                    b
                    if set(b.source_ids) & set(given)
                    else b.model_copy(update={"source_ids": given})
                    for b in s.bullets
                ]
            }
        )
        for s in draft.sections
    ]
    return draft.model_copy(update={"sections": sections})
