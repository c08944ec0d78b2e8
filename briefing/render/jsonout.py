"""The briefing as JSON: the model itself, indented, dates in ISO 8601."""

from __future__ import annotations

from briefing.models import Briefing

__all__ = ["render_json"]


def render_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"
