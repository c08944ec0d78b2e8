"""``Draft``: what a reader found in one input before cleaning turns it into an ``Article``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Draft", "Parsed", "UnusableInput"]


@dataclass
class Draft:
    """One article as read: title may be unknown; ``part`` numbers articles of one input."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: dt.datetime | None = None
    part: int | None = None
    updated_at: dt.datetime | None = None  # the revision time the input states, if any
    headline_only: bool = False  # a feed item: its title alone is an article (a teaser)


@dataclass
class Parsed:
    """What a reader got from one input: drafts, and one-line reasons for parts it skipped."""

    drafts: list[Draft]
    problems: list[str]


class UnusableInput(Exception):
    """An input that yields nothing; the message is the one-line reason shown to the user."""
