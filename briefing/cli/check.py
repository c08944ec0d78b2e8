"""``brief check``: fact-check a summary (Markdown, text, or a briefing's JSON) against sources."""

from __future__ import annotations

import sys

import click

from briefing.cli._common import common_options, configure_logging, handle_errors, parse_now
from briefing.exceptions import InputError
from briefing.factcheck import check_summary, parse_summary
from briefing.ingest import ingest
from briefing.language import check_language
from briefing.render.check import render_check

__all__ = ["check"]


@click.command()
@click.argument("summary", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--sources",
    "source_paths",
    multiple=True,
    required=True,
    metavar="PATH",
    help="Articles the summary was written from (files or folders; repeat the option).",
)
@click.option(
    "--language",
    metavar="CODE",
    help="The summary's language (de, fr, …); default: read from its words. Claims in another "
    "language than their sources are judged on what survives translation.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@common_options
@handle_errors
def check(
    summary: str,
    source_paths: tuple[str, ...],
    language: str | None,
    as_json: bool,
    debug: bool,
    quiet: bool,
    now: str | None,
) -> None:
    """Check every claim of SUMMARY against its sources.

    SUMMARY is Markdown or text (one claim per bullet or sentence; citation markers such as
    [1] or [1, 3] point into the summary's own Sources list, else at the n-th source given) or
    the JSON of a briefing (`brief today --json`), or - for standard input. Each claim is
    supported, unsupported (its evidence says otherwise) or unverifiable (no source states
    it), with the reason and the best evidence sentence.

    \b
    Exit codes: 0 every claim supported · 1 some claim is not · 3 unreadable input.
    """
    configure_logging(debug, quiet)
    if summary == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(summary, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {summary}: {exc}") from None
    result = ingest(list(source_paths), now=parse_now(now))
    if not result.articles:
        raise InputError("no articles found in --sources")
    sources = result.articles
    claims = parse_summary(text, sources)
    if not claims:
        raise InputError(f"no claims found in {summary}")
    report = check_summary(claims, sources, language=check_language(language) if language else None)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(render_check(report, sources), nl=False)
    sys.exit(0 if report.all_supported else 1)
