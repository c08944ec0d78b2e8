"""Recorded chat-completion exchanges for golden tests (replay and record).

A cassette is ``golden/<case>/exchanges.json``: a JSON list, sorted by key, of ::

    {"key": sha256(canonical request body),
     "request": <the chat request body>,
     "response": {"status": 200, "body": <chat.completion body>}}

where the canonical body is ``json.dumps(body, sort_keys=True, separators=(",", ":"))``. Headers
are never stored (so no Authorization header can leak into a golden file).

Replay (the default in tests)::

    cassette = Cassette.load(GOLDEN / "case")
    with OpenAIStub(cassette.replay_handler()) as server:
        ...run the pipeline against server.base_url...
    cassette.assert_clean()   # fails on unrecorded requests and on recorded ones never asked

An unrecorded request is answered with HTTP 599 (and ``x-should-retry: false`` so the client
does not retry it) and remembered, so the test fails naming the step, the start of the user
message and the closest recorded exchange.

Record (after an intended change)::

    cassette = Cassette(GOLDEN / "case")
    with OpenAIStub(cassette.recording_handler(responder)) as server:
        ...
    cassette.save()
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openai_server import Handler, StubReply, current_request, error_body, user_message

__all__ = ["MISS_STATUS", "Cassette", "Miss", "canonical", "request_key"]

MISS_STATUS = 599
EXCHANGES_FILE = "exchanges.json"
_PREVIEW_CHARS = 200

Responder = Callable[[dict[str, Any]], dict[str, Any]]


def canonical(body: Mapping[str, Any]) -> str:
    """The canonical text of a request body (what the key hashes)."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_key(body: Mapping[str, Any]) -> str:
    """sha256 of the canonical request body."""
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class Miss:
    """A request that the cassette had no answer for."""

    key: str
    step: str
    user_preview: str
    closest_key: str | None
    shared_prefix: int

    def describe(self) -> str:
        text = (
            f"unrecorded request {self.key[:12]} (step {self.step}); "
            f"user message starts {self.user_preview!r}"
        )
        if self.closest_key is None:
            return text + "; the cassette is empty"
        return (
            text + f"; closest recorded: {self.closest_key[:12]} "
            f"(shares the first {self.shared_prefix} chars of the user message)"
        )


def _stable_response(body: Any, key: str) -> Any:
    """Replace what changes run to run in a recorded answer (id, timestamp, fingerprint)."""
    if not isinstance(body, dict):
        return body
    stable = dict(body)
    if "id" in stable:
        stable["id"] = f"chatcmpl-{key[:16]}"
    if "created" in stable:
        stable["created"] = 0
    stable.pop("system_fingerprint", None)
    return stable


