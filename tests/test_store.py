"""The SQLite store: migrations, articles, stories, briefings, calls, validators, deliveries,
and what survives a SIGKILL."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.models import (
    Article,
    ArticleRef,
    Briefing,
    BriefingSection,
    Bullet,
    CallRecord,
    Grounding,
    Story,
    Usage,
)
from briefing.store import DeliveryStatus, Store, StoredCall, Validators, canonical_url, data_dir
from briefing.store.db import connect
from briefing.store.migrations import MIGRATIONS, migrate

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "b.db") as s:
        yield s


def _article(
    text: str,
    *,
    url: str | None = None,
    when: dt.datetime | None = None,
    source: str | None = None,
    title: str = "T",
) -> Article:
    return Article.create(
        title=title, text=text, source=source or url or "local", url=url, published_at=when
    )


def _briefing(date: dt.date, *, model: str = "gpt-4.1-mini", cached: int = 0) -> Briefing:
    records = [
        CallRecord(
            step="brief",
            prompt="brief",
            prompt_version="1",
            prompt_hash="h",
            model=model,
            input_tokens=0 if k < cached else 100,
            output_tokens=0 if k < cached else 20,
            latency_s=0.1,
            mode="cached" if k < cached else "json_schema",
        )
        for k in range(2)
    ]
    return Briefing(
        date=date,
        overview="Ukraine & markets: <b>not markup</b>.",
        sections=[
            BriefingSection(
                title="Arms",
                bullets=[Bullet(text="A $322m sale.", source_ids=["a1"])],
                story_id="s1",
                status="developing",
            )
        ],
        articles=[
            ArticleRef(
                id="a1",
                title="Arms",
                outlet="Reuters",
                url="https://example.org/a1",
                published_at=NOW,
                source="https://example.org/feed",
            )
        ],
        left_out=[],
        grounding=Grounding(checked=1),
        usage=Usage(
            backend="openai",
            model=model,
            calls=2,
            input_tokens=200,
            cached_tokens=10,
            output_tokens=40,
            cost_usd=0.0012,
            records=records,
        ),
        notices=["skipped x: 404"],
    )


# -- connection and migrations ------------------------------------------------------------------


def test_pragmas_and_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home" / "data"
    with Store.default() as store:
        assert store.path == tmp_path / "home" / "data" / "briefing.db"
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert store.migrations() == [m.__name__ for m in MIGRATIONS]


def test_a_v1_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = connect(path)
    assert migrate(conn, upto=1) == ["m001_initial"]
    conn.execute(
        "INSERT INTO articles (id, content_hash, title, source, first_seen_at, window_at, text) "
        "VALUES ('a1', 'h', 'Old', 'src', '2026-01-01T00:00:00+00:00', "
        "'2026-01-01T00:00:00.000000Z', 'old text')"
    )
    assert (
        conn.execute("SELECT name FROM sqlite_master WHERE name = 'deliveries'").fetchone() is None
    )
    conn.close()

    with Store(path) as store:
        assert store.migrations() == [m.__name__ for m in MIGRATIONS]
        old = store.get_article("a1")
        assert old is not None and old.text == "old text"
        store.put_validators("https://x.org/feed", Validators(etag='"1"'))
        assert store.delivery_status(1, "email", "h") == {}
    # Opening again runs nothing.
    conn = connect(path)
    assert migrate(conn) == []
    conn.close()


def test_each_migration_is_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    conn = connect(path)
    migrate(conn, upto=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    MIGRATIONS.append(broken)
    try:
        with pytest.raises(RuntimeError):
            migrate(conn)
    finally:
        MIGRATIONS.remove(broken)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert "broken" not in {r[0] for r in conn.execute("SELECT name FROM _migrations")}
    conn.close()


# -- articles -------------------------------------------------------------------------------------


def test_upsert_new_changed_unchanged(store: Store) -> None:
    a = _article("Original text of the story.", url="https://Example.org/s?utm_source=x#top")
    b = _article("Another story entirely.", url="https://example.org/b", when=NOW - HOUR)
    first = store.upsert_articles([a, b], seen_at=NOW)
    assert [x.id for x in first.new] == [a.id, b.id] and not first.changed
    store.mark_briefed([a.id, b.id], None, NOW)

    later = NOW + 3 * HOUR
    edited = _article("Original text of the story, corrected.", url="https://example.org/s")
    copy = _article("Another story entirely.", url="https://other.example/b-copy")
    again = _article("Another story entirely.", url="https://example.org/b")
    result = store.upsert_articles([edited, copy, again], seen_at=later)
    assert [x.id for x in result.changed] == [edited.id]
    assert [x.id for x in result.unchanged] == [b.id, b.id] and not result.new
    assert result.unchanged[0].also_from == ["https://other.example/b-copy"]

    # The changed article replaced the old row: new id, first seen kept, unbriefed again.
    assert store.get_article(a.id) is None
    state = store.article_state(edited.id)
    assert state is not None and state.first_seen_at == NOW and state.briefed_at is None
    assert store.unbriefed([edited, b]) == [edited]
    stored_b = store.get_article(b.id)
    assert stored_b is not None and stored_b.published_at == NOW - HOUR


def test_duplicates_inside_one_batch(store: Store) -> None:
    one = _article("Wire copy text.", url="https://a.example/1")
    two = _article("Wire copy text.", url="https://b.example/2")
    result = store.upsert_articles([one, two], seen_at=NOW)
    assert [x.id for x in result.new] == [one.id]
    assert [x.also_from for x in result.unchanged] == [["https://b.example/2"]]


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Example.ORG:443/a/b?utm_medium=x&id=3#frag") == (
        "https://example.org/a/b?id=3"
    )
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("  ") is None and canonical_url(None) is None


def test_window_uses_published_at_or_first_seen(store: Store) -> None:
    dated_in = _article("Dated inside the window.", url="https://x.org/1", when=NOW - 2 * HOUR)
    dated_old = _article("Dated long ago.", url="https://x.org/2", when=NOW - 72 * HOUR)
    undated = _article("No date at all.", url="https://x.org/3")
    # A time zone other than UTC still compares by instant.
    tz = dt.timezone(dt.timedelta(hours=-5))
    dated_tz = _article("Dated in New York.", when=(NOW - HOUR).astimezone(tz))
    store.upsert_articles([dated_in, dated_old, undated, dated_tz], seen_at=NOW - HOUR)
    late = _article("Seen after the end.")
    store.upsert_articles([late], seen_at=NOW + HOUR)

    got = store.articles_in_window(NOW - 24 * HOUR, NOW)
    assert got[0].id == dated_in.id  # ordered by time
    assert {a.id for a in got} == {dated_in.id, dated_tz.id, undated.id}
    tz_back = next(a for a in got if a.id == dated_tz.id)
    assert tz_back.published_at == NOW - HOUR and tz_back.published_at.utcoffset() == tz.utcoffset(
        None
    )
    # Half-open: the end is excluded, the start included.
    assert [a.id for a in store.articles_in_window(NOW - 2 * HOUR, NOW - HOUR)] == [dated_in.id]


def test_mark_briefed_and_unbriefed(store: Store) -> None:
    a, b, c = (_article(f"Story number {k}.") for k in range(3))
    store.upsert_articles([a, b], seen_at=NOW)
    briefing_id = store.save_briefing(_briefing(NOW.date()), created_at=NOW)
    assert store.mark_briefed([a.id, a.id, "nope"], briefing_id, NOW) == 1
    assert store.unbriefed([a, b, c]) == [b, c]
    state = store.article_state(a.id)
    assert state is not None and state.briefing_id == briefing_id and state.briefed_at == NOW


# -- stories ----------------------------------------------------------------------------------


def test_stories_by_date(store: Store) -> None:
    d1, d2, d3 = (NOW.date() - dt.timedelta(days=k) for k in (2, 1, 0))
    s1 = Story(id="s1", title="Talks", article_ids=["a1", "a2"])
    s2 = Story(id="s2", title="Drones", article_ids=["a3"])
    store.save_stories(d1, [s1])
    store.save_stories(d2, [s2, s1])
    store.save_stories(d2, [s2, s1])  # saving again replaces
    assert store.stories_on(d2) == [s2, s1]
    assert store.stories_on(d3) == []
    assert store.latest_story_dates(["s1", "s2", "s9"], before=d3) == {"s1": d2, "s2": d2}
    assert store.latest_story_dates(["s1", "s2"], before=d2) == {"s1": d1}


# -- briefings --------------------------------------------------------------------------------


def test_briefings_round_trip_and_listing(store: Store) -> None:
    assert store.last_briefing_at() is None and store.list_briefings() == []
    day = NOW.date()
    first = _briefing(day - dt.timedelta(days=1))
    second = _briefing(day, cached=1)
    third = _briefing(day, model="gpt-4o")
    id1 = store.save_briefing(first, created_at=NOW - 24 * HOUR)
    id2 = store.save_briefing(second, created_at=NOW)
    id3 = store.save_briefing(third, created_at=NOW + HOUR)
    assert store.get_briefing(id1) == first
    assert store.get_briefing(id2) == second
    assert store.get_briefing(day) == third  # the latest of that date
    assert store.get_briefing(day + dt.timedelta(days=1)) is None
    assert store.get_briefing(999) is None
    assert store.last_briefing_at() == NOW + HOUR
    listed = store.list_briefings(limit=2)
    assert [s.id for s in listed] == [id3, id2]
    assert listed[1].cached_calls == 1 and listed[1].articles == 1
    assert listed[1].cost_usd == pytest.approx(0.0012) and listed[0].model == "gpt-4o"


def test_record_briefing_is_all_or_nothing(store: Store) -> None:
    a, b = _article("First story text."), _article("Second story text.")
    store.upsert_articles([a, b], seen_at=NOW)
    day = NOW.date()
    story = Story(id="s1", title="First", article_ids=[a.id])
    # The same story twice fails the stories write, after the briefing row went in.
    with pytest.raises(sqlite3.IntegrityError):
        store.record_briefing(
            _briefing(day), created_at=NOW, stories=[story, story], briefed_ids=[a.id]
        )
    assert store.list_briefings() == [] and store.stories_on(day) == []
    assert store.unbriefed([a, b]) == [a, b]

    briefing_id = store.record_briefing(
        _briefing(day), created_at=NOW, stories=[story], briefed_ids=[a.id]
    )
    assert store.get_briefing(briefing_id) == _briefing(day)
    assert store.stories_on(day) == [story]
    assert store.unbriefed([a, b]) == [b]


# -- calls, validators, deliveries --------------------------------------------------------------


def _call(fingerprint: str) -> StoredCall:
    return StoredCall(
        fingerprint=fingerprint,
        backend="openai",
        model="gpt-4.1-mini",
        step="brief",
        prompt="brief",
        prompt_version="1",
        prompt_hash="abc",
        request_json='{"messages": []}',
        response_json='{"notes": []}',
        input_tokens=10,
        cached_tokens=0,
        output_tokens=3,
        latency_s=0.5,
        created_at=NOW,
    )


def test_calls(store: Store) -> None:
    assert store.get_call("f1") is None
    store.put_call(_call("f1"))
    assert store.get_call("f1") == _call("f1")
    store.put_call(_call("f1"))  # replacing is fine
    assert store.count_calls() == 1


def test_validators(store: Store) -> None:
    url = "https://example.org/feed.xml"
    assert store.get_validators(url) is None
    store.put_validators(url, Validators(etag='W/"x1"', last_modified="Tue, 24 Nov 2026 10:00 GMT"))
    assert store.get_validators(url) == Validators(
        etag='W/"x1"', last_modified="Tue, 24 Nov 2026 10:00 GMT"
    )
    store.put_validators(url, Validators(etag='"x2"'))
    assert store.get_validators(url) == Validators(etag='"x2"', last_modified=None)
    store.put_validators(url, Validators())
    assert store.get_validators(url) is None


def test_deliveries(store: Store) -> None:
    day = NOW.date()
    outcomes: list[tuple[int, DeliveryStatus]] = [(0, "sent"), (1, "failed")]
    for part, status in outcomes:
        store.record_delivery(
            briefing_id=7,
            date=day,
            channel="slack",
            destination_hash="h1",
            destination="hooks.slack.com/…/XyZ",
            part=part,
            status=status,
            detail="" if status == "sent" else "500 Internal Server Error",
            at=NOW + part * HOUR,
        )
    assert store.delivery_status(7, "slack", "h1") == {0: "sent", 1: "failed"}
    store.record_delivery(
        briefing_id=7,
        date=day,
        channel="slack",
        destination_hash="h1",
        part=1,
        status="sent",
        at=NOW + 2 * HOUR,
    )
    assert store.delivery_status(7, "slack", "h1") == {0: "sent", 1: "sent"}
    assert store.delivery_status(7, "email", "h1") == {}
    assert store.delivery_status(8, "slack", "h1") == {}  # another briefing of the day
    listed = store.list_deliveries(limit=10)
    assert [(r.part, r.status) for r in listed] == [(1, "sent"), (0, "sent")]
    assert listed[0].destination == "hooks.slack.com/…/XyZ"  # kept when not given again
    with pytest.raises(ValueError):
        store.record_delivery(
            briefing_id=7,
            date=day,
            channel="slack",
            destination_hash="h1",
            part=2,
            status="maybe",  # type: ignore[arg-type]
            at=NOW,
        )


# -- several processes, and a killed one ----------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from briefing.models import Article
    from briefing.store import DeliveryStatus, Store, StoredCall
    store = Store(Path(sys.argv[1]))
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    k = 0
    while True:
        text = f"Article number {k} " + "body " * 200
        store.upsert_articles(
            [Article.create(title=f"t{k}", text=text, source="s", url=f"https://x.org/{k}")],
            seen_at=now,
        )
        store.put_call(StoredCall(
            fingerprint=f"f{k}", backend="openai", model="m", step="map", prompt="map",
            prompt_version="1", prompt_hash="h", request_json="{}", response_json="{}",
            input_tokens=1, cached_tokens=0, output_tokens=1, latency_s=0.0, created_at=now,
        ))
        k += 1
        if k == 20:
            print("ready", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_writer_leaves_a_readable_store(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    Store(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        # Read while it writes: WAL lets a reader in alongside the writer.
        with Store(path) as reader:
            assert reader.count_calls() >= 20
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    with Store(path) as store:
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        calls = store.count_calls()
        articles = store.articles_in_window(NOW - 48 * HOUR, NOW + HOUR)
        assert calls >= 20
        # Each pair of writes is committed on its own: at most one article ahead of the calls.
        assert calls <= len(articles) <= calls + 1
        store.put_call(_call("after-the-kill"))
        assert store.get_call("after-the-kill") is not None


# -- the CLI: brief history, show, deliveries -----------------------------------------------------


def _cli(*args: str) -> Any:
    from click.testing import CliRunner

    from briefing.cli import cli

    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "160"})


def test_cli_history_show_and_deliveries() -> None:
    empty = _cli("history")
    assert empty.exit_code == 0 and "no briefings yet" in empty.output
    assert _cli("history", "--json").output.strip() == "[]"
    assert "nothing delivered yet" in _cli("deliveries").output

    day = NOW.date()
    with Store.default() as store:
        older = store.save_briefing(_briefing(day - dt.timedelta(days=1)), created_at=NOW - HOUR)
        newest = store.save_briefing(_briefing(day, cached=1), created_at=NOW)
        store.record_delivery(
            briefing_id=newest,
            date=day,
            channel="slack",
            destination_hash="0123456789abcdef0123",
            destination="hooks.slack.com/services/T000/…",
            part=0,
            status="sent",
            at=NOW,
        )
        store.record_delivery(
            briefing_id=newest,
            date=day,
            channel="email",
            destination_hash="feedfacefeedface",
            part=0,
            status="failed",
            detail="[bold]550[/bold] mailbox unavailable",
            at=NOW + HOUR,
        )

    listed = _cli("history", "--limit", "5")
    assert listed.exit_code == 0, listed.output
    assert "2026-11-25" in listed.output and "gpt-4.1-mini" in listed.output
    assert "(1 cached)" in listed.output
    rows = json.loads(_cli("history", "--json").output)
    assert [r["id"] for r in rows] == [newest, older]
    assert rows[0]["date"] == "2026-11-25" and rows[0]["cost_usd"] == pytest.approx(0.0012)

    as_json = _cli("show", "2026-11-25", "--format", "json")
    assert as_json.exit_code == 0
    assert Briefing.model_validate_json(as_json.output) == _briefing(day, cached=1)
    md = _cli("show", str(older), "--format", "md")
    assert md.exit_code == 0 and "Arms" in md.output
    terminal = _cli("show", "latest")
    assert terminal.exit_code == 0 and "Arms" in terminal.output and "cached" in terminal.output
    assert _cli("show", "yesterday", "--now", "2026-11-26T09:00:00Z").exit_code == 0

    missing = _cli("show", "2020-01-01")
    assert missing.exit_code == 3 and "no stored briefing" in missing.output
    assert _cli("show", "last tuesday").exit_code == 3
    assert _cli("show", "2026-13-45").exit_code == 3

    sent = _cli("deliveries")
    assert sent.exit_code == 0, sent.output
    assert "hooks.slack.com/services/T000/…" in sent.output
    assert "#feedfacefeed" in sent.output and "[bold]550[/bold]" in sent.output
    records = json.loads(_cli("deliveries", "--json").output)
    assert [(r["channel"], r["status"]) for r in records] == [
        ("email", "failed"),
        ("slack", "sent"),
    ]


def test_every_store_command_has_help() -> None:
    for command in ("history", "show", "deliveries"):
        result = _cli(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.output


_CONCURRENT = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from briefing.models import Article
    from briefing.store import Store
    worker = sys.argv[2]
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    with Store(Path(sys.argv[1])) as store:  # every worker also runs the migrations check
        for k in range(40):
            text = f"Worker {worker} article {k}."
            store.upsert_articles(
                [Article.create(title=text, text=text, source=worker)], seen_at=now
            )
    """
)


@pytest.mark.slow
def test_several_processes_write_one_store(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [
        subprocess.Popen([sys.executable, "-c", _CONCURRENT, str(path), str(w)], env=env)
        for w in range(4)
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    with Store(path) as store:
        got = store.articles_in_window(NOW - 48 * HOUR, NOW + HOUR)
        assert len(got) == 160
        assert store.migrations() == [m.__name__ for m in MIGRATIONS]


def test_importing_the_store_loads_no_renderer_fetcher_or_client() -> None:
    """The store is a low-level module: what it shares with the fetcher (canonical URLs,
    validators) lives in ``briefing.urls``, so loading it does not load Jinja2, css-inline, rich,
    feedparser, httpx, trafilatura or openai; nor tomlkit (``briefing.config`` loads its file
    editor on first use)."""
    heavy = [
        "jinja2", "css_inline", "rich", "feedparser", "httpx", "trafilatura", "openai", "tomlkit",
    ]  # fmt: skip
    script = (
        "import sys, briefing.store\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('briefing.fetch', 'briefing.rend'))))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert found == ["[]", "[]"]
