"""Selection: which stored articles a run briefs, and in which order its stories come.

- :func:`select_window`: the window (since the last briefing, or 24 hours, or ``--since``), late
  arrivals included, without what was briefed already (unless its text changed).
- :func:`filter_articles`: outlet allow/block lists, excluded topics, requested topics; what a
  filter leaves out is returned with its reason (the briefing reports it).
- :func:`rank_by_topics`: favoured topics first (a ranking step for ``summarize.prepare``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.cluster import Clustering
from briefing.config import Config
from briefing.exceptions import ConfigError
from briefing.models import Article
from briefing.store import Store

__all__ = [
    "DEFAULT_WINDOW",
    "LATE_ARRIVAL",
    "favoured_topics",
    "filter_articles",
    "mentions",
    "parse_since",
    "rank_by_topics",
    "select_window",
    "window_start",
]

DEFAULT_WINDOW = dt.timedelta(hours=24)
LATE_ARRIVAL = dt.timedelta(hours=24)  # how late an item may show up in its feed and still count
_SINCE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$", re.I)
_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(value: str | None) -> dt.timedelta | None:
    """``6h``, ``30m``, ``2d``, ``1w`` → a duration."""
    if not value:
        return None
    match = _SINCE.match(value)
    if not match:
        raise ConfigError(f"--since: {value!r} is not a duration like 30m, 6h, 2d or 1w")
    return dt.timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2).lower()])


def window_start(store: Store, *, now: dt.datetime, since: dt.timedelta | None) -> dt.datetime:
    """Since ``since`` ago, else since the last briefing (within a week), else a day."""
    if since is not None:
        return now - since
    last = store.last_briefing_at()
    return last if last is not None and now - last < dt.timedelta(days=7) else now - DEFAULT_WINDOW


def select_window(
    store: Store, *, now: dt.datetime, since: dt.timedelta | None
) -> tuple[dt.datetime, dt.datetime, list[Article]]:
    """Articles of the window (published, or first seen when undated) not briefed yet."""
    start = window_start(store, now=now, since=since)
    # Up to and including ``now``: this run stored what it fetched as first seen at ``now``,
    # and an undated item's window time is when it was first seen.
    end = now + dt.timedelta(microseconds=1)
    in_window = store.articles_in_window(start, end)
    # Also what was first fetched since then but published up to a day earlier (late arrivals);
    # not older items of a newly added feed, nor items dated in the future.
    seen = {a.id for a in in_window}
    late = [
        a
        for a in store.unbriefed_seen_since(start, end)
        if a.id not in seen
        and a.published_at is not None
        and start - LATE_ARRIVAL <= a.published_at < now
    ]
    return start, now, store.unbriefed(in_window + late)


def mentions(text: str, keyword: str) -> bool:
    """``text`` has the keyword as a whole word (plurals too): "war" is not "warning", "AI"
    not "aid"."""
    pattern = r"\b" + re.escape(keyword.lower()) + r"(?:s|es)?\b"
    return re.search(pattern, text.lower()) is not None


def _mentions(article: Article, keyword: str) -> bool:
    return mentions(f"{article.title}\n{article.text}", keyword)


def filter_articles(
    articles: Sequence[Article], config: Config, *, topics: Sequence[str] = ()
) -> tuple[list[Article], list[tuple[Article, str]]]:
    """Outlet allow/block lists, excluded topics, and (when given) the requested topics."""
    allow = {o.casefold() for o in config.outlets.allow}
    block = {o.casefold() for o in config.outlets.block}
    kept: list[Article] = []
    excluded: list[tuple[Article, str]] = []
    for article in articles:
        outlet = (article.outlet or "").casefold()
        if block and outlet in block:
            excluded.append((article, f"outlet {article.outlet!r} is blocked in the config"))
        elif allow and outlet not in allow:
            excluded.append(
                (article, f"outlet {article.outlet or 'unknown'!r} is not in outlets.allow")
            )
        elif hits := [t for t in config.topics.exclude if _mentions(article, t)]:
            excluded.append((article, f"mentions excluded topic {hits[0]!r}"))
        elif topics and not any(_mentions(article, t) for t in topics):
            excluded.append((article, f"not about the requested topics ({', '.join(topics)})"))
        else:
            kept.append(article)
    return kept, excluded


def favoured_topics(config: Config, requested: Sequence[str] = ()) -> list[str]:
    """What the day's ranking favours: the config's ``[topics] favour``, the topics asked for,
    and every team profile's ``topics`` and ``favour`` (one daily briefing serves every team,
    see ``briefing.profiles``), once each."""
    teams = [t for p in config.profiles.values() for t in (*p.topics, *p.favour)]
    return list(dict.fromkeys([*config.topics.favour, *requested, *teams]))


def rank_by_topics(favour: Sequence[str]) -> Callable[[Clustering], Clustering]:
    """A ranking step for ``prepare``: stories that mention a favoured topic come first, the
    order is otherwise kept."""

    def rank(clustering: Clustering) -> Clustering:
        if not favour:
            return clustering
        by_id = {a.id: a for a in clustering.articles}

        def favoured(ids: Sequence[str]) -> bool:
            return any(_mentions(by_id[i], t) for i in ids if i in by_id for t in favour)

        stories = sorted(clustering.stories, key=lambda s: 0 if favoured(s.article_ids) else 1)
        return replace(clustering, stories=stories)

    return rank
