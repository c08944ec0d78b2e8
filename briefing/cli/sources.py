"""``brief sources …``: add (checked once, a site's feed found), list (numbered, with how each
last ran), remove (by location or number), and OPML import / export."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from pathlib import Path
from typing import BinaryIO, cast

import click
from rich.console import Console
from rich.table import Table

from briefing.cli._common import configure_logging, handle_errors
from briefing.cli.setup import log_options, say
from briefing.config import (
    SourceConfig,
    SourceKind,
    add_sources,
    checked_source,
    config_path,
    load_config,
    remove_source,
)
from briefing.dates import in_zone
from briefing.exceptions import ConfigError, InputError
from briefing.fetch.discover import NotUsable, check_location
from briefing.fetch.opml import NotOpml, read_opml, write_opml
from briefing.store import SourceRun, Store

__all__ = ["sources"]


@click.group()
def sources() -> None:
    """List, add and remove the sources `brief today` reads (feeds, pages, folders); import
    and export them as OPML."""


@sources.command("add")
@click.argument("location")
@click.option(
    "--kind",
    type=click.Choice(["auto", "feed", "page", "folder"]),
    default="auto",
    show_default=True,
    help="feed: RSS/Atom/JSON Feed; page: one article page; folder: local files; "
    "auto: decided from what the URL returns.",
)
@click.option("--name", help="Outlet name to use when the source gives none.")
@click.option(
    "--full-text/--no-full-text",
    default=True,
    show_default=True,
    help="Feed items with only a teaser fetch their article page (the teaser is kept when the "
    "page fails).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let item links and redirects lead to loopback or private-network addresses.",
)
@click.option(
    "--no-check",
    is_flag=True,
    help="Add the URL as given, without fetching it once to check it and find its feed.",
)
@click.option("--all", "add_all", is_flag=True, help="Add every feed found on the page.")
@log_options
@handle_errors
def sources_add(
    location: str,
    kind: str,
    name: str | None,
    full_text: bool,
    allow_private: bool,
    no_check: bool,
    add_all: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Add LOCATION (an http(s) URL or a local folder) to the config file.

    A URL is fetched once: a feed is added as such; for a site's page, the feed it links to
    (<link rel="alternate">, or a usual path like /feed or /rss) is added instead and named;
    an article page with no feed is added as one page, with a warning. A page that is neither
    a feed nor an article is refused; a URL that fails now (404, timeout) is added with a
    warning.

    \b
    Examples:
      brief sources add https://example.org/world/rss
      brief sources add https://example.org/             # finds the site's feed
      brief sources add https://example.org/news/article.html --kind page
      brief sources add ~/news --name "My clippings"
    """
    configure_logging(debug, quiet)
    source = checked_source(
        location, cast(SourceKind, kind), name, full_text=full_text, allow_private=allow_private
    )
    found: list[SourceConfig] = [source]
    if not no_check and source.kind != "folder":
        config = load_config()
        try:
            checked = asyncio.run(
                check_location(source.location, config=config.fetch, kind=source.kind)
            )
        except NotUsable as exc:
            raise ConfigError(str(exc)) from None
        for warning in checked.warnings:
            click.echo(f"warning: {warning}", err=True)
        chosen = checked.add + (checked.others if add_all else [])
        found = [source.model_copy(update={"location": f.location, "kind": f.kind}) for f in chosen]
        for f in chosen:
            if f.location != source.location:
                say(f"found {f.describe()}", quiet=quiet)
        if checked.others and not add_all:
            others = ", ".join(o.location for o in checked.others)
            say(f"also found: {others} (add them too with --all)", quiet=quiet)
    path = config_path()
    created = not path.exists()
    added, skipped = add_sources(path, found)
    if skipped and not added:
        raise ConfigError(skipped[0])
    if created:
        say(f"created {path}", quiet=quiet)
    for line in skipped:
        say(f"skipped: {line}", quiet=quiet)
    for new in added:
        say(f"added {new.location} ({new.kind})", quiet=quiet)


def _when(value: dt.datetime | None, timezone: str) -> str:
    """A time in the configured display zone (``briefing.dates``)."""
    return in_zone(value, timezone).strftime("%m-%d %H:%M") if value else "—"


