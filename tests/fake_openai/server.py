"""The HTTP server: routes, chat completions with latency and faults, counters."""

from __future__ import annotations

import contextlib
import json
import math
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from briefing.tokens import tokenizer_for

from .batches import SERVER_ERROR_MESSAGE, ApiError, Batches, BatchOptions, error_body
from .billing import REPLY_PRIMING_TOKENS, PromptCache, billed_tokens
from .faults import Faults
from .responder import CREATED, chat_completion
from .stopping import shut_down
from .streaming import DONE, completion_chunks, sse, wants_usage

__all__ = ["LLAMA_CPP_REJECTION", "REFUSAL", "FakeOpenAI", "Recorded", "Stats"]

# A streamed answer's piece: 24 characters, about 6 tokens (servers send one to several tokens a
# chunk). Twice the golden replays' 12 (tests/openai_server.py; golden/final-loop records the
# tokens received before its loop was cut, which depends on it): every piece costs the client a
# parse and the server a write, and the suite streams tens of thousands of them.
PIECE_CHARS = 24
REFUSAL = "I'm sorry, but I can't help with that request."
# What a llama.cpp-based server answered to response_format json_schema (FACTS).
LLAMA_CPP_REJECTION = (
    "1 validation error for ResponseFormat: response_format.type: "
    "Input should be 'text' or 'json_object'"
)


@dataclass
class Stats:
    """What the server did. Tokens are billed for every 200 answer, batch lines included."""

    requests: int = 0  # HTTP requests on any route
    chat_requests: int = 0  # chat completions that reached fault injection
    answered: int = 0  # chat answers with status 200 (faulty content included), batch lines too
    faults: Counter[str] = field(default_factory=Counter)  # injected, by kind
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    batches: int = 0
    batch_lines: int = 0  # lines run (answered, failed or expired)
    peak_in_flight: int = 0  # most chat requests being answered at once (streams until sent)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"faults": dict(self.faults)}


