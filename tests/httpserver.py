"""A small threaded HTTP server on 127.0.0.1 for tests: serves a dict of routes, records requests.

::

    rss_type = {"Content-Type": "application/rss+xml"}
    with HTTPServer({"/feed": Route(body=rss, headers=rss_type)}) as server:
        url = server.url("/feed")
        ...
    assert server.requests[0].headers["user-agent"].startswith("briefing/")

A ``Route`` is a status, headers and a body, with an optional ``delay`` before answering and
``chunked`` transfer encoding (no Content-Length). A route with an ``ETag`` or ``Last-Modified``
header answers 304 to a matching If-None-Match / If-Modified-Since. ``redirect(location)`` builds a
redirect route. Unknown paths answer 404. ``server.max_in_flight`` is the most requests that were
being answered at once (for concurrency limits).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from loopback import LoopbackHandler, LoopbackServer, OwnedServer

__all__ = ["HTTPServer", "RecordedRequest", "Route", "redirect"]


@dataclass
class Route:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunked: bool = False

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


def redirect(location: str, status: int = 302) -> Route:
    return Route(status=status, headers={"Location": location})


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


class _Handler(LoopbackHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        headers = {k.lower(): v for k, v in self.headers.items()}
        owner._record(RecordedRequest("GET", self.path, headers))
        owner._enter()
        try:
            self._answer(owner.routes.get(self.path), headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client stopped reading (size cap, timeout)
        finally:
            owner._leave()

    def _answer(self, route: Route | None, headers: Mapping[str, str]) -> None:
        owner = self.server.owner
        if route is None:
            route = Route(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
        if route.delay and owner._stopping.wait(route.delay):
            return
        status = route.status
        etag = route.headers.get("ETag")
        modified = route.headers.get("Last-Modified")
        if (etag and headers.get("if-none-match") == etag) or (
            modified and not etag and headers.get("if-modified-since") == modified
        ):
            status = 304
        body = b"" if status == 304 else route.payload()
        self.send_response(status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.chunked and status != 304:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 4096):
                piece = body[start : start + 4096]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.wfile.flush()


class _Server(OwnedServer):
    owner: HTTPServer

    def handle_error(self, request: object, client_address: object) -> None:
        return  # a client that hung up is not a test failure


class HTTPServer(LoopbackServer):
    """Serves ``routes`` (path with query → Route) on 127.0.0.1 at a free port."""

    def __init__(self, routes: Mapping[str, Route] | None = None) -> None:
        super().__init__(_Server, _Handler)
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[RecordedRequest] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths(self) -> list[str]:
        """The paths requested, in order."""
        with self._lock:
            return [request.path for request in self.requests]

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1
