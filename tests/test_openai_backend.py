"""OpenAIBackend against a real HTTP server on 127.0.0.1 with the real openai client."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from clients import async_client
from openai_server import (
    ConcurrencyCounter,
    OpenAIStub,
    StubReply,
    completion,
    error_body,
    sequence,
    slow,
)
from pydantic import BaseModel, ConfigDict
from replay import Cassette, request_key

from briefing.backends.base import LLMRequest, LLMResponse, RenderedPrompt
from briefing.backends.openai import (
    PLACEHOLDER_KEY,
    OpenAIBackend,
    extract_json,
    is_reasoning_model,
)
from briefing.exceptions import (
    AuthenticationError,
    ConfigError,
    ConnectionFailedError,
    InvalidOutputError,
    LLMError,
    ModelNotFoundError,
    OutputTooLongError,
    RefusalError,
    ServerIdleError,
)
from briefing.models import Notes

KEY = "sk-test-0123456789abcdefghij"
MODEL = "gpt-4o-mini"
GOOD = '{"title": "Rates", "points": ["up", "down"]}'

R = TypeVar("R")


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str
    points: list[str]


def request(schema: type[BaseModel] = Answer, *, max_output_tokens: int = 500) -> LLMRequest[Any]:
    prompt = RenderedPrompt(
        name="test",
        version="1",
        hash="h",
        system="You write briefings.",
        user="Summarise the documents.",
    )
    return LLMRequest(
        step="brief",
        prompt=prompt,
        schema=schema,
        documents=[],
        max_output_tokens=max_output_tokens,
    )


def run(
    server: OpenAIStub,
    use: Callable[[OpenAIBackend], Awaitable[R]],
    **options: Any,
) -> R:
    """Build a backend for ``server`` inside a fresh event loop, use it and close it."""
    options.setdefault("api_key", KEY)
    options.setdefault("max_retries", 0)
    options.setdefault("timeout_s", 5)

    async def main() -> R:
        model = options.pop("model", MODEL)
        backend = OpenAIBackend(model=model, base_url=server.base_url, **options)
        try:
            return await use(backend)
        finally:
            await backend.aclose()

    return asyncio.run(main())


def generate(server: OpenAIStub, req: LLMRequest[Any] | None = None, **options: Any) -> Any:
    return run(server, lambda b: b.generate(req or request()), **options)


def walk_objects(schema: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            found.append(schema)
        for value in schema.values():
            found.extend(walk_objects(value))
    elif isinstance(schema, list):
        for item in schema:
            found.extend(walk_objects(item))
    return found


# --- happy path ------------------------------------------------------------------------------


def test_happy_path_usage_and_cached_tokens() -> None:
    reply = completion(GOOD, prompt_tokens=1500, completion_tokens=40, cached_tokens=1024)
    with OpenAIStub(lambda body: reply) as server:
        response = generate(server)
    assert isinstance(response, LLMResponse)
    assert response.parsed == Answer(title="Rates", points=["up", "down"])
    assert (response.input_tokens, response.output_tokens, response.cached_tokens) == (
        1500,
        40,
        1024,
    )
    assert response.attempts == 1
    assert response.mode == "json_schema"
    assert response.latency_s > 0
    body = server.chat_requests[0].body
    assert body is not None
    assert body["messages"] == [
        {"role": "system", "content": "You write briefings."},
        {"role": "user", "content": "Summarise the documents."},
    ]
    assert body["temperature"] == 0
    # a compatible server gets max_tokens, not max_completion_tokens
    assert body["max_tokens"] == 500
    assert "max_completion_tokens" not in body
    assert server.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert server.chat_requests[0].headers["x-briefing-step"] == "brief"


def test_missing_cached_tokens_is_zero() -> None:
    with OpenAIStub(lambda body: completion(GOOD, cached_tokens=None)) as server:
        response = generate(server)
    assert response.cached_tokens == 0


def test_strict_schema_is_sent() -> None:
    notes = '{"notes": [{"text": "Rates rose.", "source_ids": ["a1"]}]}'
    with OpenAIStub(lambda body: completion(notes)) as server:
        response = generate(server, request(Notes))
    assert response.parsed == Notes.model_validate_json(notes)
    body = server.chat_requests[0].body
    assert body is not None
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["name"] == "Notes"
    schema = response_format["json_schema"]["schema"]
    objects = walk_objects(schema)
    assert len(objects) >= 2  # Notes and Bullet
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert sorted(obj["required"]) == sorted(obj["properties"])


def test_reasoning_model_omits_temperature() -> None:
    assert is_reasoning_model("gpt-5-mini") and is_reasoning_model("o3")
    assert is_reasoning_model("openai/o4-mini")
    assert not is_reasoning_model("gpt-4o-mini")
    with OpenAIStub(lambda body: completion(GOOD)) as server:
        generate(server, model="gpt-5-mini")
    body = server.chat_requests[0].body
    assert body is not None
    assert "temperature" not in body


def test_official_api_gets_max_completion_tokens() -> None:
    """Point the client at the stub but keep the backend's idea of api.openai.com."""
    with OpenAIStub(lambda body: completion(GOOD)) as server:

        async def main() -> None:
            client = async_client(api_key=KEY, base_url=server.base_url, max_retries=0)
            backend = OpenAIBackend(
                model=MODEL, api_key=KEY, base_url="https://api.openai.com/v1", client=client
            )
            assert backend.name == "openai"
            await backend.generate(request(max_output_tokens=321))
            await backend.aclose()  # not ours: must stay open
            await client.models.list()
            await client.close()

        asyncio.run(main())
    body = server.chat_requests[0].body
    assert body is not None
    assert body["max_completion_tokens"] == 321
    assert "max_tokens" not in body


