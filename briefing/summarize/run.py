"""The call engine: one run's model calls, their records and their losses.

``Run.call`` renders a prompt, shows the model per-run id aliases, calls the backend, records
the call (also a failed call whose answers were billed) and maps the answer's ids back. Above it,
``notes`` splits and retries a map or reduce group that fails (a note a reduce call could not
rewrite is kept as it was). Whatever cannot be summarized is remembered in ``lost`` with the
reason, for ``left_out``. The reduce levels and the briefing call are in
``briefing.summarize.reduce``.
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
from briefing.exceptions import (
    InvalidOutputError,
    LLMError,
    OutputTooLongError,
    RefusalError,
)
from briefing.language import DEFAULT_LANGUAGE, base_language, language_name
from briefing.models import (
    Article,
    CallMode,
    CallRecord,
    Document,
    Notes,
    StepFailure,
)
from briefing.plan import Planner
from briefing.prompts import format_documents, load_prompt
from briefing.small import answer_schema, widen
from briefing.summarize.aliases import Aliases
from briefing.summarize.quotes import verified_quotes

__all__ = ["GROUP_FAILURES", "NOTE_STEPS", "Run", "renumber", "together"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

NOTE_STEPS = ("reduce", "final")
# What one group's map or reduce call may end in without failing the run: the group is split
# and retried, and what cannot be split is reported in ``left_out`` with the reason.
GROUP_FAILURES = (RefusalError, InvalidOutputError, OutputTooLongError)


@dataclass
class Run:
    """The state of one run's calls: the backend, the planner, the articles by id, every call's
    record, and why each lost article was not summarized."""

    backend: Backend
    planner: Planner
    articles: Mapping[str, Article]
    on_call: Callable[[CallRecord], None] | None = None
    language: str | None = None  # the language the briefing is written in (None: the sources')
    # The briefing's language as set, also when the backend cannot write in it: an extractive
    # backend tells a story in it first when one of its sources is (``LLMRequest.language``).
    prefer: str = DEFAULT_LANGUAGE
    records: list[CallRecord] = field(default_factory=list)
    aliases: Aliases = field(init=False)
    lost: dict[str, str] = field(default_factory=dict)  # article id → why it was not summarized
    # The newest complete notes (the map notes, then each reduce level's): what the briefing is
    # built from when the final call fails; and each step that failed so (``fallback``).
    latest_notes: list[Document] = field(default_factory=list)
    fallbacks: list[StepFailure] = field(default_factory=list)

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
            documents_block=format_documents(shown, as_notes=step in NOTE_STEPS),
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
            language=base_language(self.prefer),
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
            exc.step = step
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

    async def notes(
        self, step: Step, docs: list[Document], max_output: int, *, level: int = 0
    ) -> list[Document]:
        """Notes from one map or reduce call. On a length cut-off, a refusal or output still
        invalid after its repair, split the group and retry; a single document is retried with
        a larger output cap after a cut-off (``Planner.larger_output``; not after the model was
        stopped for repeating itself: it would loop again); what is still not summarized is a
        map document reported as left out with the reason, or a reduce note kept as it was."""
        try:
            answer = await self.call(step, docs, Notes, max_output, level=level)
        except GROUP_FAILURES as exc:
            kept, docs = self._keep_partial(exc, docs)
            if not docs:
                return kept
            if kept:  # ask for the rest: the documents no complete note covered
                log.info(
                    "%s cut off; asking again for the %d documents not covered", step, len(docs)
                )
                return kept + await self.notes(
                    step, docs, self._cap(step, docs, max_output), level=level
                )
            if len(docs) > 1:
                log.info("%s of %d documents failed (%s); splitting in two", step, len(docs), exc)
                return await self._halves(step, docs, max_output, level)
            room = self.room(docs, step, as_notes=step in NOTE_STEPS)
            larger = self.planner.larger_output(step, max_output * 2, room)
            if isinstance(exc, OutputTooLongError) and not exc.repeating and larger > max_output:
                return await self.notes(step, docs, larger, level=level)
            if step == "reduce":  # the note stands as it was: nothing of it is lost
                log.warning("a reduce call failed (%s); its note is kept as it was", exc)
                return docs
            return self.lose(docs, exc)
        notes = self._note_documents(answer, docs)
        if not notes and answer.notes and len(docs) > 1:
            # Notes that cite nothing given (small models leave source_ids empty): smaller
            # calls, down to one article, whose notes can only come from it.
            log.info("%s notes cited none of %d documents; splitting in two", step, len(docs))
            return await self._halves(step, docs, max_output, level)
        return notes

    async def _halves(
        self, step: Step, docs: list[Document], max_output: int, level: int
    ) -> list[Document]:
        """The notes of ``docs`` asked for in two calls, each allowed what its half needs."""
        half = len(docs) // 2
        parts = await together(
            *(
                self.notes(step, part, self._cap(step, part, max_output), level=level)
                for part in (docs[:half], docs[half:])
            )
        )
        return parts[0] + parts[1]

    def _cap(self, step: Step, docs: Sequence[Document], max_output: int) -> int:
        """The allowance of a call of ``step`` on part of a group allowed ``max_output``."""
        return min(max_output, self.planner.output_for(step, len(docs)))

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

    def room(self, docs: Sequence[Document], step: str, *, as_notes: bool) -> int:
        """The largest output allowance a call of ``step`` on ``docs`` can ask for: the model's
        limit, within what its context leaves after the prompt."""
        info = self.planner.info
        sent = self.planner.step_tokens(docs, step, as_notes=as_notes)
        return max(0, min(info.max_output, info.context - sent))


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
