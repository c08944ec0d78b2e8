"""Summarize: cluster → plan → (brief | map → reduce… → final) → guards → ground → verify →
``Briefing``.

Every article that goes in comes out either cited by a bullet or in ``left_out`` with a reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefing.backends.base import Backend
from briefing.clean import strip_recurring
from briefing.cluster import DEFAULT_STORY_THRESHOLD, Clustering, cluster
from briefing.exceptions import BudgetError, GroundingError, OutputTooLongError
from briefing.guards import guard_draft
from briefing.language import DEFAULT_LANGUAGE, base_language, languages_differ
from briefing.models import (
    Article,
    Briefing,
    BriefingDraft,
    CallRecord,
    Document,
    Grounding,
    GuardReport,
    LeftOut,
    Plan,
    StepFailure,
    StoryStatus,
)
from briefing.plan import Planner
from briefing.summarize import assemble
from briefing.summarize.fallback import NOTES, notes_draft
from briefing.summarize.framing import checked_overview, checked_titles
from briefing.summarize.reduce import final, map_reduce
from briefing.summarize.repair import ground
from briefing.summarize.run import Run
from briefing.summarize.verify import verify
from briefing.summarize.versions import with_conflicts

__all__ = ["Prepared", "brief", "group", "prepare"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    """What a run will summarize and how: the output of clustering and planning."""

    articles: list[Article]  # every input article
    clustering: Clustering
    plan: Plan
    boilerplate: frozenset[str] = frozenset()  # ids of articles that were nothing but boilerplate


def group(
    articles: Sequence[Article],
    *,
    near_dup_threshold: float = 0.8,
    story_threshold: float = DEFAULT_STORY_THRESHOLD,
) -> tuple[Clustering, frozenset[str]]:
    """The stories a briefing is written from: boilerplate that recurs across unrelated
    articles removed (``strip_recurring``), the rest clustered (``cluster``, with its
    thresholds); and the ids of the articles that were nothing but that boilerplate."""
    stripped = strip_recurring(articles)
    emptied = frozenset(stripped.emptied)
    kept = [a for a in stripped.articles if a.id not in emptied]
    clustering = cluster(
        kept, near_dup_threshold=near_dup_threshold, story_threshold=story_threshold
    )
    return clustering, emptied


def prepare(
    articles: Sequence[Article],
    planner: Planner,
    *,
    rank: Callable[[Clustering], Clustering] | None = None,
) -> Prepared:
    """Remove boilerplate that recurs across unrelated articles, cluster (and optionally
    re-rank) the rest (``group``), then plan the calls."""
    clustering, emptied = group(articles)
    if rank is not None:
        clustering = rank(clustering)
    plan = planner.plan(clustering.articles, clustering.stories)
    return Prepared(articles=list(articles), clustering=clustering, plan=plan, boilerplate=emptied)


def _check_budget(plan: Plan, max_cost: float | None, notices: list[str]) -> None:
    if max_cost is None:
        return
    if plan.estimated_cost_usd is None:
        notices.append(f"--max-cost not enforced: no price for model {plan.model!r}")
    elif plan.estimated_cost_usd > max_cost:
        raise BudgetError(
            f"estimated cost ${plan.estimated_cost_usd:.4f} exceeds --max-cost "
            f"${max_cost:.4f} ({plan.calls} calls, {plan.input_tokens:,} input tokens)"
        )


async def brief(
    prepared: Prepared,
    backend: Backend,
    planner: Planner,
    *,
    date: dt.date,
    max_cost: float | None = None,
    repair: bool = True,
    notices: Sequence[str] = (),
    excluded: Sequence[tuple[Article, str]] = (),
    on_call: Callable[[CallRecord], None] | None = None,
    story_status: Mapping[str, StoryStatus] | None = None,
    language: str | None = None,
) -> Briefing:
    """Run the plan against ``backend`` and return the grounded briefing.

    ``excluded`` are articles a filter kept out before planning, with the reason; they are
    listed among the articles and in ``left_out``. ``on_call`` is told of every finished call
    (progress displays). ``story_status`` marks sections whose story is known from earlier
    briefings (by story id). ``language`` is the language the backend is asked to write in
    (None: it writes in the sources' language, as the offline backend does); bullets in it are
    judged across languages against articles in others (``briefing.across``).
    """
    plan = prepared.plan
    notices = list(notices)
    _check_budget(plan, max_cost, notices)
    summarized = prepared.clustering.articles
    prefer = language or DEFAULT_LANGUAGE
    if language and not backend.capabilities.follows_prompts:
        if base_language(language) != DEFAULT_LANGUAGE and languages_differ(
            language, ((a.title, a.text) for a in summarized)
        ):
            notices.append(
                f"language = {language!r} not applied: the offline backend cannot translate, "
                "so the briefing keeps the sources' language (set an LLM backend to translate)"
            )
        language = None
    by_id = {a.id: a for a in prepared.articles}
    run = Run(
        backend=backend,
        planner=planner,
        articles=by_id,
        on_call=on_call,
        language=language,
        prefer=prefer,
    )

    story_of = {i: s.id for s in prepared.clustering.stories for i in s.article_ids}
    if plan.strategy == "single":
        docs = [Document.of(a).model_copy(update={"story": story_of.get(a.id)}) for a in summarized]
        try:
            draft = await final(run, "brief", docs, planner.output_for("brief", len(docs)))
        except OutputTooLongError:
            log.info("single call cut off at the model's output limit; switching to map-reduce")
            draft = await map_reduce(run, prepared.clustering)
    else:
        draft = await map_reduce(run, prepared.clustering)

    # The guards come first: no repair call is spent on a bullet they would remove anyway.
    follows = backend.capabilities.follows_prompts
    repairs = repair and follows
    draft, guards, grounding = await _checked(run, draft, story_of, repairs)
    if (
        plan.strategy == "single"
        and planner.info.small
        and len(summarized) > 1
        and not any(s.bullets for s in draft.sections)
        and not run.latest_notes
    ):
        # A small model's one call over many articles wrote nothing they support: smaller
        # calls (map notes, split down to one article when they cite nothing) are easier.
        log.info(
            "no bullet of the one-call briefing survived grounding (%d dropped); asking again "
            "in smaller calls",
            grounding.dropped,
        )
        draft = await map_reduce(run, prepared.clustering)
        draft, guards, grounding = await _checked(run, draft, story_of, repairs, grounding)
    if not any(s.bullets for s in draft.sections) and run.latest_notes and not run.fallbacks:
        # The final call's answer had nothing grounded: the notes it read stand in for it.
        run.fallbacks.append(
            StepFailure(
                step="final",
                reason=f"no bullet of its answer survived grounding ({grounding.dropped} dropped)",
                instead=NOTES,
            )
        )
        log.warning("%s; the briefing is built from the notes", run.fallbacks[-1].reason)
        draft = notes_draft(run.latest_notes, prepared.clustering, run.articles)
        draft, guards, grounding = await _checked(run, draft, story_of, repairs, grounding)
    if planner.verify and follows:  # the bullets code could not prove: asked of the model
        draft, grounding = await verify(run, draft, grounding, prepared.clustering, repair=repair)
    notices += [f"step {f.step} failed ({f.reason}): built from {f.instead}" for f in run.fallbacks]
    overview = checked_overview(draft.overview, draft.sections, summarized, notices, language)
    sections = assemble.story_sections(
        assemble.with_near_duplicates(
            checked_titles(draft.sections, by_id, notices, language), prepared.clustering, by_id
        ),
        prepared.clustering,
        story_status or {},
    )
    sections = assemble.one_per_outlet(with_conflicts(sections, prepared.clustering, by_id), by_id)
    if not sections and summarized:
        raise GroundingError(
            f"no bullet survived grounding ({grounding.dropped} dropped); nothing to brief"
        )
    return Briefing(
        date=date,
        overview=overview,
        sections=sections,
        articles=[assemble.ref(a) for a in prepared.articles]
        + [assemble.ref(a) for a, _ in excluded],
        left_out=assemble.left_out(
            prepared.articles,
            prepared.clustering,
            sections,
            grounding,
            {**run.lost, **dict.fromkeys(prepared.boilerplate, assemble.BOILERPLATE)},
            told_in=None if follows else prefer,
        )
        + [LeftOut(id=a.id, title=a.title, reason=reason) for a, reason in excluded],
        grounding=grounding,
        guards=guards,
        usage=assemble.usage(run, planner),
        fallbacks=run.fallbacks,
        notices=notices,
    )


async def _checked(
    run: Run,
    draft: BriefingDraft,
    story_of: Mapping[str, str],
    repair: bool,
    before: Grounding | None = None,
) -> tuple[BriefingDraft, GuardReport, Grounding]:
    """The draft after the guards and grounding (with repair), what each did; ``before``: the
    grounding of an earlier draft this one replaces, whose dropped bullets stay reported."""
    draft, guards = guard_draft(draft, story_of=story_of)
    draft, grounding = await ground(run, draft, repair=repair)
    if before is not None:
        grounding.checked += before.checked
        grounding.dropped += before.dropped
        grounding.dropped_bullets[:0] = before.dropped_bullets
    return draft, guards, grounding
