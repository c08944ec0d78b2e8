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
    Exit codes:
      0  done                        5  estimate over --max-cost
      1  other error                 6  grounding dropped every bullet
      2  configuration               7  a delivery failed
      3  input (nothing readable)    8  some sources failed (one line each)
      4  model call failed           9  nothing new to brief
     70  internal error (a bug: run again with --debug and report the traceback)
    """
