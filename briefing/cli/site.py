"""``brief site``: write the briefings as a static site with an Atom feed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click
from rich.console import Console

from briefing.cli._common import common_options, configure_logging, handle_errors
from briefing.config import data_dir, load_config
from briefing.exceptions import ConfigError
from briefing.site import build_site
from briefing.site.serve import SiteServer
from briefing.store import Store

__all__ = ["serve", "site"]


def _base_url(value: str | None) -> str | None:
    if value and urlsplit(value).scheme not in ("http", "https"):
        raise ConfigError("--base-url must be the site's public http(s) address")
    return value


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--base-url",
    metavar="URL",
    help="Where the site will be published (https://…/); the feed's links point there.",
)
@common_options
@handle_errors
def site(
    directory: Path | None, base_url: str | None, now: str | None, quiet: bool, debug: bool
) -> None:
    """Write every stored briefing into DIRECTORY (default: the config's `[site] dir`) as
    static files: the web reader
    (index.html with the latest briefing, a page per day and per story with its timeline,
    search over past briefings) and feed.xml, an Atom feed with one entry per day. Run it
    after `brief today` (or from the same cron job; with `[site] dir` set, `brief today`
    rebuilds it itself) and publish the directory with any web server.

    \b
    Examples:
      brief site ~/public/briefing --base-url https://example.org/briefing/
    """
    configure_logging(debug, quiet)
    config = load_config()
    target = directory or config.site.path
    if target is None:
        raise ConfigError("no folder: give one (brief site DIR) or set [site] dir in the config")
    with Store.default() as store:
        report = build_site(
            store,
            target,
            base_url=_base_url(base_url) or config.site.base_url,
            timezone=config.timezone,
        )
    Console(quiet=quiet).print(
        f"wrote {report.files} file(s) for {report.days} day(s) to {report.directory}",
        markup=False,
        highlight=False,
    )


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (another one makes the site reachable from the network).",
)
@common_options
@handle_errors
def serve(
    directory: Path | None, port: int, host: str, now: str | None, quiet: bool, debug: bool
) -> None:
    """Build the site (into DIRECTORY, default: the config's `[site] dir`, else the data
    directory's site/) and serve it on http://127.0.0.1:8000/ until Ctrl-C; a newer briefing
    (from `brief today`) is built in when a page is next asked for.

    \b
    Examples:
      brief serve
      brief serve ~/public/briefing --port 8080
    """
    configure_logging(debug, quiet)
    config = load_config()
    try:
        server = SiteServer(
            directory or config.site.path or data_dir() / "site",
            host=host,
            port=port,
            timezone=config.timezone,
        )
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    Console(quiet=quiet).print(
        f"serving {server.directory} on {server.url} (Ctrl-C stops)", markup=False, highlight=False
    )
    try:
        server.serve_forever()
    finally:
        server.close()
