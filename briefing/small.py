"""Small models: which models are small, and the compact answer schemas they fill.

A model of a few hundred million parameters (SmolLM2-135M, Qwen2.5-0.5B) writes JSON that a
server's grammar keeps valid, but loops inside a long field it is asked to copy: asked for an
evidence quote, SmolLM2-135M repeats the same sentences until the output cap (measured in
docs/BENCHMARKS.md). Such a model is asked every call in a *compact* schema: the same answer
without ``evidence`` and without field descriptions (which it copies as its answer); the prompt
says nothing of quotes (``small`` in the prompt templates) and shows a worked example instead.
Code then attaches, for each cited article, the sentences that state the bullet best, marked
``Evidence.by_code`` and verified like any quote (``briefing.anchor``).

A model is small when ``[models."NAME"] small`` says so; else when the model table says so;
else when its parameter count, in its name, in what the server says it serves
("SmolLM2-135M-Instruct", "qwen2.5:0.5b", "Llama-3.2-1B-Instruct-Q4_K_M.gguf") or in llama.cpp's
model metadata (``n_params``), is under ``SMALL_PARAMS``.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.models import BriefingDraft, Model, Notes, RepairAnswer
from briefing.sanitize import SafeStr

__all__ = [
    "SIZED_OUTPUT_BASE",
    "SMALL_OUTPUT_PER_ITEM",
    "SMALL_PARAMS",
    "CompactDraft",
    "CompactNotes",
    "CompactRepairAnswer",
    "answer_schema",
    "fit_to",
    "is_small",
    "params_in_name",
    "widen",
]

T = TypeVar("T", bound=BaseModel)

SMALL_PARAMS = 4_000_000_000
"""Below this many parameters a model is asked in the compact schemas. Chosen, not measured
across models: the 135M model fails the full schema here; 7B-class models follow it."""

SMALL_OUTPUT_PER_ITEM = 96
SIZED_OUTPUT_BASE = 128
"""A small model's call may write ``SIZED_OUTPUT_BASE`` tokens (the overview, the JSON) plus
``SMALL_OUTPUT_PER_ITEM`` per article, note or bullet it reads, within the step's allowance
(``Planner.output_for``; ``[models."NAME"] output_per_item`` sets it for any model, 0 turns it
off). Measured on SmolLM2-135M (docs/BENCHMARKS.md): its compact answers that ended by
themselves took 27 to 162 tokens (one to ten articles); the ones that looped ran to the
2,048-token cap, minutes of CPU each. One article is allowed 224 tokens, ten 1,088."""

# "135M", "0.5b", "1B", "3.8b" standing alone in a name ("8x7b" is not a count of its own).
_PARAMS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)([mb])(?![a-z])", re.I)
_SCALE = {"m": 1_000_000, "b": 1_000_000_000}


def params_in_name(name: str) -> int | None:
    """The parameter count a model name states ("SmolLM2-135M-Instruct" → 135 million)."""
    found = _PARAMS.findall(name)
    if not found:
        return None
    number, unit = found[-1]
    return int(float(number) * _SCALE[unit.lower()])


def is_small(*names: str | None, n_params: int | None = None) -> bool:
    """True when ``n_params`` or the first parameter count stated in ``names`` is under
    ``SMALL_PARAMS``; False when none is known."""
    if n_params is None:
        counts = (params_in_name(n) for n in names if n)
        n_params = next((c for c in counts if c is not None), None)
    return n_params is not None and n_params < SMALL_PARAMS


# -- the compact schemas (strict-schema friendly: no defaults, no descriptions) --------------


class CompactBullet(Model):
    text: SafeStr
    source_ids: list[str]


class CompactSection(Model):
    title: SafeStr
    bullets: list[CompactBullet]


class CompactDraft(Model):
    overview: SafeStr
    sections: list[CompactSection]


class CompactNotes(Model):
    notes: list[CompactBullet]


class CompactRepairedBullet(Model):
    index: int
    text: str
    source_ids: list[str]


class CompactRepairAnswer(Model):
    bullets: list[CompactRepairedBullet]


_COMPACT: dict[type[BaseModel], type[BaseModel]] = {
    BriefingDraft: CompactDraft,
    Notes: CompactNotes,
    RepairAnswer: CompactRepairAnswer,
}


def answer_schema(schema: type[BaseModel], *, small: bool) -> type[BaseModel]:
    """The schema a call asks the model to fill: the compact variant for a small model."""
    return _COMPACT.get(schema, schema) if small else schema


def widen(answer: BaseModel, schema: type[T]) -> T:
    """A compact answer as ``schema`` (its evidence empty, for code to attach)."""
    if isinstance(answer, schema):
        return answer
    return schema.model_validate(answer.model_dump())


def fit_to(data: Any, json_schema: dict[str, Any]) -> Any:
    """``data`` with every object key that ``json_schema`` does not name removed (a worked
    example written for the full schema, shown to a small model in the compact one)."""
    defs: dict[str, Any] = json_schema.get("$defs", {})

    def walk(value: Any, node: dict[str, Any]) -> Any:
        ref = node.get("$ref")
        if isinstance(ref, str):
            node = defs[ref.rsplit("/", 1)[-1]]
        if isinstance(value, dict) and "properties" in node:
            props: dict[str, Any] = node["properties"]
            return {k: walk(v, props[k]) for k, v in value.items() if k in props}
        if isinstance(value, list) and isinstance(node.get("items"), dict):
            return [walk(v, node["items"]) for v in value]
        return value

    return walk(data, json_schema)
