"""Summarize: cluster → plan → (brief | map → reduce… → final) → ground → ``Briefing``.

Every article that goes in comes out either cited by a bullet or in ``left_out`` with a reason.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.backends.base import Backend, LLMRequest, Step
from briefing.cluster import Clustering, cluster
from briefing.exceptions import (
    BudgetError,
    GroundingError,
    InvalidOutputError,
    LLMError,
    OutputTooLongError,
    RefusalError,
)
from briefing.ground import Failure, check_bullet, check_draft, check_text
from briefing.models import (
    Article,
    ArticleRef,
    Briefing,
    BriefingDraft,
    BriefingSection,
    Bullet,
    CallRecord,
    Document,
    DroppedBullet,
    Grounding,
    LeftOut,
    Notes,
    Plan,
    Section,
    StoryStatus,
    Usage,
)
from briefing.plan import MAX_REDUCE_LEVELS, Planner, estimate_calls_cost
from briefing.prompts import format_documents, load_prompt

__all__ = ["Prepared", "brief", "prepare"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

_NOTE_STEPS = ("reduce", "final")
FAILED_MODE = "failed"  # CallRecord.mode of a call that failed after answers that were billed
# What one group's map or reduce call may end in without failing the run: the group is split
# and retried, and what cannot be split is reported in ``left_out`` with the reason.
_GROUP_FAILURES = (RefusalError, InvalidOutputError, OutputTooLongError)


@dataclass(frozen=True)
class Prepared:
    """What a run will summarize and how: the output of clustering and planning."""

    articles: list[Article]  # every input article
    clustering: Clustering
    plan: Plan


def prepare(
    articles: Sequence[Article],
    planner: Planner,
    *,
    rank: Callable[[Clustering], Clustering] | None = None,
) -> Prepared:
    """Cluster (and optionally re-rank) the articles, then plan the calls."""
    clustering = cluster(articles)
    if rank is not None:
        clustering = rank(clustering)
    plan = planner.plan(clustering.articles, clustering.stories)
    return Prepared(articles=list(articles), clustering=clustering, plan=plan)


@dataclass(frozen=True)
class _AliasedFailure:
    text: str
    source_ids: list[str]
    problems: list[str]


class _Aliases:
    """Short per-run ids ("a1", "a2", … in article order) for the articles' content ids."""

    def __init__(self, ids: Sequence[str]) -> None:
        self._short = {real: f"a{n}" for n, real in enumerate(ids, start=1)}
        self._real = {short: real for real, short in self._short.items()}

    def _show(self, ids: Sequence[str]) -> list[str]:
        return [self._short.get(i, i) for i in ids]

    def document(self, doc: Document) -> Document:
        return doc.model_copy(
            update={"id": self._short.get(doc.id, doc.id), "source_ids": self._show(doc.source_ids)}
        )

    def failure(self, failure: Failure) -> _AliasedFailure:
        return _AliasedFailure(failure.text, self._show(failure.source_ids), failure.problems)

    def restore(self, parsed: T) -> T:
        """The model's answer with aliases mapped back; anything else (an invented id) is
        left as it is, for grounding to strip."""

        def back(bullet: Bullet) -> Bullet:
            return Bullet(
                text=bullet.text, source_ids=[self._real.get(i, i) for i in bullet.source_ids]
            )

        if isinstance(parsed, Notes):
            return parsed.model_copy(update={"notes": [back(b) for b in parsed.notes]})
        if isinstance(parsed, BriefingDraft):
            sections = [
                s.model_copy(update={"bullets": [back(b) for b in s.bullets]})
                for s in parsed.sections
            ]
            return parsed.model_copy(update={"sections": sections})
        return parsed


