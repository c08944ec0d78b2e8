"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests (no network beyond loopback).

Tests script its behaviour with a handler ``(request_body) -> StubReply`` (or a plain dict, taken
as a 200 chat.completion body)::

    def handler(body: dict[str, Any]) -> StubReply:
        return StubReply(200, completion('{"notes": []}', prompt_tokens=12))

    with OpenAIStub(handler) as server:
        backend = OpenAIBackend(model="gpt-4o-mini", api_key="sk-...", base_url=server.base_url)
        ...
    assert server.requests[0].body["model"] == "gpt-4o-mini"

A request with ``stream: true`` answered by a 200 chat.completion body gets that body as
server-sent events (``fake_openai.streaming``) of ``piece_chars`` characters (12 unless the
server is given another size), ``StubReply.piece_delay_s`` apart.

The server handles ``POST /v1/chat/completions`` and ``GET /v1/models``; every request (method,
path, headers, JSON body) is recorded in ``server.requests``. A handler that needs the request
headers reads them with ``current_request()`` (it runs in the thread serving that request).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from fake_openai.streaming import DONE, completion_chunks, sse, wants_usage
from loopback import LoopbackHandler, LoopbackServer, OwnedServer

__all__ = [
    "ConcurrencyCounter",
    "Handler",
    "OpenAIStub",
    "RecordedRequest",
    "StubReply",
    "completion",
    "current_request",
    "error_body",
    "sequence",
    "slow",
    "user_message",
]


@dataclass
class StubReply:
    """What the stub answers: a status, a JSON body (or raw text) and extra headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    piece_delay_s: float = 0.0  # between the pieces of a streamed answer


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None

    def user_message(self) -> str:
        return user_message(self.body or {})

    def system_message(self) -> str:
        for message in (self.body or {}).get("messages", []):
            if message.get("role") == "system":
                return str(message.get("content", ""))
        return ""


Handler = Callable[[dict[str, Any]], "StubReply | dict[str, Any]"]

_local = threading.local()


def current_request() -> RecordedRequest:
    """The request being handled (only valid inside a handler)."""
    request: RecordedRequest | None = getattr(_local, "request", None)
    if request is None:
        raise RuntimeError("current_request() called outside a stub handler")
    return request


def user_message(body: Mapping[str, Any]) -> str:
    """The content of the first user message of a chat request body ('' if none)."""
    for message in body.get("messages", []):
        if message.get("role") == "user":
            return str(message.get("content", ""))
    return ""


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    cached_tokens: int | None = 0,
    refusal: str | None = None,
    model: str = "gpt-4o-mini",
) -> dict[str, Any]:
    """A chat.completion JSON body as api.openai.com sends it.

    ``cached_tokens=None`` leaves out ``prompt_tokens_details`` as many compatible servers do.
    """
    usage: dict[str, Any] = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    if cached_tokens is not None:
        usage["prompt_tokens_details"] = {"cached_tokens": cached_tokens}
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 1700000000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": usage,
    }


def error_body(
    message: str, *, type_: str = "invalid_request_error", code: str | None = None
) -> Any:
    """An OpenAI-style error body."""
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


class ConcurrencyCounter:
    """Counts requests in flight; use ``with counter.track(): time.sleep(...)`` in a handler."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.current = 0
        self.peak = 0

    @contextmanager
    def track(self) -> Iterator[None]:
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)
        try:
            yield
        finally:
            with self._lock:
                self.current -= 1


def _default_handler(body: dict[str, Any]) -> StubReply:
    return StubReply(500, error_body("no handler configured", type_="server_error"))


class _RequestHandler(LoopbackHandler):
    server: _Server

    def _record(self, body: dict[str, Any] | None) -> RecordedRequest:
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        with self.server.owner.lock:
            self.server.owner.recorded.append(request)
        return request

    def _send(self, reply: StubReply) -> None:
        if isinstance(reply.body, str | bytes):
            payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
            content_type = "text/plain; charset=utf-8"
        else:
            payload = json.dumps(reply.body).encode()
            content_type = "application/json"
        self.send_response(reply.status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") == "/v1/models":
            data = [
                {"id": m, "object": "model", "created": 1700000000, "owned_by": "stub"}
                for m in self.server.owner.models
            ]
            self._send(StubReply(200, {"object": "list", "data": data}))
        else:
            self._send(StubReply(404, error_body(f"no route {self.path}")))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._record(None)
            self._send(StubReply(400, error_body("request body is not JSON")))
            return
        request = self._record(body)
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(StubReply(404, error_body(f"no route {self.path}")))
            return
        _local.request = request
        try:
            reply = self.server.owner.handler(body)
        except Exception as exc:  # a broken handler answers 500 and is remembered
            with self.server.owner.lock:
                self.server.owner.errors.append(exc)
            reply = StubReply(
                500, error_body(f"stub handler failed: {exc!r}", type_="server_error")
            )
        finally:
            _local.request = None
        if isinstance(reply, dict):
            reply = StubReply(200, reply)
        if body.get("stream") and reply.status == 200 and isinstance(reply.body, dict):
            self._stream(reply, include_usage=wants_usage(body))
            return
        self._send(reply)

    def _stream(self, reply: StubReply, *, include_usage: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        try:
            pieces = self.server.owner.piece_chars
            chunks = completion_chunks(reply.body, piece_chars=pieces, include_usage=include_usage)
            for n, chunk in enumerate(chunks):
                if n and reply.piece_delay_s:
                    time.sleep(reply.piece_delay_s)
                self.wfile.write(sse(chunk))
                self.wfile.flush()
            self.wfile.write(DONE)
        except OSError:  # the client gave up
            pass


class _Server(OwnedServer):
    owner: OpenAIStub


class OpenAIStub(LoopbackServer):
    """A threaded OpenAI-compatible server on 127.0.0.1 (a free port), used as a context manager."""

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        models: list[str] | None = None,
        piece_chars: int = 12,
    ) -> None:
        super().__init__(_Server, _RequestHandler)
        self.handler: Handler = handler or _default_handler
        self.piece_chars = piece_chars  # a streamed answer's content per chunk
        self.models = models if models is not None else ["gpt-4o-mini"]
        self.recorded: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self.lock:
            return list(self.recorded)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    @property
    def handler_errors(self) -> list[BaseException]:
        with self.lock:
            return list(self.errors)


def sequence(*replies: StubReply | dict[str, Any]) -> Handler:
    """A handler that answers with ``replies`` in order, repeating the last one."""
    lock = threading.Lock()
    index = [0]

    def handler(body: dict[str, Any]) -> StubReply | dict[str, Any]:
        with lock:
            i = min(index[0], len(replies) - 1)
            index[0] += 1
        return replies[i]

    return handler


def slow(handler: Handler, *, delay_s: float, counter: ConcurrencyCounter) -> Handler:
    """Wrap ``handler`` so each request takes ``delay_s`` and is counted while in flight."""

    def wrapped(body: dict[str, Any]) -> StubReply | dict[str, Any]:
        with counter.track():
            time.sleep(delay_s)
            return handler(body)

    return wrapped
