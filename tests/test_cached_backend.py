"""CachingBackend: the call log in the store answers repeated requests, and keeps no secret."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openai_server import OpenAIStub, StubReply, completion

from briefing.backends.base import BackendCapabilities, LLMRequest, RenderedPrompt
from briefing.backends.cached import CachingBackend, fingerprint
from briefing.backends.function import FunctionBackend
from briefing.backends.openai import OpenAIBackend
from briefing.exceptions import LLMError
from briefing.models import Article, BriefingDraft, Bullet, Notes, Section
from briefing.plan import Planner, model_info
from briefing.render import usage_line
from briefing.store import Store
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
FAKE_KEY = "sk-test-SECRET-do-not-store-0123456789"

ARMS = Article.create(
    title="State Department approves $322 million in weapons sales to Ukraine",
    outlet="The Independent",
    source="https://example.org/arms",
    text=(
        "The State Department said Wednesday that it has approved $322 million in proposed "
        "weapons sales to Ukraine. The sales include $150 million for armored vehicles."
    ),
)
DRAFT = BriefingDraft(
    overview="The State Department approved $322 million in weapons sales to Ukraine.",
    sections=[
        Section(
            title="Arms sale",
            bullets=[
                Bullet(
                    text="The State Department approved $322 million in weapons sales to Ukraine.",
                    source_ids=[ARMS.id],
                )
            ],
        )
    ],
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "cache.db") as s:
        yield s


def _request(*, hash: str = "h1", user: str = "Summarise the documents.") -> LLMRequest[Notes]:
    prompt = RenderedPrompt(name="map", version="1", hash=hash, system="You take notes.", user=user)
    return LLMRequest(step="map", prompt=prompt, schema=Notes, documents=[], max_output_tokens=300)


def _notes(request: LLMRequest[Any]) -> Notes:
    return Notes(notes=[Bullet(text="A fact.", source_ids=["a1"])])


def test_second_identical_request_comes_from_the_cache(store: Store) -> None:
    inner = FunctionBackend(_notes)
    backend = CachingBackend(inner, store)
    assert (backend.name, backend.model) == ("function", "test-model")

    async def go() -> tuple[Any, Any]:
        return await backend.generate(_request()), await backend.generate(_request())

    first, second = asyncio.run(go())
    assert len(inner.requests) == 1
    assert first.mode == "function" and first.input_tokens > 0
    assert second.mode == "cached" and second.parsed == first.parsed
    assert (second.input_tokens, second.output_tokens, second.cached_tokens) == (0, 0, 0)
    assert (backend.hits, backend.misses) == (1, 1)

    stored = store.get_call(fingerprint("function", "test-model", _request()))
    assert stored is not None and stored.prompt == "map" and stored.step == "map"
    assert json.loads(stored.request_json)["messages"][1]["content"] == "Summarise the documents."
    assert stored.input_tokens == first.input_tokens


def test_a_new_backend_on_the_same_store_hits(store: Store) -> None:
    asyncio.run(CachingBackend(FunctionBackend(_notes), store).generate(_request()))
    inner = FunctionBackend(_notes)
    response = asyncio.run(CachingBackend(inner, store).generate(_request()))
    assert response.mode == "cached" and inner.requests == []


@pytest.mark.parametrize(
    "change",
    [
        lambda r: replace(r, prompt=replace(r.prompt, hash="h2")),
        lambda r: replace(r, prompt=replace(r.prompt, version="2")),
        lambda r: replace(r, prompt=replace(r.prompt, user="Other documents.")),
        lambda r: replace(r, max_output_tokens=301),
        lambda r: replace(r, schema=BriefingDraft),
    ],
    ids=["prompt hash", "version", "user text", "output cap", "schema"],
)
def test_anything_that_decides_the_answer_changes_the_fingerprint(change: Any) -> None:
    base = _request()
    assert fingerprint("openai", "m", base) != fingerprint("openai", "m", change(base))
    assert fingerprint("openai", "m", base) != fingerprint("openai", "m2", base)
    assert fingerprint("openai", "m", base) != fingerprint("other", "m", base)
    assert fingerprint("openai", "m", base) == fingerprint("openai", "m", _request())


def test_a_changed_prompt_hash_misses(store: Store) -> None:
    inner = FunctionBackend(_notes)
    backend = CachingBackend(inner, store)

    async def go() -> None:
        await backend.generate(_request(hash="h1"))
        await backend.generate(_request(hash="h2"))

    asyncio.run(go())
    assert len(inner.requests) == 2 and store.count_calls() == 2


def test_failures_are_not_cached(store: Store) -> None:
    outcomes: list[Exception | None] = [LLMError("server said 500"), None]

    def flaky(request: LLMRequest[Any]) -> Notes:
        problem = outcomes.pop(0)
        if problem:
            raise problem
        return _notes(request)

    inner = FunctionBackend(flaky)
    backend = CachingBackend(inner, store)
    with pytest.raises(LLMError):
        asyncio.run(backend.generate(_request()))
    assert store.count_calls() == 0
    assert asyncio.run(backend.generate(_request())).mode == "function"
    assert asyncio.run(backend.generate(_request())).mode == "cached"
    assert len(inner.requests) == 2


def test_finished_calls_are_kept_when_a_later_one_fails(store: Store) -> None:
    def model(request: LLMRequest[Any]) -> Notes:
        if request.prompt.hash == "boom":
            raise LLMError("connection reset")
        return _notes(request)

    backend = CachingBackend(FunctionBackend(model), store)

    async def go() -> None:
        await asyncio.gather(backend.generate(_request()), backend.generate(_request(hash="boom")))

    with pytest.raises(LLMError):
        asyncio.run(go())
    assert store.count_calls() == 1


def test_identical_requests_in_flight_call_the_model_once(store: Store) -> None:
    async def slow(request: LLMRequest[Any]) -> Notes:
        await asyncio.sleep(0.05)
        return _notes(request)

    inner = FunctionBackend(slow)
    backend = CachingBackend(inner, store)

    async def go() -> list[str]:
        answers = await asyncio.gather(*(backend.generate(_request()) for _ in range(5)))
        return [a.mode for a in answers]

    modes = asyncio.run(go())
    assert len(inner.requests) == 1
    assert sorted(modes) == ["cached"] * 4 + ["function"]


def test_an_unmetered_backend_is_passed_through(store: Store) -> None:
    unmetered = BackendCapabilities(follows_prompts=False, metered=False)
    inner = FunctionBackend(_notes, name="extractive-like", capabilities=unmetered)
    backend = CachingBackend(inner, store)
    asyncio.run(backend.generate(_request()))
    asyncio.run(backend.generate(_request()))
    assert len(inner.requests) == 2 and store.count_calls() == 0


def test_caching_follows_the_capability_not_the_name(store: Store) -> None:
    inner = FunctionBackend(_notes, name="offline", model="extractive")  # metered by default
    backend = CachingBackend(inner, store)
    asyncio.run(backend.generate(_request()))
    asyncio.run(backend.generate(_request()))
    assert len(inner.requests) == 1 and store.count_calls() == 1


def test_aclose_closes_inner(store: Store) -> None:
    closed: list[bool] = []

    class Inner(FunctionBackend):
        async def aclose(self) -> None:
            closed.append(True)

    asyncio.run(CachingBackend(Inner(_notes), store).aclose())
    assert closed == [True]


def _planner() -> Planner:
    return Planner(info=model_info("gpt-4o-mini"), tokenizer=tokenizer_for("gpt-4o-mini"))


def test_rerunning_the_day_costs_zero_tokens_and_stores_no_secret(tmp_path: Path) -> None:
    """A real OpenAIBackend (fake key) against a local server: the second run calls nothing,
    the usage line counts the cached calls, and the key is nowhere in the database files."""

    def handler(body: dict[str, Any]) -> StubReply:
        return StubReply(200, completion(DRAFT.model_dump_json(), prompt_tokens=120))

    path = tmp_path / "secret-scan.db"
    with OpenAIStub(handler) as server:

        async def run_once() -> Any:
            inner = OpenAIBackend(model="gpt-4o-mini", api_key=FAKE_KEY, base_url=server.base_url)
            backend = CachingBackend(inner, db)
            try:
                planner = _planner()
                return await brief(prepare([ARMS], planner), backend, planner, date=NOW.date())
            finally:
                await backend.aclose()

        with Store(path) as db:
            first = asyncio.run(run_once())
            assert len(server.chat_requests) == 1
            assert server.chat_requests[0].headers.get("authorization") == f"Bearer {FAKE_KEY}"
            second = asyncio.run(run_once())
            assert len(server.chat_requests) == 1  # nothing new was asked
            db.save_briefing(second, created_at=NOW)

    assert first.usage.input_tokens == 120
    assert second.usage.input_tokens == 0 and second.usage.output_tokens == 0
    assert second.sections == first.sections
    assert usage_line(second).startswith("1 call (1 cached) · 0 tokens in")

    blobs = b"".join(p.read_bytes() for p in tmp_path.glob("secret-scan.db*"))
    assert b"weapons sales" in blobs  # the scan does see the stored text
    assert FAKE_KEY.encode() not in blobs
    assert b"SECRET" not in blobs and b"Bearer" not in blobs