@dataclass
class Recorded:
    """One HTTP request as received (``fault``: what was injected into it, if anything)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # the JSON body, or None
    fault: str | None = None


@dataclass
class _Reply:
    status: int = 200
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False
    # A streamed answer: (seconds to wait, event bytes) in order, sent as server-sent events
    # (produced after the headers went out).
    events: Iterator[tuple[float, bytes]] | None = None


def _error(status: int, message: str, type_: str, code: str | None = None) -> _Reply:
    return _Reply(status, error_body(message, type_, code))


def _retry_after(reply: _Reply, seconds: float | None) -> _Reply:
    """``reply`` with ``Retry-After`` (whole seconds, rounded up) and ``retry-after-ms`` (which
    the openai client reads first): how long to wait before trying again."""
    if seconds is not None:
        reply.headers["Retry-After"] = str(math.ceil(seconds))
        reply.headers["retry-after-ms"] = str(round(seconds * 1000))
    return reply


class FakeOpenAI:
    """The fake server: ``with FakeOpenAI(...) as server`` (or ``start()`` / ``stop()``).

    ``latency_ms`` is added to every chat request, ``per_token_ms`` per output token.
    ``stream: true`` requests are answered with server-sent events: the headers at once, the
    first piece after ``latency_ms`` (a local server reading the prompt), then a piece of the
    answer every ``PIECE_CHARS`` characters (a few tokens) at ``per_token_ms`` a token;
    ``stall_s`` pauses the stream once, halfway (a server that went quiet). ``owned_by`` is
    what ``GET /v1/models`` says of the models (``"me"``: llama-cpp-python's server, which
    computes one request at a time).
    ``seed`` seeds faults (unless ``Faults.seed`` is set) and batch line failures.
    ``reject_json_schema=True`` behaves like llama.cpp: HTTP 500 to response_format json_schema;
    json_object (with a schema) is accepted. With ``api_key`` set, other keys get 401.
    ``hold_after=N`` holds every chat request after the first N unanswered until ``release()``
    (or the server stops): a run is then surely mid-call, with N answers behind it.
    """

    # How often the serving loop looks up from select() (socketserver's default); ``stop`` does
    # not wait for it (``stopping.shut_down``).
    poll_interval_s = 0.5

    def __init__(
        self,
        *,
        faults: Faults | None = None,
        latency_ms: float = 0,
        per_token_ms: float = 0,
        seed: int = 0,
        reject_json_schema: bool = False,
        batch: BatchOptions | None = None,
        models: Iterable[str] = ("gpt-4o-mini", "gpt-4.1-mini"),
        api_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        stall_s: float = 0,
        owned_by: str = "fake",
        hold_after: int | None = None,
    ) -> None:
        self.owned_by = owned_by
        self.hold_after = hold_after
        self._released = threading.Event()
        self.latency_ms = latency_ms
        self.stall_s = stall_s
        self.per_token_ms = per_token_ms
        self.seed = seed
        self.reject_json_schema = reject_json_schema
        self.models = list(models)
        self.api_key = api_key
        self._address = (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._cache = PromptCache()
        self._stats = Stats()
        self._calls: list[Recorded] = []
        self._ids = 0
        self._in_flight = 0
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.batches = Batches(self._answer_line, batch or BatchOptions(), seed=seed)
        self.set_faults(faults or Faults())

    # -- lifecycle and inspection ------------------------------------------------------------

    def start(self) -> FakeOpenAI:
        http = _HTTPServer(self._address, _Handler)
        http.fake = self
        self._http = http
        self._thread = threading.Thread(
            target=http.serve_forever, kwargs={"poll_interval": self.poll_interval_s}, daemon=True
        )
        self._thread.start()
        return self

    def release(self) -> None:
        """Answer the requests held by ``hold_after``, and every later one at once."""
        self._released.set()

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping out a latency
        if self._http is not None:
            shut_down(self._http)
            self._http.server_close()
            for conn in list(self._http.connections):  # idle keep-alive connections
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._http is None:
            raise RuntimeError("FakeOpenAI is not started")
        return int(self._http.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``, the openai client's ``base_url``."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def stats(self) -> Stats:
        """A snapshot of the counters."""
        with self._lock:
            stats = replace(self._stats, faults=Counter(self._stats.faults))
        return replace(stats, batches=self.batches.count, batch_lines=self.batches.lines_run)

    @property
    def calls(self) -> list[Recorded]:
        """Every HTTP request, in arrival order."""
        with self._lock:
            return list(self._calls)

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The bodies of the chat-completion requests, in arrival order."""
        return [c.body for c in self.calls if c.path.rstrip("/").endswith("/chat/completions")]

    def set_faults(self, faults: Faults) -> None:
        """Replace the faults (``Faults()``: none); the draws start again from the seed."""
        with self._lock:
            self.faults = faults
            self._rng = random.Random(self.seed if faults.seed is None else faults.seed)

    def set_batch(self, options: BatchOptions) -> None:
        self.batches.set_options(options, seed=self.seed)

    # -- routes ------------------------------------------------------------------------------

    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> _Reply:
        body: Any = None
        if raw and "json" in headers.get("content-type", "application/json"):
            try:
                body = json.loads(raw)
            except ValueError:
                return _error(400, "The body of your request is not valid JSON.", "invalid_json")
        record = Recorded(method, path, headers, body)
        with self._lock:
            self._stats.requests += 1
            self._calls.append(record)
        route = (method, *path.split("?")[0].strip("/").split("/"))
        if route == ("GET", "_stats"):
            return _Reply(200, self.stats.as_dict())
        if route == ("POST", "_faults"):
            try:
                self.set_faults(Faults.from_dict(body or {}))
            except (TypeError, ValueError) as exc:
                return _error(400, str(exc), "invalid_request_error")
            return _Reply(200, asdict(self.faults))
        if self.api_key and headers.get("authorization") != f"Bearer {self.api_key}":
            return _error(
                401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"
            )
        try:
            match route:
                case ("POST", "v1", "chat", "completions"):
                    return self._chat(body, record)
                case ("GET", "v1", "models"):
                    data = [
                        {"id": m, "object": "model", "created": CREATED, "owned_by": self.owned_by}
                        for m in self.models
                    ]
                    return _Reply(200, {"object": "list", "data": data})
                case ("POST", "v1", "files"):
                    return _Reply(200, self.batches.upload(headers.get("content-type", ""), raw))
                case ("GET", "v1", "files", file_id):
                    return _Reply(200, self.batches.file(file_id))
                case ("GET", "v1", "files", file_id, "content"):
                    return _Reply(200, self.batches.content(file_id))
                case ("POST", "v1", "batches"):
                    return _Reply(200, self.batches.create(body or {}))
                case ("GET", "v1", "batches", batch_id):
                    return _Reply(200, self.batches.retrieve(batch_id))
                case ("POST", "v1", "batches", batch_id, "cancel"):
                    return _Reply(200, self.batches.cancel(batch_id))
        except ApiError as exc:
            return _Reply(exc.status, exc.body)
        return _error(404, f"Invalid URL ({method} {path})", "invalid_request_error")

    # -- chat completions --------------------------------------------------------------------

    def _rejection(self, body: Any) -> _Reply | None:
        """The answer to a request this server refuses (before any fault or latency)."""
        if not isinstance(body, dict) or not body.get("messages") or not body.get("model"):
            return _error(400, "'model' and 'messages' are required.", "invalid_request_error")
        if (
            self.reject_json_schema
            and (body.get("response_format") or {}).get("type") == "json_schema"
        ):
            return _error(500, LLAMA_CPP_REJECTION, "server_error")
        return None

    def _chat(self, body: Any, record: Recorded) -> _Reply:
        rejection = self._rejection(body)
        if rejection is not None:
            return rejection
        with self._lock:
            self._stats.chat_requests += 1
            held = self.hold_after is not None and self._stats.chat_requests > self.hold_after
            faults = self.faults
            kind = faults.pick(self._rng.random())
            if kind:
                self._stats.faults[kind] += 1
        record.fault = kind
        if held:
            while not (self._released.is_set() or self._stopping.wait(0.02)):
                pass
        streamed = bool(body.get("stream"))
        if not streamed:
            self._wait(self.latency_ms / 1000)
        if kind == "reset":
            return _Reply(reset=True)
        if kind == "rate_limit":
            reply = _error(
                429, "Rate limit reached for requests.", "requests", "rate_limit_exceeded"
            )
            return _retry_after(reply, faults.retry_after_s)
        if kind == "server_error":
            reply = _error(500, SERVER_ERROR_MESSAGE, "server_error")
            return _retry_after(reply, faults.retry_after_5xx_s)
        if kind == "unavailable":
            reply = _error(
                503, "The engine is currently overloaded, please try again later.", "server_error"
            )
            return _retry_after(reply, faults.retry_after_5xx_s)
        slow = faults.slow_s if kind == "slow" else 0.0
        if streamed:  # headers at once, as a real server; the answer is computed after them
            return _Reply(200, None, events=self.stream_events(body, kind, slow_s=slow))
        answer = self.complete(body, fault=kind)
        tokens = answer["usage"]["completion_tokens"]
        self._wait(self.per_token_ms * tokens / 1000 + slow)
        return _Reply(200, answer)

    def stream_events(
        self, body: dict[str, Any], fault: str | None = None, *, slow_s: float = 0.0
    ) -> Iterator[tuple[float, bytes]]:
        """The answer as server-sent events, each with the pause before it is sent, paced like
        a server computing it (a ``slow`` fault sends nothing for ``slow_s`` before the first
        piece)."""
        answer = self.complete(body, fault=fault)
        chunks = completion_chunks(answer, piece_chars=PIECE_CHARS, include_usage=wants_usage(body))
        pieces = max(1, len(chunks) - 2)
        per_piece = self.per_token_ms * answer["usage"]["completion_tokens"] / pieces / 1000
        for n, chunk in enumerate(chunks):
            delay = self.latency_ms / 1000 + slow_s if n == 1 else per_piece if n > 1 else 0.0
            if n == len(chunks) // 2:
                delay += self.stall_s
            yield delay, sse(chunk)
        yield 0.0, DONE

    @contextlib.contextmanager
    def answering(self, path: str) -> Iterator[None]:
        """Count a chat request as in flight until its answer is sent."""
        chat = path.split("?")[0].rstrip("/").endswith("/chat/completions")
        if chat:
            with self._lock:
                self._in_flight += 1
                self._stats.peak_in_flight = max(self._stats.peak_in_flight, self._in_flight)
        try:
            yield
        finally:
            if chat:
                with self._lock:
                    self._in_flight -= 1

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)

    def _answer_line(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        rejection = self._rejection(body)
        if rejection is not None:
            return rejection.status, rejection.body
        return 200, self.complete(body)

    def complete(self, body: dict[str, Any], *, fault: str | None = None) -> dict[str, Any]:
        """The chat.completion for ``body`` (spoiled by a content ``fault``), billed."""
        tok = tokenizer_for(str(body["model"]))
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        answered, prompt = billed_tokens(json.dumps(body, sort_keys=True), fault == "unknown_ids")
        ids, finish, refusal = list(answered), "stop", None
        if fault == "truncated":
            ids, finish = ids[: max(1, len(ids) // 2)], "length"
        elif isinstance(limit, int) and len(ids) > limit:
            ids, finish = ids[:limit], "length"
        text = tok.decode(ids)
        if fault == "malformed":
            text = "Here is the JSON you asked for:\n" + text[: len(text) // 2]
        content: str | None = text
        if fault == "refusal":
            content, refusal = None, REFUSAL
        completion_tokens = tok.count(content or refusal or "")
        cached = self._cache.lookup_and_add(list(prompt))
        prompt_tokens = len(prompt) + REPLY_PRIMING_TOKENS
        with self._lock:
            self._ids += 1
            completion_id = f"chatcmpl-{self._ids:06d}"
            self._stats.answered += 1
            self._stats.prompt_tokens += prompt_tokens
            self._stats.cached_tokens += cached
            self._stats.completion_tokens += completion_tokens
        return chat_completion(
            content,
            model=str(body["model"]),
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cached_tokens=cached,
            finish_reason=finish,
            refusal=refusal,
            id=completion_id,
        )


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default 5 drops bursts of connects (1 s SYN retries)
    fake: FakeOpenAI

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self.connections: set[socket.socket] = set()
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects
    disable_nagle_algorithm = True  # no 40 ms stalls between the headers and the body
    timeout = 60  # an idle keep-alive connection is closed after this
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self.server.connections.add(self.connection)

    def finish(self) -> None:
        self.server.connections.discard(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        with self.server.fake.answering(self.path):
            self._answer(self.server.fake.handle(self.command, self.path, headers, raw))

    def _answer(self, reply: _Reply) -> None:
        if reply.reset:  # RST instead of an answer: SO_LINGER 0, then close
            linger = struct.pack("ii", 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            self.connection.close()
            self.close_connection = True
            return
        if reply.events is not None:
            self._send_events(reply)
            return
        if isinstance(reply.body, bytes):
            payload, content_type = reply.body, "application/octet-stream"
        else:
            payload, content_type = json.dumps(reply.body).encode(), "application/json"
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except OSError:  # the client gave up (a slow answer after its timeout)
            self.close_connection = True

    def _send_events(self, reply: _Reply) -> None:
        """Server-sent events in chunked transfer encoding, each after its delay."""
        fake = self.server.fake
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            for delay, event in reply.events or iter(()):
                fake._wait(delay)
                if fake._stopping.is_set():
                    break
                self.wfile.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client gave up (an idle timeout, a deadline)
            self.close_connection = True
