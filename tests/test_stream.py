"""Reading streamed answers through the real openai client from a loopback server."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from clients import async_client
from openai_server import OpenAIStub, StubReply, completion

from briefing.backends.stream import REPEATING, StreamProgress, read_stream

NOTE = {"text": "The FTSE 100 closed at a record 9,412.6 points.", "source_ids": ["a1"]}


async def _read(server: OpenAIStub, **kwargs: Any) -> Any:
    client = async_client(api_key="sk-test-0000000000", base_url=server.base_url)
    try:
        stream = await client.chat.completions.create(
            model="local",
            messages=[{"role": "user", "content": "notes"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        return await read_stream(stream, step="map", **kwargs)
    finally:
        await client.close()


def test_the_answer_usage_and_progress_arrive() -> None:
    content = json.dumps({"notes": [NOTE, NOTE | {"text": "Sterling fell 0.6% to $1.2870."}]})
    seen: list[StreamProgress] = []
    with OpenAIStub(lambda body: completion(content, completion_tokens=40)) as server:
        got = asyncio.run(_read(server, on_progress=seen.append))
    assert got.content == content and got.finish_reason == "stop"
    assert got.usage is not None and got.usage.completion_tokens == 40
    assert [p.tokens for p in seen][-1] == got.pieces > 5
    assert all(p.step == "map" for p in seen) and got.first_token_s is not None


def test_a_looping_model_is_stopped_early() -> None:
    from briefing.backends.salvage import Repetition

    looping = '{"notes": [' + (json.dumps(NOTE) + ", ") * 60
    reply = StubReply(200, completion(looping, finish_reason="length"))
    with OpenAIStub(lambda body: reply) as server:
        got = asyncio.run(_read(server, repetition=Repetition()))
    assert got.finish_reason == REPEATING
    assert len(got.content) < len(looping) / 4  # stopped long before the cap


def test_a_refusal_streams_as_a_refusal() -> None:
    with OpenAIStub(lambda body: completion(None, refusal="I can't help with that.")) as server:
        got = asyncio.run(_read(server))
    assert got.refusal == "I can't help with that." and got.content == ""
