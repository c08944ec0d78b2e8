"""A Slack incoming webhook on 127.0.0.1 for tests: records payloads, checks Slack's limits, and
answers what a script says.

::

    with SlackWebhookServer([Reply.rate_limited(0.2), Reply.server_error()]) as hook:
        send_slack(payload, hook.url)
    assert hook.payloads == [payload]          # accepted messages, in order
    assert [r.status for r in hook.replies] == [429, 500, 200]

Every request is validated first, as Slack would: valid JSON, a non-empty top-level ``text``, at
most 50 blocks, section text at most 3,000 characters, header text at most 150, and all text of
the message at most ``MAX_MESSAGE_TEXT``; mrkdwn may contain ``<`` only as an http(s) link
``<url|label>``. A violation answers ``400 invalid_payload`` (or ``msg_blocks_too_long``) and is
listed in ``problems``. A valid request takes the next scripted reply, or ``200 ok`` when the
script is empty. Another path answers ``404 no_service``, as Slack does for a removed webhook.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from loopback import LoopbackHandler, LoopbackServer, OwnedServer

__all__ = ["QUICK_SLACK", "Received", "Reply", "SlackWebhookServer", "validate"]

# A config file's ``[slack]`` for tests that count sends, not their pace: set as a user would, so
# the retries and pauses are real, only short (defaults: 1 s between messages; 5xx retried after
# 0.5, 1, 2 s).
QUICK_SLACK = "[slack]\nmin_interval_s = 0.01\nretry_backoff_s = 0.01\n"

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_MESSAGE_TEXT = 12_000
HOOK_PATH = "/services/T0TESTTEAM/B0TESTHOOK/s3cretWebhookTokenXYZ1"

# In mrkdwn, "<" may only open a link to an http(s) URL with a label free of "|", "<", ">".
_LINK = re.compile(r"<https?://[^\s|<>]+\|[^|<>]+>")


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: str = "ok"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    @classmethod
    def rate_limited(cls, retry_after: float | str = 1) -> Reply:
        return cls(429, "rate_limited", {"Retry-After": str(retry_after)})

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls(status, "rollup_error")

    @classmethod
    def error(cls, code: str, status: int = 400) -> Reply:
        return cls(status, code)


@dataclass(frozen=True)
class Received:
    """One request and the answer it got."""

    path: str
    at: float  # time.monotonic()
    payload: Any
    status: int
    body: str
    headers: dict[str, str]


def _texts(block: dict[str, Any]) -> list[tuple[str, str]]:
    """(type, text) of every text object in a block."""
    out: list[tuple[str, str]] = []
    text = block.get("text")
    if isinstance(text, dict):
        out.append((str(text.get("type")), str(text.get("text", ""))))
    for element in block.get("elements", []) or []:
        if isinstance(element, dict) and "text" in element:
            out.append((str(element.get("type")), str(element["text"])))
    return out


def validate(payload: Any) -> str | None:
    """The Slack error code this payload would get, with the reason; None when valid."""
    if not isinstance(payload, dict):
        return "invalid_payload: not a JSON object"
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        return "no_text: top-level text missing"
    blocks = payload.get("blocks", [])
    if not isinstance(blocks, list) or not blocks:
        return "invalid_payload: blocks missing"
    if len(blocks) > MAX_BLOCKS:
        return f"invalid_payload: {len(blocks)} blocks"
    total = len(text)
    for n, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind not in ("header", "section", "context", "divider"):
            return f"invalid_payload: block {n} has type {kind!r}"
        texts = _texts(block)
        if kind == "header" and (texts[0][0] != "plain_text" or len(texts[0][1]) > MAX_HEADER_TEXT):
            return f"invalid_payload: header {n} longer than {MAX_HEADER_TEXT}"
        if kind == "section" and (not texts or len(texts[0][1]) > MAX_SECTION_TEXT):
            return f"invalid_payload: section {n} text missing or over {MAX_SECTION_TEXT}"
        if kind == "context" and not 1 <= len(block.get("elements", [])) <= 10:
            return f"invalid_payload: context {n} needs 1-10 elements"
        for kind_of_text, value in texts:
            if not value.strip():
                return f"invalid_payload: empty text in block {n}"
            if kind_of_text == "mrkdwn" and "<" in _LINK.sub("", value):
                return f"invalid_payload: raw '<' in block {n}: {value[:80]!r}"
            total += len(value)
    if total > MAX_MESSAGE_TEXT:
        return f"msg_blocks_too_long: {total} characters"
    return None


class _Handler(LoopbackHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            payload: Any = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            payload = None
        reply = owner._answer(self.path, payload, headers)
        if reply.delay and owner._stopping.wait(reply.delay):
            return
        body = reply.body.encode("utf-8")
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            self.close_connection = True


class _Server(OwnedServer):
    owner: SlackWebhookServer

    def handle_error(self, request: object, client_address: object) -> None:
        return


class SlackWebhookServer(LoopbackServer):
    """Plays ``hooks.slack.com`` on 127.0.0.1 at a free port."""

    def __init__(self, script: Iterable[Reply] = ()) -> None:
        super().__init__(_Server, _Handler)
        self.script: deque[Reply] = deque(script)
        self.received: list[Received] = []
        self.problems: list[str] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """The webhook URL (a secret, as far as the code under test knows)."""
        return self.base_url + HOOK_PATH

    @property
    def payloads(self) -> list[Any]:
        """Payloads answered 200, in order."""
        with self._lock:
            return [r.payload for r in self.received if r.status == 200]

    @property
    def statuses(self) -> list[int]:
        with self._lock:
            return [r.status for r in self.received]

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def _answer(self, path: str, payload: Any, headers: dict[str, str]) -> Reply:
        with self._lock:
            if path != HOOK_PATH:
                reply = Reply.error("no_service", 404)
            elif not headers.get("content-type", "").startswith("application/json"):
                reply = Reply.error("invalid_payload", 400)
            elif (problem := validate(payload)) is not None:
                self.problems.append(problem)
                reply = Reply.error(problem.split(":")[0], 400)
            elif self.script:
                reply = self.script.popleft()
            else:
                reply = Reply()
            self.received.append(
                Received(path, time.monotonic(), payload, reply.status, reply.body, headers)
            )
            return reply
