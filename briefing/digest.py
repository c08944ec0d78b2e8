"""The digest job: deliver the day's briefings to their channels, each part once.

What goes out: every daily briefing of the date not yet delivered to that destination, oldest
first, **one message (or Slack thread of messages) each** — a second ``brief today`` in the
morning brings a second email with only what was new since the first, never a resend of it
(``Store.day_briefings``; with no daily briefing, the latest made from given files).

Each channel turns a briefing into ordered parts (one email; one or more Slack messages). Each
part is claimed in the store before it is sent (``Store.claim_delivery``: one atomic row in
state ``sending``) and marked ``sent`` or ``failed`` after, so two runs never send the same
part, a rerun sends nothing already sent unless ``force``, and a failed part stops that
channel (later parts would arrive out of order) and is retried by the next run. A claim left
by a killed run is taken again by the next run: that one part is delivered *at least* once
(the server may have taken it before the kill); every other part exactly once. Destinations
are logged as a keyed hash and a redacted label, never as they are.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from briefing.config import Config, Settings
from briefing.daily import TodayOptions, run_today
from briefing.deliver import Channel, Part
from briefing.exceptions import ConfigError, DeliveryError
from briefing.models import InputProblem
from briefing.redact import redact
from briefing.runlock import run_lock
from briefing.store import DeliveryStatus, Store, StoredBriefing, claim_owner

__all__ = ["ChannelOutcome", "DigestRun", "deliver", "run_digest"]

log = logging.getLogger(__name__)


@dataclass
class ChannelOutcome:
    channel: str
    destination: str  # redacted label
    parts: int
    briefing: str = ""  # which of the day's briefings, when there are several
    sent: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # sent by an earlier run
    resent: list[int] = field(default_factory=list)  # claimed by a killed run: sent again
    busy: int | None = None  # the part a live run is sending right now
    planned: list[str] = field(default_factory=list)  # --dry-run: what would be sent
    warnings: list[str] = field(default_factory=list)  # sent, but something did not arrive
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Nothing failed and nothing was lost (a refused recipient is a loss)."""
        return self.error is None and not self.warnings

    def line(self) -> str:
        """One line for the terminal or cron mail."""
        where = f"{self.channel} → {self.destination}" + (
            f" ({self.briefing})" if self.briefing else ""
        )
        if self.error:
            done = f" after {len(self.sent)} of {self.parts} parts" if self.sent else ""
            return f"{where}: failed{done}: {self.error}"
        if not self.parts:
            return f"{where}: nothing for it in this briefing; nothing sent"
        if self.planned:
            return f"{where}: would send {len(self.planned)} part(s): " + "; ".join(self.planned)
        if self.busy is not None:
            return (
                f"{where}: part {self.busy + 1} is being sent by another run right now; "
                "it reports its own outcome"
            )
        if not self.sent:
            return f"{where}: already sent ({self.parts} part(s)); --force sends again"
        resumed = f", resumed after {len(self.skipped)} already sent" if self.skipped else ""
        again = (
            f", {len(self.resent)} of them again after a run stopped mid-send (it may have "
            "arrived twice)"
            if self.resent
            else ""
        )
        lost = f", but {'; '.join(self.warnings)}" if self.warnings else ""
        return f"{where}: sent {len(self.sent)} part(s){resumed}{again}{lost}"


@dataclass
class DigestRun:
    """What ``run_digest`` did: one outcome per (briefing, channel); ``missing`` when a dry
    run found no briefing for the date (a real run would make one first)."""

    outcomes: list[ChannelOutcome]
    missing: bool = False
    problems: list[InputProblem] = field(default_factory=list)  # sources that failed

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)


