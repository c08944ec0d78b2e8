"""Grounding, then repair: the step that follows ``briefing.ground``'s check of a draft.

``ground`` checks every bullet of the draft (``briefing.ground.check_draft``); the bullets that
fail go to one repair call, whose fixes are checked again. A fix that passes replaces its bullet;
a bullet with no passing fix is dropped and listed in ``Grounding.dropped_bullets`` with the
reason. The repair is optional: when it is off, or its call fails, failing bullets are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from briefing.anchor import Failure, check_bullet, check_draft
from briefing.exceptions import LLMError
from briefing.models import (
    BriefingDraft,
    Bullet,
    Document,
    DroppedBullet,
    Grounding,
    RepairAnswer,
    Section,
)
from briefing.summarize.run import Run

__all__ = ["drop", "fix_or_drop", "ground", "repair_bullets", "replaced"]

log = logging.getLogger(__name__)


async def ground(
    run: Run, draft: BriefingDraft, *, repair: bool
) -> tuple[BriefingDraft, Grounding]:
    """The draft with failing bullets repaired or dropped, and what grounding did."""
    draft, failures = check_draft(draft, run.articles, run.language)
    checked = sum(len(s.bullets) for s in draft.sections)
    grounding = Grounding(checked=checked)
    if not failures:
        return draft, grounding
    replace = await fix_or_drop(run, failures, grounding, repair=repair)
    return replaced(draft, replace), grounding


async def fix_or_drop(
    run: Run, failures: list[Failure], grounding: Grounding, *, repair: bool
) -> dict[tuple[int, int], Bullet | None]:
    """The fix of each failing bullet by its (section, bullet) position, from one repair call
    (when ``repair``), or None where it is dropped; ``grounding`` counts both, and lists each
    dropped bullet with its problems as the reason. A failed repair call drops them all."""
    fixes: list[Bullet | None] = [None] * len(failures)
    if repair and failures:
        try:
            fixes = await repair_bullets(run, failures)
        except LLMError as exc:  # the repair is optional: drop the failing bullets instead
            log.warning("repair call failed (%s); dropping %d failing bullets", exc, len(failures))
    replace: dict[tuple[int, int], Bullet | None] = {}
    for failure, fix in zip(failures, fixes, strict=True):
        replace[(failure.section, failure.index)] = fix
        if fix is None:
            drop(grounding, failure.bullet, "; ".join(failure.problems))
        else:
            grounding.repaired += 1
    return replace


def drop(grounding: Grounding, bullet: Bullet, reason: str) -> None:
    """Count ``bullet`` as dropped in ``grounding`` and list it with the reason."""
    grounding.dropped += 1
    grounding.dropped_bullets.append(
        DroppedBullet(text=bullet.text, source_ids=bullet.source_ids, reason=reason)
    )


def replaced(
    draft: BriefingDraft, replace: Mapping[tuple[int, int], Bullet | None]
) -> BriefingDraft:
    """The draft with the bullets at ``replace``'s (section, bullet) positions replaced (None:
    removed); a section left with no bullet is removed."""
    sections = []
    for s, section in enumerate(draft.sections):
        bullets = []
        for b, bullet in enumerate(section.bullets):
            fixed = replace.get((s, b), bullet)
            if fixed is not None:
                bullets.append(fixed)
        if bullets:
            sections.append(Section(title=section.title, bullets=bullets))
    return BriefingDraft(overview=draft.overview, sections=sections)


async def repair_bullets(run: Run, failures: list[Failure]) -> list[Bullet | None]:
    """One repair call for the failing bullets; None where no fix came back or it still fails.

    Fixes are matched to failures by their ``index`` (the failure's number in the prompt, from
    1), never by position: a missing or extra answer costs only its own bullet."""
    planner = run.planner
    cited = list(dict.fromkeys(i for f in failures for i in f.source_ids))
    docs = [Document.of(run.articles[i]) for i in cited]
    # The failing bullets are part of the prompt too: leave room for them.
    listed = sum(planner.tokenizer.count(f"{f.text} {' '.join(f.problems)}") + 12 for f in failures)
    docs = planner.prefix_that_fits(docs, step="repair", as_notes=False, reserve=listed)
    fixed: list[Bullet | None] = [None] * len(failures)
    if not docs:
        return fixed
    answer = await run.call(
        "repair",
        docs,
        RepairAnswer,
        planner.output_for("repair", len(failures)),
        failures=failures,
    )
    for fix in answer.bullets:
        slot = fix.index - 1
        if not 0 <= slot < len(failures) or fixed[slot] is not None:
            log.info("repair answer for bullet %d ignored (unknown or repeated)", fix.index)
            continue
        bullet, problems = check_bullet(
            Bullet(text=fix.text, source_ids=fix.source_ids, evidence=fix.evidence),
            run.articles,
            run.language,
        )
        fixed[slot] = None if problems else bullet
    return fixed