def test_names_and_keys() -> None:
    assert OpenAIBackend(model=MODEL, api_key=KEY).name == "openai"
    local = OpenAIBackend(model="llama", api_key=None, base_url="http://127.0.0.1:9/v1")
    assert local.name == "openai-compatible"
    assert local.model == "llama"
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAIBackend(model=MODEL, api_key=None)


def test_placeholder_key_for_keyless_server() -> None:
    with OpenAIStub(lambda body: completion(GOOD)) as server:
        generate(server, api_key=None)
    assert server.chat_requests[0].headers["authorization"] == f"Bearer {PLACEHOLDER_KEY}"


def test_list_models() -> None:
    with OpenAIStub(models=["b-model", "a-model"]) as server:
        models = run(server, lambda b: b.list_models())
    assert models == ["a-model", "b-model"]


# --- format fallback -------------------------------------------------------------------------


def llama_cpp(*, json_object: bool) -> Callable[[dict[str, Any]], StubReply]:
    """A server that rejects json_schema like llama.cpp (and json_object too if asked)."""

    def handler(body: dict[str, Any]) -> StubReply:
        fmt = body.get("response_format", {}).get("type")
        if fmt == "json_schema" or (fmt == "json_object" and not json_object):
            message = "response_format.type: Input should be 'text' or 'json_object'"
            if not json_object:
                message = "response_format is not supported"
            return StubReply(500, error_body(message, type_="server_error"))
        return StubReply(200, completion(f"Sure!\n```json\n{GOOD}\n```\nAnything else?"))

    return handler


def test_fallback_to_json_object_is_remembered(caplog: pytest.LogCaptureFixture) -> None:
    async def twice(backend: OpenAIBackend) -> list[Any]:
        first = await backend.generate(request())
        second = await backend.generate(request())
        return [first, second, backend.mode]

    with caplog.at_level(logging.WARNING), OpenAIStub(llama_cpp(json_object=True)) as server:
        first, second, mode = run(server, twice)
    assert first.mode == second.mode == mode == "json_object"
    assert first.parsed == Answer(title="Rates", points=["up", "down"])
    formats = [(r.body or {}).get("response_format", {}).get("type") for r in server.chat_requests]
    assert formats == ["json_schema", "json_object", "json_object"]
    json_object = (server.chat_requests[1].body or {})["response_format"]
    assert json_object["schema"]["required"] == ["title", "points"]
    system = (server.chat_requests[1].body or {})["messages"][0]["content"]
    assert "Answer with one JSON object matching this schema" in system
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "json_object" in warnings[0].getMessage()


