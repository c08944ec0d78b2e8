"""The store's schema as an ordered list of migrations (as in simonw/llm's ``migrations.py``):
each runs once, in its own transaction, and is recorded by name in ``_migrations``. Never edit a
released migration; append a new one."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable

from briefing.store.db import to_iso, transaction

__all__ = ["MIGRATIONS", "Migration", "applied_migrations", "migrate", "pending_migrations"]

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(func: Migration) -> Migration:
    MIGRATIONS.append(func)
    return func


def _ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    _ensure_table(conn)
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations this database still needs (read-only: creates nothing)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")} if has_table else set()
    return [func.__name__ for func in MIGRATIONS if func.__name__ not in done]


def migrate(conn: sqlite3.Connection, *, upto: int | None = None) -> list[str]:
    """Apply the migrations not yet recorded (the first ``upto`` only, for tests); names run."""
    lock = threading.RLock()
    _ensure_table(conn)
    ran: list[str] = []
    done = set(applied_migrations(conn))
    for func in MIGRATIONS[:upto]:
        name = func.__name__
        if name in done:
            continue  # no write lock taken when the database is up to date
        with transaction(conn, lock):
            # Checked inside the write lock: another process may have just applied it.
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                continue
            func(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, to_iso(dt.datetime.now(dt.UTC))),
            )
        log.debug("applied migration %s", name)
        ran.append(name)
    return ran


# -- the migrations ------------------------------------------------------------------------------


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            canonical_url TEXT,
            url TEXT,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT,
            source TEXT NOT NULL,
            also_from TEXT NOT NULL DEFAULT '[]',
            published_at TEXT,
            first_seen_at TEXT NOT NULL,
            window_at TEXT NOT NULL,
            text TEXT NOT NULL,
            briefed_at TEXT,
            briefing_id INTEGER REFERENCES briefings(id) ON DELETE SET NULL
        )
        """
    )
    conn.execute(
        "CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) "
        "WHERE canonical_url IS NOT NULL"
    )
    conn.execute("CREATE INDEX articles_window_at ON articles(window_at)")
    conn.execute(
        """
        CREATE TABLE stories (
            date TEXT NOT NULL,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            article_ids TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (date, id)
        )
        """
    )
    conn.execute("CREATE INDEX stories_id ON stories(id, date)")
    conn.execute(
        """
        CREATE TABLE briefings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_key TEXT NOT NULL,
            json TEXT NOT NULL,
            model TEXT NOT NULL,
            backend TEXT NOT NULL,
            calls INTEGER NOT NULL,
            input_tokens INTEGER NOT NULL,
            cached_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            cost_usd REAL NOT NULL,
            articles INTEGER NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX briefings_date ON briefings(date, created_key)")
    conn.execute("CREATE INDEX briefings_created ON briefings(created_key)")
    conn.execute(
        """
        CREATE TABLE calls (
            fingerprint TEXT PRIMARY KEY,
            backend TEXT NOT NULL,
            model TEXT NOT NULL,
            step TEXT NOT NULL,
            prompt TEXT NOT NULL,
            prompt_version TEXT NOT NULL,
            prompt_hash TEXT NOT NULL,
            request_json TEXT NOT NULL,
            response_json TEXT NOT NULL,
            input_tokens INTEGER NOT NULL,
            cached_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            latency_s REAL NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )


@migration
def m002_fetch_validators(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE fetch_validators (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )


@migration
def m003_deliveries(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            channel TEXT NOT NULL,
            destination_hash TEXT NOT NULL,
            destination TEXT,
            part INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
            detail TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            at_key TEXT NOT NULL,
            UNIQUE (date, channel, destination_hash, part)
        )
        """
    )
    conn.execute("CREATE INDEX deliveries_at ON deliveries(at_key)")


@migration
def m004_briefing_kind(conn: sqlite3.Connection) -> None:
    """What a briefing was made from: 'daily' (the configured sources: it moves the window and
    is what the digest delivers), 'inputs' (files given on the command line) or 'view' (a
    --topic selection)."""
    conn.execute("ALTER TABLE briefings ADD COLUMN kind TEXT NOT NULL DEFAULT 'daily'")


@migration
def m005_servers(conn: sqlite3.Connection) -> None:
    """What an OpenAI-compatible server was found to support, per base URL (no credentials)
    and model: its answer format, context window, what it serves, whether it runs one request
    at a time."""
    conn.execute(
        """
        CREATE TABLE servers (
            base_url TEXT NOT NULL,
            model TEXT NOT NULL,
            mode TEXT,
            context_window INTEGER,
            served TEXT,
            parallel INTEGER,
            kind TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            learned_at TEXT NOT NULL,
            PRIMARY KEY (base_url, model)
        )
        """
    )


@migration
def m006_source_runs(conn: sqlite3.Connection) -> None:
    """Per configured source, what its latest runs gave: when it last worked, its last error,
    and how many items its latest run read (``brief sources list`` shows them)."""
    conn.execute(
        """
        CREATE TABLE source_runs (
            location TEXT PRIMARY KEY,
            last_run_at TEXT NOT NULL,
            last_success_at TEXT,
            last_error_at TEXT,
            last_error TEXT,
            items INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('ok', 'not modified', 'failed'))
        )
        """
    )


@migration
def m007_article_updated_at(conn: sqlite3.Connection) -> None:
    """When the source says an article was last revised (a page's dateModified); kept apart
    from the publication time, which alone places an article in a window."""
    conn.execute("ALTER TABLE articles ADD COLUMN updated_at TEXT")


@migration
def m008_delivery_claims(conn: sqlite3.Connection) -> None:
    """Deliveries per briefing (every daily briefing of a day is delivered, not only the
    latest) with a ``sending`` claim taken before a part goes out and its ``owner``.

    Rows of earlier versions were per date: they go to the briefing the digest then sent, the
    latest of that date made before the delivery (or, failing that, the latest of the date)."""
    conn.execute(
        """
        CREATE TABLE deliveries_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            briefing_id INTEGER,
            date TEXT NOT NULL,
            channel TEXT NOT NULL,
            destination_hash TEXT NOT NULL,
            destination TEXT,
            part INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
            owner TEXT,
            detail TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            at_key TEXT NOT NULL,
            UNIQUE (briefing_id, channel, destination_hash, part)
        )
        """
    )
    old = conn.execute("SELECT * FROM deliveries ORDER BY id").fetchall()
    for row in old:
        found = conn.execute(
            "SELECT id FROM briefings WHERE date = ? AND kind != 'view' "
            "ORDER BY created_key <= ? DESC, kind = 'daily' DESC, created_key DESC, id DESC "
            "LIMIT 1",
            (row["date"], row["at_key"]),
        ).fetchone()
        conn.execute(
            "INSERT INTO deliveries_new (briefing_id, date, channel, destination_hash, "
            "destination, part, status, detail, at, at_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                found[0] if found else None,
                row["date"],
                row["channel"],
                row["destination_hash"],
                row["destination"],
                row["part"],
                row["status"],
                row["detail"],
                row["at"],
                row["at_key"],
            ),
        )
    conn.execute("DROP TABLE deliveries")
    conn.execute("ALTER TABLE deliveries_new RENAME TO deliveries")
    conn.execute("CREATE INDEX deliveries_at ON deliveries(at_key)")
    conn.execute("CREATE INDEX deliveries_date ON deliveries(date, channel, destination_hash)")


@migration
def m009_article_dateline(conn: sqlite3.Connection) -> None:
    """The place dateline an article's source text opened with (``Article.dateline``), kept
    beside the cleaned text, which may have lost its line."""
    conn.execute("ALTER TABLE articles ADD COLUMN dateline TEXT")
