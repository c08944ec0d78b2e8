"""Grounding, then repair: the step that follows ``briefing.ground``'s check of a draft.

``ground`` checks every bullet of the draft (``briefing.ground.check_draft``); the bullets that
fail go to one repair call, whose fixes are checked again. A fix that passes replaces its bullet;
a bullet with no passing fix is dropped and listed in ``Grounding.dropped_bullets`` with the
reason. The repair is optional: when it is off, or its call fails, failing bullets are dropped.
"""

from __future__ import annotations

import logging

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

__all__ = ["ground", "repair_bullets"]

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
        min(planner.map_output * 2, planner.info.max_output),
        failures=failures,
    )
    for fix in answer.bullets:
        slot = fix.index - 1
        if not 0 <= slot < len(failures) or fixed[slot] is not None:
            log.info("repair answer for bullet %d ignored (unknown or repeated)", fix.index)
            continue
        bullet, problems = check_bullet(
            Bullet(text=fix.text, source_ids=fix.source_ids, evidence=fix.evidence), run.articles
        )
        fixed[slot] = None if problems else bullet
    return fixed
