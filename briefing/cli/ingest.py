"""``brief ingest``: the articles that `brief today` would read, without summarizing."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys

import click
from rich.table import Table

from briefing.cli._common import (
    common_options,
    configure_logging,
    console,
    handle_errors,
    parse_now,
)
from briefing.config import load_config
from briefing.dates import format_time
from briefing.exceptions import InputError
from briefing.fetch.inputs import gather_inputs
from briefing.models import IngestResult
from briefing.tokens import tokenizer_for

log = logging.getLogger(__name__)


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


@click.command("ingest")
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
