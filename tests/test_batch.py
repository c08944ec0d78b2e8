"""The Batch API path (``--batch``) against the fake OpenAI server's files and batches endpoints,
with the real openai client: one batch for the map calls, the same briefing as direct calls,
failed and expired lines retried directly, the discount in the estimate, the cache."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_openai import BatchOptions, FakeOpenAI

from briefing.backends.base import LLMRequest, RenderedPrompt
from briefing.backends.batch import BatchingBackend, BatchProgress
from briefing.backends.openai import OpenAIBackend
from briefing.cli import cli
from briefing.config import Config, Settings
from briefing.daily import TodayOptions, TodayOutcome, run_today
from briefing.exceptions import ConfigError, LLMError
from briefing.models import Briefing, CallMode, Notes
from briefing.plan import estimate_calls_cost, estimate_cost, model_info
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
DAY = ROOT / "golden" / "day-30" / "input"
MODEL = "gpt-4.1-mini"
KEY = "sk-fake-batch-0123456789"
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
MAX_INPUT = 3200  # map-reduce for day-30: three map calls and a final call


def _backend(server: FakeOpenAI) -> OpenAIBackend:
    return OpenAIBackend(model=MODEL, api_key=KEY, base_url=server.base_url, max_retries=0)


def _run(
    server: FakeOpenAI,
    store: Store,
    *,
    batch: bool,
    progress: list[BatchProgress] | None = None,
) -> TodayOutcome:
    class Reporter:
        def fetching(self, total: int) -> None: ...
        def fetched(self, location: str, ok: bool) -> None: ...
        def summarizing(self, calls: int) -> None: ...
        def called(self, record: Any) -> None: ...
        def batch(self, p: BatchProgress) -> None:
            if progress is not None:
                progress.append(p)

    options = TodayOptions(
        inputs=[str(DAY)],
        now=NOW,
        max_input_tokens=MAX_INPUT,
        batch=batch,
        batch_poll_interval_s=0.01,
    )
    settings = Settings(backend="openai", model=MODEL, base_url=server.base_url)
    return asyncio.run(
        run_today(
            options,
            config=Config(),
            settings=settings,
            store=store,
            backend_factory=lambda _: _backend(server),
            reporter=Reporter(),
        )
    )


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        yield a, b


def _paths(server: FakeOpenAI) -> list[tuple[str, str]]:
    return [(c.method, c.path.split("?")[0]) for c in server.calls]


def _uploaded_lines(server: FakeOpenAI) -> list[dict[str, Any]]:
    """The JSONL lines of every batch created on ``server``, in order."""
    lines: list[dict[str, Any]] = []
    for call in server.calls:
        if (call.method, call.path) == ("POST", "/v1/batches"):
            data = server.batches.content(call.body["input_file_id"])
            lines += [json.loads(raw) for raw in data.decode().splitlines()]
    return lines


def _direct_steps(server: FakeOpenAI) -> list[str]:
    return [
        c.headers.get("x-briefing-step", "?")
        for c in server.calls
        if c.path.endswith("/chat/completions")
    ]


def _same_briefing(a: Briefing, b: Briefing) -> None:
    assert a.overview == b.overview
    assert a.sections == b.sections
    assert a.left_out == b.left_out
    assert a.grounding == b.grounding


def test_map_calls_go_as_one_batch_and_the_briefing_equals_direct_calls(
    stores: tuple[Store, Store],
) -> None:
    progress: list[BatchProgress] = []
    with FakeOpenAI(batch=BatchOptions(polls=2)) as server:
        direct = _run(server, stores[0], batch=False)
        made_direct = len(server.calls)
        batched = _run(server, stores[1], batch=True, progress=progress)
        calls = server.calls[made_direct:]
    assert direct.briefing is not None and batched.briefing is not None
    _same_briefing(direct.briefing, batched.briefing)

    maps = [s for s in batched.plan.steps if s.step == "map"]
    assert len(maps) == 3 and all(s.batch for s in maps)
    paths = [(c.method, c.path) for c in calls]
    assert paths.count(("POST", "/v1/files")) == 1
    assert paths.count(("POST", "/v1/batches")) == 1
    create = next(c for c in calls if (c.method, c.path) == ("POST", "/v1/batches"))
    assert create.body["endpoint"] == "/v1/chat/completions"
    assert create.body["completion_window"] == "24h"
    lines = _uploaded_lines(server)  # the one batch of the server
    assert len(lines) == len(maps)
    assert len({line["custom_id"] for line in lines}) == len(lines)
    for line in lines:
        assert line["custom_id"].startswith("map-")
        assert (line["method"], line["url"]) == ("POST", "/v1/chat/completions")
        body = line["body"]
        assert body["model"] == MODEL and body["response_format"]["type"] == "json_schema"
        assert [m["role"] for m in body["messages"]] == ["system", "user"]
    # The bodies are exactly what the direct run sent for its map calls.
    direct_maps = [
        _unstreamed(c.body)
        for c in server.calls[:made_direct]
        if c.headers.get("x-briefing-step") == "map"
    ]
    assert sorted(json.dumps(b, sort_keys=True) for b in direct_maps) == sorted(
        json.dumps(line["body"], sort_keys=True) for line in lines
    )
    # Only the final call went directly.
    direct_steps = [c.headers.get("x-briefing-step") for c in calls if "chat" in c.path]
    assert direct_steps == ["final"]

    usage = batched.briefing.usage
    assert [r.mode for r in usage.records if r.step == "map"] == [CallMode.BATCH] * 3
    assert {r.mode for r in usage.records if r.step != "map"} == {"json_schema"}
    # Same tokens as the direct run (the fake's prompt cache aside); the map calls at half price.
    assert usage.input_tokens == direct.briefing.usage.input_tokens
    info = model_info(MODEL)
    undiscounted = [r.model_copy(update={"mode": "json_schema"}) for r in usage.records]
    maps_used = [r for r in usage.records if r.step == "map"]
    saved = info.batch_discount * (
        estimate_cost(
            info,
            sum(r.input_tokens for r in maps_used),
            sum(r.output_tokens for r in maps_used),
            sum(r.cached_tokens for r in maps_used),
        )
        or 0
    )
    full = estimate_calls_cost(info, undiscounted) or 0
    assert saved > 0 and usage.cost_usd == pytest.approx(full - saved, abs=2e-6)

    assert progress and progress[0].status == "validating"
    assert progress[-1].status == "completed" and progress[-1].completed == 3
    assert {p.total for p in progress[1:]} == {3}


def _unstreamed(body: dict[str, Any]) -> dict[str, Any]:
    """A direct call's body as a batch line carries it: direct calls stream, batches cannot."""
    return {k: v for k, v in body.items() if k not in ("stream", "stream_options")}


