"""The delivery log: one row per (date, channel, destination, part), so a rerun sends only what
was not sent. ``destination_hash`` is a keyed hash chosen by the sender and ``destination`` an
optional redacted label for display; the store never sees a webhook URL or an address in clear
unless a caller puts it there.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Literal

from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso, to_utc_key

__all__ = ["DeliveriesMixin", "DeliveryRecord", "DeliveryStatus"]

DeliveryStatus = Literal["sent", "failed"]


@dataclass(frozen=True)
class DeliveryRecord:
    date: dt.date
    channel: str
    destination_hash: str
    destination: str | None
    part: int
    status: str
    detail: str
    at: dt.datetime


def _record(row: sqlite3.Row) -> DeliveryRecord:
    return DeliveryRecord(
        date=dt.date.fromisoformat(row["date"]),
        channel=row["channel"],
        destination_hash=row["destination_hash"],
        destination=row["destination"],
        part=row["part"],
        status=row["status"],
        detail=row["detail"],
        at=from_iso(row["at"]),
    )


class DeliveriesMixin(StoreBase):
    def delivery_status(self, date: dt.date, channel: str, destination_hash: str) -> dict[int, str]:
        """``{part: "sent" | "failed"}`` for one briefing date, channel and destination."""
        rows = self._query(
            "SELECT part, status FROM deliveries WHERE date = ? AND channel = ? "
            "AND destination_hash = ? ORDER BY part",
            (date.isoformat(), channel, destination_hash),
        )
        return {int(r["part"]): str(r["status"]) for r in rows}

    def record_delivery(
        self,
        *,
        date: dt.date,
        channel: str,
        destination_hash: str,
        part: int,
        status: DeliveryStatus,
        at: dt.datetime,
        detail: str = "",
        destination: str | None = None,
    ) -> None:
        """Record (or update) the outcome of sending one part; committed at once."""
        if status not in ("sent", "failed"):
            raise ValueError(f"delivery status must be 'sent' or 'failed', not {status!r}")
        with self._tx() as conn:
            conn.execute(
                """
                INSERT INTO deliveries (date, channel, destination_hash, destination, part,
                    status, detail, at, at_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (date, channel, destination_hash, part) DO UPDATE SET
                    status = excluded.status, detail = excluded.detail, at = excluded.at,
                    at_key = excluded.at_key,
                    destination = COALESCE(excluded.destination, deliveries.destination)
                """,
                (
                    date.isoformat(),
                    channel,
                    destination_hash,
                    destination,
                    part,
                    status,
                    detail,
                    to_iso(at),
                    to_utc_key(at),
                ),
            )

    def list_deliveries(self, limit: int = 50) -> list[DeliveryRecord]:
        """The latest first."""
        rows = self._query(
            "SELECT * FROM deliveries ORDER BY at_key DESC, date DESC, part DESC LIMIT ?",
            (limit,),
        )
        return [_record(r) for r in rows]
