"""briefing: reads the day's news and writes a short, structured, cited briefing.

The pipeline, one module per stage: ``ingest`` → ``clean`` → ``cluster`` → ``chunk`` →
``plan`` → ``summarize`` (through a ``backends`` model) → ``ground`` → ``render``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
