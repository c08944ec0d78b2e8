"""One line on what a run cost and how grounding went."""

from __future__ import annotations

from briefing.models import Briefing, CallMode

__all__ = ["usage_line"]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _cost(usd: float) -> str:
    return f"${usd:,.2f}" if usd >= 1 else f"${usd:.4f}"


def usage_line(briefing: Briefing) -> str:
    """E.g. ``3 calls (0 cached) · 12,345 tokens in (1,024 cached) · 2,100 out · est. $0.0041 ·
    grounding: 18 checked, 1 repaired, 2 dropped``; ``(0 cached, 2 batched)`` when calls went
    through the Batch API; a backend that is not metered (offline) made no calls and says only
    what it is: ``offline extractive · 0 tokens · grounding: …``."""
    usage = briefing.usage
    g = briefing.grounding
    grounding = f"grounding: {g.checked:,} checked, {g.repaired:,} repaired, {g.dropped:,} dropped"
    approx = "~" if usage.tokens_estimated else ""
    if not usage.calls:  # an unmetered backend (``BackendCapabilities.metered``) counts none
        return f"{usage.backend} {usage.model} · 0 tokens · {grounding}"
    cached_calls = sum(1 for r in usage.records if r.mode == CallMode.CACHED)
    batched_calls = sum(1 for r in usage.records if r.mode == CallMode.BATCH)
    batched = f", {batched_calls:,} batched" if batched_calls else ""
    parts = [
        f"{_plural(usage.calls, 'call')} ({cached_calls:,} cached{batched})",
        f"{approx}{usage.input_tokens:,} tokens in ({approx}{usage.cached_tokens:,} cached)",
        f"{approx}{usage.output_tokens:,} out",
        f"est. {_cost(usage.cost_usd)}",
        grounding,
    ]
    return " · ".join(parts)
