"""How many calls go to a server at once: at most ``max_concurrency``, and only one while no
answer has confirmed the answer format (so calls queued behind the first contact start in the
format it found). The asyncio primitives are made for the running event loop, so one backend
can serve several ``asyncio.run`` calls in turn."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from briefing.backends.formats import FormatLadder

__all__ = ["CallGate"]


class CallGate:
    def __init__(self, max_concurrency: int, ladder: FormatLadder) -> None:
        self._max_concurrency = max_concurrency
        self._ladder = ladder
        self._semaphore: asyncio.Semaphore | None = None
        self._first_contact: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def limit(self) -> asyncio.Semaphore:
        """The concurrency limit, created for the running event loop."""
        self._for_this_loop()
        assert self._semaphore is not None
        return self._semaphore

    @contextlib.asynccontextmanager
    async def unconfirmed_alone(self) -> AsyncIterator[None]:
        """While no answer has confirmed the answer format, one call at a time."""
        if self._ladder.confirmed:
            yield
            return
        self._for_this_loop()
        lock = self._first_contact
        assert lock is not None
        await lock.acquire()
        if self._ladder.confirmed:  # the call ahead confirmed it: go on together
            lock.release()
            yield
            return
        try:
            yield
        finally:
            lock.release()

    def _for_this_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:
            self._semaphore = asyncio.Semaphore(self._max_concurrency)
            self._first_contact = asyncio.Lock()
            self._loop = loop
