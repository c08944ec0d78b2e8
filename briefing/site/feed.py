"""The Atom feed of briefings (``feed.xml``), made with ``feedgen``: one entry per day, its
full HTML content the email's HTML body (``briefing.render.email``, every string escaped),
ids stable across rebuilds (``urn:briefing:day:YYYY-MM-DD``), times from the store so that the
same briefings always give the same bytes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from briefing.language import DEFAULT_LANGUAGE
from briefing.render._common import written_in
from briefing.render.email import render_email
from briefing.render.usage import usage_line
from briefing.site.days import Day

__all__ = ["FEED_ID", "atom_feed", "entry_id"]

FEED_ID = "urn:briefing:feed"
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)


def entry_id(day: Day) -> str:
    return f"urn:briefing:day:{day.date.isoformat()}"


def _content(day: Day, timezone: str) -> str:
    html = render_email(day.briefing, timezone=timezone).html
    match = _BODY.search(html)
    return match.group(1).strip() if match else html


def atom_feed(days: Sequence[Day], *, base_url: str | None = None, timezone: str = "UTC") -> bytes:
    """The feed of ``days`` (newest first), with links to the site's day pages when its public
    ``base_url`` is known (a feed reader needs absolute links)."""
    feed = FeedGenerator()
    feed.id(FEED_ID)
    feed.title("Briefing")
    feed.subtitle("The daily news briefing, cited")
    # the language of the newest briefing: a reader shows the feed as one language
    feed.language(written_in(days[0].briefing) if days else DEFAULT_LANGUAGE)
    feed.generator("briefing")
    root = base_url.rstrip("/") + "/" if base_url else None
    if root:
        feed.link(href=f"{root}feed.xml", rel="self")
        feed.link(href=root, rel="alternate")
    if days:
        feed.updated(max(day.made_at for day in days))
    for day in reversed(days):  # feedgen lists the last added first
        entry = feed.add_entry()
        entry.id(entry_id(day))
        entry.title(f"Briefing — {day.date.isoformat()}")
        entry.updated(day.made_at)
        entry.published(day.made_at)
        entry.summary(" ".join(day.briefing.overview.split())[:500] or usage_line(day.briefing))
        entry.content(_content(day, timezone), type="html")
        if root:
            entry.link(href=f"{root}day/{day.date.isoformat()}.html", rel="alternate")
    return bytes(feed.atom_str(pretty=True))
