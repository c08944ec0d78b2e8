"""``brief today`` and ``brief ingest``: read articles, plan, summarize, render."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from briefing.backends import make_backend
from briefing.cli._common import common_options, configure_logging, handle_errors, parse_now
from briefing.cli._group import cli
from briefing.config import Settings
from briefing.exceptions import InputError
from briefing.ingest import ingest
from briefing.models import Briefing, IngestResult, Plan
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
from briefing.render import render_json, render_markdown, render_terminal, usage_line
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

log = logging.getLogger("briefing")

OFFLINE_NOTICE = "offline extractive summary; set OPENAI_API_KEY for LLM summaries"


def _ingest(inputs: tuple[str, ...], now: dt.datetime | None) -> IngestResult:
    if not inputs:
        raise InputError("no input: give files, folders, or - for standard input")
    result = ingest(list(inputs), now=now, stdin=sys.stdin)
    for problem in result.problems:
        log.warning("skipped %s: %s", problem.source, problem.reason)
    if not result.articles:
        detail = "; ".join(f"{p.source}: {p.reason}" for p in result.problems[:3])
        raise InputError("no articles found in the input" + (f" ({detail})" if detail else ""))
    return result


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the briefing as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True, help="Print the briefing as Markdown.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the briefing to this file instead of standard output.",
)
@click.option(
    "--backend",
    type=click.Choice(["auto", "offline", "openai"]),
    default="auto",
    show_default=True,
    help="auto: OpenAI (or --base-url) when configured, else offline.",
)
@click.option("--model", help="Model name (env BRIEFING_MODEL; default gpt-4.1-mini).")
@click.option(
    "--base-url",
    help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL).",
)
@click.option(
    "--dry-run", is_flag=True, help="Print the plan, token counts and estimated cost; call nothing."
)
@click.option(
    "--max-cost",
    type=float,
    metavar="USD",
    help="Refuse to start a run whose estimated cost exceeds this.",
)
@click.option(
    "--max-input-tokens",
    type=click.IntRange(min=1024),
    metavar="N",
    help="Most prompt tokens in one call (default 120,000 or the model's window).",
)
@click.option(
    "--context-window",
    type=click.IntRange(min=2048),
    metavar="N",
    help="Context window of a model the table does not know (local models).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Model calls in flight at once.",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=3,
    show_default=True,
    help="Retries of a failed call (429, 5xx, connection), with backoff.",
)
@click.option("--no-repair", is_flag=True, help="Drop failing bullets without a repair call.")
@common_options
@handle_errors
def today(
    inputs: tuple[str, ...],
    as_json: bool,
    as_markdown: bool,
    output: Path | None,
    backend: str,
    model: str | None,
    base_url: str | None,
    dry_run: bool,
    max_cost: float | None,
    max_input_tokens: int | None,
    context_window: int | None,
    concurrency: int,
    retries: int,
    no_repair: bool,
    now: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Brief today's articles from INPUTS (files, folders, or - for stdin).

    \b
    Examples:
      brief today examples/
      brief today examples/ --json
      brief today examples/ --dry-run --backend openai
      cat page.txt | brief today -
    """
    configure_logging(debug, quiet)
    settings = Settings.from_env(
        backend=backend,
        model=model,
        base_url=base_url,
        max_concurrency=concurrency,
        max_retries=retries,
    )
    reference = parse_now(now)
    result = _ingest(inputs, reference)
    offline = settings.resolved_backend == "offline"
    info = model_info("extractive" if offline else settings.model, context=context_window)
    planner = Planner(
        info=info,
        tokenizer=tokenizer_for(settings.model),
        max_input_tokens=max_input_tokens or DEFAULT_MAX_INPUT_TOKENS,
    )
    prepared = prepare(result.articles, planner)
    err = Console(stderr=True, quiet=quiet)
    if dry_run:
        _print_plan(prepared.plan, len(result.articles), as_json, err)
        return
    if offline:
        err.print(OFFLINE_NOTICE, markup=False, highlight=False)
    notices = [f"skipped {p.source}: {p.reason}" for p in result.problems]
    date = (reference or dt.datetime.now().astimezone()).date()
    briefing = asyncio.run(
        _run(prepared, settings, planner, date, max_cost, not no_repair, notices)
    )
    _emit(briefing, as_json=as_json, as_markdown=as_markdown, output=output, err=err)


async def _run(
    prepared: Any,
    settings: Settings,
    planner: Planner,
    date: dt.date,
    max_cost: float | None,
    repair: bool,
    notices: list[str],
) -> Briefing:
    backend = make_backend(settings)
    try:
        return await brief(
            prepared,
            backend,
            planner,
            date=date,
            max_cost=max_cost,
            repair=repair,
            notices=notices,
        )
    finally:
        await backend.aclose()


def _emit(
    briefing: Briefing, *, as_json: bool, as_markdown: bool, output: Path | None, err: Console
) -> None:
    line = usage_line(briefing)
    if as_json or as_markdown or output:
        text = render_json(briefing) if as_json else render_markdown(briefing)
        if output:
            output.write_text(text, encoding="utf-8")
            err.print(f"wrote {output}", markup=False, highlight=False)
        else:
            sys.stdout.write(text)
        err.print(line, markup=False, highlight=False)
        return
    console = Console()
    render_terminal(briefing, console)
    console.print(line, markup=False, highlight=False, style="dim")


def _print_plan(plan: Plan, articles: int, as_json: bool, err: Console) -> None:
    if as_json:
        sys.stdout.write(plan.model_dump_json(indent=2) + "\n")
        return
    console = Console()
    approx = "~" if plan.tokens_estimated else ""
    table = Table(title=f"Plan for {plan.model}: {plan.strategy}, {plan.calls} call(s)")
    for column in ("step", "level", "inputs", "input tokens", "max output"):
        table.add_column(
            column, justify="right" if "tokens" in column or "max" in column else "left"
        )
    for step in plan.steps:
        table.add_row(
            step.step,
            str(step.level),
            str(len(step.inputs)),
            f"{approx}{step.input_tokens:,}",
            f"{step.max_output_tokens:,}",
        )
    console.print(table)
    cost = (
        f"est. cost at most ${plan.estimated_cost_usd:.4f}"
        if plan.estimated_cost_usd is not None
        else "no price for this model"
    )
    console.print(
        f"{articles} articles · {plan.calls} calls · {approx}{plan.input_tokens:,} input tokens · "
        f"at most {plan.max_output_tokens:,} output tokens · {cost} · nothing was called",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


@cli.command("ingest")
@click.argument("inputs", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the Article records (with text).")
@common_options
@handle_errors
def ingest_command(
    inputs: tuple[str, ...], as_json: bool, now: str | None, quiet: bool, debug: bool
) -> None:
    """Show the articles that `brief today` would read from INPUTS."""
    configure_logging(debug, quiet)
    result = _ingest(inputs, parse_now(now))
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
        return
    console = Console()
    table = Table(title=f"{len(result.articles)} articles")
    for column in ("id", "outlet", "published", "title", "tokens"):
        table.add_column(column)
    counter = tokenizer_for("gpt-4o")
    for a in result.articles:
        table.add_row(
            a.id,
            a.outlet or "—",
            a.published_at.strftime("%Y-%m-%d %H:%M %Z") if a.published_at else "—",
            a.title,
            f"{counter.count(a.text):,}",
        )
    console.print(table)
    for problem in result.problems:
        console.print(f"skipped {problem.source}: {problem.reason}", markup=False, style="yellow")
