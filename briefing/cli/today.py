"""``brief today`` and ``brief ingest``: read articles, plan, summarize, render."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from briefing.cli._common import (
    EXIT_WRITTEN_WITH_FAILURES,
    common_options,
    configure_logging,
    console,
    handle_errors,
    parse_now,
)
from briefing.cli._group import cli
from briefing.config import Settings, load_config
from briefing.daily import TodayOptions, run_today
from briefing.dates import format_time
from briefing.exceptions import BriefingError, InputError
from briefing.fetch.inputs import gather_inputs
from briefing.models import Briefing, CallRecord, IngestResult, Plan
from briefing.render import render_json, render_markdown, render_terminal, usage_line
from briefing.runlock import run_lock
from briefing.select import parse_since
from briefing.store import Store
from briefing.tokens import tokenizer_for

if TYPE_CHECKING:
    from briefing.backends.batch import BatchProgress
    from briefing.backends.stream import StreamProgress

log = logging.getLogger(__name__)

OFFLINE_NOTICE = "offline extractive summary; set OPENAI_API_KEY for LLM summaries"


def _ingest(inputs: tuple[str, ...], now: dt.datetime | None) -> IngestResult:
    if not inputs:
        raise InputError("no input: give files, folders, URLs, or - for standard input")
    config = load_config()
    result = asyncio.run(gather_inputs(inputs, config=config.fetch, now=now, stdin=sys.stdin))
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
    callback=lambda _ctx, _param, value: _writable_output(value),
    help="Write the briefing to this file instead of standard output.",
)
@click.option(
    "--backend",
    type=click.Choice(["auto", "offline", "openai"]),
    default=None,
    help="auto (default): OpenAI (or --base-url) when configured, else offline.",
)
@click.option("--model", help="Model name (env BRIEFING_MODEL; default gpt-4.1-mini).")
@click.option(
    "--base-url",
    help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL).",
)
@click.option("--since", metavar="DURATION", help="Brief articles of the last 30m, 6h, 2d, 1w.")
@click.option(
    "--topic",
    "topics",
    multiple=True,
    metavar="WORD",
    help="Only articles that mention this topic (repeatable); they also rank first.",
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
    "--context",
    "--context-window",
    "context_window",
    type=click.IntRange(min=512),
    metavar="N",
    help="Context window to plan for (local models; default: what the server said, else the "
    "model table's; config [models.NAME] context).",
)
@click.option(
    "--idle-timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="S",
    help="Fail a call when the server sends nothing for S seconds (default 300; env "
    "BRIEFING_IDLE_TIMEOUT). A slow server is fine while tokens arrive.",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0),
    metavar="S",
    help="The most one call may take in all (default 1800; 0: none; env BRIEFING_DEADLINE).",
)
@click.option(
    "--no-cache", is_flag=True, help="Ask the model again instead of reusing stored answers."
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=None,
    help="Model calls in flight at once (default 4).",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=None,
    help="Retries of a failed call (429, 5xx, connection), with backoff (default 3).",
)
@click.option("--no-repair", is_flag=True, help="Drop failing bullets without a repair call.")
@click.option(
    "--evidence",
    "show_evidence",
    is_flag=True,
    help="Show each bullet's evidence quotes under it (terminal, Markdown; JSON always has them).",
)
@click.option(
    "--batch",
    is_flag=True,
    help="Send the map calls through the Batch API: half price, answered within 24 hours "
    "(waits for them, polling).",
)
@common_options
@handle_errors
def today(
    inputs: tuple[str, ...],
    as_json: bool,
    as_markdown: bool,
    output: Path | None,
    backend: str | None,
    model: str | None,
    base_url: str | None,
    since: str | None,
    topics: tuple[str, ...],
    dry_run: bool,
    max_cost: float | None,
    max_input_tokens: int | None,
    context_window: int | None,
    idle_timeout: float | None,
    deadline: float | None,
    no_cache: bool,
    concurrency: int | None,
    retries: int | None,
    no_repair: bool,
    show_evidence: bool,
    batch: bool,
    now: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Brief what is new: from INPUTS (files, folders, feed or page URLs, or - for stdin) when
    given, else from the configured sources (`brief sources add URL`), since the last briefing.

    \b
    Examples:
      brief today examples/
      brief today https://example.org/world/rss
      brief today examples/ --json
      brief today examples/ --dry-run --backend openai
      cat page.txt | brief today -
      brief today --since 6h --topic ukraine --topic markets
      brief today --batch --dry-run

    \b
    Exit codes: 0 written · 8 something was lost (a source failed, also when nothing is new;
    bullets dropped: one line each on stderr, even with --quiet) · 9 nothing new to brief ·
    10 another run holds the lock (others: see `brief --help`).
    """
    configure_logging(debug, quiet)
    if as_json and as_markdown:
        raise click.UsageError("--json and --markdown are two formats: choose one")
    config = load_config()
    settings = Settings.from_config(
        config,
        backend=backend,
        model=model,
        base_url=base_url,
        max_concurrency=concurrency,
        max_retries=retries,
        idle_timeout_s=idle_timeout,
    )
    if deadline is not None:
        settings = settings.model_copy(update={"deadline_s": deadline or None})
    options = TodayOptions(
        inputs=inputs,
        now=parse_now(now),
        since=parse_since(since),
        topics=topics,
        dry_run=dry_run,
        max_cost=max_cost,
        repair=not no_repair,
        max_input_tokens=max_input_tokens,
        context_window=context_window,
        no_cache=no_cache,
        batch=batch,
    )
    chatter = console(stderr=True, quiet=quiet)  # notices, progress, the usage line
    losses = console(stderr=True)  # what was lost: shown even with --quiet
    if settings.resolved_backend == "offline" and not dry_run:
        chatter.print(OFFLINE_NOTICE, markup=False, highlight=False)
    with (
        nullcontext() if dry_run else run_lock("today"),
        Store.default() as store,
        _Progress(chatter) as reporter,
    ):
        outcome = asyncio.run(
            run_today(options, config=config, settings=settings, store=store, reporter=reporter)
        )
    if outcome.briefing is None:
        _print_plan(outcome.plan, outcome.articles, as_json)
    else:
        _emit(
            outcome.briefing,
            as_json=as_json,
            as_markdown=as_markdown,
            output=output,
            err=chatter,
            timezone=config.timezone,
            evidence=show_evidence,
        )
    lost = [f"failed: {p.source}: {p.reason}" for p in outcome.problems]
    if outcome.briefing is not None:
        lost += [
            f"dropped: {_clip(d.text)} ({d.reason})"
            for d in outcome.briefing.grounding.dropped_bullets
        ]
    for line in lost:  # at the end of the run, where they are seen; even with --quiet
        # One line per loss, however long the path: logs are grepped.
        losses.print(line, markup=False, highlight=False, soft_wrap=True)
    if lost:
        sys.exit(EXIT_WRITTEN_WITH_FAILURES)


