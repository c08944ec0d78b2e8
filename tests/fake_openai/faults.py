"""Seeded fault injection: which fault (if any) a chat request gets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

__all__ = ["FAULT_KINDS", "Faults"]

FAULT_KINDS = (
    "rate_limit",  # 429 with Retry-After
    "server_error",  # 500 (with a retry hint when ``retry_after_5xx_s`` is set)
    "unavailable",  # 503 (the same)
    "reset",  # the connection is reset (RST) without a response
    "slow",  # the answer comes after slow_s (meant to exceed the client's timeout)
    "truncated",  # JSON cut off half-way, finish_reason "length"
    "refusal",  # message.refusal set, content null
    "malformed",  # prose and half a JSON object, finish_reason "stop"
    "unknown_ids",  # valid JSON; the first bullet cites only UNKNOWN_ID, the others cite it too
)


@dataclass(frozen=True)
class Faults:
    """Per-kind probabilities for each chat request (at most one fault per request).

    Draws come from ``random.Random(seed)``, one per chat request in arrival order, so a seed
    and a request order give the same faults. ``always`` names a kind injected into every chat
    request (the "always fail" switch). ``seed=None`` takes the server's seed.
    """

    rate_limit: float = 0.0
    server_error: float = 0.0
    unavailable: float = 0.0
    reset: float = 0.0
    slow: float = 0.0
    truncated: float = 0.0
    refusal: float = 0.0
    malformed: float = 0.0
    unknown_ids: float = 0.0
    always: str | None = None
    seed: int | None = None
    retry_after_s: float = 1  # a 429's Retry-After (whole seconds, rounded up) and retry-after-ms
    slow_s: float = 5.0  # the extra delay of a "slow" answer
    # A 500's or 503's Retry-After and retry-after-ms, as for a 429; None: no hint, and the
    # openai client backs off on its own (0.5 s, 1 s, 2 s, ... less up to a quarter of jitter).
    retry_after_5xx_s: float | None = None

    def __post_init__(self) -> None:
        rates = self.rates()
        if any(not 0 <= r <= 1 for r in rates.values()) or sum(rates.values()) > 1 + 1e-9:
            raise ValueError(f"fault rates must be in [0, 1] and sum to at most 1: {rates}")
        if self.always is not None and self.always not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.always!r}; kinds: {FAULT_KINDS}")

    @classmethod
    def uniform(
        cls,
        rate: float,
        *,
        kinds: Iterable[str] = FAULT_KINDS,
        always: str | None = None,
        seed: int | None = None,
        retry_after_s: float = 1,
        slow_s: float = 5.0,
        retry_after_5xx_s: float | None = None,
    ) -> Faults:
        """``rate`` spread evenly over ``kinds`` (0.3 over all nine kinds: 1/30 each)."""
        chosen = list(kinds)
        unknown = set(chosen) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}; kinds: {FAULT_KINDS}")
        return cls.from_dict(
            {k: rate / len(chosen) for k in chosen}
            | {
                "always": always,
                "seed": seed,
                "retry_after_s": retry_after_s,
                "slow_s": slow_s,
                "retry_after_5xx_s": retry_after_5xx_s,
            }
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Faults:
        """From JSON (``POST /_faults``); unknown fields are an error."""
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown Faults fields: {sorted(unknown)}")
        return cls(**data)

    def rates(self) -> dict[str, float]:
        return {kind: float(getattr(self, kind)) for kind in FAULT_KINDS}

    def pick(self, draw: float) -> str | None:
        """The fault for a uniform ``draw`` in [0, 1): the kind whose slice holds it, or None."""
        if self.always is not None:
            return self.always
        edge = 0.0
        for kind, rate in self.rates().items():
            edge += rate
            if draw < edge:
                return kind
        return None
