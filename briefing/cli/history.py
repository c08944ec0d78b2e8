"""``brief history``, ``brief show`` and ``brief deliveries``: read what the store remembers.

"today" and every time shown are in the configured zone (``briefing.dates``), as ``brief today``
dates a briefing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sys
from typing import Any

import click
from rich import box
from rich.table import Table
from rich.text import Text

from briefing.cli._common import (
    common_options,
    configure_logging,
    console as make_console,
    handle_errors,
    parse_now,
)
from briefing.config import load_config
from briefing.dates import briefing_date, in_zone
from briefing.exceptions import InputError, redact
from briefing.models import Briefing
from briefing.render import render_json, render_markdown, render_terminal, usage_line
from briefing.store import DeliveryRecord, Store

__all__ = ["deliveries", "history", "show"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Compact tables that fit 80 columns: a line under the header, one space between columns.
_TABLE: dict[str, Any] = {
    "box": box.SIMPLE_HEAD,
    "padding": (0, 1),
    "collapse_padding": True,
    "pad_edge": False,
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _dump(rows: list[Any]) -> None:
    data = [{k: _jsonable(v) for k, v in dataclasses.asdict(r).items()} for r in rows]
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _when(value: dt.datetime, timezone: str) -> str:
    return in_zone(value, timezone).strftime("%m-%d %H:%M")


def _cells(*values: str) -> list[Text]:
    """Plain text cells: a model name or an error detail is never read as rich markup."""
    return [Text(v) for v in values]


def _cost(usd: float) -> str:
    return f"${usd:,.2f}" if usd >= 1 else f"${usd:.4f}"


@click.command()
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most rows."
)
@click.option("--json", "as_json", is_flag=True, help="Print the rows as a JSON array.")
@common_options
@handle_errors
def history(limit: int, as_json: bool, now: str | None, quiet: bool, debug: bool) -> None:
    """List past briefings, latest first: date, when made, articles, calls, tokens, cost, model.

    \b
    Examples:
      brief history
      brief history --limit 5 --json
    """
    configure_logging(debug, quiet)
    timezone = load_config().timezone
    with Store.for_reading() as store:
        rows = store.list_briefings(limit)
    if as_json:
        _dump(rows)
        return
    console = make_console()
    if not rows:
        console.print("no briefings yet: run `brief today`", markup=False, highlight=False)
        return
    table = Table(title=f"{len(rows)} briefing(s)", **_TABLE)
    for column in ("id", "date", "made", "articles", "calls", "tokens in/out", "cost"):
        table.add_column(column, justify="left" if column == "date" else "right", no_wrap=True)
    table.add_column("model", min_width=8, overflow="fold")
    for r in rows:
        made = in_zone(r.created_at, timezone)
        calls = f"{r.calls:,}" + (f" ({r.cached_calls:,} cached)" if r.cached_calls else "")
        table.add_row(
            *_cells(
                str(r.id),
                r.date.isoformat(),
                made.strftime("%H:%M" if made.date() == r.date else "%m-%d %H:%M"),
                f"{r.articles:,}",
                calls,
                f"{r.input_tokens:,}/{r.output_tokens:,}",
                _cost(r.cost_usd),
                r.model if r.calls else r.backend,  # no calls: an unmetered backend (offline)
            )
        )
    console.print(table)


def _find(store: Store, key: str, now: dt.datetime | None, timezone: str) -> Briefing | None:
    word = key.strip().lower()
    today = briefing_date(now or dt.datetime.now(dt.UTC), timezone)
    if word == "latest":
        latest = store.list_briefings(1)
        return store.get_briefing(latest[0].id) if latest else None
    if word == "today":
        return store.get_briefing(today)
    if word == "yesterday":
        return store.get_briefing(today - dt.timedelta(days=1))
    if _DATE.match(word):
        try:
            day = dt.date.fromisoformat(word)
        except ValueError as exc:
            raise InputError(f"{key!r} is not a valid date") from exc
        return store.get_briefing(day)
    if word.isdigit():
        return store.get_briefing(int(word))
    raise InputError(
        f"{key!r} is neither a date (YYYY-MM-DD), an id, 'today', 'yesterday' nor 'latest'"
    )


@click.command()
@click.argument("which", metavar="DATE|ID")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["terminal", "md", "json"]),
    default="terminal",
    show_default=True,
    help="terminal: formatted for this screen; md: Markdown; json: the stored Briefing.",
)
@common_options
@handle_errors
def show(which: str, fmt: str, now: str | None, quiet: bool, debug: bool) -> None:
    """Show a stored briefing: DATE (YYYY-MM-DD, the latest of that day), an ID from
    `brief history`, or today, yesterday, latest.

    \b
    Examples:
      brief show 2026-11-24 --format md
      brief show 12 --format json
      brief show latest
    """
    configure_logging(debug, quiet)
    timezone = load_config().timezone
    with Store.for_reading() as store:
        briefing = _find(store, which, parse_now(now), timezone)
    if briefing is None:
        raise InputError(f"no stored briefing for {which!r} (see `brief history`)")
    if fmt == "json":
        sys.stdout.write(render_json(briefing))
        return
    if fmt == "md":
        sys.stdout.write(render_markdown(briefing, timezone=timezone))
        return
    console = make_console()
    render_terminal(briefing, console, timezone=timezone)
    console.print(usage_line(briefing), markup=False, highlight=False, style="dim")


def _destination(record: DeliveryRecord) -> str:
    if record.destination:
        return redact(record.destination)
    return f"#{record.destination_hash[:12]}"


@click.command()
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Most rows."
)
@click.option("--json", "as_json", is_flag=True, help="Print the rows as a JSON array.")
@common_options
@handle_errors
def deliveries(limit: int, as_json: bool, now: str | None, quiet: bool, debug: bool) -> None:
    """List what was sent when, to where (destinations redacted), latest first.

    \b
    Examples:
      brief deliveries
      brief deliveries --json
    """
    configure_logging(debug, quiet)
    timezone = load_config().timezone
    with Store.for_reading() as store:
        rows = store.list_deliveries(limit)
    if as_json:
        _dump(
            [
                dataclasses.replace(r, destination=_destination(r) if r.destination else None)
                for r in rows
            ]
        )
        return
    console = make_console()
    if not rows:
        console.print("nothing delivered yet", markup=False, highlight=False)
        return
    table = Table(title=f"{len(rows)} deliver{'y' if len(rows) == 1 else 'ies'}", **_TABLE)
    for column in ("date", "channel", "destination", "part", "status", "when", "detail"):
        table.add_column(
            column,
            justify="right" if column == "part" else "left",
            no_wrap=column not in ("destination", "detail"),
            overflow="fold",
        )
    for r in rows:
        table.add_row(
            *_cells(
                r.date.isoformat(),
                r.channel,
                _destination(r),
                str(r.part),
                r.status,
                _when(r.at, timezone),
                redact(r.detail),
            ),
            style=None if r.status == "sent" else "red",
        )
    console.print(table)
