"""One line on what a run cost and how grounding went."""

from __future__ import annotations

from briefing.models import Briefing, CallMode, GuardReport

__all__ = ["usage_line"]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _cost(usd: float) -> str:
    return f"${usd:,.2f}" if usd >= 1 else f"${usd:.4f}"


def _guards(report: GuardReport) -> str:
    """``guards: 2 duplicates merged, 3 empty dropped, …``; '' when the guards changed nothing."""
    done = [
        (report.merged_duplicates, "duplicate", "duplicates", "merged"),
        (report.dropped_empty, "empty bullet", "empty bullets", "dropped"),
        (report.titles_shortened, "title", "titles", "shortened"),
        (report.sections_merged, "section", "sections", "merged"),
        (report.datelines_cut, "dateline", "datelines", "cut"),
    ]
    said = [f"{n:,} {one if n == 1 else many} {verb}" for n, one, many, verb in done if n]
    return "guards: " + ", ".join(said) if said else ""


def usage_line(briefing: Briefing) -> str:
    """E.g. ``3 calls (0 cached) · 12,345 tokens in (1,024 cached) · 2,100 out · est. $0.0041 ·
    grounding: 18 checked, 1 repaired, 2 dropped``, with ``, 3 verified by the model`` after
    "checked" when the verification pass ran; ``(0 cached, 2 batched)`` when calls went
    through the Batch API; a backend that is not metered (offline) made no calls and says only
    what it is: ``offline extractive · 0 tokens · grounding: …``. What the output guards changed
    follows grounding (``· guards: 1 duplicate merged, 2 empty bullets dropped``)."""
    usage = briefing.usage
    g = briefing.grounding
    verified = f", {g.verified:,} verified by the model" if g.verified else ""
    grounding = (
        f"grounding: {g.checked:,} checked{verified}, {g.repaired:,} repaired, "
        f"{g.dropped:,} dropped"
    )
    guards = _guards(briefing.guards)
    if guards:
        grounding += f" · {guards}"
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
