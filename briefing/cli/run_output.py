"""What `brief today` prints: the briefing (terminal, JSON, Markdown or a file) or the plan."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from briefing.cli._common import console
from briefing.exceptions import BriefingError
from briefing.models import Briefing, Plan
from briefing.render import render_json, render_markdown, render_terminal, usage_line


def clip(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def emit_briefing(
    briefing: Briefing,
    *,
    as_json: bool,
    as_markdown: bool,
    output: Path | None,
    err: Console,
    timezone: str,
    evidence: bool = False,
) -> None:
    line = usage_line(briefing)
    if as_json or as_markdown or output:
        text = (
            render_json(briefing)
            if as_json
            else render_markdown(briefing, timezone=timezone, evidence=evidence)
        )
        if output:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise BriefingError(
                    f"cannot write {output}: {exc.strerror or exc}; the briefing is stored "
                    f"(brief show {briefing.date.isoformat()} --format md prints it again)"
                ) from exc
            err.print(f"wrote {output}", markup=False, highlight=False)
        else:
            sys.stdout.write(text)
        err.print(line, markup=False, highlight=False)
        return
    out = console()
    render_terminal(briefing, out, timezone=timezone, evidence=evidence)
    out.print(line, markup=False, highlight=False, style="dim")


def print_plan(plan: Plan, articles: int, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(plan.model_dump_json(indent=2) + "\n")
        return
    out = console()
    approx = "~" if plan.tokens_estimated else ""
    table = Table(title=f"Plan for {plan.model}: {plan.strategy}, {plan.calls} call(s)")
    for column in ("step", "level", "inputs", "input tokens", "max output"):
        table.add_column(
            column, justify="right" if "tokens" in column or "max" in column else "left"
        )
    for step in plan.steps:
        table.add_row(
            f"{step.step} (batch)" if step.batch else step.step,
            str(step.level),
            str(len(step.inputs)),
            f"{approx}{step.input_tokens:,}",
            f"{step.max_output_tokens:,}",
        )
    out.print(table)
    cost = (
        f"est. cost ${plan.estimated_cost_usd:.4f} at full output (repair calls and retries extra)"
        if plan.estimated_cost_usd is not None
        else "no price for this model"
    )
    if plan.batch and not any(step.batch for step in plan.steps):
        cost += " (--batch: no map calls to send, everything goes directly)"
    elif plan.batch and plan.estimated_cost_usd is not None and plan.cost_without_batch_usd:
        saved = plan.cost_without_batch_usd - plan.estimated_cost_usd
        cost += (
            f" with the Batch API discount on map calls "
            f"(${saved:.4f} less than ${plan.cost_without_batch_usd:.4f} without --batch)"
        )
    out.print(
        f"{articles} articles · {plan.calls} calls · {approx}{plan.input_tokens:,} input tokens · "
        f"up to {plan.max_output_tokens:,} output tokens · {cost} · nothing was called",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
