"""The test servers stream like real ones: the official openai client reads their
server-sent events (content in pieces, finish reason, usage), paced as configured."""

from __future__ import annotations

import time

import openai
from clients import sync_client
from fake_openai import FakeOpenAI
from openai_server import OpenAIStub, StubReply, completion

MESSAGES: list[openai.types.chat.ChatCompletionMessageParam] = [
    {"role": "system", "content": "Answer with JSON."},
    {
        "role": "user",
        "content": 'Write the notes from these 1 articles.\n\n<article id="a1">'
        "London's FTSE 100 closed up 1.1% at a record.</article>",
    },
]


def _read(base_url: str, **extra: object) -> tuple[str, list[float], object, str | None]:
    client = sync_client(api_key="sk-test-stream-0000000000", base_url=base_url, max_retries=0)
    started = time.perf_counter()
    arrivals: list[float] = []
    text, usage, finish = "", None, None
    with client.chat.completions.create(  # type: ignore[call-overload]  # **extra: any option
        model="gpt-4o-mini",
        messages=MESSAGES,
        stream=True,
        stream_options={"include_usage": True},
        **extra,
    ) as stream:
        for chunk in stream:
            arrivals.append(time.perf_counter() - started)
            if chunk.usage is not None:
                usage = chunk.usage
            for choice in chunk.choices:
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
    client.close()
    return text, arrivals, usage, finish


def test_the_fake_server_streams_its_answer_paced_per_token() -> None:
    with FakeOpenAI(latency_ms=100, per_token_ms=5) as server:
        text, arrivals, usage, finish = _read(server.base_url, max_tokens=500)
        whole = server.complete(dict(server.requests[0]))["choices"][0]["message"]["content"]
        pauses = [delay for delay, _ in server.stream_events(dict(server.requests[0]))]
    assert text == whole and text.startswith("{")
    assert finish == "stop"
    assert usage is not None and usage.completion_tokens > 10  # type: ignore[attr-defined]
    # The server paces the pieces: the prompt's latency before the first, a per-token pause
    # before each later one.
    assert pauses[1] == 0.1 and len(pauses) > 5 and all(pause > 0 for pause in pauses[2:-2])
    # On the wire, lower bounds only (a loaded machine may read the pieces later, and then
    # several at once, never sooner): the first piece after the prompt is read, the last after
    # every pause has passed.
    assert len(arrivals) > 5 and arrivals[1] >= 0.1
    assert arrivals[-1] >= sum(pauses) * 0.99


def test_a_stall_pauses_the_stream_once() -> None:
    with FakeOpenAI(stall_s=0.2) as server:
        _, arrivals, _, finish = _read(server.base_url)
        pauses = [delay for delay, _ in server.stream_events(dict(server.requests[0]))]
    assert finish == "stop"
    assert sum(delay >= 0.2 for delay in pauses) == 1  # one pause of the stall's length
    # On the wire (a lower bound only: a loaded machine may read the pieces later, not sooner)
    # the end of the answer comes after the pause.
    assert arrivals[-1] >= 0.2


def test_the_stub_streams_a_cut_off_answer_with_its_finish_reason() -> None:
    reply = StubReply(200, completion('{"notes": [{"text": "FTSE', finish_reason="length"))
    reply.piece_delay_s = 0.01
    with OpenAIStub(lambda body: reply) as server:
        text, _, usage, finish = _read(server.base_url)
        assert server.chat_requests[0].body["stream"] is True  # type: ignore[index]
    assert (text, finish) == ('{"notes": [{"text": "FTSE', "length")
    assert usage is not None
