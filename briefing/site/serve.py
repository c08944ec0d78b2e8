"""``brief serve``: the site directory over HTTP on 127.0.0.1 (``http.server``), rebuilt when
the store has a newer briefing (checked at most every ``check_every_s`` seconds, when a page is
asked for), so a ``brief today`` shows up on the next reload."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from briefing.site.build import build_site
from briefing.store import Store

__all__ = ["SiteServer"]

logger = logging.getLogger(__name__)


def _latest(store: Store) -> tuple[int, dt.datetime] | None:
    latest = store.list_briefings(limit=1)
    return (latest[0].id, latest[0].created_at) if latest else None


class _Handler(SimpleHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("serve: " + format, *args)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def do_GET(self) -> None:
        self.server.owner.refresh()
        super().do_GET()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: SiteServer


class SiteServer:
    """Builds the site into ``directory`` and serves it on ``host:port`` (0: a free port)."""

    def __init__(
        self,
        directory: Path,
        *,
        store_path: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 8000,
        base_url: str | None = None,
        check_every_s: float = 5.0,
        timezone: str = "UTC",
    ) -> None:
        self.directory = directory
        self.store_path = store_path
        self.base_url = base_url
        self.timezone = timezone
        self.check_every_s = check_every_s
        self._built_for: tuple[int, dt.datetime] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.rebuild()
        handler = functools.partial(_Handler, directory=str(directory))
        self._server = _Server((host, port), handler)
        self._server.owner = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def _store(self) -> Store:
        return Store(self.store_path) if self.store_path else Store.default()

    def rebuild(self) -> None:
        with self._store() as store:
            self._built_for = _latest(store)
            build_site(store, self.directory, base_url=self.base_url, timezone=self.timezone)
        self._checked = time.monotonic()

    def refresh(self) -> None:
        """Rebuild if the store has a briefing newer than the site (checked now and then)."""
        with self._lock:
            if time.monotonic() - self._checked < self.check_every_s:
                return
            self._checked = time.monotonic()
            with self._store() as store:
                latest = _latest(store)
            if latest != self._built_for:
                logger.info("serve: a new briefing; rebuilding the site")
                self.rebuild()

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.2)

    def __enter__(self) -> SiteServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._thread:
            self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join()
