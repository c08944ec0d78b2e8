"""Verification: the bullets that code passed without proving them are judged by the model.

After grounding (``briefing.summarize.repair.ground``), a bullet is *doubtful* when

- ``words``: some of its content words (stemmed) are in none of its valid quotes: code allows a
  few new words for paraphrase (``briefing.support.uncovered_words``) but cannot tell what they
  add;
- ``conflict``: its story's outlets give different values for something the bullet counts
  (``briefing.conflicts``), so which value its quotes state matters.

The doubtful bullets go to the model with their quotes in one call (``prompts/verify``), split
only when they do not fit one (``Planner.verify_groups``, the rule the plan counts too). Each is
judged ``supported`` (kept), ``partly`` (sent to the repair call with the model's reason; dropped
when no fix passes) or ``not supported`` (dropped, reported with the model's reason), matched to
it by ``index``. A bullet the answer does not judge is kept: code passed it. The pass is
optional: when its call fails, every bullet is kept and the failure is logged.

Only a backend that follows prompts is asked (``BackendCapabilities.follows_prompts``): the
offline backend makes no verification call.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.anchor import Failure
from briefing.cluster import Clustering
from briefing.conflicts import find_conflicts
from briefing.exceptions import LLMError
from briefing.models import (
    Article,
    BriefingDraft,
    Bullet,
    ClaimCheck,
    Conflict,
    Grounding,
    VerifyAnswer,
)
from briefing.prompts import format_claims
from briefing.summarize.repair import drop, fix_or_drop, replaced
from briefing.summarize.run import Run, together
from briefing.summarize.versions import states, story_articles
from briefing.support import uncovered_words

__all__ = ["Doubt", "doubtful", "doubts", "verify"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Doubt:
    """A bullet that passed code's checks without being proved, and why it is in doubt."""

    section: int
    index: int
    bullet: Bullet
    reasons: list[str]


def _conflicts(
    bullet: Bullet,
    story_of: Mapping[str, str],
    clustering: Clustering,
    articles: Mapping[str, Article],
    known: dict[str, list[Conflict]],
) -> list[Conflict]:
    stories = dict.fromkeys(story_of[i] for i in bullet.source_ids if i in story_of)
    found: list[Conflict] = []
    for story in stories:
        if story not in known:
            known[story] = find_conflicts(story_articles(story, clustering, articles))
        found += [c for c in known[story] if states(bullet, c.key)]
    return found


def doubtful(
    draft: BriefingDraft, clustering: Clustering, articles: Mapping[str, Article]
) -> list[Doubt]:
    """The bullets of a grounded draft that code could not prove, in draft order."""
    story_of = {i: s.id for s in clustering.stories for i in s.article_ids}
    story_of |= {d: story_of[r] for d, r in clustering.near_duplicates.items() if r in story_of}
    known: dict[str, list[Conflict]] = {}
    out = []
    for s, section in enumerate(draft.sections):
        for b, bullet in enumerate(section.bullets):
            conflicts = _conflicts(bullet, story_of, clustering, articles, known)
            reasons = doubts(bullet.text, [e.quote for e in bullet.evidence], conflicts)
            if reasons:
                out.append(Doubt(section=s, index=b, bullet=bullet, reasons=reasons))
    return out


def doubts(text: str, quotes: Sequence[str], conflicts: Sequence[Conflict] = ()) -> list[str]:
    """Why code cannot prove a claim that passed its checks (empty: it is proved): words its
    quotes do not state, and the ``conflicts`` of its story on something it counts."""
    reasons = []
    missing = uncovered_words(text, quotes)
    if missing:
        reasons.append("words not in its quotes: " + ", ".join(missing[:6]))
    for conflict in conflicts:
        values = ", ".join(v.value for v in conflict.values)
        reasons.append(f"outlets differ on {conflict.about}: {values}")
    return reasons


async def _judge(run: Run, doubts: Sequence[Doubt]) -> list[ClaimCheck | None]:
    """The model's judgement of each doubt (None where it gave none), in as few calls as the
    planner's rule allows."""
    blocks = [format_claims([(1, d.bullet)]) for d in doubts]
    groups = run.planner.verify_groups([run.planner.tokenizer.count(b) + 2 for b in blocks])

    async def one(group: list[int]) -> list[tuple[int, ClaimCheck]]:
        claims = [(k + 1, doubts[i].bullet) for k, i in enumerate(group)]
        answer = await run.call(
            "verify",
            [],
            VerifyAnswer,
            run.planner.verify_output(len(group)),
            claims_block=format_claims(claims),
            claims_count=len(claims),
        )
        out: dict[int, ClaimCheck] = {}
        for check in answer.claims:
            if 1 <= check.index <= len(group) and check.index not in out:
                out[check.index] = check
            else:
                log.info(
                    "verification answer for claim %d ignored (unknown or repeated)", check.index
                )
        return [(group[k - 1], c) for k, c in out.items()]

    judged: list[ClaimCheck | None] = [None] * len(doubts)
    for answers in await together(*(one(g) for g in groups)):
        for i, check in answers:
            judged[i] = check
    return judged


async def verify(
    run: Run,
    draft: BriefingDraft,
    grounding: Grounding,
    clustering: Clustering,
    *,
    repair: bool,
) -> tuple[BriefingDraft, Grounding]:
    """The grounded draft with the doubtful bullets judged by the model: kept, repaired or
    dropped (see the module's docstring); ``grounding`` counts what was done."""
    doubts = doubtful(draft, clustering, run.articles)
    if not doubts:
        return draft, grounding
    try:
        judged = await _judge(run, doubts)
    except LLMError as exc:  # optional: code passed these bullets, keep them
        log.warning("verification call failed (%s); %d bullets kept unverified", exc, len(doubts))
        return draft, grounding
    grounding = grounding.model_copy(deep=True)
    grounding.verified += len(doubts)
    failures = [
        Failure(d.section, d.index, d.bullet, [f"verification: partly supported: {c.reason}"])
        for d, c in zip(doubts, judged, strict=True)
        if c is not None and c.verdict == "partly"
    ]
    replace = await fix_or_drop(run, failures, grounding, repair=repair)
    for doubt, check in zip(doubts, judged, strict=True):
        if check is not None and check.verdict == "not supported":
            replace[(doubt.section, doubt.index)] = None
            drop(grounding, doubt.bullet, f"verification: not supported: {check.reason}")
    return replaced(draft, replace), grounding
