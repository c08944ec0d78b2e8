"""Grounding, then repair: the step that follows ``briefing.ground``'s check of a draft.

``ground`` checks every bullet of the draft (``briefing.ground.check_draft``); the bullets that
fail go to one repair call, whose fixes are checked again. A fix that passes replaces its bullet;
a bullet with no passing fix is dropped and listed in ``Grounding.dropped_bullets`` with the
reason. The repair is optional: when it is off, or its call fails, failing bullets are dropped.
"""

from __future__ import annotations

import logging

from briefing.exceptions import LLMError
from briefing.ground import Failure, check_bullet, check_draft
from briefing.models import (
    BriefingDraft,
    Bullet,
    Document,
    DroppedBullet,
    Grounding,
    Notes,
    Section,
)
from briefing.summarize.run import Run

__all__ = ["ground", "repair_bullets"]

log = logging.getLogger(__name__)


async def ground(
    run: Run, draft: BriefingDraft, *, repair: bool
) -> tuple[BriefingDraft, Grounding]:
    """The draft with failing bullets repaired or dropped, and what grounding did."""
    draft, failures = check_draft(draft, run.articles)
    checked = sum(len(s.bullets) for s in draft.sections)
    grounding = Grounding(checked=checked)
    if not failures:
        return draft, grounding
    fixes: list[Bullet | None] = [None] * len(failures)
    if repair:
        try:
            fixes = await repair_bullets(run, failures)
        except LLMError as exc:  # the repair is optional: drop the failing bullets instead
            log.warning("repair call failed (%s); dropping %d failing bullets", exc, len(failures))
    replace: dict[tuple[int, int], Bullet | None] = {}
    for failure, fix in zip(failures, fixes, strict=True):
        replace[(failure.section, failure.index)] = fix
        if fix is None:
            grounding.dropped += 1
            grounding.dropped_bullets.append(
                DroppedBullet(
                    text=failure.text,
                    source_ids=failure.source_ids,
                    reason="; ".join(failure.problems),
                )
            )
        else:
            grounding.repaired += 1
    sections = []
    for s, section in enumerate(draft.sections):
        bullets = []
        for b, bullet in enumerate(section.bullets):
            if (s, b) in replace:
                fixed = replace[(s, b)]
                if fixed is not None:
                    bullets.append(fixed)
            else:
                bullets.append(bullet)
        if bullets:
            sections.append(Section(title=section.title, bullets=bullets))
    return BriefingDraft(overview=draft.overview, sections=sections), grounding


async def repair_bullets(run: Run, failures: list[Failure]) -> list[Bullet | None]:
    """One repair call for the failing bullets; None where the fix still fails."""
    planner = run.planner
    cited = list(dict.fromkeys(i for f in failures for i in f.source_ids))
    docs = [Document.of(run.articles[i]) for i in cited]
    # The failing bullets are part of the prompt too: leave room for them.
    listed = sum(planner.tokenizer.count(f"{f.text} {' '.join(f.problems)}") + 12 for f in failures)
    docs = planner.prefix_that_fits(docs, step="repair", as_notes=False, reserve=listed)
    if not docs:
        return [None] * len(failures)
    answer = await run.call(
        "repair",
        docs,
        Notes,
        min(planner.map_output * 2, planner.info.max_output),
        failures=failures,
    )
    if len(answer.notes) != len(failures):
        # Fixes are matched to bullets by position: with one missing, every later fix would
        # replace the wrong bullet. Drop them all instead.
        log.warning(
            "repair answered %d bullets for %d failures; dropping the failures",
            len(answer.notes),
            len(failures),
        )
        return [None] * len(failures)
    fixed: list[Bullet | None] = []
    for note in answer.notes:
        bullet, problems = check_bullet(note, run.articles)
        fixed.append(None if problems else bullet)
    return fixed
