"""The ``brief`` command: a thin layer that parses options, calls the library and renders.

One module per group of commands; each registers itself on ``cli``.

Exit codes: see the table in the README and `brief --help` (one table for every command).
"""

from __future__ import annotations

from briefing.cli import check, digest, history, ingest, models, setup, site, sources, today
from briefing.cli._group import cli
from briefing.cli.today import OFFLINE_NOTICE

__all__ = [
    "OFFLINE_NOTICE",
    "check",
    "cli",
    "digest",
    "history",
    "ingest",
    "main",
    "models",
    "setup",
    "site",
    "sources",
    "today",
]


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="brief")
