"""Limits and prices of models, from one table (``briefing/data/models.toml``), and the cost of
calls at those prices (Batch API calls at the model's batch discount)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from briefing.models import CallMode, CallRecord
from briefing.small import SMALL_OUTPUT_PER_ITEM, is_small

__all__ = ["ModelInfo", "estimate_calls_cost", "estimate_cost", "model_info"]


@dataclass(frozen=True)
class ModelInfo:
    name: str
    context: int
    max_output: int
    input_price: float | None = None
    cached_input_price: float | None = None
    output_price: float | None = None
    listed: bool = True
    batch_discount: float = 0.0  # fraction off with the Batch API (0: no batch pricing known)
    small: bool = False  # asked in the compact schemas (briefing.small)
    # Output tokens a call may write per document it reads (0: the step's whole allowance):
    # a looping model is stopped near what the step needs (``Planner.output_for``).
    output_per_item: int = 0


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, object]]:
    raw = resources.files("briefing").joinpath("data/models.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def model_info(
    model: str,
    *,
    context: int | None = None,
    max_output: int | None = None,
    prices: dict[str, float] | None = None,
    small: bool | None = None,
    output_per_item: int | None = None,
) -> ModelInfo:
    """Limits and prices for ``model`` (exact name, else the longest listed prefix).
    ``small``: whether it is a small model (None: the table's ``small``, else the parameter
    count in its name, ``briefing.small.is_small``). ``output_per_item``: see ``ModelInfo``
    (None: ``SMALL_OUTPUT_PER_ITEM`` for a small model, else 0)."""
    table = _table()
    models: dict[str, dict[str, float]] = table["models"]  # type: ignore[assignment]
    name = model.split("/")[-1]
    key = name if name in models else None
    if key is None:
        prefixes = [m for m in models if name.startswith(m + "-")]
        key = max(prefixes, key=len) if prefixes else None
    row: dict[str, float] = dict(models[key]) if key else dict(table["default"])  # type: ignore[arg-type]
    row.update(prices or {})
    small = small if small is not None else bool(row.get("small", is_small(name)))
    if output_per_item is None:
        output_per_item = SMALL_OUTPUT_PER_ITEM if small else 0
    return ModelInfo(
        name=model,
        context=context or int(row["context"]),
        max_output=max_output or int(row["max_output"]),
        input_price=row.get("input"),
        cached_input_price=row.get("cached_input", row.get("input")),
        output_price=row.get("output"),
        listed=key is not None,
        batch_discount=float(row.get("batch_discount", 0.0)),
        small=small,
        output_per_item=output_per_item,
    )


def estimate_cost(
    info: ModelInfo,
    input_tokens: int,
    output_tokens: int,
    cached_tokens: int = 0,
    *,
    batch: bool = False,
) -> float | None:
    """USD for a call or a run; None when the model has no price in the table. ``batch``:
    the tokens went through the Batch API and cost ``info.batch_discount`` less."""
    if info.input_price is None or info.output_price is None:
        return None
    cached_price = info.cached_input_price if info.cached_input_price is not None else 0.0
    cost = (
        (input_tokens - cached_tokens) * info.input_price
        + cached_tokens * cached_price
        + output_tokens * info.output_price
    ) / 1_000_000
    return cost * (1 - info.batch_discount) if batch else cost


def estimate_calls_cost(info: ModelInfo, records: Iterable[CallRecord]) -> float | None:
    """USD for the calls of a run: batched calls (``mode == "batch"``) at the batch discount."""
    direct = [0, 0, 0]
    batched = [0, 0, 0]
    for record in records:
        totals = batched if record.mode == CallMode.BATCH else direct
        totals[0] += record.input_tokens
        totals[1] += record.output_tokens
        totals[2] += record.cached_tokens
    cost = estimate_cost(info, *direct)
    if cost is None:
        return None
    return cost + (estimate_cost(info, *batched, batch=True) or 0.0)