def _runs() -> dict[str, SourceRun]:
    with Store.default() as store:
        return store.source_runs()


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the sources as a JSON array.")
@log_options
@handle_errors
def sources_list(as_json: bool, quiet: bool, debug: bool) -> None:
    """List the configured sources, numbered from 1 (`brief sources remove N` takes the
    number), with when each last worked, its last error and the items its last run read."""
    configure_logging(debug, quiet)
    config = load_config()
    runs = _runs() if config.sources else {}
    if as_json:
        payload = []
        for number, source in enumerate(config.sources, start=1):
            run = runs.get(source.location)
            entry = {"number": number, **source.model_dump(mode="json")}
            entry["last_run"] = (
                None
                if run is None
                else {
                    "at": run.last_run_at.isoformat(),
                    "status": run.status,
                    "items": run.items,
                    "last_success_at": run.last_success_at and run.last_success_at.isoformat(),
                    "last_error_at": run.last_error_at and run.last_error_at.isoformat(),
                    "last_error": run.last_error,
                }
            )
            payload.append(entry)
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    if not config.sources:
        say("no sources configured; add one with: brief sources add URL", quiet=quiet)
        return
    table = Table(title=f"{len(config.sources)} source(s) in {config_path()}")
    table.add_column("#", justify="right")
    table.add_column("source", overflow="fold", ratio=3)
    table.add_column("last success", min_width=11)
    table.add_column("items", justify="right")
    table.add_column("last error", overflow="fold", ratio=2)
    for number, source in enumerate(config.sources, start=1):
        run = runs.get(source.location)
        error = "—"
        if run is not None and run.last_error:
            error = f"{_when(run.last_error_at, config.timezone)} {run.last_error}"
        items = "—" if run is None else "304" if run.status == "not modified" else str(run.items)
        details = [source.kind, *([source.name] if source.name else [])]
        if source.kind not in ("page", "folder") and not source.full_text:
            details.append("teasers kept")
        if source.allow_private:
            details.append("private addresses allowed")
        table.add_row(
            str(number),
            f"{source.location}\n({', '.join(details)})",
            _when(run.last_success_at if run else None, config.timezone),
            items,
            error,
        )
    Console().print(table)


@sources.command("remove")
@click.argument("location")
@log_options
@handle_errors
def sources_remove(location: str, quiet: bool, debug: bool) -> None:
    """Remove the source at LOCATION, or number LOCATION as `brief sources list` shows it."""
    configure_logging(debug, quiet)
    source = remove_source(config_path(), location)
    say(f"removed {source.location}", quiet=quiet)


@sources.command("import")
@click.argument("file", type=click.File("rb"))
@log_options
@handle_errors
def sources_import(file: BinaryIO, quiet: bool, debug: bool) -> None:
    """Add the feeds of an OPML subscription list (a feed reader's export; - for stdin).

    Feeds already configured are skipped; outline titles become the sources' names.
    """
    configure_logging(debug, quiet)
    try:
        listed = read_opml(file.read())
    except NotOpml as exc:
        raise InputError(f"{file.name}: {exc}") from None
    for line in listed.skipped:
        say(f"skipped: {line}", quiet=quiet)
    if not listed.sources:
        raise InputError(f"{file.name}: no feeds in the list")
    added, skipped = add_sources(config_path(), listed.sources)
    for line in skipped:
        say(f"skipped: {line}", quiet=quiet)
    say(f"imported {len(added)} of {len(listed.sources)} feed(s) into {config_path()}", quiet=quiet)


@sources.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output.",
)
@log_options
@handle_errors
def sources_export(output: Path | None, quiet: bool, debug: bool) -> None:
    """Write the configured feed and page sources as OPML 2.0 (folders are local: left out)."""
    configure_logging(debug, quiet)
    config = load_config()
    text, left_out = write_opml(config.sources, now=dt.datetime.now(dt.UTC))
    for location in left_out:
        say(f"left out {location}: a local folder has no place in OPML", quiet=quiet)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        say(f"wrote {output}", quiet=quiet)
