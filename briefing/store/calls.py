"""The call log, which is also the response cache (keyed by the request's fingerprint).

The request is stored as the messages sent (system and user text), the schema name and the
output cap: never an API key or a header.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso

__all__ = ["CallsMixin", "StoredCall"]


@dataclass(frozen=True)
class StoredCall:
    fingerprint: str
    backend: str
    model: str
    step: str
    prompt: str
    prompt_version: str
    prompt_hash: str
    request_json: str
    response_json: str
    input_tokens: int
    cached_tokens: int
    output_tokens: int
    latency_s: float
    created_at: dt.datetime


def _call(row: sqlite3.Row) -> StoredCall:
    return StoredCall(
        fingerprint=row["fingerprint"],
        backend=row["backend"],
        model=row["model"],
        step=row["step"],
        prompt=row["prompt"],
        prompt_version=row["prompt_version"],
        prompt_hash=row["prompt_hash"],
        request_json=row["request_json"],
        response_json=row["response_json"],
        input_tokens=row["input_tokens"],
        cached_tokens=row["cached_tokens"],
        output_tokens=row["output_tokens"],
        latency_s=row["latency_s"],
        created_at=from_iso(row["created_at"]),
    )


class CallsMixin(StoreBase):
    def get_call(self, fingerprint: str) -> StoredCall | None:
        rows = self._query("SELECT * FROM calls WHERE fingerprint = ?", (fingerprint,))
        return _call(rows[0]) if rows else None

    def put_call(self, call: StoredCall) -> None:
        """Record (or replace) one successful call; committed at once."""
        with self._tx() as conn:
            conn.execute(
                """
                INSERT OR REPLACE INTO calls (fingerprint, backend, model, step, prompt,
                    prompt_version, prompt_hash, request_json, response_json, input_tokens,
                    cached_tokens, output_tokens, latency_s, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    call.fingerprint,
                    call.backend,
                    call.model,
                    call.step,
                    call.prompt,
                    call.prompt_version,
                    call.prompt_hash,
                    call.request_json,
                    call.response_json,
                    call.input_tokens,
                    call.cached_tokens,
                    call.output_tokens,
                    call.latency_s,
                    to_iso(call.created_at),
                ),
            )

    def count_calls(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM calls")[0][0])
