"""The briefing date and the display zone: one definition for ``today``, ``show``, ``history``,
``digest``, ``deliveries`` and every renderer.

The zone is the configured ``timezone`` (``config.toml``, or ``BRIEFING_TIMEZONE``; UTC by
default). A briefing made at an instant is *for* that instant's calendar date in the zone, and
every time shown to a reader is in the zone too. Times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

__all__ = ["briefing_date", "format_time", "in_zone", "zone"]


@lru_cache(maxsize=16)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (validated when the config is read)."""
    return ZoneInfo(name)


def in_zone(when: dt.datetime, timezone: str) -> dt.datetime:
    """``when`` in the display zone; a time without a zone is taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(zone(timezone))


def briefing_date(now: dt.datetime, timezone: str) -> dt.date:
    """The date of a briefing made at ``now``: ``now``'s calendar date in the display zone."""
    return in_zone(now, timezone).date()


def format_time(
    when: dt.datetime | None, timezone: str = "UTC", fmt: str = "%Y-%m-%d %H:%M"
) -> str:
    """``2026-11-25 09:14 UTC`` (``fmt`` then the zone's abbreviation, e.g. ``CET`` or
    ``+14``); ``""`` for None."""
    if when is None:
        return ""
    local = in_zone(when, timezone)
    return f"{local.strftime(fmt)} {local.tzname() or timezone}"
