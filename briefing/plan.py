"""Planning: the fewest calls and tokens that fit the model.

One call when every article fits the model's input budget; otherwise map (articles packed by
story, long articles cut into chunks) then reduce, with intermediate reduce levels when the
notes themselves do not fit one call. Limits and prices come from ``briefing.modelinfo``
(re-exported here).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from briefing.backends.strict_schema import strict_json_schema
from briefing.chunk import chunk_article
from briefing.modelinfo import ModelInfo, estimate_calls_cost, estimate_cost, model_info
from briefing.models import (
    Article,
    BriefingDraft,
    Document,
    Notes,
    Plan,
    PlanStep,
    RepairAnswer,
    Story,
    VerifyAnswer,
)
from briefing.prompts import format_documents, load_prompt
from briefing.small import SIZED_OUTPUT_BASE, answer_schema
from briefing.tokens import Tokenizer

__all__ = [
    "MAX_REDUCE_LEVELS",
    "ModelInfo",
    "Planner",
    "estimate_calls_cost",
    "estimate_cost",
    "model_info",
    "pack",
]

# Planning adds a margin on top of the counts so estimates err high.
_SAFETY = 0.97
DEFAULT_MAX_INPUT_TOKENS = 120_000
FINAL_OUTPUT_TOKENS = 4_096
MAP_OUTPUT_TOKENS = 2_048
# A map call reads at most this much, so that its notes (a few per story, within
# MAP_OUTPUT_TOKENS) can cover every story in it; 120k tokens of articles squeezed into one
# call's notes would leave most stories out (measured in bench/run.py at 1,000 articles).
MAP_INPUT_TOKENS = 16_000
MAX_REDUCE_LEVELS = 6  # intermediate reduce levels at most, before the final call
# The verification pass judges at most this many claims per call (a briefing has up to about
# 8 sections of 1-5 bullets), each answer up to VERIFY_TOKENS_PER_CLAIM tokens (an index, a
# verdict and a one-sentence reason).
VERIFY_MAX_CLAIMS = 40
VERIFY_TOKENS_PER_CLAIM = 64
ANSWER_SCHEMAS: dict[str, type[BaseModel]] = {
    "brief": BriefingDraft,
    "final": BriefingDraft,
    "map": Notes,
    "reduce": Notes,
    "repair": RepairAnswer,
    "verify": VerifyAnswer,
}
"""What the model fills at each step (the schema is part of every call's prompt tokens)."""


def pack(sizes: Sequence[int], capacity: int) -> list[list[int]]:
    """Pack items (by index, order kept inside a bin) into as few bins as first-fit allows."""
    bins: list[list[int]] = []
    room: list[int] = []
    for index, size in enumerate(sizes):
        for b, free in enumerate(room):
            if size <= free:
                bins[b].append(index)
                room[b] -= size
                break
        else:
            bins.append([index])
            room.append(capacity - size)
    return bins


@dataclass
class Planner:
    """Counts, chunks and groups for one model. Stateless apart from caches."""

    info: ModelInfo
    tokenizer: Tokenizer
    max_input_tokens: int = DEFAULT_MAX_INPUT_TOKENS
    chunk_overlap: int = 64
    batch: bool = False  # map calls go through the Batch API (marked, and estimated discounted)
    verify: bool = False  # the verification pass runs after grounding (a model backend)
    # Calls carry the prompts' worked examples (sent below json_schema, where the server does
    # not enforce the schema; never to a small model).
    sends_examples: bool = False
    _overheads: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _counts: dict[tuple[object, ...], int] = field(default_factory=dict, init=False, repr=False)

    # -- budgets --------------------------------------------------------------------------

    @property
    def final_output(self) -> int:
        """Output allowance of the briefing call; at most a quarter of a small context window."""
        return min(self.info.max_output, FINAL_OUTPUT_TOKENS, self.info.context // 4)

    @property
    def map_output(self) -> int:
        """Output allowance of a map or reduce call: notes are a fraction of what they read."""
        reads = min(self.max_input_tokens, MAP_INPUT_TOKENS, self.info.context)
        return min(self.info.max_output, MAP_OUTPUT_TOKENS, max(256, reads // 4))

    def output_for(self, step: str, items: int) -> int:
        """Output allowance of one call of ``step`` reading ``items`` documents (or rewriting
        ``items`` bullets): the step's, or for a model whose answers are sized by what they read
        (``ModelInfo.output_per_item``, a small model's), a fixed part plus so much per item,
        within the step's. A looping model is then stopped near what the step needs."""
        if step in ("map", "reduce"):
            cap = self.map_output
        elif step == "repair":
            cap = min(self.map_output * 2, self.info.max_output)
        else:
            cap = self.final_output
        per = self.info.output_per_item
        return min(cap, SIZED_OUTPUT_BASE + per * max(1, items)) if per else cap

    def larger_output(self, step: str, wanted: int, room: int) -> int:
        """The allowance to ask again with after a cut-off answer: ``wanted`` within ``room``
        (what the context leaves); for a sized model (``output_for``) within the step's whole
        allowance too, so that a looping model is not given the context's worth."""
        larger = min(wanted, room)
        return min(larger, self.output_for(step, 10**6)) if self.info.output_per_item else larger

    def expected_notes(self, input_tokens: int) -> int:
        """Planning estimate of a map/reduce call's output (notes run at about a quarter of
        their input); the cost estimate still counts the full allowance."""
        return min(self.map_output, max(64, input_tokens // 4))

    def input_budget(self, output_tokens: int) -> int:
        """Tokens of prompt one call may send, leaving room for ``output_tokens``."""
        return int(min(self.info.context - output_tokens, self.max_input_tokens) * _SAFETY)

    def step_budget(self, step: str, output_tokens: int) -> int:
        """Prompt tokens one call of ``step`` may send: map and reduce calls read at most
        MAP_INPUT_TOKENS so that their notes can keep up."""
        budget = self.input_budget(output_tokens)
        return min(budget, MAP_INPUT_TOKENS) if step in ("map", "reduce") else budget

    def overhead(self, step: str) -> int:
        """Tokens of a step's prompt with no documents, plus its response schema."""
        if step not in self._overheads:
            prompt = load_prompt(step)
            small = self.info.small
            schema = answer_schema(ANSWER_SCHEMAS[step], small=small)
            rendered = prompt.render(
                schema=schema,
                small=small,
                documents=[],
                documents_block="",
                failures=[],
                note_budget=self.map_output,
                claims_block="",
                claims_count=0,
            )
            schema_text = json.dumps(strict_json_schema(schema))
            # The schema travels in the request (or in the system message below json_schema,
            # with the worked example).
            examples = self.sends_examples and not small
            self._overheads[step] = (
                self.tokenizer.count_chat(rendered.system, rendered.user)
                + self.tokenizer.count(schema_text)
                + (self.tokenizer.count(rendered.example) if examples else 0)
            )
        return self._overheads[step]

    def document_tokens(self, doc: Document, *, as_notes: bool) -> int:
        """Tokens of one document's block in a prompt (counted once per planner)."""
        key = (
            as_notes,
            doc.id,
            doc.title,
            doc.outlet,
            doc.published_at,
            tuple(doc.source_ids),
            doc.text,
            tuple((e.source_id, e.quote) for e in doc.evidence),
        )
        count = self._counts.get(key)
        if count is None:
            # +2 for the blank line that separates blocks.
            count = self.tokenizer.count(format_documents([doc], as_notes=as_notes)) + 2
            self._counts[key] = count
        return count

    # -- documents ------------------------------------------------------------------------

    def documents(self, articles: Sequence[Article], capacity: int) -> list[Document]:
        """One document per article, or one per chunk for articles longer than ``capacity``."""
        docs: list[Document] = []
        for article in articles:
            doc = Document.of(article)
            if self.document_tokens(doc, as_notes=False) <= capacity:
                docs.append(doc)
                continue
            header = self.document_tokens(doc.model_copy(update={"text": ""}), as_notes=False)
            chunks = chunk_article(
                article,
                self.tokenizer,
                max_tokens=max(64, capacity - header - 16),
                overlap_tokens=min(self.chunk_overlap, max(0, (capacity - header) // 4)),
            )
            for chunk in chunks:
                docs.append(
                    doc.model_copy(
                        update={
                            "title": f"{article.title} (part {chunk.index + 1} of {len(chunks)})",
                            "text": chunk.text,
                        }
                    )
                )
        return docs

    # -- grouping -------------------------------------------------------------------------

    def group(
        self, docs: Sequence[Document], step: str, output_tokens: int, *, as_notes: bool
    ) -> list[list[Document]]:
        capacity = self.step_budget(step, output_tokens) - self.overhead(step)
        sizes = [self.document_tokens(d, as_notes=as_notes) for d in docs]
        return [[docs[i] for i in bin_] for bin_ in pack(sizes, capacity)]

    def fits(
        self, docs: Sequence[Document], step: str, output_tokens: int, *, as_notes: bool
    ) -> bool:
        total = self.overhead(step) + sum(self.document_tokens(d, as_notes=as_notes) for d in docs)
        return total <= self.input_budget(output_tokens)

    def step_tokens(self, docs: Sequence[Document], step: str, *, as_notes: bool) -> int:
        return self.overhead(step) + sum(self.document_tokens(d, as_notes=as_notes) for d in docs)

    def prefix_that_fits(
        self,
        docs: Sequence[Document],
        *,
        step: str = "final",
        as_notes: bool = True,
        reserve: int = 0,
    ) -> list[Document]:
        """The longest prefix of ``docs`` that fits one call of ``step`` (less ``reserve``
        tokens, e.g. for the failing bullets a repair prompt lists)."""
        budget = self.input_budget(self.final_output) - self.overhead(step) - reserve
        out: list[Document] = []
        used = 0
        for doc in docs:
            size = self.document_tokens(doc, as_notes=as_notes)
            if used + size > budget:
                break
            out.append(doc)
            used += size
        return out

    # -- the reduce rule ------------------------------------------------------------------

    def reduce_groups(self, notes: Sequence[Document], level: int) -> list[list[Document]] | None:
        """The groups of reduce level ``level`` (1, 2, …) for ``notes``, or None when reduce
        stops: the notes fit the final call, ``MAX_REDUCE_LEVELS`` levels are done, or nothing
        would merge (as many groups as notes). The final call then reads
        ``prefix_that_fits(notes)``: all of them, or the most important that fit.

        The one rule for both the plan (``reduce_steps``, hence the dry-run cost) and the run.
        """
        if self.fits(notes, "final", self.final_output, as_notes=True):
            return None
        if level > MAX_REDUCE_LEVELS:
            return None
        groups = self.group(notes, "reduce", self.map_output, as_notes=True)
        return None if len(groups) >= len(notes) else groups

    def map_groups(
        self, articles: Sequence[Article], stories: Sequence[Story]
    ) -> list[list[Document]]:
        """Map inputs: articles in story order (a story's articles together), chunks when long."""
        capacity = self.step_budget("map", self.map_output) - self.overhead("map")
        by_id = {a.id: a for a in articles}
        ordered = [by_id[i] for s in stories for i in s.article_ids if i in by_id]
        seen = {a.id for a in ordered}
        ordered += [a for a in articles if a.id not in seen]
        docs = self.documents(ordered, capacity)
        return self.group(docs, "map", self.map_output, as_notes=False)

    # -- the verification pass ------------------------------------------------------------

    def verify_output(self, claims: int) -> int:
        """Output allowance of a verification call that judges ``claims`` claims."""
        return min(self.info.max_output, 32 + VERIFY_TOKENS_PER_CLAIM * claims)

    def verify_groups(self, sizes: Sequence[int]) -> list[list[int]]:
        """The claims (by index; ``sizes`` their tokens with their quotes) of each verification
        call: one call, unless they exceed its input budget or VERIFY_MAX_CLAIMS.

        The one rule for both the plan (``verify_steps``, hence the dry-run cost) and the run.
        """
        most = VERIFY_MAX_CLAIMS
        output = self.verify_output(most)
        capacity = self.step_budget("verify", output) - self.overhead("verify")
        groups: list[list[int]] = []
        for bin_ in pack(sizes, max(1, capacity)):
            groups += [bin_[k : k + most] for k in range(0, len(bin_), most)]
        return groups

    def verify_steps(self) -> list[PlanStep]:
        """The verification calls a run makes at most: every bullet of a full briefing answer
        in doubt (the answer's whole allowance, quotes included, as the claims)."""
        if not self.verify:
            return []
        sizes = [self.final_output // VERIFY_MAX_CLAIMS] * VERIFY_MAX_CLAIMS
        return [
            PlanStep(
                step="verify",
                inputs=[f"b{i + 1}" for i in group],  # bullet slots: at most this many judged
                input_tokens=self.overhead("verify") + sum(sizes[i] for i in group),
                max_output_tokens=self.verify_output(len(group)),
            )
            for group in self.verify_groups(sizes)
        ]

    # -- the plan -------------------------------------------------------------------------

    def plan(self, articles: Sequence[Article], stories: Sequence[Story]) -> Plan:
        """The calls a run will make. For map-reduce the reduce levels assume every map call
        writes its full output allowance, so the estimate is an upper bound."""
        single = [Document.of(a) for a in articles]
        if self.fits(single, "brief", self.final_output, as_notes=False):
            tokens = self.step_tokens(single, "brief", as_notes=False)
            steps = [
                PlanStep(
                    step="brief",
                    inputs=[d.id for d in single],
                    input_tokens=tokens,
                    max_output_tokens=self.output_for("brief", len(single)),
                )
            ]
            return self._finish("single", steps + self.verify_steps())
        steps = []
        groups = self.map_groups(articles, stories)
        for group in groups:
            steps.append(
                PlanStep(
                    step="map",
                    inputs=sorted({i for d in group for i in d.source_ids}),
                    input_tokens=self.step_tokens(group, "map", as_notes=False),
                    max_output_tokens=self.output_for("map", len(group)),
                    batch=self.batch,
                )
            )
        # Placeholder notes of the expected size stand in for the map outputs.
        notes = [
            Document(
                id=f"m{i}",
                title="",
                text=_filler(self.expected_notes(s.input_tokens)),
                source_ids=s.inputs,
            )
            for i, s in enumerate(steps)
        ]
        steps += self.reduce_steps(notes)
        return self._finish("map-reduce", steps + self.verify_steps())

    def reduce_steps(self, notes: Sequence[Document]) -> list[PlanStep]:
        """Steps that bring ``notes`` (of estimated size) down to one final call."""
        steps: list[PlanStep] = []
        level = 1
        current = list(notes)
        while (groups := self.reduce_groups(current, level)) is not None:
            nxt: list[Document] = []
            for i, group in enumerate(groups):
                steps.append(
                    PlanStep(
                        step="reduce",
                        level=level,
                        inputs=[f"{level - 1}:{d.id}" for d in group],
                        input_tokens=self.step_tokens(group, "reduce", as_notes=True),
                        max_output_tokens=self.output_for("reduce", len(group)),
                    )
                )
                ids = sorted({s for d in group for s in d.source_ids})
                size = self.expected_notes(steps[-1].input_tokens)
                nxt.append(
                    Document(id=f"r{level}.{i}", title="", text=_filler(size), source_ids=ids)
                )
            current = nxt
            level += 1
        current = self.prefix_that_fits(current)  # what the final call keeps
        steps.append(
            PlanStep(
                step="final",
                level=level,
                inputs=[d.id for d in current],
                input_tokens=self.step_tokens(current, "final", as_notes=True),
                max_output_tokens=self.output_for("final", len(current)),
            )
        )
        return steps

    def _finish(self, strategy: str, steps: list[PlanStep]) -> Plan:
        input_tokens = sum(s.input_tokens for s in steps)
        output_tokens = sum(s.max_output_tokens for s in steps)
        cost = direct = estimate_cost(self.info, input_tokens, output_tokens)
        batched = [s for s in steps if s.batch]
        if direct is not None and batched:
            full = estimate_cost(
                self.info,
                sum(s.input_tokens for s in batched),
                sum(s.max_output_tokens for s in batched),
            )
            cost = direct - (full or 0.0) * self.info.batch_discount
        return Plan(
            model=self.info.name,
            strategy="single" if strategy == "single" else "map-reduce",
            steps=steps,
            input_tokens=input_tokens,
            max_output_tokens=output_tokens,
            estimated_cost_usd=cost,
            tokens_estimated=not self.tokenizer.exact,
            batch=self.batch,
            cost_without_batch_usd=direct if self.batch else None,
        )


def _filler(tokens: int) -> str:
    return "x " * max(1, tokens - 8)