class Cassette:
    """Recorded exchanges of one golden case; thread-safe (the stub serves requests in threads)."""

    def __init__(self, path: Path | str, exchanges: list[dict[str, Any]] | None = None) -> None:
        path = Path(path)
        self.path = path / EXCHANGES_FILE if path.suffix != ".json" else path
        self._lock = threading.Lock()
        self._exchanges: dict[str, dict[str, Any]] = {}
        for exchange in exchanges or []:
            self._exchanges[str(exchange["key"])] = exchange
        self._used: set[str] = set()
        self._misses: dict[str, Miss] = {}

    @classmethod
    def load(cls, path: Path | str) -> Cassette:
        """The cassette at ``path`` (a case directory or its exchanges.json); empty if absent."""
        cassette = cls(path)
        if cassette.path.exists():
            data = json.loads(cassette.path.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError(f"{cassette.path}: expected a JSON list of exchanges")
            for exchange in data:
                key = request_key(exchange["request"])
                if exchange.get("key") != key:
                    raise ValueError(
                        f"{cassette.path}: exchange {str(exchange.get('key'))[:12]} does not "
                        f"match its request (sha256 is {key[:12]}); re-record the case"
                    )
                cassette._exchanges[key] = exchange
        return cassette

    def __len__(self) -> int:
        return len(self._exchanges)

    @property
    def exchanges(self) -> list[dict[str, Any]]:
        with self._lock:
            return [self._exchanges[k] for k in sorted(self._exchanges)]

    @property
    def misses(self) -> list[Miss]:
        with self._lock:
            return list(self._misses.values())

    def unused(self) -> list[dict[str, Any]]:
        """Recorded exchanges that no request asked for (sorted by key)."""
        with self._lock:
            return [self._exchanges[k] for k in sorted(self._exchanges) if k not in self._used]

    def add(self, request: dict[str, Any], status: int, body: Any) -> dict[str, Any]:
        """Keep one exchange as a real server answered it (a recording proxy's job); an
        identical request keeps its first answer."""
        key = request_key(request)
        exchange = {
            "key": key,
            "request": request,
            "response": {"status": status, "body": _stable_response(body, key)},
        }
        with self._lock:
            self._used.add(key)
            return self._exchanges.setdefault(key, exchange)

    # --- handlers for OpenAIStub -----------------------------------------------------------

    def replay_handler(self) -> Handler:
        """Answer recorded requests; anything else gets HTTP 599 and is remembered as a miss."""

        def handler(body: dict[str, Any]) -> StubReply:
            key = request_key(body)
            with self._lock:
                exchange = self._exchanges.get(key)
                if exchange is not None:
                    self._used.add(key)
                    response = exchange["response"]
                    return StubReply(int(response.get("status", 200)), response["body"])
                miss = self._miss(key, body)
                self._misses.setdefault(key, miss)
            return StubReply(
                MISS_STATUS,
                error_body(miss.describe(), type_="cassette_miss"),
                {"x-should-retry": "false"},
            )

        return handler

    def recording_handler(self, responder: Responder) -> Handler:
        """Answer with ``responder`` and store each exchange (an identical request is answered
        from the recording, as replay would)."""

        def handler(body: dict[str, Any]) -> StubReply:
            key = request_key(body)
            with self._lock:
                exchange = self._exchanges.get(key)
            if exchange is None:
                answer = _stable_response(responder(body), key)
                exchange = {
                    "key": key,
                    "request": body,
                    "response": {"status": 200, "body": answer},
                }
                with self._lock:
                    exchange = self._exchanges.setdefault(key, exchange)
            with self._lock:
                self._used.add(key)
            response = exchange["response"]
            return StubReply(int(response["status"]), response["body"])

        return handler

    # --- checks and saving -----------------------------------------------------------------

    def problems(self) -> list[str]:
        """One line per miss and per unused recorded exchange."""
        lines = [miss.describe() for miss in self.misses]
        for exchange in self.unused():
            preview = user_message(exchange["request"])[:_PREVIEW_CHARS]
            lines.append(
                f"recorded exchange {exchange['key'][:12]} was never requested; "
                f"its user message starts {preview!r}"
            )
        return lines

    def assert_clean(self) -> None:
        """Fail (AssertionError) on any miss or unused exchange, naming each."""
        problems = self.problems()
        if problems:
            hint = "re-record the case if the change was intended"
            raise AssertionError(
                f"cassette {self.path} does not match this run ({hint}):\n- "
                + "\n- ".join(problems)
            )

    def save(self) -> Path:
        """Write the exchanges as pretty, key-sorted, stable JSON (no headers, ever)."""
        exchanges = []
        for exchange in self.exchanges:
            exchanges.append(
                {
                    "key": exchange["key"],
                    "request": exchange["request"],
                    "response": {
                        "status": exchange["response"].get("status", 200),
                        "body": exchange["response"]["body"],
                    },
                }
            )
        text = json.dumps(exchanges, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(text, encoding="utf-8")
        return self.path

    # --- internals -------------------------------------------------------------------------

    def _miss(self, key: str, body: Mapping[str, Any]) -> Miss:
        """Describe an unrecorded request (called with the lock held)."""
        try:
            step = current_request().headers.get("x-briefing-step", "?")
        except RuntimeError:
            step = "?"
        user = user_message(body)
        closest: str | None = None
        shared = -1
        for other_key in sorted(self._exchanges):
            n = _common_prefix(user, user_message(self._exchanges[other_key]["request"]))
            if n > shared:
                closest, shared = other_key, n
        return Miss(
            key=key,
            step=step,
            user_preview=user[:_PREVIEW_CHARS],
            closest_key=closest,
            shared_prefix=max(shared, 0),
        )
