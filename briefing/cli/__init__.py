"""The ``brief`` command: a thin layer that parses options, calls the library and renders.

One module per group of commands; each registers itself on ``cli``.

Exit codes: 0 briefing written · 1 other error · 2 configuration · 3 input · 4 model call ·
5 over --max-cost · 6 grounding dropped everything · 7 delivery · 70 internal error (a bug).
"""

from __future__ import annotations

from briefing.cli import check, digest, history, setup, sources, today
from briefing.cli._group import cli
from briefing.cli.today import OFFLINE_NOTICE

__all__ = [
    "OFFLINE_NOTICE",
    "check",
    "cli",
    "digest",
    "history",
    "main",
    "setup",
    "sources",
    "today",
]


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="brief")
