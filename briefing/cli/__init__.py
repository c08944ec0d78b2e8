"""The ``brief`` command: a thin layer that parses options, calls the library and renders.

One module per group of commands; ``_group.COMMANDS`` names each command's module, which is
imported only when that command runs.

Exit codes: see the table in the README and `brief --help` (one table for every command).
"""

from __future__ import annotations

from briefing.cli._group import cli

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="brief")
