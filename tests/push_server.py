"""A loopback server posing as a push service (Apprise's ``json://`` target, an ntfy server)
for tests: records every POSTed JSON body with its path, and answers what a script says.

::

    with PushServer([500]) as server:          # the first post fails, the rest succeed
        url = f"ntfy://127.0.0.1:{server.port}/topic"
        ...
    assert [p.body["message"] for p in server.posts] == [...]   # accepted posts, in order

A post with a body over ``max_body`` characters in its ``message`` answers 413 and is not
recorded (a service refusing an oversized message).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from loopback import LoopbackHandler, LoopbackServer, OwnedServer

__all__ = ["Post", "PushServer"]


@dataclass(frozen=True)
class Post:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]


class _Handler(LoopbackHandler):
    server: _Server

    def do_POST(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8")
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:  # not JSON (e.g. ntfy's attachment upload): kept as it came
            body = {"raw": raw}
        headers = {k.lower(): v for k, v in self.headers.items()}
        with owner.lock:
            owner.attempts += 1
            status = owner.script.popleft() if owner.script else 200
            too_long = len(str(body.get("message", ""))) > owner.max_body
            if too_long:
                status = 413
            if status == 200:
                owner.posts.append(Post(self.path, body, headers))
        answer = json.dumps({"id": "x", "event": "message"} if status == 200 else {"code": status})
        data = answer.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(OwnedServer):
    owner: PushServer


class PushServer(LoopbackServer):
    def __init__(self, script: Iterable[int] = (), *, max_body: int = 10**9) -> None:
        super().__init__(_Server, _Handler)
        self.script: deque[int] = deque(script)
        self.max_body = max_body
        self.posts: list[Post] = []
        self.attempts = 0
        self.lock = threading.Lock()
