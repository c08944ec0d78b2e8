"""A slow, one-request-at-a-time, json_schema-rejecting server (llama.cpp on a CPU), played by
the fake OpenAI server on 127.0.0.1 with small timeouts: slow is not down, a stuck server is
idle, a long call meets its deadline, a rejection is never retried, queued calls follow the
downgrade, and a one-at-a-time server gets one request at a time."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
import socket
import time
from typing import Any

import pytest
from fake_openai import FakeOpenAI, Faults
from test_fake_openai import MODEL, llm_request

from briefing.backends.openai import OpenAIBackend
from briefing.backends.options import CallOptions
from briefing.exceptions import ConnectionFailedError, DeadlineError, LLMError, ServerIdleError
from briefing.modelinfo import model_info
from briefing.models import CallMode, Notes
from briefing.tokens import tokenizer_for
from golden import FAKE_KEY

# The fake counts tokens with tiktoken: load it before any timing (a cold load takes a while).
tokenizer_for(MODEL).count("warm up")


def _backend(server: FakeOpenAI, **kwargs: Any) -> OpenAIBackend:
    kwargs.setdefault("max_retries", 0)
    return OpenAIBackend(model=MODEL, api_key=FAKE_KEY, base_url=server.base_url, **kwargs)


async def _many(backend: OpenAIBackend, n: int) -> list[Any]:
    try:
        return list(await asyncio.gather(*(backend.generate(llm_request(Notes)) for _ in range(n))))
    finally:
        await backend.aclose()


@pytest.mark.waits
def test_a_call_much_longer_than_the_idle_timeout_succeeds_while_tokens_flow() -> None:
    # A local server: reads the prompt for 0.2 s, then ~120 tokens at 12 ms each, a piece every
    # ~6 tokens (~1.7 s in all): well past the 1 s idle timeout, which the old whole-answer
    # timeout would break. The first piece comes 5 times, the others ~14 times within the idle
    # timeout, so a loaded machine does not make the server look idle.
    with FakeOpenAI(latency_ms=200, per_token_ms=12) as server:
        started = time.perf_counter()
        response = asyncio.run(
            _many(_backend(server, options=CallOptions(idle_timeout_s=1, deadline_s=60)), 1)
        )[0]
        elapsed = time.perf_counter() - started
    assert elapsed > 1.4  # a lower bound: the server's pauses alone add up to more
    assert response.parsed.notes and response.mode == CallMode.JSON_SCHEMA
    assert response.output_tokens > 100, response.output_tokens  # 0.2 + 100 * 0.012 s = 1.4 s


def test_a_server_that_stops_sending_is_idle_and_says_how_much_had_come() -> None:
    with FakeOpenAI(stall_s=2.0) as server:
        backend = _backend(server, options=CallOptions(idle_timeout_s=0.2))
        with pytest.raises(ServerIdleError, match=r"sent nothing for 0.2s after \d+ tokens"):
            asyncio.run(_many(backend, 1))


def test_a_call_past_its_deadline_fails_as_a_deadline_while_data_flows() -> None:
    with FakeOpenAI(per_token_ms=40) as server:
        backend = _backend(server, options=CallOptions(idle_timeout_s=5, deadline_s=0.2))
        with pytest.raises(DeadlineError, match=r"still answering after 0.2s, the deadline"):
            asyncio.run(_many(backend, 1))


def test_no_server_is_a_connection_failure() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    async def main() -> None:
        backend = OpenAIBackend(
            model=MODEL, api_key=None, base_url=f"http://127.0.0.1:{port}/v1", max_retries=0
        )
        try:
            await backend.generate(llm_request(Notes))
        finally:
            await backend.aclose()

    with pytest.raises(ConnectionFailedError, match=f"cannot reach 127.0.0.1:{port}"):
        asyncio.run(main())


def _schema_requests(server: FakeOpenAI) -> int:
    return sum(
        1 for b in server.requests if (b.get("response_format") or {}).get("type") == "json_schema"
    )


def test_a_json_schema_rejection_is_asked_once_and_queued_calls_follow_the_downgrade() -> None:
    learned: list[str] = []
    with FakeOpenAI(reject_json_schema=True) as server:
        backend = _backend(server, max_retries=3, max_concurrency=4, on_learned=learned.append)
        responses = asyncio.run(_many(backend, 6))
        # The rejection is an answer about the server: not retried by the client (3 retries
        # allowed), and the five calls queued behind it never ask in json_schema.
        assert _schema_requests(server) == 1
        assert len(server.requests) == 7
        assert {r.mode for r in responses} == {CallMode.JSON_OBJECT}
        assert learned == ["json_object"]
        # The next run starts from what was learned: no json_schema request at all.
        again = _backend(server, max_concurrency=4, start_mode="json_object")
        asyncio.run(_many(again, 3))
        assert _schema_requests(server) == 1 and len(server.requests) == 10


@pytest.mark.waits
def test_a_one_at_a_time_server_gets_one_request_at_a_time_and_no_retries() -> None:
    with FakeOpenAI(latency_ms=50, per_token_ms=1) as server:
        backend = _backend(
            server, max_concurrency=4, max_retries=3, options=CallOptions(one_at_a_time=True)
        )
        asyncio.run(_many(backend, 4))
        assert server.stats.peak_in_flight == 1
        server.set_faults(Faults(always="server_error"))
        with pytest.raises(LLMError, match="HTTP 500"):
            asyncio.run(_many(_backend(server, options=CallOptions(one_at_a_time=True)), 1))
        assert server.stats.chat_requests == 5  # the failed one was not sent again


def test_usage_is_estimated_when_a_stream_does_not_report_it() -> None:
    from openai_server import OpenAIStub, completion

    body = completion('{"notes": []}', prompt_tokens=999, completion_tokens=999)
    body["usage"] = None  # llama-cpp-python sends no usage chunk in a stream

    async def main(url: str) -> Any:
        backend = OpenAIBackend(model="local", api_key=None, base_url=url, max_retries=0)
        try:
            return await backend.generate(llm_request(Notes))
        finally:
            await backend.aclose()

    with OpenAIStub(lambda b: body) as server:
        response = asyncio.run(main(server.base_url))
    assert 0 < response.output_tokens < 20  # one per streamed piece
    assert response.input_tokens > 100  # the prompt, counted here


def test_sampling_comes_from_the_options() -> None:
    options = CallOptions(temperature=0.3, frequency_penalty=0.5, repeat_penalty=1.15)
    with FakeOpenAI() as server:
        asyncio.run(_many(_backend(server, options=options), 1))
        body = server.requests[0]
    assert (body["temperature"], body["frequency_penalty"], body["repeat_penalty"]) == (
        0.3,
        0.5,
        1.15,
    )
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}


def test_map_notes_citing_nothing_are_asked_again_one_article_at_a_time() -> None:
    """SmolLM2-135M's notes leave source_ids empty: a map call over several articles loses them
    all, so the group is split until a call reads one article, whose notes can only be its own
    (measured on examples/: before this, "every map call failed ... cited no article")."""
    import datetime as dt

    from openai_server import OpenAIStub, completion

    from briefing.models import Article
    from briefing.plan import Planner
    from briefing.summarize import brief, prepare

    articles = [
        Article.create(
            title=f"Story {k}",
            text=f"The council of town {k} approved a budget of {k + 3} million pounds on Monday.",
            source="test",
        )
        for k in range(1, 4)
    ]

    def handler(body: dict[str, Any]) -> Any:
        user = body["messages"][-1]["content"]
        if user.startswith("Take notes"):
            towns = [k for k in range(1, 4) if f"town {k}" in user]
            notes = [
                {
                    "text": f"Town {k} approved a budget of {k + 3} million pounds.",
                    "source_ids": [],
                    "evidence": [],
                }
                for k in towns
            ]
            return completion(json.dumps({"notes": notes}))
        ids = re.findall(r'id="(a\d+)"', user) or re.findall(r"sources=\"(a\d+)", user)
        section = {
            "title": "Budgets",
            "bullets": [
                {
                    "text": "Town 1 approved a budget of 4 million pounds.",
                    "source_ids": ids[:1],
                    "evidence": [],
                }
            ],
        }
        return completion(json.dumps({"overview": "Budgets were approved.", "sections": [section]}))

    async def main(url: str) -> Any:
        backend = OpenAIBackend(model="local", api_key=None, base_url=url, max_retries=0)
        planner = Planner(
            info=model_info("local", context=8192),
            tokenizer=tokenizer_for("local"),
            max_input_tokens=8192,
        )
        prepared = prepare(articles, planner)
        prepared = dataclasses.replace(
            prepared, plan=prepared.plan.model_copy(update={"strategy": "map-reduce"})
        )
        try:
            return await brief(prepared, backend, planner, date=dt.date(2026, 11, 26))
        finally:
            await backend.aclose()

    with OpenAIStub(handler) as server:
        asyncio.run(main(server.base_url))
        maps = [
            r.user_message() for r in server.chat_requests if r.user_message().startswith("Take")
        ]
    assert len(maps) >= 3
    assert sum(1 for m in maps if m.count("<article ") == 1) == 3  # one call per article at last
