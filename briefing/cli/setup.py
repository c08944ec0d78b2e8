"""``brief init``, ``brief sources …`` and ``brief config …``: the config file from the shell.

Each command parses its options and calls ``briefing.config``; errors are ``ConfigError`` (exit 2).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

import click
import tomlkit
from rich.console import Console
from rich.table import Table

from briefing.cli._common import configure_logging, handle_errors
from briefing.cli._group import cli
from briefing.config import (
    SECRET_ENV_VARS,
    SourceKind,
    add_source,
    config_path,
    load_config,
    remove_source,
    write_default_config,
)
from briefing.exceptions import redact

__all__ = ["config_group", "init", "sources"]

F = TypeVar("F", bound=Callable[..., Any])


def _log_options(func: F) -> F:
    """--debug and --quiet (common_options also adds --now, which means nothing here)."""
    func = click.option("--debug", is_flag=True, help="Show debug logs and tracebacks.")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")(func)
    return func


def _say(message: str, *, quiet: bool) -> None:
    if not quiet:
        click.echo(message, err=True)


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@_log_options
@handle_errors
def init(force: bool, quiet: bool, debug: bool) -> None:
    """Write a commented config file documenting every setting, and say where.

    The file lives at the platform's user config path, or under $BRIEFING_HOME when set
    (see `brief config path`). An existing file is kept unless --force.
    """
    configure_logging(debug, quiet)
    path = write_default_config(config_path(), force=force)
    click.echo(str(path))
    _say("wrote the default config; add a source with: brief sources add URL", quiet=quiet)


@cli.group()
def sources() -> None:
    """List, add and remove the sources `brief today` reads (feeds, pages, folders)."""


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
    "--full-text", is_flag=True, help="Feed items with only a teaser: fetch the article page."
)
@_log_options
@handle_errors
def sources_add(
    location: str, kind: str, name: str | None, full_text: bool, quiet: bool, debug: bool
) -> None:
    """Add LOCATION (an http(s) URL or a local folder) to the config file.

    \b
    Examples:
      brief sources add https://example.org/world/rss
      brief sources add https://example.org/news/article.html --kind page
      brief sources add ~/news --name "My clippings"
    """
    configure_logging(debug, quiet)
    path = config_path()
    created = not path.exists()
    source = add_source(path, location, cast(SourceKind, kind), name=name, full_text=full_text)
    if created:
        _say(f"created {path}", quiet=quiet)
    _say(f"added {source.location} ({source.kind})", quiet=quiet)


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the sources as a JSON array.")
@_log_options
@handle_errors
def sources_list(as_json: bool, quiet: bool, debug: bool) -> None:
    """List the configured sources."""
    configure_logging(debug, quiet)
    config = load_config()
    if as_json:
        payload = [s.model_dump(mode="json") for s in config.sources]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    if not config.sources:
        _say("no sources configured; add one with: brief sources add URL", quiet=quiet)
        return
    table = Table(title=f"{len(config.sources)} source(s) in {config_path()}")
    table.add_column("#", justify="right")
    table.add_column("location", overflow="fold")
    for column in ("kind", "name", "full text"):
        table.add_column(column)
    for i, source in enumerate(config.sources):
        table.add_row(
            str(i),
            source.location,
            source.kind,
            source.name or "—",
            "yes" if source.full_text else "no",
        )
    Console().print(table)


@sources.command("remove")
@click.argument("location")
@_log_options
@handle_errors
def sources_remove(location: str, quiet: bool, debug: bool) -> None:
    """Remove the source at LOCATION (as shown by `brief sources list`)."""
    configure_logging(debug, quiet)
    source = remove_source(config_path(), location)
    _say(f"removed {source.location}", quiet=quiet)


@cli.group("config")
def config_group() -> None:
    """Show the effective configuration and where the config file lives."""


@config_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON instead of TOML.")
@_log_options
@handle_errors
def config_show(as_json: bool, quiet: bool, debug: bool) -> None:
    """Show the effective config: the file, then environment overrides, then defaults.

    Secrets are never shown, only whether each is set in the environment.
    """
    configure_logging(debug, quiet)
    path = config_path()
    data = load_config(path).model_dump(mode="json", exclude_none=True)
    if data["email"].get("smtp_url"):  # BRIEFING_SMTP_URL may carry user:password@
        data["email"]["smtp_url"] = redact(data["email"]["smtp_url"])
    secrets = {var: "set" if os.environ.get(var) else "not set" for var in SECRET_ENV_VARS.values()}
    if as_json:
        payload = {"path": str(path), "exists": path.exists(), "config": data, "secrets": secrets}
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    header = [f"# {path}" + ("" if path.exists() else " (not written yet: defaults)")]
    header += [f"# {var}: {state}" for var, state in secrets.items()]
    sys.stdout.write("\n".join(header) + "\n\n" + tomlkit.dumps(data))


@config_group.command("path")
def config_path_command() -> None:
    """Print the path of the config file ($BRIEFING_HOME/config.toml when set)."""
    click.echo(str(config_path()))
