"""``brief today``: read articles, plan, summarize, render (printing: run_output.py)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from contextlib import nullcontext
from pathlib import Path

import click

from briefing.cli._common import (
    EXIT_WRITTEN_WITH_FAILURES,
    common_options,
    configure_logging,
    console,
    handle_errors,
    parse_now,
)
from briefing.cli.progress import RunProgress
from briefing.cli.run_output import clip, emit_briefing, print_plan
from briefing.config import Settings, load_config
from briefing.daily import TodayOptions, run_today
from briefing.language import check_language
from briefing.runlock import run_lock
from briefing.select import parse_since
from briefing.store import Store

log = logging.getLogger(__name__)

OFFLINE_NOTICE = (
    "offline extractive summary (checked by code; no verification call); "
    "set OPENAI_API_KEY for LLM summaries"
)


@click.command()
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
    "--no-verify",
    is_flag=True,
    help="No verification call: bullets that pass the code checks are kept without asking the "
    "model to confirm the ones code could not prove (config: verify = false).",
)
@click.option(
    "--evidence",
    "show_evidence",
    is_flag=True,
    help="Show each bullet's evidence quotes under it (terminal, Markdown; JSON always has them).",
)
@click.option(
    "--language",
    metavar="TAG",
    help="Write the briefing in this language (de, fr, pt-BR…) whatever the sources' "
    "(config `language`, default en). LLM backends only.",
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
    no_verify: bool,
    show_evidence: bool,
    batch: bool,
    language: str | None,
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
        verify=not no_verify,
        max_input_tokens=max_input_tokens,
        context_window=context_window,
        no_cache=no_cache,
        batch=batch,
        language=check_language(language) if language else None,
    )
    chatter = console(stderr=True, quiet=quiet)  # notices, progress, the usage line
    losses = console(stderr=True)  # what was lost: shown even with --quiet
    if settings.resolved_backend == "offline" and not dry_run:
        chatter.print(OFFLINE_NOTICE, markup=False, highlight=False, soft_wrap=True)
    with (
        nullcontext() if dry_run else run_lock("today"),
        Store.default() as store,
        RunProgress(chatter) as reporter,
    ):
        outcome = asyncio.run(
            run_today(options, config=config, settings=settings, store=store, reporter=reporter)
        )
    if outcome.briefing is None:
        print_plan(outcome.plan, outcome.articles, as_json)
    else:
        emit_briefing(
            outcome.briefing,
            as_json=as_json,
            as_markdown=as_markdown,
            output=output,
            err=chatter,
            timezone=config.timezone,
            evidence=show_evidence,
        )
    if outcome.site is not None:
        chatter.print(
            f"site rebuilt: {outcome.site.directory} ({outcome.site.days} day(s))",
            markup=False,
            highlight=False,
            soft_wrap=True,  # one line, however long the path
        )
    lost = [f"failed: {p.source}: {p.reason}" for p in outcome.problems]
    if outcome.briefing is not None:
        lost += [
            f"failed: step {f.step}: {f.reason}; the briefing was built from {f.instead}"
            for f in outcome.briefing.fallbacks
        ]
        lost += [
            f"dropped: {clip(d.text)} ({d.reason})"
            for d in outcome.briefing.grounding.dropped_bullets
        ]
    for line in lost:  # at the end of the run, where they are seen; even with --quiet
        # One line per loss, however long the path: logs are grepped.
        losses.print(line, markup=False, highlight=False, soft_wrap=True)
    if lost:
        sys.exit(EXIT_WRITTEN_WITH_FAILURES)


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
