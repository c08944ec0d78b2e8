"""Briefings: the full ``Briefing`` JSON plus the figures ``brief history`` lists."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Literal

from briefing.models import Briefing, CallMode
from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso, to_utc_key

BriefingKind = Literal["daily", "inputs", "view"]

__all__ = ["BriefingSummary", "BriefingsMixin", "StoredBriefing"]


@dataclass(frozen=True)
class StoredBriefing:
    """A briefing with what the store knows about it: its id, kind and when it was made."""

    id: int
    kind: BriefingKind
    created_at: dt.datetime
    briefing: Briefing


@dataclass(frozen=True)
class BriefingSummary:
    id: int
    date: dt.date
    created_at: dt.datetime
    model: str
    backend: str
    calls: int
    cached_calls: int
    input_tokens: int
    cached_tokens: int
    output_tokens: int
    cost_usd: float
    articles: int


def _summary(row: sqlite3.Row, cached_calls: int) -> BriefingSummary:
    return BriefingSummary(
        id=row["id"],
        date=dt.date.fromisoformat(row["date"]),
        created_at=from_iso(row["created_at"]),
        model=row["model"],
        backend=row["backend"],
        calls=row["calls"],
        cached_calls=cached_calls,
        input_tokens=row["input_tokens"],
        cached_tokens=row["cached_tokens"],
        output_tokens=row["output_tokens"],
        cost_usd=row["cost_usd"],
        articles=row["articles"],
    )


class BriefingsMixin(StoreBase):
    def save_briefing(
        self, briefing: Briefing, *, created_at: dt.datetime, kind: BriefingKind = "daily"
    ) -> int:
        """Store a briefing; its id."""
        with self._tx() as conn:
            return self._insert_briefing(conn, briefing, created_at, kind)

    def _insert_briefing(
        self,
        conn: sqlite3.Connection,
        briefing: Briefing,
        created_at: dt.datetime,
        kind: BriefingKind = "daily",
    ) -> int:
        usage = briefing.usage
        cursor = conn.execute(
            """
            INSERT INTO briefings (date, created_at, created_key, json, model, backend, calls,
                input_tokens, cached_tokens, output_tokens, cost_usd, articles, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                briefing.date.isoformat(),
                to_iso(created_at),
                to_utc_key(created_at),
                briefing.model_dump_json(),
                usage.model,
                usage.backend,
                usage.calls,
                usage.input_tokens,
                usage.cached_tokens,
                usage.output_tokens,
                usage.cost_usd,
                len(briefing.articles),
                kind,
            ),
        )
        briefing_id = cursor.lastrowid
        if briefing_id is None:  # pragma: no cover - sqlite always sets it after an INSERT
            raise RuntimeError("no id for the stored briefing")
        return briefing_id

    def last_briefing_at(self, kind: BriefingKind = "daily") -> dt.datetime | None:
        """When the last briefing of ``kind`` was made (the daily window starts there)."""
        rows = self._query(
            "SELECT created_at FROM briefings WHERE kind = ? ORDER BY created_key DESC LIMIT 1",
            (kind,),
        )
        return from_iso(rows[0][0]) if rows else None

    def has_briefing_before(self, date: dt.date) -> bool:
        """Whether any briefing is dated before ``date`` (story history exists)."""
        rows = self._query("SELECT 1 FROM briefings WHERE date < ? LIMIT 1", (date.isoformat(),))
        return bool(rows)

    def list_briefings(self, limit: int = 20) -> list[BriefingSummary]:
        """The latest briefings first."""
        rows = self._query(
            "SELECT * FROM briefings ORDER BY created_key DESC, id DESC LIMIT ?", (limit,)
        )
        out = []
        for row in rows:
            briefing = Briefing.model_validate_json(row["json"])
            cached = sum(1 for r in briefing.usage.records if r.mode == CallMode.CACHED)
            out.append(_summary(row, cached))
        return out

    def day_briefings(self, date: dt.date) -> list[StoredBriefing]:
        """What the digest of ``date`` delivers: every daily briefing of the date, oldest
        first; when there is none, the latest made from given files; never a --topic view."""
        rows = self._query(
            "SELECT id, kind, created_at, json FROM briefings WHERE date = ? AND kind = 'daily' "
            "ORDER BY created_key, id",
            (date.isoformat(),),
        )
        if not rows:
            rows = self._query(
                "SELECT id, kind, created_at, json FROM briefings WHERE date = ? "
                "AND kind = 'inputs' ORDER BY created_key DESC, id DESC LIMIT 1",
                (date.isoformat(),),
            )
        return [
            StoredBriefing(
                id=row["id"],
                kind=row["kind"],
                created_at=from_iso(row["created_at"]),
                briefing=Briefing.model_validate_json(row["json"]),
            )
            for row in rows
        ]

    def get_briefing(self, key: dt.date | int) -> Briefing | None:
        """By id, or the briefing of a date (its latest daily one, else from given files)."""
        if isinstance(key, dt.datetime):
            key = key.date()
        if isinstance(key, dt.date):
            # The day's briefing: the latest daily one, else the latest made from given files;
            # never a --topic view.
            rows = self._query(
                "SELECT json FROM briefings WHERE date = ? AND kind != 'view' "
                "ORDER BY kind = 'daily' DESC, created_key DESC, id DESC LIMIT 1",
                (key.isoformat(),),
            )
        else:
            rows = self._query("SELECT json FROM briefings WHERE id = ?", (key,))
        return Briefing.model_validate_json(rows[0][0]) if rows else None
