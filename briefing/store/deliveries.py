"""The delivery log: one row per (briefing, channel, destination, part), so a rerun sends only
what was not sent, and two runs never send the same part twice.

A part moves through ``sending`` → ``sent`` | ``failed``. ``claim_delivery`` takes the row in
one ``BEGIN IMMEDIATE`` transaction *before* the part is sent: whoever claims it sends it, any
other run sees ``busy`` (a live claim) or ``sent``. A claim whose owner died (a run killed
between claiming and recording the answer) is *stale* and is claimed again by the next run:
that part is sent at least once, perhaps twice (the kill may have come after the server took
it). Everything else is exactly once.

``destination_hash`` is a keyed hash chosen by the sender and ``destination`` an optional
redacted label for display; the store never sees a webhook URL or an address in clear unless a
caller puts it there.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
import sqlite3
from dataclasses import dataclass
from typing import Literal

from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso, to_utc_key

__all__ = [
    "CLAIM_LEASE",
    "Claim",
    "DeliveriesMixin",
    "DeliveryRecord",
    "DeliveryStatus",
    "claim_owner",
]

DeliveryStatus = Literal["sending", "sent", "failed"]
Claim = Literal["claimed", "reclaimed", "sent", "busy"]

# A claim older than this is stale even when its process id is alive (the id may have been
# reused, or the owner ran on another machine sharing the home). No send takes this long:
# Slack retries wait at most a minute, SMTP times out after 30 s.
CLAIM_LEASE = dt.timedelta(minutes=30)


def claim_owner() -> str:
    """A claim owner for this process: ``host:pid:nonce`` (the nonce tells runs of the same
    process apart, e.g. two threads)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _alive(owner: str) -> bool:
    """Whether the process that made a claim may still be running (True when unknowable)."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # another machine: only the lease can tell
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


@dataclass(frozen=True)
class DeliveryRecord:
    date: dt.date
    briefing_id: int | None
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
        briefing_id=row["briefing_id"],
        channel=row["channel"],
        destination_hash=row["destination_hash"],
        destination=row["destination"],
        part=row["part"],
        status=row["status"],
        detail=row["detail"],
        at=from_iso(row["at"]),
    )


class DeliveriesMixin(StoreBase):
    def delivery_status(
        self, briefing_id: int, channel: str, destination_hash: str
    ) -> dict[int, str]:
        """``{part: "sending" | "sent" | "failed"}`` for one briefing, channel, destination."""
        rows = self._query(
            "SELECT part, status FROM deliveries WHERE briefing_id = ? AND channel = ? "
            "AND destination_hash = ? ORDER BY part",
            (briefing_id, channel, destination_hash),
        )
        return {int(r["part"]): str(r["status"]) for r in rows}

    def claim_delivery(
        self,
        *,
        briefing_id: int,
        date: dt.date,
        channel: str,
        destination_hash: str,
        part: int,
        owner: str,
        at: dt.datetime,
        destination: str | None = None,
        force: bool = False,
    ) -> Claim:
        """Claim one part for sending, atomically: ``claimed`` (send it), ``reclaimed`` (send
        it: the last claim's run died, so it may have gone out already), ``sent`` (skip) or
        ``busy`` (a live run is sending it). ``force`` claims a sent part again."""
        with self._tx() as conn:
            row = conn.execute(
                "SELECT status, owner, at FROM deliveries WHERE briefing_id = ? AND channel = ? "
                "AND destination_hash = ? AND part = ?",
                (briefing_id, channel, destination_hash, part),
            ).fetchone()
            result: Claim = "claimed"
            if row is not None and row["status"] == "sent" and not force:
                return "sent"
            if row is not None and row["status"] == "sending":
                stale = not _alive(row["owner"] or "") or at - from_iso(row["at"]) > CLAIM_LEASE
                if not stale:
                    return "busy"
                result = "reclaimed"
            self._upsert(
                conn,
                briefing_id=briefing_id,
                date=date,
                channel=channel,
                destination_hash=destination_hash,
                part=part,
                status="sending",
                owner=owner,
                at=at,
                detail="",
                destination=destination,
            )
            return result

    def record_delivery(
        self,
        *,
        briefing_id: int,
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
        if status not in ("sending", "sent", "failed"):
            raise ValueError(f"delivery status must be sending, sent or failed, not {status!r}")
        with self._tx() as conn:
            self._upsert(
                conn,
                briefing_id=briefing_id,
                date=date,
                channel=channel,
                destination_hash=destination_hash,
                part=part,
                status=status,
                owner=None,
                at=at,
                detail=detail,
                destination=destination,
            )

    @staticmethod
    def _upsert(
        conn: sqlite3.Connection,
        *,
        briefing_id: int,
        date: dt.date,
        channel: str,
        destination_hash: str,
        part: int,
        status: DeliveryStatus,
        owner: str | None,
        at: dt.datetime,
        detail: str,
        destination: str | None,
    ) -> None:
        conn.execute(
            """
            INSERT INTO deliveries (briefing_id, date, channel, destination_hash, destination,
                part, status, owner, detail, at, at_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (briefing_id, channel, destination_hash, part) DO UPDATE SET
                status = excluded.status, owner = excluded.owner, detail = excluded.detail,
                at = excluded.at, at_key = excluded.at_key,
                destination = COALESCE(excluded.destination, deliveries.destination)
            """,
            (
                briefing_id,
                date.isoformat(),
                channel,
                destination_hash,
                destination,
                part,
                status,
                owner,
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