def _clip(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class _Progress:
    """Rich progress bars on a terminal; nothing when piped or quiet."""

    def __init__(self, console: Console) -> None:
        self._enabled = console.is_terminal and not console.quiet
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._fetch: TaskID | None = None
        self._calls: TaskID | None = None
        self._batches: dict[str, TaskID] = {}

    def __enter__(self) -> _Progress:
        if self._enabled:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._enabled:
            self._bar.stop()

    def fetching(self, total: int) -> None:
        if self._enabled:
            self._fetch = self._bar.add_task("fetching sources", total=total)

    def fetched(self, location: str, ok: bool) -> None:
        if self._fetch is not None:
            self._bar.advance(self._fetch)

    def summarizing(self, calls: int) -> None:
        if self._enabled:
            self._calls = self._bar.add_task("summarizing", total=calls)

    def called(self, record: CallRecord) -> None:
        if self._calls is not None:
            self._bar.update(self._calls, description="summarizing")
            self._bar.advance(self._calls)

    def streaming(self, progress: StreamProgress) -> None:
        """A streamed answer is coming: tokens so far and tokens/s, on the summarizing bar."""
        if self._calls is not None:
            rate = f", {progress.tokens_per_s:.1f} tokens/s" if progress.tokens_per_s else ""
            self._bar.update(
                self._calls,
                description=f"summarizing ({progress.step}: {progress.tokens:,} tokens{rate})",
            )

    def batch(self, progress: BatchProgress) -> None:
        if not self._enabled:
            return
        description = f"batch {progress.batch_id} {progress.status}"
        if progress.failed:
            description += f" ({progress.failed} failed)"
        done = progress.completed + progress.failed
        task = self._batches.get(progress.batch_id)
        if task is None:
            self._batches[progress.batch_id] = self._bar.add_task(
                description, total=progress.total or None, completed=done
            )
        else:
            self._bar.update(
                task, description=description, total=progress.total or None, completed=done
            )


def _writable_output(path: Path | None) -> Path | None:
    """Refuse an output file that cannot be written before any work (or model call) is done."""
    if path is None:
        return None
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise click.BadParameter(f"folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise click.BadParameter(f"folder {str(folder)!r} is not writable")
    return path


def _emit(
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


def _print_plan(plan: Plan, articles: int, as_json: bool) -> None:
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


@cli.command("ingest")
@click.argument("inputs", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the Article records (with text).")
@common_options
@handle_errors
def ingest_command(
    inputs: tuple[str, ...], as_json: bool, now: str | None, quiet: bool, debug: bool
) -> None:
    """Show the articles that `brief today` would read from INPUTS (files, folders, feed or
    page URLs, or - for stdin)."""
    configure_logging(debug, quiet)
    result = _ingest(inputs, parse_now(now))
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
        return
    out = console()
    table = Table(title=f"{len(result.articles)} articles")
    for column in ("id", "outlet", "published", "title", "tokens"):
        table.add_column(column)
    counter = tokenizer_for("gpt-4o")
    timezone = load_config().timezone
    for a in result.articles:
        table.add_row(
            a.id,
            a.outlet or "—",
            format_time(a.published_at, timezone) or "—",
            a.title,
            f"{counter.count(a.text):,}",
        )
    out.print(table)
    for problem in result.problems:
        out.print(f"skipped {problem.source}: {problem.reason}", markup=False, style="yellow")
