"""The SQLite store: articles, stories, briefings, the LLM call log (the response cache),
fetch validators, per-source run status, the delivery log and what model servers support.

::

    with Store.default() as store:          # <data dir>/briefing.db, migrated on open
        result = store.upsert_articles(articles, seen_at=now)
        todo = store.unbriefed(store.articles_in_window(start, now))
        ...
        store.record_briefing(briefing, created_at=now, stories=stories,
                              briefed_ids=[a.id for a in todo])   # one transaction

Nothing secret is stored by design: requests are kept as the messages sent, deliveries by a
hash of the destination. See ``briefing.store.db`` for the connection and
``briefing.store.migrations`` for the schema.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

from briefing.exceptions import StoreReadOnlyError
from briefing.models import Briefing, Story
from briefing.store.articles import ArticlesMixin, ArticleState, UpsertResult, canonical_url
from briefing.store.briefings import BriefingKind, BriefingsMixin, BriefingSummary, StoredBriefing
from briefing.store.calls import CallsMixin, StoredCall
from briefing.store.db import connect, data_dir
from briefing.store.deliveries import (
    Claim,
    DeliveriesMixin,
    DeliveryRecord,
    DeliveryStatus,
    claim_owner,
)
from briefing.store.errors import storage_errors
from briefing.store.migrations import applied_migrations, migrate, pending_migrations
from briefing.store.servers import ServerCapabilities, ServersMixin, server_key
from briefing.store.sources import SourceRun, SourceRunsMixin, SourceStatus
from briefing.store.stories import StoriesMixin
from briefing.store.validators import HasValidators, Validators, ValidatorsMixin

__all__ = [
    "DB_NAME",
    "ArticleState",
    "BriefingKind",
    "BriefingSummary",
    "Claim",
    "DeliveryRecord",
    "DeliveryStatus",
    "HasValidators",
    "ServerCapabilities",
    "SourceRun",
    "SourceStatus",
    "Store",
    "StoredBriefing",
    "StoredCall",
    "UpsertResult",
    "Validators",
    "canonical_url",
    "claim_owner",
    "data_dir",
    "server_key",
]

log = logging.getLogger(__name__)

DB_NAME = "briefing.db"


class Store(
    SourceRunsMixin,
    ArticlesMixin,
    StoriesMixin,
    BriefingsMixin,
    CallsMixin,
    ValidatorsMixin,
    DeliveriesMixin,
    ServersMixin,
):
    """One SQLite database, one connection; opened and migrated on construction."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        """Open ``path``, migrated to the current schema; ``readonly`` opens it as it is
        (and refuses one that needs migrating). Storage faults raise ``StoreError`` and its
        kin (``briefing.store.errors``), naming the file."""
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        with storage_errors(self.path):
            self._conn = connect(self.path, readonly=readonly)
            try:
                self._upgrade()
            except BaseException:
                self._conn.close()
                raise

    def _upgrade(self) -> None:
        if not self.readonly:
            ran = migrate(self._conn)
            if ran:
                log.info("store %s: applied %s", self.path, ", ".join(ran))
            return
        pending = pending_migrations(self._conn)
        if pending:
            raise StoreReadOnlyError(
                f"the database {self.path} is read-only and was made by an older version "
                f"(it needs {', '.join(pending)}): make it writable once so it can be upgraded",
                path=self.path,
            )

    @classmethod
    def default(cls) -> Store:
        """``<data dir>/briefing.db`` (``$BRIEFING_HOME/data`` when BRIEFING_HOME is set)."""
        return cls(data_dir() / DB_NAME)

    @classmethod
    def for_reading(cls) -> Store:
        """The default store for commands that only read: opened (and upgraded) as usual when
        it can be written, else opened read-only as it is."""
        try:
            return cls.default()
        except StoreReadOnlyError:
            log.debug("store %s is not writable: opening it read-only", data_dir() / DB_NAME)
            return cls(data_dir() / DB_NAME, readonly=True)

    def record_briefing(
        self,
        briefing: Briefing,
        *,
        created_at: dt.datetime,
        stories: Sequence[Story] = (),
        briefed_ids: Iterable[str] = (),
        kind: BriefingKind = "daily",
    ) -> int:
        """Save the briefing, its stories and mark its articles briefed, all or nothing; its id.

        (``save_briefing`` + ``save_stories`` + ``mark_briefed`` in one transaction, so a process
        killed in between cannot leave a briefing whose articles still count as unbriefed.)
        """
        with self._tx() as conn:
            briefing_id = self._insert_briefing(conn, briefing, created_at, kind)
            self._replace_stories(conn, briefing.date, stories)
            self._mark_briefed(conn, briefed_ids, briefing_id, created_at)
        return briefing_id

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        with storage_errors(self.path), self._lock:
            return applied_migrations(self._conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"
