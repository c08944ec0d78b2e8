"""Articles: what was seen, when, from where, and whether a briefing has used it yet.

An article's id is derived from its text (``content_id``), so:

* the same canonical URL with new text is **changed**: the row takes the new id and text, keeps
  its ``first_seen_at`` and becomes unbriefed again;
* the same text from another URL is **unchanged**: the extra source goes into ``also_from``;
* anything else is **new**.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.models import Article
from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso, to_utc_key
from briefing.urls import canonical_url as fetch_canonical_url

__all__ = ["ArticleState", "ArticlesMixin", "UpsertResult", "canonical_url"]


def canonical_url(url: str | None) -> str | None:
    """The fetcher's canonical spelling of ``url`` (``briefing.urls``); None when empty."""
    if not url or not url.strip():
        return None
    return fetch_canonical_url(url)


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class UpsertResult:
    new: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleState:
    """What the store knows about an article besides the article itself."""

    id: str
    first_seen_at: dt.datetime
    briefed_at: dt.datetime | None
    briefing_id: int | None
    content_hash: str


def _row_article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published_at=from_iso(row["published_at"]) if row["published_at"] else None,
        updated_at=from_iso(row["updated_at"]) if row["updated_at"] else None,
        text=row["text"],
        source=row["source"],
        also_from=json.loads(row["also_from"]),
        dateline=row["dateline"],
    )


class ArticlesMixin(StoreBase):
    def upsert_articles(self, articles: Iterable[Article], *, seen_at: dt.datetime) -> UpsertResult:
        """Record a batch of fetched articles in one transaction; say which were new or changed."""
        result = UpsertResult()
        with self._tx() as conn:
            for article in articles:
                self._upsert_one(conn, article, seen_at, result)
        return result

    def _upsert_one(
        self, conn: sqlite3.Connection, article: Article, seen_at: dt.datetime, out: UpsertResult
    ) -> None:
        canon = canonical_url(article.url)
        same_text = conn.execute("SELECT * FROM articles WHERE id = ?", (article.id,)).fetchone()
        if same_text is not None:
            others = [article.source, *article.also_from]
            if article.url and canonical_url(same_text["url"]) != canon:
                others.insert(0, article.url)
            also = list(json.loads(same_text["also_from"]))
            known = {same_text["source"], same_text["url"], *also}
            added = [s for s in dict.fromkeys(others) if s and s not in known]
            if added:
                also += added
                conn.execute(
                    "UPDATE articles SET also_from = ? WHERE id = ?",
                    (json.dumps(also), article.id),
                )
            if article.dateline is not None and same_text["dateline"] is None:
                # the same text, now from a copy that printed its dateline above the lede
                conn.execute(
                    "UPDATE articles SET dateline = ? WHERE id = ?", (article.dateline, article.id)
                )
            out.unchanged.append(
                _row_article(
                    conn.execute("SELECT * FROM articles WHERE id = ?", (article.id,)).fetchone()
                )
            )
            return
        published = to_iso(article.published_at) if article.published_at else None
        values = {
            "id": article.id,
            "canonical_url": canon,
            "url": article.url,
            "content_hash": _content_hash(article.text),
            "title": article.title,
            "outlet": article.outlet,
            "source": article.source,
            "also_from": json.dumps(article.also_from),
            "published_at": published,
            "updated_at": to_iso(article.updated_at) if article.updated_at else None,
            "text": article.text,
            "dateline": article.dateline,
        }
        previous = (
            conn.execute("SELECT * FROM articles WHERE canonical_url = ?", (canon,)).fetchone()
            if canon
            else None
        )
        if previous is not None:
            first_seen = from_iso(previous["first_seen_at"])
            window = article.published_at or first_seen
            conn.execute(
                """
                UPDATE articles SET id = :id, canonical_url = :canonical_url, url = :url,
                    content_hash = :content_hash, title = :title, outlet = :outlet,
                    source = :source, also_from = :also_from, published_at = :published_at,
                    updated_at = :updated_at, window_at = :window_at, text = :text,
                    dateline = :dateline, briefed_at = NULL, briefing_id = NULL
                WHERE id = :old_id
                """,
                {**values, "window_at": to_utc_key(window), "old_id": previous["id"]},
            )
            out.changed.append(article)
            return
        window = article.published_at or seen_at
        conn.execute(
            """
            INSERT INTO articles (id, canonical_url, url, content_hash, title, outlet, source,
                also_from, published_at, updated_at, first_seen_at, window_at, text, dateline)
            VALUES (:id, :canonical_url, :url, :content_hash, :title, :outlet, :source,
                :also_from, :published_at, :updated_at, :first_seen_at, :window_at, :text,
                :dateline)
            """,
            {**values, "first_seen_at": to_iso(seen_at), "window_at": to_utc_key(window)},
        )
        out.new.append(article)

    def get_article(self, article_id: str) -> Article | None:
        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return _row_article(rows[0]) if rows else None

    def article_state(self, article_id: str) -> ArticleState | None:
        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        row = rows[0]
        return ArticleState(
            id=row["id"],
            first_seen_at=from_iso(row["first_seen_at"]),
            briefed_at=from_iso(row["briefed_at"]) if row["briefed_at"] else None,
            briefing_id=row["briefing_id"],
            content_hash=row["content_hash"],
        )

    def articles_in_window(self, start: dt.datetime, end: dt.datetime) -> list[Article]:
        """Articles published in ``[start, end)``; those with no date count from first seen."""
        rows = self._query(
            "SELECT * FROM articles WHERE window_at >= ? AND window_at < ? ORDER BY window_at, id",
            (to_utc_key(start), to_utc_key(end)),
        )
        return [_row_article(r) for r in rows]

    def unbriefed_seen_since(self, start: dt.datetime, end: dt.datetime) -> list[Article]:
        """Unbriefed articles first seen in ``[start, end)``, whatever their published time
        (an article published before the last briefing but fetched after it)."""
        rows = self._query("SELECT * FROM articles WHERE briefed_at IS NULL ORDER BY window_at, id")
        return [_row_article(r) for r in rows if start <= from_iso(r["first_seen_at"]) < end]

    def unbriefed(self, articles: Sequence[Article]) -> list[Article]:
        """Those of ``articles`` that no briefing has used yet (unknown ids count as unbriefed)."""
        briefed = self._briefed_ids([a.id for a in articles])
        return [a for a in articles if a.id not in briefed]

    def _briefed_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self._query(
                    f"SELECT id FROM articles WHERE briefed_at IS NOT NULL AND id IN ({marks})",
                    list(chunk),
                )
            )
        return found

    def mark_briefed(self, ids: Iterable[str], briefing_id: int | None, at: dt.datetime) -> int:
        """Mark articles as used by a briefing; the number of rows marked."""
        with self._tx() as conn:
            return self._mark_briefed(conn, ids, briefing_id, at)

    def _mark_briefed(
        self, conn: sqlite3.Connection, ids: Iterable[str], briefing_id: int | None, at: dt.datetime
    ) -> int:
        marked = 0
        for article_id in dict.fromkeys(ids):
            cursor = conn.execute(
                "UPDATE articles SET briefed_at = ?, briefing_id = ? WHERE id = ?",
                (to_iso(at), briefing_id, article_id),
            )
            marked += cursor.rowcount
        return marked