def test_fallback_to_text_is_remembered(caplog: pytest.LogCaptureFixture) -> None:
    async def twice(backend: OpenAIBackend) -> list[Any]:
        return [await backend.generate(request()), await backend.generate(request())]

    with caplog.at_level(logging.WARNING), OpenAIStub(llama_cpp(json_object=False)) as server:
        first, second = run(server, twice)
    assert first.mode == second.mode == "text"
    assert second.parsed.title == "Rates"
    formats = [(r.body or {}).get("response_format", {}).get("type") for r in server.chat_requests]
    assert formats == ["json_schema", "json_object", None, None]
    system = (server.chat_requests[2].body or {})["messages"][0]["content"]
    assert system.startswith("You write briefings.\n\nAnswer with one JSON object")
    assert '"additionalProperties": false' in system
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2


def test_unrelated_server_error_is_not_a_fallback() -> None:
    handler = sequence(StubReply(500, error_body("model crashed", type_="server_error")))
    with OpenAIStub(handler) as server, pytest.raises(LLMError, match="HTTP 500: model crashed"):
        generate(server)
    assert len(server.chat_requests) == 1


def test_extract_json() -> None:
    assert extract_json('noise {"a": {"b": 1}} tail {"c": 2}') == '{"a": {"b": 1}}'
    assert extract_json('```json\n{"a": 1}\n```') == '{"a": 1}'
    assert extract_json("no json here") == "no json here"
    assert extract_json('{"a": ') == '{"a":'


# --- repair ----------------------------------------------------------------------------------