def _custom_ids(tmp_path: Path) -> list[str]:
    """The custom_ids of day-30's map lines (stable: derived from the request fingerprints)."""
    with FakeOpenAI(batch=BatchOptions(polls=1)) as server, Store(tmp_path / "ids.db") as store:
        _run(server, store, batch=True)
        return [line["custom_id"] for line in _uploaded_lines(server)]


@pytest.mark.slow
def test_failed_lines_are_retried_directly_one_by_one(
    stores: tuple[Store, Store], tmp_path: Path
) -> None:
    ids = _custom_ids(tmp_path)
    failing = frozenset(ids[1:2])
    with FakeOpenAI(batch=BatchOptions(polls=1)) as server:
        direct = _run(server, stores[0], batch=False)
        server.set_batch(BatchOptions(polls=1, fail_ids=failing))
        start = len(server.calls)
        outcome = _run(server, stores[1], batch=True)
        calls = server.calls[start:]
        lines = _uploaded_lines(server)
    assert outcome.briefing is not None and direct.briefing is not None
    _same_briefing(direct.briefing, outcome.briefing)
    direct_maps = [
        _unstreamed(c.body)
        for c in calls
        if "chat" in c.path and c.headers.get("x-briefing-step") == "map"
    ]
    retried = [line["body"] for line in lines if line["custom_id"] in failing]
    assert direct_maps == retried  # exactly the failed line, once
    modes = [r.mode for r in outcome.briefing.usage.records if r.step == "map"]
    assert sorted(modes) == ["batch", "batch", "json_schema"]


