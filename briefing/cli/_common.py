"""What every command shares: logging setup, error handling, common options, time parsing."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click
from dateutil import parser as dateparser
from rich.console import Console

from briefing.exceptions import BriefingError, ConfigError, NothingToBriefError, os_error
from briefing.redact import RedactingFilter, redact

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_WRITTEN_WITH_FAILURES",
    "common_options",
    "configure_logging",
    "console",
    "handle_errors",
    "parse_now",
]

# Exit codes of the daily job besides the error codes in briefing.exceptions.
EXIT_WRITTEN_WITH_FAILURES = 8  # written, but something was lost (a source, a bullet, a recipient)
EXIT_INTERNAL = 70  # an unexpected exception: a bug
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)

F = TypeVar("F", bound=Callable[..., Any])


def configure_logging(debug: bool, quiet: bool) -> None:
    """Warnings (something was lost or skipped) reach stderr even with ``--quiet``: quiet
    silences chatter (progress, notices, success lines), never a loss. Every line is redacted."""
    level = logging.DEBUG if debug else logging.WARNING
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    logging.getLogger("briefing").setLevel(level)
    for noisy in ("httpx", "httpx2", "openai", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)


class _Console(Console):
    """A rich console whose closed pipe is an exception ``handle_errors`` turns into a quiet
    success (rich's own handler exits with 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def console(*, stderr: bool = False, quiet: bool = False) -> Console:
    """The console every command prints through (stdout, or stderr with ``stderr``)."""
    return _Console(stderr=stderr, quiet=quiet)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit-time flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's buffer): nothing to flush
        pass


def _fail(message: str, code: int, *, debug: bool) -> NoReturn:
    """One line on stderr and ``code``; with ``--debug`` the traceback first, the same code."""
    if debug:
        click.echo(redact(traceback.format_exc()).rstrip(), err=True)
    click.echo(redact(message), err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """One clear line and a documented exit code per error; the traceback too with --debug,
    which never changes the exit code. A closed stdout (``brief today | head -1``) is a quiet
    success."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return result
        except click.ClickException:
            raise  # usage errors: click prints them (exit 2)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(0)
        except BriefingError as exc:
            # "Nothing new" is a state of the day, not a failure: no "error:" in front of it.
            label = "" if isinstance(exc, NothingToBriefError) else "error: "
            _fail(f"{label}{exc}", exc.exit_code, debug=debug)
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED, debug=False)  # not an error: no traceback
        except OSError as exc:
            known = os_error(exc)
            if known is not None:
                _fail(f"error: {known}", known.exit_code, debug=debug)
            _fail(_internal(exc), EXIT_INTERNAL, debug=debug)
        except Exception as exc:
            _fail(_internal(exc), EXIT_INTERNAL, debug=debug)

    return wrapper  # type: ignore[return-value]


def _internal(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {exc} (run again with --debug for the traceback)"


def common_options(func: F) -> F:
    func = click.option("--debug", is_flag=True, help="Show debug logs and tracebacks.")(func)
    func = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="No progress or success lines; warnings and losses still go to stderr.",
    )(func)
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
