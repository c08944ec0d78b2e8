"""The ``brief`` command group, which imports a command's module only when that command runs.

Start-up is paid by every command and every process a test starts: ``brief show`` need not load
the summarizer, nor ``brief today`` the e-mail renderer (click's "lazily loading subcommands").
``brief --help`` still lists every command with its help: listing them imports them all.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import click

from briefing import __version__

__all__ = ["COMMANDS", "LazyGroup", "cli"]

# Command name -> "module:attribute" in briefing.cli.
COMMANDS: Mapping[str, str] = {
    "check": "check:check",
    "config": "setup:config_group",
    "deliveries": "history:deliveries",
    "digest": "digest:digest",
    "history": "history:history",
    "ingest": "ingest:ingest_command",
    "init": "setup:init",
    "models": "models:models",
    "serve": "site:serve",
    "show": "history:show",
    "site": "site:site",
    "sources": "sources:sources",
    "today": "today:today",
}


class LazyGroup(click.Group):
    """A group whose commands are named up front and imported on first use."""

    def __init__(self, *args: Any, lazy_commands: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            module_name, _, attribute = self.lazy_commands[cmd_name].partition(":")
            module = importlib.import_module(f"briefing.cli.{module_name}")
            command = getattr(module, attribute)
            if not isinstance(command, click.Command):  # a wrong table entry, not a user error
                raise TypeError(f"briefing.cli.{module_name}.{attribute} is not a click command")
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="brief")
def cli() -> None:
    """Read the day's news and write a short, structured, cited briefing.

    With no API key configured, everything runs offline (an extractive summarizer); set
    OPENAI_API_KEY, or pass --base-url for any OpenAI-compatible server, for LLM summaries.

    \b
    Exit codes (the same with --debug; --quiet never hides a loss):
      0  done                        8  written, but something was lost
      1  other error                 9  nothing new to brief
      2  configuration or usage     10  another run of this home is going on
      3  input (nothing readable)   11  the database is damaged
      4  model call failed          12  the database is read-only
      5  estimate over --max-cost   13  the database stayed locked
      6  grounding dropped all      14  no space left on the device
      7  a delivery failed         130  interrupted
     70  internal error (a bug: run again with --debug and report the traceback)
    """
