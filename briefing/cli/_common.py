"""What every command shares: logging setup, error handling, common options, time parsing."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from dateutil import parser as dateparser

from briefing.exceptions import BriefingError, ConfigError, NothingToBriefError, redact

__all__ = [
    "EXIT_WRITTEN_WITH_FAILURES",
    "common_options",
    "configure_logging",
    "handle_errors",
    "parse_now",
]

# Exit codes of the daily job besides the error codes in briefing.exceptions.
EXIT_WRITTEN_WITH_FAILURES = 8  # briefing written, but some sources failed

F = TypeVar("F", bound=Callable[..., Any])


def configure_logging(debug: bool, quiet: bool) -> None:
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    logging.getLogger("briefing").setLevel(level)
    for noisy in ("httpx", "httpx2", "openai", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)


def handle_errors(func: F) -> F:
    """One clear line and a documented exit code per error; a traceback only with --debug."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        try:
            return func(*args, **kwargs)
        except BriefingError as exc:
            if debug:
                raise
            # "Nothing new" is a state of the day, not a failure: no "error:" in front of it.
            label = "" if isinstance(exc, NothingToBriefError) else "error: "
            click.echo(f"{label}{redact(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"internal error: {type(exc).__name__}: {redact(str(exc))} "
                "(run again with --debug for the traceback)",
                err=True,
            )
            sys.exit(70)

    return wrapper  # type: ignore[return-value]


def common_options(func: F) -> F:
    func = click.option("--debug", is_flag=True, help="Show debug logs and tracebacks.")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")(func)
    func = click.option(
        "--now",
        metavar="TIME",
        help="Reference time (ISO 8601) for relative times like '14 minutes ago' "
        "and for the briefing date; default: each file's modification time.",
    )(func)
    return func


def parse_now(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dateparser.isoparse(value)
    except ValueError as exc:
        raise ConfigError(f"--now: {value!r} is not an ISO 8601 time") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
