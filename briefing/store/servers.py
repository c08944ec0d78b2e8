"""What OpenAI-compatible servers were found to support, kept per base URL and model.

A server is learned once (``briefing.backends.capabilities``) and the next runs start from what
was learned: no response_format probing again, the context window the server reported, and the
identity of the model file it serves (part of the response cache key). ``base_url`` is stored
without credentials, query or fragment.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from briefing.store._base import StoreBase
from briefing.store.db import from_iso, to_iso

__all__ = ["ServerCapabilities", "ServersMixin", "server_key"]


def server_key(base_url: str) -> str:
    """``base_url`` as stored: scheme, host and port lower-cased, path without a final ``/``,
    and never a user name, password, query or fragment."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), "", ""))


@dataclass(frozen=True)
class ServerCapabilities:
    """What one server said or showed about one model.

    ``mode``: the best answer format it accepts (json_schema, json_object or text; None: not
    tried yet). ``context_window``: tokens, as the server reported it. ``served``: what it
    serves under the name (a model file, a digest), None when it does not say. ``parallel``:
    requests it computes at once (1 for llama.cpp's Python server), None when unknown.
    ``kind``: the server software when recognised (llama-cpp-python, llama.cpp, vllm, ollama,
    lmstudio, openai).
    """

    base_url: str
    model: str
    mode: str | None = None
    context_window: int | None = None
    served: str | None = None
    parallel: int | None = None
    kind: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    learned_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _row(row: sqlite3.Row) -> ServerCapabilities:
    return ServerCapabilities(
        base_url=row["base_url"],
        model=row["model"],
        mode=row["mode"],
        context_window=row["context_window"],
        served=row["served"],
        parallel=row["parallel"],
        kind=row["kind"],
        details=json.loads(row["details"]),
        learned_at=from_iso(row["learned_at"]),
    )


class ServersMixin(StoreBase):
    def get_server(self, base_url: str, model: str) -> ServerCapabilities | None:
        rows = self._query(
            "SELECT * FROM servers WHERE base_url = ? AND model = ?", (server_key(base_url), model)
        )
        return _row(rows[0]) if rows else None

    def list_servers(self, base_url: str | None = None) -> list[ServerCapabilities]:
        """Every learned server and model (of ``base_url`` only, when given), sorted."""
        if base_url is None:
            rows = self._query("SELECT * FROM servers ORDER BY base_url, model")
        else:
            rows = self._query(
                "SELECT * FROM servers WHERE base_url = ? ORDER BY model", (server_key(base_url),)
            )
        return [_row(r) for r in rows]

    def put_server(self, caps: ServerCapabilities) -> None:
        """Record (or replace) what was learned of ``caps.base_url`` and ``caps.model``."""
        with self._tx() as conn:
            conn.execute(
                """
                INSERT OR REPLACE INTO servers (base_url, model, mode, context_window, served,
                    parallel, kind, details, learned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    server_key(caps.base_url),
                    caps.model,
                    caps.mode,
                    caps.context_window,
                    caps.served,
                    caps.parallel,
                    caps.kind,
                    json.dumps(caps.details, sort_keys=True, ensure_ascii=False),
                    to_iso(caps.learned_at),
                ),
            )

    def forget_servers(self, base_url: str | None = None) -> int:
        """Forget what was learned (of one base URL, or of all); how many rows went."""
        with self._tx() as conn:
            if base_url is None:
                return conn.execute("DELETE FROM servers").rowcount
            return conn.execute(
                "DELETE FROM servers WHERE base_url = ?", (server_key(base_url),)
            ).rowcount
