"""Token budgets of one call: how much a step may send and write, and what its prompt costs
before any document (its instructions and its answer schema), counted once per budget."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from briefing.backends.strict_schema import strict_json_schema
from briefing.modelinfo import ModelInfo
from briefing.models import BriefingDraft, Document, Notes, RepairAnswer, VerifyAnswer
from briefing.prompts import format_documents, load_prompt
from briefing.small import SIZED_OUTPUT_BASE, answer_schema
from briefing.tokens import Tokenizer

# Planning adds a margin on top of the counts so estimates err high.
_SAFETY = 0.97
DEFAULT_MAX_INPUT_TOKENS = 120_000
FINAL_OUTPUT_TOKENS = 4_096
MAP_OUTPUT_TOKENS = 2_048
# A map call reads at most this much, so that its notes (a few per story, within
# MAP_OUTPUT_TOKENS) can cover every story in it; 120k tokens of articles squeezed into one
# call's notes would leave most stories out (measured in bench/run.py at 1,000 articles).
MAP_INPUT_TOKENS = 16_000
ANSWER_SCHEMAS: dict[str, type[BaseModel]] = {
    "brief": BriefingDraft,
    "final": BriefingDraft,
    "map": Notes,
    "reduce": Notes,
    "repair": RepairAnswer,
    "verify": VerifyAnswer,
}
"""What the model fills at each step (the schema is part of every call's prompt tokens)."""


@dataclass
class Budget:
    """Token allowances and counts for one model. Stateless apart from caches."""

    info: ModelInfo
    tokenizer: Tokenizer
    max_input_tokens: int = DEFAULT_MAX_INPUT_TOKENS
    # Calls carry the prompts' worked examples (sent below json_schema, where the server does
    # not enforce the schema; never to a small model).
    sends_examples: bool = False
    _overheads: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _counts: dict[tuple[object, ...], int] = field(default_factory=dict, init=False, repr=False)

    # -- allowances -----------------------------------------------------------------------

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

    # -- what fits one call ---------------------------------------------------------------

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
