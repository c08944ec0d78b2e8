"""The store's table of learned server capabilities (per base URL and model)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from briefing.store import ServerCapabilities, Store, server_key
from briefing.store.db import connect
from briefing.store.migrations import MIGRATIONS, migrate

WHEN = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def test_base_urls_are_stored_without_credentials_or_query() -> None:
    assert server_key("HTTP://User:pw@LocalHost:8765/v1/?key=x#f") == "http://localhost:8765/v1"
    assert server_key("https://api.openai.com/v1") == "https://api.openai.com/v1"


def test_learned_capabilities_round_trip_and_are_per_model(tmp_path: Path) -> None:
    with Store(tmp_path / "b.db") as store:
        assert store.get_server("http://127.0.0.1:8765/v1", "local") is None
        caps = ServerCapabilities(
            base_url="http://user:secret@127.0.0.1:8765/v1/",
            model="local",
            mode="json_object",
            context_window=8192,
            served="SmolLM2-135M-Instruct.Q4_1.gguf",
            parallel=1,
            kind="llama-cpp-python",
            details={"owned_by": "me"},
            learned_at=WHEN,
        )
        store.put_server(caps)
        got = store.get_server("http://127.0.0.1:8765/v1", "local")
        assert got is not None
        assert got.base_url == "http://127.0.0.1:8765/v1"  # the password is not kept
        assert (got.mode, got.context_window, got.served, got.parallel, got.kind) == (
            "json_object",
            8192,
            "SmolLM2-135M-Instruct.Q4_1.gguf",
            1,
            "llama-cpp-python",
        )
        assert got.details == {"owned_by": "me"} and got.learned_at == WHEN
        assert store.get_server("http://127.0.0.1:8765/v1", "other") is None
        store.put_server(ServerCapabilities(base_url="http://127.0.0.1:9000/v1", model="m"))
        assert [s.base_url for s in store.list_servers()] == [
            "http://127.0.0.1:8765/v1",
            "http://127.0.0.1:9000/v1",
        ]
        assert len(store.list_servers("http://127.0.0.1:9000/v1/")) == 1
        # Learned again: replaced, not duplicated.
        store.put_server(
            ServerCapabilities(base_url="http://127.0.0.1:9000/v1", model="m", mode="text")
        )
        assert [s.mode for s in store.list_servers("http://127.0.0.1:9000/v1")] == ["text"]
        assert store.forget_servers("http://127.0.0.1:9000/v1") == 1
        assert len(store.list_servers()) == 1
    raw = sqlite3.connect(tmp_path / "b.db").execute("SELECT * FROM servers").fetchall()
    assert "secret" not in repr(raw)


def test_the_servers_migration_applies_to_an_older_store(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.db")
    index = [m.__name__ for m in MIGRATIONS].index("m005_servers")
    migrate(conn, upto=index)
    assert "m005_servers" in migrate(conn)
    assert conn.execute("SELECT COUNT(*) FROM servers").fetchone()[0] == 0
    conn.close()
