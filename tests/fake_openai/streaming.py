"""Server-sent events for ``stream: true`` chat requests: a chat.completion as the chunks
api.openai.com (and llama.cpp, vLLM, Ollama) send, shared by the fake server and the test stub.

::

    data: {"object": "chat.completion.chunk", "choices": [{"delta": {"role": "assistant", ...
    data: {"object": "chat.completion.chunk", "choices": [{"delta": {"content": "{\\"no"}, ...
    ...
    data: {"object": "chat.completion.chunk", "choices": [{"delta": {}, "finish_reason": "stop"}]}
    data: {"object": "chat.completion.chunk", "choices": [], "usage": {...}}   (include_usage)
    data: [DONE]
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["DONE", "completion_chunks", "sse", "wants_usage"]

DONE = b"data: [DONE]\n\n"


def sse(event: dict[str, Any]) -> bytes:
    """One server-sent event carrying ``event`` as JSON."""
    return b"data: " + json.dumps(event).encode() + b"\n\n"


def wants_usage(body: dict[str, Any]) -> bool:
    options = body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


def completion_chunks(
    completion: dict[str, Any], *, piece_chars: int = 12, include_usage: bool = False
) -> list[dict[str, Any]]:
    """The chunks of ``completion`` (a chat.completion body): its content in pieces of
    ``piece_chars`` characters, then the finish reason, then (``include_usage``) the usage."""
    base = {
        "id": completion.get("id", "chatcmpl-stream"),
        "object": "chat.completion.chunk",
        "created": completion.get("created", 0),
        "model": completion.get("model", ""),
    }

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        return {**base, "choices": [choice]}

    choice = completion["choices"][0]
    message = choice.get("message") or {}
    chunks = [chunk({"role": "assistant", "content": ""})]
    content = message.get("content") or ""
    for start in range(0, len(content), piece_chars):
        chunks.append(chunk({"content": content[start : start + piece_chars]}))
    if message.get("refusal"):
        chunks.append(chunk({"refusal": message["refusal"]}))
    chunks.append(chunk({}, choice.get("finish_reason") or "stop"))
    if include_usage and completion.get("usage") is not None:
        chunks.append({**base, "choices": [], "usage": completion["usage"]})
    return chunks