def test_an_expired_batch_retries_the_unanswered_requests_directly(
    stores: tuple[Store, Store],
) -> None:
    with FakeOpenAI(batch=BatchOptions(polls=1)) as server:
        direct = _run(server, stores[0], batch=False)
        server.set_batch(BatchOptions(polls=1, expire_after=1))
        start = len(server.calls)
        outcome = _run(server, stores[1], batch=True)
        calls = server.calls[start:]
        lines = _uploaded_lines(server)
    assert outcome.briefing is not None and direct.briefing is not None
    _same_briefing(direct.briefing, outcome.briefing)
    steps = [c.headers.get("x-briefing-step") for c in calls if "chat" in c.path]
    assert steps.count("map") == len(lines) - 1 == 2  # all but the one line that ran
    modes = [r.mode for r in outcome.briefing.usage.records if r.step == "map"]
    assert modes.count(CallMode.BATCH) == 1


def test_a_batch_still_running_at_the_timeout_is_cancelled_and_sent_directly() -> None:
    async def main(server: FakeOpenAI) -> list[Any]:
        backend = BatchingBackend(
            _backend(server), poll_interval_s=0.01, first_poll_s=0.01, timeout_s=0.1
        )
        try:
            return list(await asyncio.gather(*(backend.generate(_request(t)) for t in TEXTS)))
        finally:
            await backend.aclose()

    with FakeOpenAI(batch=BatchOptions(polls=10_000)) as server:
        answers = asyncio.run(main(server))
        paths = _paths(server)
    assert [a.mode for a in answers] == ["json_schema"] * len(TEXTS)
    assert ("POST", "/v1/batches/batch_000001/cancel") in paths
    assert paths.count(("POST", "/v1/chat/completions")) == len(TEXTS)


TEXTS = [
    "The central bank raised its main rate by 0.25 points to 4.5% on Tuesday.",
    "Floods closed 14 schools in the northern province after three days of rain.",
    "The city council approved a budget of 2.1 billion euros for the next year.",
]


def _request(text: str, step: Any = "map") -> LLMRequest[Notes]:
    prompt = RenderedPrompt(
        name="map", version="1", hash="h", system="Write notes as JSON.", user=text
    )
    return LLMRequest(step=step, prompt=prompt, schema=Notes, documents=[], max_output_tokens=400)


def test_limits_split_a_group_into_several_batches_and_identical_requests_share_a_line() -> None:
    async def main(server: FakeOpenAI) -> tuple[list[Any], list[str]]:
        backend = BatchingBackend(_backend(server), poll_interval_s=0.01, max_requests=2)
        try:
            requests = [_request(t) for t in [*TEXTS, TEXTS[0]]] + [_request(TEXTS[1], "final")]
            answers = await asyncio.gather(*(backend.generate(r) for r in requests))
            return list(answers), list(backend.batch_ids)
        finally:
            await backend.aclose()

    with FakeOpenAI(batch=BatchOptions(polls=1)) as server:
        answers, batch_ids = asyncio.run(main(server))
        lines = _uploaded_lines(server)
        steps = _direct_steps(server)
    assert len(batch_ids) == 2  # 3 distinct map requests, at most 2 per batch
    assert len(lines) == 3
    assert [a.mode for a in answers] == [CallMode.BATCH] * 4 + ["json_schema"]
    assert answers[0].parsed == answers[3].parsed
    assert steps == ["final"]


