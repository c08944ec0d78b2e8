"""The daily job: sources served on 127.0.0.1, the store, the window, the cache, failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_openai import FakeModel
from httpserver import HTTPServer, Route, redirect
from openai_server import OpenAIStub, StubReply, error_body

from briefing.backends import Backend
from briefing.backends.offline import OfflineBackend
from briefing.backends.openai import OpenAIBackend
from briefing.cli import cli
from briefing.config import (
    Config,
    OutletsConfig,
    Settings,
    SourceConfig,
    TopicsConfig,
    config_path,
)
from briefing.daily import TodayOptions, TodayOutcome, run_today
from briefing.exceptions import ConfigError, LLMError, NothingToBriefError
from briefing.select import parse_since
from briefing.store import Store
from golden import FAKE_KEY, GOLDEN, _feed_routes

FEEDS = GOLDEN / "feeds-day" / "feeds"
NOW = dt.datetime(2031, 3, 11, 23, 0, tzinfo=dt.UTC)


def _config(server: HTTPServer, **kw: Any) -> Config:
    # the feeds carry whole articles; their links lead to hosts that tests never reach
    sources = [SourceConfig(location=server.url(p), full_text=False) for p in server.routes]
    return Config(sources=sources, **kw)


def _run(
    store: Store,
    config: Config,
    backend: Backend,
    *,
    now: dt.datetime = NOW,
    since: str | None = "9d",
    **kw: Any,
) -> TodayOutcome:
    options = TodayOptions(now=now, since=parse_since(since), **kw)
    # The server the backend talks to (what the run learns of it is kept in the store).
    base_url = getattr(backend, "base_url", None)
    settings = Settings(backend="openai", model="gpt-4.1-mini", base_url=base_url)
    return asyncio.run(
        run_today(
            options,
            config=config,
            settings=settings,
            store=store,
            backend_factory=lambda _: backend,
        )
    )


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store(tmp_path / "briefing.db") as s:
        yield s


def _stub_backend(stub: OpenAIStub) -> OpenAIBackend:
    return OpenAIBackend(
        model="gpt-4.1-mini",
        api_key=FAKE_KEY,
        base_url=stub.base_url,
        max_retries=0,
        max_concurrency=2,
    )


def test_parse_since() -> None:
    assert parse_since("6h") == dt.timedelta(hours=6)
    assert parse_since("30m") == dt.timedelta(minutes=30)
    assert parse_since("1w") == dt.timedelta(days=7)
    with pytest.raises(ConfigError, match="not a duration"):
        parse_since("yesterday")


def test_second_run_briefs_nothing_again_and_uses_conditional_requests(store: Store) -> None:
    routes = _feed_routes(FEEDS)
    for path, route in routes.items():
        route.headers["ETag"] = f'"{path}-v1"'
    with HTTPServer(routes) as server, OpenAIStub(FakeModel()) as stub:
        config = _config(server)
        first = _run(store, config, _stub_backend(stub), max_input_tokens=3000)
        assert first.briefing is not None and first.problems == []
        calls = len(stub.chat_requests)
        assert calls == first.briefing.usage.calls
        with pytest.raises(NothingToBriefError, match="nothing new to brief"):
            _run(store, config, _stub_backend(stub), now=NOW + dt.timedelta(hours=1), since=None)
        assert len(stub.chat_requests) == calls  # no model call
        second = [r for r in server.requests[len(routes) :]]
        assert second and all("if-none-match" in r.headers for r in second)


def test_rerunning_the_same_inputs_costs_zero_tokens(tmp_path: Path) -> None:
    seed = str(GOLDEN / "seed" / "input")
    args = [
        "today",
        seed,
        "--json",
        "--now",
        "2026-11-25T08:00:00+00:00",
        "--max-input-tokens",
        "2000",
    ]
    with OpenAIStub(FakeModel()) as stub:
        env = {"OPENAI_BASE_URL": stub.base_url, "OPENAI_API_KEY": FAKE_KEY}
        first = CliRunner().invoke(cli, args, env=env)
        assert first.exit_code == 0, first.stderr
        made = len(stub.chat_requests)
        second = CliRunner().invoke(cli, args, env=env)
        assert second.exit_code == 0, second.stderr
        assert len(stub.chat_requests) == made  # every call came from the cache
    usage = json.loads(second.stdout)["usage"]
    assert usage["input_tokens"] == 0 and usage["output_tokens"] == 0
    assert {r["mode"] for r in usage["records"]} == {"cached"}
    assert f"{made} calls ({made} cached)" in second.stderr
    assert json.loads(first.stdout)["sections"] == json.loads(second.stdout)["sections"]


def test_a_failed_summary_loses_nothing_and_the_next_run_finishes(store: Store) -> None:
    def broken(body: dict[str, Any]) -> StubReply:
        return StubReply(500, error_body("upstream exploded"))

    with HTTPServer(_feed_routes(FEEDS)) as server:
        config = _config(server)
        with OpenAIStub(broken) as stub, pytest.raises(LLMError):
            _run(store, config, _stub_backend(stub))
        assert store.last_briefing_at() is None
        with OpenAIStub(FakeModel()) as stub:
            outcome = _run(store, config, _stub_backend(stub))
    assert outcome.briefing is not None and outcome.articles >= 30


def test_unreachable_sources_fail_one_line_each_and_stored_articles_are_briefed(
    store: Store,
) -> None:
    with HTTPServer(_feed_routes(FEEDS)) as server:
        config = _config(server)
        with (
            OpenAIStub(lambda body: StubReply(500, error_body("down"))) as stub,
            pytest.raises(LLMError),
        ):
            _run(store, config, _stub_backend(stub))
    # The server is gone now (no network): every source fails, what was stored is briefed.
    outcome = _run(store, config, OfflineBackend())
    assert outcome.briefing is not None
    assert len(outcome.problems) == len(config.sources)
    assert all("\n" not in p.reason for p in outcome.problems)
    cited = {i for s in outcome.briefing.sections for b in s.bullets for i in b.source_ids}
    left = {x.id for x in outcome.briefing.left_out}
    assert cited | left == {a.id for a in outcome.briefing.articles}


def test_filters_report_what_they_leave_out(store: Store) -> None:
    with HTTPServer(_feed_routes(FEEDS)) as server:
        config = _config(
            server,
            outlets=OutletsConfig(block=["Reuters"]),
            topics=TopicsConfig(exclude=["earthquake"]),
        )
        outcome = _run(store, config, OfflineBackend(), topics=("bank",))
    assert outcome.briefing is not None
    reasons = [x.reason for x in outcome.briefing.left_out]
    assert any("'Reuters' is blocked" in r for r in reasons)
    assert any("excluded topic 'earthquake'" in r for r in reasons)
    assert any("not about the requested topics (bank)" in r for r in reasons)
    for section in outcome.briefing.sections:
        for bullet in section.bullets:
            assert "earthquake" not in bullet.text.lower()


def test_stories_are_new_then_developing(store: Store) -> None:
    routes = _feed_routes(FEEDS)
    with HTTPServer(routes) as server:
        config = _config(server)
        day1 = _run(
            store,
            config,
            OfflineBackend(),
            now=dt.datetime(2031, 3, 5, 23, tzinfo=dt.UTC),
            since="3d",
        )
        assert day1.briefing is not None
        assert {s.status for s in day1.briefing.sections} == {None}  # no history yet
        day2 = _run(store, config, OfflineBackend(), since=None)
    assert day2.briefing is not None
    statuses = {s.status for s in day2.briefing.sections}
    assert statuses <= {"new", "developing"} and "new" in statuses


def test_cli_without_sources_says_how_to_add_one() -> None:
    result = CliRunner().invoke(cli, ["today"])
    assert result.exit_code == 3
    assert "brief sources add" in result.stderr


def test_cli_exit_codes_for_failures_and_nothing_new(tmp_path: Path) -> None:
    runner = CliRunner()
    with HTTPServer(_feed_routes(FEEDS)) as server:
        for path in server.routes:
            added = runner.invoke(cli, ["sources", "add", server.url(path), "--no-full-text"])
            assert added.exit_code == 0
        assert runner.invoke(cli, ["sources", "add", "http://127.0.0.1:9/gone.rss"]).exit_code == 0
        args = ["today", "--now", NOW.isoformat(), "--since", "9d", "--markdown"]
        first = runner.invoke(cli, args)
        assert first.exit_code == 8, first.stderr  # written, with one failing source
        failures = [ln for ln in first.stderr.splitlines() if ln.startswith("failed:")]
        assert len(failures) == 1 and "127.0.0.1:9" in failures[0]
        assert first.stderr.splitlines()[-1] == failures[0]  # at the end of the run
        assert first.stdout.startswith("# Briefing — 2031-03-11")
        again = runner.invoke(cli, ["today", "--now", NOW.isoformat()])
        assert again.exit_code == 8  # nothing new, but a source failed: still said, still 8
        lines = again.stderr.splitlines()
        assert lines[-2].startswith("failed: http://127.0.0.1:9/gone.rss: connection failed")
        assert lines[-1].startswith("nothing new to brief since")
        assert (
            runner.invoke(cli, ["sources", "remove", "http://127.0.0.1:9/gone.rss"]).exit_code == 0
        )
        third = runner.invoke(cli, ["today", "--now", NOW.isoformat()])
    assert third.exit_code == 9  # nothing new and nothing failed
    assert third.stderr.splitlines()[-1].startswith("nothing new to brief")
    assert "failed:" not in third.stderr
    history = runner.invoke(cli, ["history", "--json"])
    assert history.exit_code == 0 and len(json.loads(history.stdout)) == 1


def test_a_run_whose_only_source_fails_says_why_and_exits_8() -> None:
    runner = CliRunner()
    routes = {
        "/loop": redirect("/loop"),
        "/error": Route(status=500, body=b"Internal Server Error"),
    }
    with HTTPServer(routes) as server:
        for path, reason in (
            ("/loop", "more than 5 redirects"),
            ("/error", "HTTP 500 Internal Server Error"),
        ):
            config = config_path()
            config.unlink(missing_ok=True)
            added = runner.invoke(cli, ["sources", "add", server.url(path), "--no-check"])
            assert added.exit_code == 0, added.stderr
            result = runner.invoke(cli, ["today", "--now", NOW.isoformat()])
            assert result.exit_code == 8, result.stderr
            assert f"failed: {server.url(path)}: {reason}" in result.stderr.splitlines()
            assert "Traceback" not in result.stderr


def test_a_topic_view_is_not_the_days_briefing(store: Store) -> None:
    with HTTPServer(_feed_routes(FEEDS)) as server:
        config = _config(server)
        view = _run(store, config, OfflineBackend(), topics=("bank",))
        assert view.briefing is not None
        assert store.last_briefing_at() is None  # the window did not move
        assert store.get_briefing(view.briefing.date) is None  # the digest will not send it
        daily = _run(store, config, OfflineBackend())
    assert daily.briefing is not None and daily.articles == view.articles  # nothing was lost
    assert store.get_briefing(daily.briefing.date) == daily.briefing


def test_topics_match_whole_words() -> None:
    from briefing.models import Article
    from briefing.select import filter_articles

    warsaw = Article.create(title="Storm warning for Warsaw", text="Snow is coming.", source="x")
    war = Article.create(title="Border war escalates", text="Fighting spread.", source="y")
    aid = Article.create(title="Airline cuts aid flights", text="Fewer flights.", source="z")
    config = Config(topics=TopicsConfig(exclude=["war"]))
    kept, excluded = filter_articles([warsaw, war, aid], config, topics=("AI", "warning"))
    assert [a.title for a, _ in excluded] == ["Border war escalates", "Airline cuts aid flights"]
    assert kept == [warsaw]  # "AI" does not match "aid"; "war" (excluded) not "warning"
