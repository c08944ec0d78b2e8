"""What the site and the feed show: one briefing per day (the day's latest daily briefing, as
``Store.get_briefing`` picks it), newest first, with when it was made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.models import Briefing
from briefing.store import Store

__all__ = ["Day", "stored_days"]

MAX_DAYS = 100_000  # every stored briefing: the list is read once per site build


@dataclass(frozen=True)
class Day:
    date: dt.date
    made_at: dt.datetime  # when the day's latest briefing was made
    briefing: Briefing


def stored_days(store: Store) -> list[Day]:
    """Every day that has a briefing, newest first."""
    made: dict[dt.date, dt.datetime] = {}
    for summary in store.list_briefings(limit=MAX_DAYS):
        made[summary.date] = max(made.get(summary.date, summary.created_at), summary.created_at)
    days: list[Day] = []
    for date in sorted(made, reverse=True):
        briefing = store.get_briefing(date)
        if briefing is not None:
            days.append(Day(date, made[date], briefing))
    return days
