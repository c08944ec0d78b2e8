"""HTTP validators (ETag, Last-Modified) per URL, for conditional requests by the fetcher."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from briefing.store._base import StoreBase
from briefing.store.db import to_iso
from briefing.urls import Validators

__all__ = ["HasValidators", "Validators", "ValidatorsMixin"]


class HasValidators(Protocol):
    """Any object with the two fields (the fetcher's own ``Validators`` dataclass fits)."""

    @property
    def etag(self) -> str | None: ...

    @property
    def last_modified(self) -> str | None: ...


class ValidatorsMixin(StoreBase):
    def get_validators(self, url: str) -> Validators | None:
        rows = self._query("SELECT etag, last_modified FROM fetch_validators WHERE url = ?", (url,))
        if not rows:
            return None
        return Validators(etag=rows[0]["etag"], last_modified=rows[0]["last_modified"])

    def put_validators(self, url: str, validators: HasValidators) -> None:
        """Remember the validators of ``url``; both empty forgets them."""
        with self._tx() as conn:
            if validators.etag is None and validators.last_modified is None:
                conn.execute("DELETE FROM fetch_validators WHERE url = ?", (url,))
                return
            conn.execute(
                """
                INSERT INTO fetch_validators (url, etag, last_modified, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
                    last_modified = excluded.last_modified, updated_at = excluded.updated_at
                """,
                (url, validators.etag, validators.last_modified, to_iso(dt.datetime.now(dt.UTC))),
            )
