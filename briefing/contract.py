"""The base of every contract between stages (``briefing.models``, ``briefing.calls``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Model"]


class Model(BaseModel):
    """Base for every contract: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")
