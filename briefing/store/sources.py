"""Per source, what its latest runs gave: last success, last error, items in the last run.

``record_source_run`` stores a source's articles and its run row in one transaction, as soon as
that source was read, so a run killed while other sources are still fetching keeps it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from briefing.models import Article
from briefing.store._base import StoreBase
from briefing.store.articles import ArticlesMixin, UpsertResult
from briefing.store.db import from_iso, to_iso

__all__ = ["SourceRun", "SourceRunsMixin", "SourceStatus"]

SourceStatus = Literal["ok", "not modified", "failed"]


@dataclass(frozen=True)
class SourceRun:
    location: str
    last_run_at: dt.datetime
    last_success_at: dt.datetime | None
    last_error_at: dt.datetime | None
    last_error: str | None
    items: int  # articles the latest run read (0 for a 304 or a failure)
    status: SourceStatus


def _row(row: sqlite3.Row) -> SourceRun:
    def when(value: str | None) -> dt.datetime | None:
        return from_iso(value) if value else None

    return SourceRun(
        location=row["location"],
        last_run_at=from_iso(row["last_run_at"]),
        last_success_at=when(row["last_success_at"]),
        last_error_at=when(row["last_error_at"]),
        last_error=row["last_error"],
        items=row["items"],
        status=row["status"],
    )


class SourceRunsMixin(ArticlesMixin, StoreBase):
    def record_source_run(
        self,
        location: str,
        articles: Iterable[Article] = (),
        *,
        at: dt.datetime,
        status: SourceStatus,
        error: str | None = None,
    ) -> UpsertResult:
        """Store a source's articles (first seen ``at``) and how its run went, all or nothing."""
        result = UpsertResult()
        items = 0
        with self._tx() as conn:
            for article in articles:
                self._upsert_one(conn, article, at, result)
                items += 1
            ok = status != "failed"
            conn.execute(
                """
                INSERT INTO source_runs (location, last_run_at, last_success_at, last_error_at,
                    last_error, items, status)
                VALUES (:location, :at, :success, :error_at, :error, :items, :status)
                ON CONFLICT (location) DO UPDATE SET last_run_at = excluded.last_run_at,
                    last_success_at = COALESCE(excluded.last_success_at, last_success_at),
                    last_error_at = COALESCE(excluded.last_error_at, last_error_at),
                    last_error = COALESCE(excluded.last_error, last_error),
                    items = excluded.items, status = excluded.status
                """,
                {
                    "location": location,
                    "at": to_iso(at),
                    "success": to_iso(at) if ok else None,
                    "error_at": to_iso(at) if error else None,
                    "error": error,
                    "items": items,
                    "status": status,
                },
            )
        return result

    def source_runs(self) -> dict[str, SourceRun]:
        """The latest run of every source that has run, by location."""
        return {row["location"]: _row(row) for row in self._query("SELECT * FROM source_runs")}