@dataclass
class _Run:
    backend: Backend
    planner: Planner
    articles: Mapping[str, Article]
    on_call: Callable[[CallRecord], None] | None = None
    records: list[CallRecord] = field(default_factory=list)
    aliases: _Aliases = field(init=False)
    lost: dict[str, str] = field(default_factory=dict)  # article id → why it was not summarized

    def __post_init__(self) -> None:
        self.aliases = _Aliases(list(self.articles))

    async def call(
        self,
        step: Step,
        docs: Sequence[Document],
        schema: type[T],
        max_output: int,
        *,
        prompt_name: str | None = None,
        level: int = 0,
        **variables: Any,
    ) -> T:
        prompt = load_prompt(prompt_name or step)
        # The model sees short aliases ("a7") instead of content ids: fewer tokens in every
        # article header and every note's sources, mapped back before anything checks them.
        shown = [self.aliases.document(d) for d in docs]
        if "failures" in variables:
            variables["failures"] = [self.aliases.failure(f) for f in variables["failures"]]
        rendered = prompt.render(
            documents=shown,
            documents_block=format_documents(shown, as_notes=step in _NOTE_STEPS),
            **variables,
        )
        allowed = frozenset(i for d in shown for i in d.source_ids)
        request = LLMRequest(
            step=step,
            prompt=rendered,
            schema=schema,
            documents=shown,
            max_output_tokens=max_output,
            allowed_ids=allowed,
        )
        record = functools.partial(
            CallRecord,
            step=step if not level else f"{step}[{level}]",
            prompt=rendered.name,
            prompt_version=rendered.version,
            prompt_hash=rendered.hash,
            model=self.backend.model,
        )
        try:
            response = await self.backend.generate(request)
        except LLMError as exc:
            if exc.input_tokens or exc.output_tokens:  # billed answers of a failed call
                self._record(
                    record(
                        input_tokens=exc.input_tokens,
                        cached_tokens=exc.cached_tokens,
                        output_tokens=exc.output_tokens,
                        latency_s=0.0,
                        mode=FAILED_MODE,
                    )
                )
            raise
        self._record(
            record(
                input_tokens=response.input_tokens,
                cached_tokens=response.cached_tokens,
                output_tokens=response.output_tokens,
                latency_s=round(response.latency_s, 3),
                attempts=response.attempts,
                mode=response.mode,
            )
        )
        return self.aliases.restore(response.parsed)

    def _record(self, record: CallRecord) -> None:
        self.records.append(record)
        if self.on_call is not None:
            self.on_call(record)

    # -- map ------------------------------------------------------------------------------

    async def notes(
        self, step: Step, docs: list[Document], max_output: int, *, level: int = 0
    ) -> list[Document]:
        """Notes from one map or reduce call. On a length cut-off, a refusal or output still
        invalid after its repair, split the group and retry; a single document is retried with
        a doubled output cap (cut-off), else reported as left out with the reason."""
        as_notes = step in _NOTE_STEPS
        try:
            answer = await self.call(step, docs, Notes, max_output, level=level)
        except _GROUP_FAILURES as exc:
            if len(docs) > 1:
                half = len(docs) // 2
                log.info("%s of %d documents failed (%s); splitting in two", step, len(docs), exc)
                parts = await _together(
                    self.notes(step, docs[:half], max_output, level=level),
                    self.notes(step, docs[half:], max_output, level=level),
                )
                return parts[0] + parts[1]
            room = self._room(docs, step, as_notes=as_notes)
            if isinstance(exc, OutputTooLongError) and max_output < room:
                return await self.notes(step, docs, min(max_output * 2, room), level=level)
            return self._lose(docs, exc)
        return self._note_documents(answer, docs)

    def _lose(self, docs: Sequence[Document], exc: Exception | str) -> list[Document]:
        ids = list(dict.fromkeys(i for d in docs for i in d.source_ids))
        log.warning("left out %s: %s", ", ".join(ids), exc)
        for i in ids:
            self.lost.setdefault(i, f"not summarized: {exc}")
        return []

    def _note_documents(self, notes: Notes, docs: Sequence[Document]) -> list[Document]:
        given = sorted({i for d in docs for i in d.source_ids})
        out: list[Document] = []
        for note in notes.notes:
            ids = [i for i in dict.fromkeys(note.source_ids) if i in given]
            if not ids and len(given) == 1:
                ids = given  # a single-article call: the note can only come from it
            if not ids or not note.text.strip():
                log.debug("dropping a note that cites nothing given: %.80s", note.text)
                for i in given:
                    self.lost.setdefault(i, "its notes cited no article that was given")
                continue
            out.append(Document(id=f"n{len(out)}", title="", text=note.text, source_ids=ids))
        return out

    # -- reduce ---------------------------------------------------------------------------

    async def reduce(self, notes: list[Document]) -> BriefingDraft:
        planner = self.planner
        level = 1
        while not planner.fits(notes, "final", planner.final_output, as_notes=True):
            groups = planner.group(notes, "reduce", planner.map_output, as_notes=True)
            if len(groups) >= len(notes) or level > MAX_REDUCE_LEVELS:
                # Nothing merges any more: keep the most important notes that fit, and say
                # which articles only the others spoke for.
                kept = _fit_prefix(notes, planner)
                self._lose(notes[len(kept) :], "its notes did not fit the final call")
                notes = kept
                break
            results = await _together(
                *(self.notes("reduce", g, planner.map_output, level=level) for g in groups)
            )
            notes = _renumber(d for r in results for d in r)
            level += 1
        return await self.final("final", notes, planner.final_output, level=level)

    async def final(
        self, step: Step, docs: list[Document], max_output: int, *, level: int = 0
    ) -> BriefingDraft:
        """The briefing call; on a length cut-off, retry once with the model's full allowance;
        on a refusal or output still invalid after its repair, ask once more."""
        try:
            return await self.call(step, docs, BriefingDraft, max_output, level=level)
        except (RefusalError, InvalidOutputError) as exc:
            log.warning("step %s failed (%s); asking once more", step, exc)
            return await self.call(step, docs, BriefingDraft, max_output, level=level)
        except OutputTooLongError:
            larger = self._room(docs, step, as_notes=step in _NOTE_STEPS)
            if larger <= max_output:
                raise
            return await self.call(step, docs, BriefingDraft, larger, level=level)

    def _room(self, docs: Sequence[Document], step: str, *, as_notes: bool) -> int:
        """The largest output allowance a call of ``step`` on ``docs`` can ask for: the model's
        limit, within what its context leaves after the prompt."""
        info = self.planner.info
        sent = self.planner.step_tokens(docs, step, as_notes=as_notes)
        return max(0, min(info.max_output, info.context - sent))

    # -- grounding ------------------------------------------------------------------------

    async def repair(self, failures: list[Failure]) -> list[Bullet | None]:
        """One repair call for the failing bullets; None where the fix still fails."""
        cited = list(dict.fromkeys(i for f in failures for i in f.source_ids))
        docs = [Document.of(self.articles[i]) for i in cited]
        # The failing bullets are part of the prompt too: leave room for them.
        listed = sum(
            self.planner.tokenizer.count(f"{f.text} {' '.join(f.problems)}") + 12 for f in failures
        )
        docs = _fit_prefix(docs, self.planner, step="repair", as_notes=False, reserve=listed)
        if not docs:
            return [None] * len(failures)
        answer = await self.call(
            "repair",
            docs,
            Notes,
            min(self.planner.map_output * 2, self.planner.info.max_output),
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
            bullet, problems = check_bullet(note, self.articles)
            fixed.append(None if problems else bullet)
        return fixed


async def _together(*coros: Coroutine[Any, Any, R]) -> list[R]:
    """Run ``coros`` concurrently; the first failure cancels the others (no call is left
    running against a client that is being closed) and is raised as itself."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(c) for c in coros]
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None
    return [t.result() for t in tasks]


def _fit_prefix(
    docs: Sequence[Document],
    planner: Planner,
    *,
    step: str = "final",
    as_notes: bool = True,
    reserve: int = 0,
) -> list[Document]:
    """The longest prefix of ``docs`` that fits one call of ``step`` (less ``reserve`` tokens)."""
    budget = planner.input_budget(planner.final_output) - planner.overhead(step) - reserve
    out: list[Document] = []
    used = 0
    for doc in docs:
        size = planner.document_tokens(doc, as_notes=as_notes)
        if used + size > budget:
            break
        out.append(doc)
        used += size
    return out


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
) -> Briefing:
    """Run the plan against ``backend`` and return the grounded briefing.

    ``excluded`` are articles a filter kept out before planning, with the reason; they are
    listed among the articles and in ``left_out``. ``on_call`` is told of every finished call
    (progress displays). ``story_status`` marks sections whose story is known from earlier
    briefings (by story id).
    """
    plan = prepared.plan
    notices = list(notices)
    if max_cost is not None:
        if plan.estimated_cost_usd is None:
            notices.append(f"--max-cost not enforced: no price for model {plan.model!r}")
        elif plan.estimated_cost_usd > max_cost:
            raise BudgetError(
                f"estimated cost ${plan.estimated_cost_usd:.4f} exceeds --max-cost "
                f"${max_cost:.4f} ({plan.calls} calls, {plan.input_tokens:,} input tokens)"
            )
    summarized = prepared.clustering.articles
    by_id = {a.id: a for a in prepared.articles}
    run = _Run(backend=backend, planner=planner, articles=by_id, on_call=on_call)

    if plan.strategy == "single":
        docs = [Document.of(a) for a in summarized]
        try:
            draft = await run.final("brief", docs, planner.final_output)
        except OutputTooLongError:
            log.info("single call cut off at the model's output limit; switching to map-reduce")
            draft = await _map_reduce(run, prepared)
    else:
        draft = await _map_reduce(run, prepared)

    draft, grounding = await _ground(run, draft, repair=repair and backend.name != "offline")
    overview = draft.overview
    overview_problems = check_text(overview, summarized)
    if overview_problems:
        notices.append("overview rewritten from the bullets: " + "; ".join(overview_problems))
        overview = " ".join(s.bullets[0].text for s in draft.sections[:3] if s.bullets)
    sections = _story_sections(
        _with_near_duplicates(draft.sections, prepared.clustering.near_duplicates),
        prepared.clustering,
        story_status or {},
    )
    if not sections and summarized:
        raise GroundingError(
            f"no bullet survived grounding ({grounding.dropped} dropped); nothing to brief"
        )
    usage = _usage(run, planner)
    return Briefing(
        date=date,
        overview=overview,
        sections=sections,
        articles=[_ref(a) for a in prepared.articles] + [_ref(a) for a, _ in excluded],
        left_out=_left_out(prepared, sections, grounding, run.lost)
        + [LeftOut(id=a.id, title=a.title, reason=reason) for a, reason in excluded],
        grounding=grounding,
        usage=usage,
        notices=notices,
    )


async def _map_reduce(run: _Run, prepared: Prepared) -> BriefingDraft:
    planner = run.planner
    groups = planner.map_groups(prepared.clustering.articles, prepared.clustering.stories)
    results = await _together(*(run.notes("map", g, planner.map_output) for g in groups))
    return await run.reduce(_renumber(d for r in results for d in r))


def _renumber(notes: Iterable[Document]) -> list[Document]:
    """Notes numbered n0, n1, … in order (ids only label notes inside one call's prompt)."""
    return [d.model_copy(update={"id": f"n{k}"}) for k, d in enumerate(notes)]


async def _ground(
    run: _Run, draft: BriefingDraft, *, repair: bool
) -> tuple[BriefingDraft, Grounding]:
    draft, failures = check_draft(draft, run.articles)
    checked = sum(len(s.bullets) for s in draft.sections)
    grounding = Grounding(checked=checked)
    if not failures:
        return draft, grounding
    fixes: list[Bullet | None] = [None] * len(failures)
    if repair:
        try:
            fixes = await run.repair(failures)
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


def _with_near_duplicates(sections: list[Section], near: Mapping[str, str]) -> list[Section]:
    """A bullet citing a representative also cites the near-duplicates it stands for."""
    if not near:
        return sections
    followers: dict[str, list[str]] = {}
    for dup, rep in sorted(near.items()):
        followers.setdefault(rep, []).append(dup)
    out = []
    for section in sections:
        bullets = []
        for bullet in section.bullets:
            ids = list(bullet.source_ids)
            for i in bullet.source_ids:
                ids += [d for d in followers.get(i, []) if d not in ids]
            bullets.append(Bullet(text=bullet.text, source_ids=ids))
        out.append(Section(title=section.title, bullets=bullets))
    return out


def _story_sections(
    sections: list[Section], clustering: Clustering, status: Mapping[str, StoryStatus]
) -> list[BriefingSection]:
    """Each section's story: the story of most of its cited articles (ties: the first)."""
    story_of = {i: s.id for s in clustering.stories for i in s.article_ids}
    for dup, rep in clustering.near_duplicates.items():
        if rep in story_of:
            story_of[dup] = story_of[rep]
    out = []
    for section in sections:
        votes: dict[str, int] = {}
        for bullet in section.bullets:
            for i in bullet.source_ids:
                if i in story_of:
                    votes[story_of[i]] = votes.get(story_of[i], 0) + 1
        story = max(votes, key=lambda k: votes[k]) if votes else None
        out.append(
            BriefingSection(
                title=section.title,
                bullets=section.bullets,
                story_id=story,
                status=status.get(story) if story and status else None,
            )
        )
    return out


def _left_out(
    prepared: Prepared,
    sections: Sequence[Section],
    grounding: Grounding,
    lost: Mapping[str, str],
) -> list[LeftOut]:
    cited = {i for s in sections for b in s.bullets for i in b.source_ids}
    dropped_for: dict[str, str] = {}
    for bullet in grounding.dropped_bullets:
        for i in bullet.source_ids:
            dropped_for.setdefault(i, bullet.reason)
    by_id = {a.id: a for a in prepared.articles}
    left: list[LeftOut] = []
    for article in prepared.articles:
        if article.id in cited:
            continue
        rep = prepared.clustering.near_duplicates.get(article.id)
        if rep:
            rep_article = by_id[rep]
            reason = f"near-duplicate of {rep} ({rep_article.outlet or rep_article.title})"
            if rep not in cited:
                reason += ", which the briefing does not cite either"
        elif article.id in dropped_for:
            reason = f"its bullets failed grounding: {dropped_for[article.id]}"
        elif article.id in lost:
            reason = lost[article.id]
        else:
            reason = "not selected: the summary covers more important stories"
        left.append(LeftOut(id=article.id, title=article.title, reason=reason))
    return left


def _ref(article: Article) -> ArticleRef:
    return ArticleRef(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published_at=article.published_at,
        source=article.source,
    )


def _usage(run: _Run, planner: Planner) -> Usage:
    records = run.records
    input_tokens = sum(r.input_tokens for r in records)
    cached = sum(r.cached_tokens for r in records)
    output = sum(r.output_tokens for r in records)
    cost = estimate_calls_cost(planner.info, records)  # batched calls at their discount
    return Usage(
        backend=run.backend.name,
        model=run.backend.model,
        calls=len(records) if run.backend.name != "offline" else 0,
        input_tokens=input_tokens,
        cached_tokens=cached,
        output_tokens=output,
        cost_usd=round(cost or 0.0, 6),
        tokens_estimated=not planner.tokenizer.exact,
        records=records,
    )