def test_one_repair_then_success() -> None:
    handler = sequence(
        completion('{"title": "Rates", "points": "not a list"}', prompt_tokens=100),
        completion(GOOD, prompt_tokens=150, completion_tokens=7, cached_tokens=64),
    )
    with OpenAIStub(handler) as server:
        response = generate(server)
    assert response.attempts == 2
    assert response.parsed.points == ["up", "down"]
    assert (response.input_tokens, response.output_tokens, response.cached_tokens) == (250, 12, 64)
    repair = server.chat_requests[1]
    assert repair.headers["x-briefing-step"] == "brief/repair"
    messages = (repair.body or {})["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[2]["content"] == '{"title": "Rates", "points": "not a list"}'
    assert "- points: Input should be a valid array" in messages[3]["content"]
    assert "pydantic.dev" not in messages[3]["content"]
    assert "corrected JSON object only" in messages[3]["content"]


def test_repair_error_is_truncated() -> None:
    # Long and varied (a list of counters alone would be stopped as a loop while it streams).
    words = [hashlib.sha256(str(i).encode()).hexdigest()[:10] for i in range(400)]
    bad = json.dumps({"title": "x", "points": [{"n": i, "w": w} for i, w in enumerate(words)]})
    with OpenAIStub(sequence(completion(bad), completion(GOOD))) as server:
        generate(server)
    repair_message = (server.chat_requests[1].body or {})["messages"][3]["content"]
    assert len(repair_message) < 2400


def test_still_invalid_raises() -> None:
    handler = sequence(completion("not json"), completion('{"title": 3}'))
    with OpenAIStub(handler) as server, pytest.raises(InvalidOutputError) as info:
        generate(server)
    assert len(server.chat_requests) == 2
    assert "after one repair" in str(info.value)
    assert KEY not in str(info.value)


# --- finish reasons --------------------------------------------------------------------------


def test_length_raises_output_too_long() -> None:
    reply = completion('{"title": "Ra', finish_reason="length")
    with OpenAIStub(lambda body: reply) as server, pytest.raises(OutputTooLongError) as info:
        generate(server)
    assert "cut off at 500 output tokens" in str(info.value)
    assert len(server.chat_requests) == 1  # no repair of a truncated answer


def test_refusal_raises() -> None:
    reply = completion(None, refusal="I can't help with that.")
    with OpenAIStub(lambda body: reply) as server, pytest.raises(RefusalError, match="can't help"):
        generate(server)


def test_content_filter_raises_refusal() -> None:
    reply = completion(None, finish_reason="content_filter")
    with OpenAIStub(lambda body: reply) as server, pytest.raises(RefusalError, match="filter"):
        generate(server)


# --- errors ----------------------------------------------------------------------------------


def test_401_authentication_error_without_key() -> None:
    reply = StubReply(401, error_body(f"Incorrect API key provided: {KEY}", code="invalid_api_key"))
    expected = r"rejected the API key \(401\)"
    with OpenAIStub(lambda body: reply) as server, pytest.raises(AuthenticationError) as info:
        generate(server)
    assert re.search(expected, str(info.value))
    assert KEY not in str(info.value)


def test_404_model_not_found() -> None:
    reply = StubReply(404, error_body("The model `nope` does not exist", code="model_not_found"))
    with OpenAIStub(lambda body: reply) as server, pytest.raises(ModelNotFoundError) as info:
        generate(server, model="nope")
    assert str(info.value).startswith(f"model 'nope' not found at 127.0.0.1:{server.port}")
    assert KEY not in str(info.value)


def test_other_status_error_is_redacted() -> None:
    reply = StubReply(403, error_body(f"key {KEY} is not allowed in this region"))
    with OpenAIStub(lambda body: reply) as server, pytest.raises(LLMError) as info:
        generate(server)
    message = str(info.value)
    assert "HTTP 403" in message and "not allowed" in message
    assert KEY not in message


def test_unreachable_server() -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    async def main() -> None:
        backend = OpenAIBackend(
            model=MODEL, api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1", max_retries=0
        )
        try:
            await backend.generate(request())
        finally:
            await backend.aclose()

    with pytest.raises(ConnectionFailedError, match=f"cannot reach 127.0.0.1:{port}") as info:
        asyncio.run(main())
    assert KEY not in str(info.value)


def test_a_server_that_says_nothing_is_idle_not_unreachable() -> None:
    def sleepy(body: dict[str, Any]) -> dict[str, Any]:
        time.sleep(0.5)
        return completion(GOOD)

    with (
        OpenAIStub(sleepy) as server,
        pytest.raises(ServerIdleError, match=r"sent nothing for 0.1s \(the idle timeout"),
    ):
        generate(server, timeout_s=0.1)


def test_429_with_retry_after_then_success(caplog: pytest.LogCaptureFixture) -> None:
    handler = sequence(
        StubReply(429, error_body("slow down", type_="rate_limit"), {"Retry-After": "0.01"}),
        completion(GOOD),
    )
    with OpenAIStub(handler) as server, caplog.at_level(logging.INFO, "openai"):
        response = generate(server, max_retries=2)
    assert response.parsed.title == "Rates"
    assert len(server.chat_requests) == 2
    assert server.chat_requests[1].headers["x-stainless-retry-count"] == "1"
    # Retry-After honoured instead of the default backoff (0.375-0.5 s): the client's own word
    # for the wait it chose, exact, with no wall-clock bound that a loaded machine could break
    # and no 1.5 s spent waiting.
    waits = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert waits == ["Retrying request in 0.010000 seconds (retry 1 of 2)"]


def test_429_without_retries_left_is_llm_error() -> None:
    reply = StubReply(429, error_body("Rate limit reached"), {"Retry-After": "0.01"})
    with OpenAIStub(lambda body: reply) as server, pytest.raises(LLMError, match="HTTP 429"):
        generate(server, max_retries=1)
    assert len(server.chat_requests) == 2


# --- concurrency -----------------------------------------------------------------------------


@pytest.mark.waits
def test_concurrency_limit_is_honoured() -> None:
    counter = ConcurrencyCounter()
    handler = slow(lambda body: completion(GOOD), delay_s=0.15, counter=counter)

    async def many(backend: OpenAIBackend) -> list[Any]:
        return list(await asyncio.gather(*(backend.generate(request()) for _ in range(6))))

    with OpenAIStub(handler) as server:
        responses = run(server, many, max_concurrency=2)
    assert len(responses) == 6
    assert counter.peak == 2
    assert len(server.chat_requests) == 6


def test_backend_survives_several_event_loops() -> None:
    with OpenAIStub(lambda body: completion(GOOD)) as server:
        backend = OpenAIBackend(model=MODEL, api_key=KEY, base_url=server.base_url, max_retries=0)
        try:
            for _ in range(2):
                asyncio.run(backend.generate(request()))
        finally:
            asyncio.run(backend.aclose())
    assert len(server.chat_requests) == 2


# --- golden replay ---------------------------------------------------------------------------


def answer_from(body: dict[str, Any]) -> dict[str, Any]:
    """A deterministic fake model for recording: echoes the user message as the title."""
    user = body["messages"][-1]["content"]
    return completion(json.dumps({"title": user[:20], "points": []}), prompt_tokens=len(user))


def prompted(user: str) -> LLMRequest[Any]:
    base = request()
    prompt = RenderedPrompt(
        name="test", version="1", hash="h", system=base.prompt.system, user=user
    )
    return LLMRequest(step="map", prompt=prompt, schema=Answer, documents=[], max_output_tokens=50)


def run_prompts(server: OpenAIStub, users: list[str]) -> list[Any]:
    async def all_of(backend: OpenAIBackend) -> list[Any]:
        return [await backend.generate(prompted(u)) for u in users]

    return run(server, all_of)


def test_record_then_replay(tmp_path: Path) -> None:
    users = ["Article one about rates.", "Article two about rain."]
    recorder = Cassette(tmp_path / "case")
    with OpenAIStub(recorder.recording_handler(answer_from)) as server:
        recorded = run_prompts(server, users)
    path = recorder.save()
    assert path == tmp_path / "case" / "exchanges.json"
    text = path.read_text(encoding="utf-8")
    assert KEY not in text and "authorization" not in text.lower()
    saved = json.loads(text)
    assert [e["key"] for e in saved] == sorted(e["key"] for e in saved)
    for exchange in saved:
        assert exchange["key"] == request_key(exchange["request"])
        assert exchange["response"]["status"] == 200
        assert exchange["response"]["body"]["id"] == f"chatcmpl-{exchange['key'][:16]}"
    recorder.save()
    assert path.read_text(encoding="utf-8") == text  # stable

    cassette = Cassette.load(tmp_path / "case")
    assert len(cassette) == 2
    with OpenAIStub(cassette.replay_handler()) as server:
        replayed = run_prompts(server, users)
    assert [r.parsed for r in replayed] == [r.parsed for r in recorded]
    cassette.assert_clean()


def test_replay_miss_and_unused_fail_loudly(tmp_path: Path) -> None:
    recorder = Cassette(tmp_path / "case")
    with OpenAIStub(recorder.recording_handler(answer_from)) as server:
        run_prompts(server, ["Article one about rates.", "Article two about rain."])
    recorder.save()

    cassette = Cassette.load(tmp_path / "case")
    with OpenAIStub(cassette.replay_handler()) as server:
        with pytest.raises(LLMError, match="HTTP 599"):
            run(server, lambda b: b.generate(prompted("Article one about RATES.")), max_retries=2)
        assert len(server.chat_requests) == 1  # a miss is not retried
    [miss] = cassette.misses
    assert miss.step == "map"
    assert miss.user_preview == "Article one about RATES."
    keys_by_user = {e["request"]["messages"][-1]["content"]: e["key"] for e in recorder.exchanges}
    assert miss.closest_key == keys_by_user["Article one about rates."]
    assert miss.shared_prefix == len("Article one about ")
    assert len(cassette.unused()) == 2
    with pytest.raises(AssertionError) as info:
        cassette.assert_clean()
    report = str(info.value)
    assert "unrecorded request" in report and "step map" in report
    assert report.count("was never requested") == 2


def test_cassette_rejects_edited_request(tmp_path: Path) -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "x"}]}
    exchange = {"key": request_key(body), "request": body, "response": {"status": 200, "body": {}}}
    Cassette(tmp_path, [exchange]).save()
    assert len(Cassette.load(tmp_path)) == 1
    exchange["request"] = {**body, "model": "other"}
    Cassette(tmp_path, [exchange]).save()
    with pytest.raises(ValueError, match="re-record"):
        Cassette.load(tmp_path)
    assert len(Cassette.load(tmp_path / "missing")) == 0


def test_injected_client_key_is_redacted() -> None:
    reply = StubReply(403, error_body(f"key {KEY} is not allowed"))
    with OpenAIStub(lambda body: reply) as server:

        async def main() -> None:
            async with async_client(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
                backend = OpenAIBackend(model=MODEL, api_key=None, client=client)
                assert backend.name == "openai-compatible"
                await backend.generate(request())

        with pytest.raises(LLMError) as info:
            asyncio.run(main())
    assert KEY not in str(info.value)
