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
    """
