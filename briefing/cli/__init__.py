"""The ``brief`` command: a thin layer that parses options, calls the library and renders.

One module per group of commands; ``_group.COMMANDS`` names each command's module, which is
imported only when that command runs.

Exit codes: see the table in the README and `brief --help` (one table for every command).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from briefing.cli._group import cli

__all__ = ["cli", "console_entry", "main"]


def main(argv: list[str] | None = None) -> None:
    """Run one command; ends with ``SystemExit`` carrying its exit code."""
    cli.main(args=argv, prog_name="brief")


def console_entry() -> NoReturn:
    """``brief`` and ``python -m briefing``: ``main``, then the process ends without tearing the
    interpreter down. Freeing every module and object of a run (the tokenizer's ranks, pydantic's
    and openai's schemas) is about a fifth of a short command's CPU (``brief today`` on one
    file: ``bench/bench_startup.py``) and gives back nothing the system does not. A command has
    closed what it opened when it returns (files, the store, the run lock); the output is
    flushed here; the exit code is ``main``'s. Exit handlers (``atexit``) do not run."""
    try:
        main()
        code = 0
    except SystemExit as done:
        code = _exit_code(done.code)
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe is a quiet success, as in ``handle_errors``.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def _exit_code(code: object) -> int:
    """The process's exit code for ``sys.exit(code)``, as the interpreter makes it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
