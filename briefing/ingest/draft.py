"""``Draft``: what a reader found in one input before cleaning turns it into an ``Article``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Draft"]


@dataclass
class Draft:
    """One article as read: title may be unknown; ``part`` numbers articles of one input."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: dt.datetime | None = None
    part: int | None = None