def run_digest(
    channels: Sequence[Channel],
    *,
    config: Config,
    date: dt.date,
    now: dt.datetime,
    make: bool = True,
    batch: bool = False,
    force: bool = False,
    dry_run: bool = False,
) -> DigestRun:
    """``brief digest``: the day's briefings to ``channels``, making one first (``make``,
    from the configured sources) when the date has none. A real run holds the home's run lock
    from the look for a briefing to the last part sent, so two digests neither build nor send
    twice; a dry run only reads."""
    problems: list[InputProblem] = []
    with nullcontext() if dry_run else run_lock("digest"), Store.default() as store:
        todays = store.day_briefings(date)
        if not todays:
            if not make:
                raise ConfigError(f"no stored briefing for {date}: see `brief history`")
            if dry_run:
                return DigestRun([], missing=True)
            made = asyncio.run(
                run_today(
                    TodayOptions(now=now, batch=batch),
                    config=config,
                    settings=Settings.from_config(config),
                    store=store,
                )
            )
            if made.briefing is None:  # pragma: no cover - only a dry run returns no briefing
                raise ConfigError("the daily job returned no briefing")
            problems = made.problems
            todays = store.day_briefings(date)
        outcomes = deliver(todays, channels, store, now=now, force=force, dry_run=dry_run)
        return DigestRun(outcomes, problems=problems)


def _label(item: StoredBriefing, day: Sequence[StoredBriefing]) -> str:
    if len(day) < 2:
        return ""
    made = item.created_at.astimezone().strftime("%H:%M")
    return f"briefing {day.index(item) + 1} of {len(day)}, made {made}"


def deliver(
    day: Sequence[StoredBriefing],
    channels: Sequence[Channel],
    store: Store,
    *,
    now: dt.datetime,
    force: bool = False,
    dry_run: bool = False,
) -> list[ChannelOutcome]:
    """Send each of the day's stored briefings to every channel; one outcome per (briefing,
    channel), briefings oldest first."""
    owner = claim_owner()
    outcomes: list[ChannelOutcome] = []
    for item in day:
        for channel in channels:
            outcome = _deliver_one(
                item, channel, store, owner=owner, now=now, force=force, dry_run=dry_run
            )
            outcome.briefing = _label(item, day)
            outcomes.append(outcome)
    return outcomes


def _deliver_one(
    item: StoredBriefing,
    channel: Channel,
    store: Store,
    *,
    owner: str,
    now: dt.datetime,
    force: bool,
    dry_run: bool,
) -> ChannelOutcome:
    parts = channel.parts(item.briefing)
    outcome = ChannelOutcome(channel.name, channel.destination_label, len(parts))
    destination = channel.destination_hash  # once: the claim and its outcome name one row
    if dry_run:
        done = store.delivery_status(item.id, channel.name, destination)
        for part in parts:
            if done.get(part.index) == "sent" and not force:
                outcome.skipped.append(part.index)
            else:
                outcome.planned.append(part.summary)
        return outcome

    def record(part: Part, status: DeliveryStatus, detail: str) -> None:
        store.record_delivery(
            briefing_id=item.id,
            date=item.briefing.date,
            channel=channel.name,
            destination_hash=destination,
            destination=channel.destination_label,
            part=part.index,
            status=status,
            at=now,
            detail=detail,
        )

    for part in parts:
        claim = store.claim_delivery(
            briefing_id=item.id,
            date=item.briefing.date,
            channel=channel.name,
            destination_hash=destination,
            destination=channel.destination_label,
            part=part.index,
            owner=owner,
            at=now,
            force=force,
        )
        if claim == "sent":
            outcome.skipped.append(part.index)
            continue
        if claim == "busy":
            outcome.busy = part.index
            break  # later parts must not overtake it
        try:
            warning = channel.send(part)
        except DeliveryError as exc:
            outcome.error = redact(str(exc))
            record(part, "failed", outcome.error)
            log.debug("%s delivery failed at part %d: %s", channel.name, part.index, outcome.error)
            break
        except BaseException:
            # Not a delivery failure (a bug, an interrupt): give the claim back as failed, so
            # the next run retries this part at once instead of waiting for the lease.
            record(part, "failed", "interrupted")
            raise
        record(part, "sent", part.summary + (f" ({redact(warning)})" if warning else ""))
        outcome.sent.append(part.index)
        if claim == "reclaimed":
            outcome.resent.append(part.index)
        if warning:
            outcome.warnings.append(redact(warning))
    return outcome