def test_a_server_without_the_batch_api_fails_clearly() -> None:
    async def main(server: FakeOpenAI) -> None:
        # A base URL under which the fake has no files endpoint (404, like a server without it).
        inner = OpenAIBackend(
            model=MODEL, api_key=KEY, base_url=server.base_url + "/none", max_retries=0
        )
        backend = BatchingBackend(inner, poll_interval_s=0.01)
        try:
            await backend.generate(_request(TEXTS[0]))
        finally:
            await backend.aclose()

    with FakeOpenAI() as server, pytest.raises(LLMError) as caught:
        asyncio.run(main(server))
    message = str(caught.value)
    assert "HTTP 404" in message and "run without --batch" in message
    assert KEY not in message


def test_batch_needs_an_openai_backend(stores: tuple[Store, Store]) -> None:
    options = TodayOptions(inputs=[str(DAY)], now=NOW, batch=True)
    with pytest.raises(ConfigError, match="--batch needs an OpenAI backend"):
        asyncio.run(run_today(options, config=Config(), settings=Settings(), store=stores[0]))


# -- the command line ----------------------------------------------------------------------

ARGS = ["today", str(DAY), "--now", NOW.isoformat(), "--max-input-tokens", str(MAX_INPUT)]


def test_dry_run_shows_the_batch_discount_on_map_calls() -> None:
    env = {"OPENAI_API_KEY": KEY}
    plain = CliRunner().invoke(cli, [*ARGS, "--dry-run", "--json"], env=env)
    batch = CliRunner().invoke(cli, [*ARGS, "--dry-run", "--json", "--batch"], env=env)
    assert plain.exit_code == 0 and batch.exit_code == 0, batch.output
    full, cheap = json.loads(plain.stdout), json.loads(batch.stdout)
    assert cheap["batch"] and cheap["cost_without_batch_usd"] == full["estimated_cost_usd"]
    maps = [s for s in cheap["steps"] if s["step"] == "map"]
    assert maps and all(s["batch"] for s in maps)
    assert not any(s["batch"] for s in cheap["steps"] if s["step"] != "map")
    info = model_info(MODEL)
    map_cost = estimate_cost(
        info, sum(s["input_tokens"] for s in maps), sum(s["max_output_tokens"] for s in maps)
    )
    assert map_cost is not None and info.batch_discount == 0.5
    assert cheap["estimated_cost_usd"] == pytest.approx(full["estimated_cost_usd"] - map_cost / 2)

    text = CliRunner().invoke(cli, [*ARGS, "--dry-run", "--batch"], env=env)
    assert text.exit_code == 0
    assert "map (batch)" in text.stdout
    saved = full["estimated_cost_usd"] - cheap["estimated_cost_usd"]
    assert f"(${saved:.4f} less than ${full['estimated_cost_usd']:.4f} without --batch)" in (
        " ".join(text.stdout.split())
    )


def test_cli_batch_run_equals_the_direct_one_and_a_second_run_makes_no_call(
    tmp_path: Path,
) -> None:
    with FakeOpenAI(batch=BatchOptions(polls=1)) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": KEY}
        direct = CliRunner().invoke(
            cli, [*ARGS, "--json"], env={**env, "BRIEFING_HOME": str(tmp_path / "direct")}
        )
        assert direct.exit_code == 0, direct.output
        start = len(server.calls)
        home = {**env, "BRIEFING_HOME": str(tmp_path / "batch")}
        first = CliRunner().invoke(cli, [*ARGS, "--json", "--batch"], env=home)
        assert first.exit_code == 0, first.output
        made = len(server.calls)
        second = CliRunner().invoke(cli, [*ARGS, "--json", "--batch"], env=home)
        assert second.exit_code == 0, second.output
        assert len(server.calls) == made  # everything came from the cache: no file, no batch
        steps = [c.headers.get("x-briefing-step") for c in server.calls[start:] if "chat" in c.path]
        batches = [c for c in server.calls[start:] if c.path == "/v1/batches"]
    assert steps == ["final"] and len(batches) == 1
    a, b = json.loads(direct.stdout), json.loads(first.stdout)
    for key in ("overview", "sections", "left_out", "grounding"):
        assert a[key] == b[key]
    assert "4 calls (0 cached, 3 batched)" in first.stderr
    assert b["usage"]["cost_usd"] < a["usage"]["cost_usd"]
    again = json.loads(second.stdout)["usage"]
    assert again["input_tokens"] == 0 and {r["mode"] for r in again["records"]} == {"cached"}
    assert "4 calls (4 cached)" in second.stderr


