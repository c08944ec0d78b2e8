"""The ``brief`` command group; each command module registers itself on it."""

from __future__ import annotations

import click

from briefing import __version__

__all__ = ["cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
