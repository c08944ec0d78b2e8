"""Model calls as contracts: the plan of a run's calls (``Plan``), and what each call was and
cost (``CallRecord``, summed in ``Usage``). ``briefing.models`` re-exports every name."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, model_validator

from briefing.contract import Model

__all__ = ["CallMode", "CallRecord", "Plan", "PlanStep", "Step", "Usage"]


Step = Literal["brief", "map", "reduce", "final", "repair", "verify"]
"""A model call's job: one-call briefing, map notes, reduce notes, final briefing, repair,
verification of the bullets code could not prove."""


class CallMode(StrEnum):
    """How a call was answered: the answer format of a direct call, or where else it came from."""

    JSON_SCHEMA = "json_schema"  # strict Structured Outputs
    JSON_OBJECT = "json_object"  # JSON mode with the schema attached
    TEXT = "text"  # no response_format; the first JSON object of the reply
    BATCH = "batch"  # through the Batch API (billed at its discount)
    CACHED = "cached"  # from the local call log (no tokens)
    OFFLINE = "offline"  # the offline extractive backend (no model)
    FUNCTION = "function"  # a ``FunctionBackend`` (tests, embedding code)
    FAILED = "failed"  # the call failed after answers that were billed
    UNKNOWN = ""  # not recorded (briefings stored before modes were)


_LEGACY_STEP = re.compile(r"^(\w+)\[(\d+)\]$")


class CallRecord(Model):
    """One model call: what was asked with which prompt, and what it cost."""

    step: Step
    # Left out of the JSON when 0 (every call but reduce and a final call after reduce).
    level: int = Field(
        default=0,
        description="Reduce level: 1, 2, … for intermediate reduce calls, the number of reduce "
        "levels + 1 for the final call after them; 0 for every other call.",
        exclude_if=lambda level: level == 0,
    )
    prompt: str
    prompt_version: str
    prompt_hash: str
    model: str
    input_tokens: int
    cached_tokens: int = 0
    output_tokens: int
    latency_s: float
    attempts: int = 1
    mode: CallMode = CallMode.UNKNOWN

    @model_validator(mode="before")
    @classmethod
    def _legacy_step(cls, data: Any) -> Any:
        """Briefings stored before ``level`` existed wrote it into the step ("final[2]")."""
        if isinstance(data, dict) and isinstance(data.get("step"), str):
            match = _LEGACY_STEP.match(data["step"])
            if match and "level" not in data:
                data = {**data, "step": match.group(1), "level": int(match.group(2))}
        return data


class Usage(Model):
    backend: str
    model: str
    calls: int = 0
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    tokens_estimated: bool = Field(
        default=False, description="True when the model's tokenizer is unknown (counts are o200k)."
    )
    records: list[CallRecord] = Field(default_factory=list)


class PlanStep(Model):
    step: Step
    level: int = 0
    inputs: list[str] = Field(
        description="Article ids (map/brief), note group labels (reduce) or bullet slots (verify)."
    )
    input_tokens: int
    max_output_tokens: int
    batch: bool = Field(default=False, description="Sent through the Batch API (discounted).")


class Plan(Model):
    model: str
    strategy: Literal["single", "map-reduce"]
    steps: list[PlanStep]
    input_tokens: int
    max_output_tokens: int
    estimated_cost_usd: float | None
    tokens_estimated: bool
    batch: bool = Field(default=False, description="Map calls go through the Batch API.")
    cost_without_batch_usd: float | None = Field(
        default=None, description="The estimate with every call made directly (when batching)."
    )

    @property
    def calls(self) -> int:
        return len(self.steps)
