"""Planning: the fewest calls and tokens that fit the model.

One call when every article fits the model's input budget; otherwise map (articles packed by
story, long articles cut into chunks) then reduce, with intermediate reduce levels when the
notes themselves do not fit one call. What one call may hold is ``briefing.budget``'s; limits
and prices come from ``briefing.modelinfo`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.budget import DEFAULT_MAX_INPUT_TOKENS, Budget
from briefing.chunk import chunk_article
from briefing.modelinfo import ModelInfo, estimate_calls_cost, estimate_cost, model_info
from briefing.models import Article, Document, Plan, PlanStep, Story

__all__ = [
    "DEFAULT_MAX_INPUT_TOKENS",
    "MAX_REDUCE_LEVELS",
    "ModelInfo",
    "Planner",
    "estimate_calls_cost",
    "estimate_cost",
    "model_info",
    "pack",
]

MAX_REDUCE_LEVELS = 6  # intermediate reduce levels at most, before the final call
# The verification pass judges at most this many claims per call (a briefing has up to about
# 8 sections of 1-5 bullets), each answer up to VERIFY_TOKENS_PER_CLAIM tokens (an index, a
# verdict and a one-sentence reason).
VERIFY_MAX_CLAIMS = 40
VERIFY_TOKENS_PER_CLAIM = 64


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
class Planner(Budget):
    """Counts, chunks and groups for one model: which calls a run makes. Stateless apart from
    caches."""

    chunk_overlap: int = 64
    batch: bool = False  # map calls go through the Batch API (marked, and estimated discounted)
    verify: bool = False  # the verification pass runs after grounding (a model backend)

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
                            "dated": doc.dated and chunk.index == 0,
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
