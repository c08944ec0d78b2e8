"""The call engine: one run's model calls (map, reduce, final), their records and their losses.

``Run.call`` renders a prompt, shows the model per-run id aliases, calls the backend, records
the call (also a failed call whose answers were billed) and maps the answer's ids back. Above it,
``notes`` splits and retries a map or reduce group that fails, ``reduce`` merges notes until they
fit the final call, and ``final`` retries the briefing call. Whatever cannot be summarized is
remembered in ``lost`` with the reason, for ``left_out``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.backends.base import Backend, LLMRequest, Step
from briefing.cluster import Clustering
from briefing.exceptions import (
    InvalidOutputError,
    LLMError,
    OutputTooLongError,
    RefusalError,
)
from briefing.language import language_name
from briefing.models import (
    Article,
    BriefingDraft,
    CallMode,
    CallRecord,
    Document,
    Notes,
)
from briefing.plan import Planner
from briefing.prompts import format_documents, load_prompt
from briefing.small import answer_schema, widen
from briefing.summarize.aliases import Aliases
from briefing.summarize.quotes import bare, quoted, verified_quotes

__all__ = ["Run", "renumber", "together"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

_NOTE_STEPS = ("reduce", "final")
# What one group's map or reduce call may end in without failing the run: the group is split
# and retried, and what cannot be split is reported in ``left_out`` with the reason.
_GROUP_FAILURES = (RefusalError, InvalidOutputError, OutputTooLongError)


@dataclass
class Run:
    """The state of one run's calls: the backend, the planner, the articles by id, every call's
    record, and why each lost article was not summarized."""

    backend: Backend
    planner: Planner
    articles: Mapping[str, Article]
    on_call: Callable[[CallRecord], None] | None = None
    language: str | None = None  # the language the briefing is written in (None: the sources')
    records: list[CallRecord] = field(default_factory=list)
    aliases: Aliases = field(init=False)
    lost: dict[str, str] = field(default_factory=dict)  # article id → why it was not summarized

    def __post_init__(self) -> None:
        self.aliases = Aliases(list(self.articles))

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
        # A small model fills the compact variant of the schema (no evidence to copy).
        small = self.planner.info.small
        wire = answer_schema(schema, small=small)
        # The model sees short aliases ("a7") instead of content ids: fewer tokens in every
        # article header and every note's sources, mapped back before anything checks them.
        shown = [self.aliases.document(d) for d in docs]
        if "failures" in variables:
            variables["failures"] = [self.aliases.failure(f) for f in variables["failures"]]
        rendered = prompt.render(
            schema=wire,
            small=small,
            documents=shown,
            documents_block=format_documents(shown, as_notes=step in _NOTE_STEPS),
            note_budget=max_output,  # map and reduce prompts tell the model its output budget
            # The reader's language, named last in the system message (None for English).
            language=language_name(self.language) if self.language else None,
            **variables,
        )
        request = LLMRequest(
            step=step,
            prompt=rendered,
            schema=wire,
            documents=shown,
            max_output_tokens=max_output,
        )
        record = functools.partial(
            CallRecord,
            step=step,
            level=level,
            prompt=rendered.name,
            prompt_version=rendered.version,
            prompt_hash=rendered.hash,
            model=self.backend.model,
        )
        try:
            response = await self.backend.generate(request)
        except LLMError as exc:
            if isinstance(exc, OutputTooLongError) and isinstance(exc.partial, BaseModel):
                exc.partial = widen(exc.partial, schema)
            if exc.input_tokens or exc.output_tokens:  # billed answers of a failed call
                self._record(
                    record(
                        input_tokens=exc.input_tokens,
                        cached_tokens=exc.cached_tokens,
                        output_tokens=exc.output_tokens,
                        latency_s=0.0,
                        mode=CallMode.FAILED,
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
        return self.aliases.restore(widen(response.parsed, schema))

    def _record(self, record: CallRecord) -> None:
        self.records.append(record)
        if self.on_call is not None:
            self.on_call(record)

    # -- map ------------------------------------------------------------------------------

    async def map_reduce(self, clustering: Clustering) -> BriefingDraft:
        """Notes from every map group, reduced to the briefing."""
        planner = self.planner
        groups = planner.map_groups(clustering.articles, clustering.stories)
        results = await together(*(self.notes("map", g, planner.map_output) for g in groups))
        return await self.reduce(renumber(d for r in results for d in r))

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
            kept, docs = self._keep_partial(exc, docs)
            if not docs:
                return kept
            if kept:  # ask for the rest: the documents no complete note covered
                log.info(
                    "%s cut off; asking again for the %d documents not covered", step, len(docs)
                )
                return kept + await self.notes(step, docs, max_output, level=level)
            if len(docs) > 1:
                half = len(docs) // 2
                log.info("%s of %d documents failed (%s); splitting in two", step, len(docs), exc)
                parts = await together(
                    self.notes(step, docs[:half], max_output, level=level),
                    self.notes(step, docs[half:], max_output, level=level),
                )
                return parts[0] + parts[1]
            room = self.room(docs, step, as_notes=as_notes)
            if isinstance(exc, OutputTooLongError) and max_output < room:
                return await self.notes(step, docs, min(max_output * 2, room), level=level)
            return self.lose(docs, exc)
        notes = self._note_documents(answer, docs)
        if not notes and answer.notes and len(docs) > 1:
            # Notes that cite nothing given (small models leave source_ids empty): smaller
            # calls, down to one article, whose notes can only come from it.
            log.info("%s notes cited none of %d documents; splitting in two", step, len(docs))
            half = len(docs) // 2
            parts = await together(
                self.notes(step, docs[:half], max_output, level=level),
                self.notes(step, docs[half:], max_output, level=level),
            )
            return parts[0] + parts[1]
        return notes

    def _keep_partial(
        self, exc: Exception, docs: list[Document]
    ) -> tuple[list[Document], list[Document]]:
        """The complete notes of a cut-off answer, and the documents none of them covers."""
        partial = exc.partial if isinstance(exc, OutputTooLongError) else None
        if not isinstance(partial, Notes) or not partial.notes:
            return [], docs
        kept = self._note_documents(self.aliases.restore(partial), docs, lose_uncited=False)
        covered = {i for d in kept for i in d.source_ids}
        rest = [d for d in docs if not covered & set(d.source_ids)]
        log.info(
            "kept %d complete notes of a cut-off answer (%s); %d documents not covered",
            len(kept),
            exc,
            len(rest),
        )
        return kept, rest

    def lose(self, docs: Sequence[Document], exc: Exception | str) -> list[Document]:
        """Remember the articles of ``docs`` as not summarized, with the reason."""
        ids = list(dict.fromkeys(i for d in docs for i in d.source_ids))
        log.warning("left out %s: %s", ", ".join(ids), exc)
        for i in ids:
            self.lost.setdefault(i, f"not summarized: {exc}")
        return []

    def _note_documents(
        self, notes: Notes, docs: Sequence[Document], *, lose_uncited: bool = True
    ) -> list[Document]:
        given = sorted({i for d in docs for i in d.source_ids})
        out: list[Document] = []
        for note in notes.notes:
            ids = [i for i in dict.fromkeys(note.source_ids) if i in given]
            if not ids and len(given) == 1:
                ids = given  # a single-article call: the note can only come from it
            if not ids or not note.text.strip():
                log.debug("dropping a note that cites nothing given: %.80s", note.text)
                for i in given if lose_uncited else ():
                    self.lost.setdefault(i, "its notes cited no article that was given")
                continue
            out.append(
                Document(
                    id=f"n{len(out)}",
                    title="",
                    text=note.text,
                    source_ids=ids,
                    evidence=verified_quotes(note.evidence, ids, self.articles),
                )
            )
        return out

    # -- reduce ---------------------------------------------------------------------------

    async def reduce(self, notes: list[Document]) -> BriefingDraft:
        """Reduce levels while the planner's rule (``Planner.reduce_groups``) asks for one, then
        the final call on the notes that fit it; the articles only the others spoke for are
        reported as lost."""
        planner = self.planner
        self.require(notes, "map")
        level = 1
        # The rule decides on the notes without their quotes (as the plan counts them); a call
        # then gets the quotes when they fit it, so quotes never add a call or a level.
        while (groups := planner.reduce_groups(bare(notes), level)) is not None:
            results = await together(
                *(
                    self.notes(
                        "reduce",
                        quoted(g, notes, planner, "reduce"),
                        planner.map_output,
                        level=level,
                    )
                    for g in groups
                )
            )
            notes = renumber(d for r in results for d in r)
            self.require(notes, "reduce")
            level += 1
        kept = planner.prefix_that_fits(bare(notes))
        if len(kept) < len(notes):
            self.lose(notes[len(kept) :], "its notes did not fit the final call")
        docs = quoted(kept, notes, planner, "final")
        return await self.final("final", docs, planner.final_output, level=level)

    def require(self, notes: Sequence[Document], step: str) -> None:
        """No empty step: when every input of the next call failed, say why instead of sending
        a call about nothing."""
        if notes:
            return
        reasons = list(dict.fromkeys(self.lost.values()))
        detail = reasons[0] if reasons else "no article yielded a note"
        more = f" (and {len(reasons) - 1} other reason(s))" if len(reasons) > 1 else ""
        raise LLMError(
            f"nothing to brief: every {step} call failed for all {len(self.lost)} article(s): "
            f"{detail}{more}"
        )

    async def final(
        self, step: Step, docs: list[Document], max_output: int, *, level: int = 0
    ) -> BriefingDraft:
        """The briefing call. A cut-off answer keeps its complete sections and the documents
        they do not cover are asked for in one more call; with nothing complete, retry once
        with the model's full allowance. On a refusal or output still invalid after its repair,
        ask once more."""
        try:
            draft = await self.call(step, docs, BriefingDraft, max_output, level=level)
        except (RefusalError, InvalidOutputError) as exc:
            log.warning("step %s failed (%s); asking once more", step, exc)
            draft = await self.call(step, docs, BriefingDraft, max_output, level=level)
        except OutputTooLongError as exc:
            if isinstance(exc.partial, BriefingDraft) and exc.partial.sections:
                partial = await self._finish_partial(step, docs, max_output, level, exc)
                return _only_source(partial, docs)
            larger = self.room(docs, step, as_notes=step in _NOTE_STEPS)
            if larger <= max_output:
                raise
            draft = await self.call(step, docs, BriefingDraft, larger, level=level)
        return _only_source(draft, docs)

    async def _finish_partial(
        self, step: Step, docs: list[Document], max_output: int, level: int, exc: LLMError
    ) -> BriefingDraft:
        """The complete sections of a cut-off briefing, plus one call for what they miss."""
        assert isinstance(exc, OutputTooLongError) and isinstance(exc.partial, BriefingDraft)
        draft = self.aliases.restore(exc.partial)
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
            more = await self.call(step, rest, BriefingDraft, max_output, level=level)
        except _GROUP_FAILURES as again:
            partial = again.partial if isinstance(again, OutputTooLongError) else None
            if not isinstance(partial, BriefingDraft):
                self.lose(rest, f"the answer was cut off before it covered this ({again})")
                return draft
            more = self.aliases.restore(partial)
        merged = BriefingDraft(
            overview=draft.overview or more.overview, sections=[*draft.sections, *more.sections]
        )
        cited |= {i for s in more.sections for b in s.bullets for i in b.source_ids}
        missed = [d for d in rest if not cited & set(d.source_ids)]
        if missed:
            self.lose(missed, "the model's answer was cut off before it covered this")
        return merged

    def room(self, docs: Sequence[Document], step: str, *, as_notes: bool) -> int:
        """The largest output allowance a call of ``step`` on ``docs`` can ask for: the model's
        limit, within what its context leaves after the prompt."""
        info = self.planner.info
        sent = self.planner.step_tokens(docs, step, as_notes=as_notes)
        return max(0, min(info.max_output, info.context - sent))


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


async def together(*coros: Coroutine[Any, Any, R]) -> list[R]:
    """Run ``coros`` concurrently; the first failure cancels the others (no call is left
    running against a client that is being closed) and is raised as itself."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(c) for c in coros]
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None
    return [t.result() for t in tasks]


def renumber(notes: Iterable[Document]) -> list[Document]:
    """Notes numbered n0, n1, … in order (ids only label notes inside one call's prompt)."""
    return [d.model_copy(update={"id": f"n{k}"}) for k, d in enumerate(notes)]