def test_digest_passes_batch_to_the_daily_job() -> None:
    env = {"BRIEFING_SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/xyz"}
    dry = CliRunner().invoke(cli, ["digest", "--slack", "--batch", "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert "brief today --dry-run --batch" in " ".join(dry.stdout.split())
    # No API key: the daily job refuses --batch before fetching anything.
    run = CliRunner().invoke(cli, ["digest", "--slack", "--batch"], env=env)
    assert run.exit_code == ConfigError.exit_code
    assert "--batch needs an OpenAI backend" in run.stderr


# -- a batch that fails, a poll that fails, a run that is interrupted ------------------------


def _generate_all(server: FakeOpenAI) -> list[Any]:
    """Every text's map request through one BatchingBackend; answers or the errors raised."""

    async def main() -> list[Any]:
        backend = BatchingBackend(_backend(server), poll_interval_s=0.01, first_poll_s=0.01)
        try:
            calls = (backend.generate(_request(t)) for t in TEXTS)
            return list(await asyncio.gather(*calls, return_exceptions=True))
        finally:
            await backend.aclose()

    return asyncio.run(main())


def test_a_batch_that_fails_as_a_whole_sends_its_requests_directly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with FakeOpenAI(batch=BatchOptions(fail_batch="the input file is not valid")) as server:
        answers = _generate_all(server)
        paths = _paths(server)
    assert [a.mode for a in answers] == ["json_schema"] * len(TEXTS)  # all direct answers
    assert all(a.parsed.notes for a in answers)
    assert paths.count(("POST", "/v1/batches")) == 1
    assert paths.count(("POST", "/v1/chat/completions")) == len(TEXTS)
    assert ("GET", "/v1/batches/batch_000001") not in paths  # failed on creation: no poll
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any(
        "batch_000001 failed (the input file is not valid); sending its 3 requests directly" in w
        for w in warnings
    ), warnings


def test_a_failing_poll_fails_every_waiting_call_with_one_clear_error() -> None:
    with FakeOpenAI(batch=BatchOptions(retrieve_status=500)) as server:
        results = _generate_all(server)
        paths = _paths(server)
    assert len(results) == len(TEXTS) and all(isinstance(r, LLMError) for r in results)
    assert len({str(r) for r in results}) == 1  # the same error for every waiting call
    message = str(results[0])
    assert "polling batch batch_000001" in message and "HTTP 500" in message
    assert KEY not in message
    assert ("POST", "/v1/chat/completions") not in paths  # nothing sent directly instead


def test_an_interrupted_run_cancels_its_batch_and_sends_nothing_more() -> None:
    """Ctrl-C, or a fatal error of another call, cancels the run's task; its ``finally`` closes
    the backend, which cancels the batch on the server (it would run, and be billed, else)."""

    async def main(server: FakeOpenAI) -> list[BaseException | Any]:
        backend = BatchingBackend(_backend(server), poll_interval_s=0.01, first_poll_s=0.01)
        calls = [asyncio.ensure_future(backend.generate(_request(t))) for t in TEXTS]

        async def run() -> None:
            try:
                await asyncio.gather(*calls)
            finally:
                await backend.aclose()

        task = asyncio.ensure_future(run())
        deadline = time.monotonic() + 30
        while ("GET", "/v1/batches/batch_000001") not in _paths(server):  # polled: running
            assert time.monotonic() < deadline and not task.done()
            await asyncio.sleep(0.01)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return list(await asyncio.gather(*calls, return_exceptions=True))

    with FakeOpenAI(batch=BatchOptions(polls=10_000)) as server:
        results = asyncio.run(main(server))
        paths = _paths(server)
        status = server.batches.retrieve("batch_000001")["status"]
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    assert ("POST", "/v1/batches/batch_000001/cancel") in paths
    assert status == "cancelled"
    assert ("POST", "/v1/chat/completions") not in paths
