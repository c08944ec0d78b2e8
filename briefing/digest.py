"""The digest job: deliver a day's briefing to its channels exactly once.

Each channel turns the briefing into ordered parts (one email; one or more Slack messages). The
store's delivery log has one row per (date, channel, destination, part): a part already sent is
not sent again unless ``force``; a failed part is recorded as failed, stops that channel (later
parts would arrive out of order) and is retried by the next run, which resumes at the first
unsent part. Destinations are logged as a keyed hash and a redacted label, never as they are.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.deliver import Channel
from briefing.exceptions import DeliveryError, redact
from briefing.models import Briefing
from briefing.store import DeliveryStatus, Store

__all__ = ["ChannelOutcome", "deliver"]

log = logging.getLogger(__name__)


@dataclass
class ChannelOutcome:
    channel: str
    destination: str  # redacted label
    parts: int
    sent: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # sent by an earlier run
    planned: list[str] = field(default_factory=list)  # --dry-run: what would be sent
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """One line for the terminal or cron mail."""
        where = f"{self.channel} → {self.destination}"
        if self.error:
            done = f" after {len(self.sent)} of {self.parts} parts" if self.sent else ""
            return f"{where}: failed{done}: {self.error}"
        if self.planned:
            return f"{where}: would send {len(self.planned)} part(s): " + "; ".join(self.planned)
        if not self.sent:
            return f"{where}: already sent ({self.parts} part(s)); --force sends again"
        resumed = f", resumed after {len(self.skipped)} already sent" if self.skipped else ""
        return f"{where}: sent {len(self.sent)} part(s){resumed}"


def deliver(
    briefing: Briefing,
    channels: Sequence[Channel],
    store: Store,
    *,
    now: dt.datetime,
    force: bool = False,
    dry_run: bool = False,
) -> list[ChannelOutcome]:
    """Send ``briefing`` to every channel; one outcome per channel, in order."""
    outcomes: list[ChannelOutcome] = []
    for channel in channels:
        parts = channel.parts(briefing)
        outcome = ChannelOutcome(channel.name, channel.destination_label, len(parts))
        outcomes.append(outcome)
        done = store.delivery_status(briefing.date, channel.name, channel.destination_hash)
        for part in parts:
            if done.get(part.index) == "sent" and not force:
                outcome.skipped.append(part.index)
                continue
            if dry_run:
                outcome.planned.append(part.summary)
                continue
            try:
                channel.send(part)
            except DeliveryError as exc:
                outcome.error = redact(str(exc))
                _record(store, briefing, channel, part.index, "failed", now, outcome.error)
                log.warning(
                    "%s delivery failed at part %d: %s", channel.name, part.index, outcome.error
                )
                break
            _record(store, briefing, channel, part.index, "sent", now, part.summary)
            outcome.sent.append(part.index)
    return outcomes


def _record(
    store: Store,
    briefing: Briefing,
    channel: Channel,
    part: int,
    status: DeliveryStatus,
    at: dt.datetime,
    detail: str,
) -> None:
    store.record_delivery(
        date=briefing.date,
        channel=channel.name,
        destination_hash=channel.destination_hash,
        part=part,
        status=status,
        at=at,
        detail=detail,
        destination=channel.destination_label,
    )
