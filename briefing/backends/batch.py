"""The Batch API: the map calls of a run sent as one batch, at the batch discount.

``BatchingBackend(inner)`` wraps an ``OpenAIBackend``. A request whose step is in ``steps``
(default: map) is queued, and the requests that arrive together (summarize starts every map
call at once; ``debounce_s`` without a new one closes the group) become one JSONL file, one line
per request carrying the body a direct call would send (``OpenAIBackend.request_body``) and a
``custom_id`` derived from the request's cache fingerprint. The file is uploaded
(purpose ``batch``) and run as a batch (``completion_window="24h"``), which is polled after
``first_poll_s``, then at doubling intervals up to ``poll_interval_s`` (small batches often end
in minutes, big ones take hours), each poll reported to ``on_progress``. Then the output and
error files are read:

- a line answered 200 is checked and validated exactly as a direct answer
  (``OpenAIBackend.finish``), with the one repair call, when needed, made directly;
- a failed line, a line missing from the output (the batch expired, or was cancelled after
  ``timeout_s``), or every line of a batch that failed as a whole, is retried directly.

Only the first ``rounds`` groups go through the Batch API (default 1: the map calls that a run
starts together); the calls that follow them (the halves of a map call whose notes were cut
off) go directly, so that a run waits for one batch, not one per round. Every other step
(reduce, final, repair) goes directly. A group over the API's limits
(50,000 requests or 200 MB per file) runs as several batches at once. Batched answers have
``mode="batch"`` so that their cost is estimated at the model's ``batch_discount``; one that
needed a direct repair keeps its direct mode (its estimate errs high). Wrapped in a
``CachingBackend``, only cache misses reach a batch, and batched answers are cached like direct
ones (the same name and model, hence the same fingerprints).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any, Final, TypeVar

import openai
from openai.types import Batch
from pydantic import BaseModel

from briefing.backends.base import LLMRequest, LLMResponse, Wrapper
from briefing.backends.batch_file import (
    BATCH_ENDPOINT,
    MAX_FILE_BYTES,
    MAX_REQUESTS,
    Line,
    Queued,
    batch_lines,
    chunked,
    failure_reason,
    ok_body,
)
from briefing.backends.errors import ERROR_EXCERPT_CHARS
from briefing.backends.formats import Mode
from briefing.backends.openai import OpenAIBackend
from briefing.exceptions import LLMError, redact
from briefing.models import CallMode

__all__ = [
    "BATCH_ENDPOINT",
    "MAX_FILE_BYTES",
    "MAX_REQUESTS",
    "BatchProgress",
    "BatchingBackend",
]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

COMPLETION_WINDOW: Final = "24h"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
_NO_BATCH_HINT = "does the server offer the Batch API? run without --batch"


@dataclass(frozen=True)
class BatchProgress:
    """One poll of one batch: how many of its ``total`` requests are done."""

    batch_id: str
    status: str
    completed: int
    failed: int
    total: int


class BatchingBackend(Wrapper[OpenAIBackend]):
    """A ``Backend`` that sends the requests of ``steps`` through the Batch API of ``inner``'s
    server and everything else, and every retry, directly through ``inner``."""

    def __init__(
        self,
        inner: OpenAIBackend,
        *,
        poll_interval_s: float = 30.0,
        first_poll_s: float = 0.5,
        timeout_s: float = 24 * 3600.0,
        cancel_wait_s: float = 600.0,
        debounce_s: float = 0.05,
        steps: Collection[str] = ("map",),
        rounds: int | None = 1,
        on_progress: Callable[[BatchProgress], None] | None = None,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        super().__init__(inner)
        self._poll_interval_s = poll_interval_s
        self._first_poll_s = first_poll_s
        self._timeout_s = timeout_s
        self._cancel_wait_s = cancel_wait_s
        self._debounce_s = debounce_s
        self._steps = frozenset(steps)
        self._rounds = rounds
        self._groups = 0
        self._on_progress = on_progress
        self._max_requests = max_requests
        self._max_bytes = max_bytes
        self._queue: list[Queued] = []
        self._arrived = 0
        self._collector: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.batch_ids: list[str] = []  # every batch created, in order (diagnostics, tests)

    # --- Backend protocol ----------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._inner.host

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        if request.step not in self._steps or self._rounds_done():
            return await self._inner.generate(request)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[LLMResponse[Any]] = loop.create_future()
        self._queue.append((request, future))
        self._arrived += 1
        if self._collector is None:
            self._groups += 1
            self._collector = self._spawn(self._collect())
        return await future

    def _rounds_done(self) -> bool:
        """True once ``rounds`` groups have been sent (and no group is being collected)."""
        return self._collector is None and self._rounds is not None and self._groups >= self._rounds

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._inner.aclose()

    # --- grouping ------------------------------------------------------------------------

    def _spawn(self, work: Any) -> asyncio.Task[None]:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _collect(self) -> None:
        """Wait until requests stop arriving, then run what came as one batch."""
        queued: list[Queued] = []
        try:
            seen = -1
            while seen != self._arrived:
                seen = self._arrived
                await asyncio.sleep(self._debounce_s)
            queued = self._take()
            lines = batch_lines(queued, self._inner, source=self.name)
            await asyncio.gather(
                *(
                    self._run(chunk)
                    for chunk in chunked(
                        lines, max_requests=self._max_requests, max_bytes=self._max_bytes
                    )
                )
            )
        except asyncio.CancelledError:
            for _, future in queued or self._take():
                future.cancel()
            raise
        except Exception as exc:  # an upload or batch call failed: every waiting call fails
            for _, future in queued:
                if not future.done():
                    future.set_exception(exc)

    def _take(self) -> list[Queued]:
        """The queued requests; the next request starts a new group."""
        queued, self._queue = self._queue, []
        self._collector = None
        return queued

    # --- one batch -----------------------------------------------------------------------

    async def _run(self, lines: list[Line]) -> None:
        mode = self._inner.mode
        if sum(len(line.data) for line in lines) > self._max_bytes:
            log.warning("a request is larger than a batch file may be; sending it directly")
            await self._resolve(lines, {}, mode, 0.0)
            return
        started = time.monotonic()
        batch = await self._start(lines)
        batch_id = batch.id
        try:
            batch = await self._wait(batch)
        except asyncio.CancelledError:
            await self._cancel_quietly(batch_id)
            raise
        results: dict[str, dict[str, Any]] = {}
        if batch.status == "failed":
            errors = batch.errors.data if batch.errors and batch.errors.data else []
            reason = "; ".join(e.message or e.code or "?" for e in errors[:3]) or "no reason given"
            log.warning(
                "batch %s failed (%s); sending its %d requests directly",
                batch_id,
                redact(reason, self._key),
                len(lines),
            )
        else:
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    results.update(await self._download(file_id))
        await self._resolve(lines, results, mode, time.monotonic() - started, batch_id=batch_id)

    async def _start(self, lines: list[Line]) -> Batch:
        client = self._inner.client
        data = b"".join(line.data for line in lines)
        try:
            uploaded = await client.files.create(
                file=("briefing-batch.jsonl", data, "application/jsonl"), purpose="batch"
            )
        except openai.OpenAIError as exc:
            raise self._error(exc, "uploading the batch file") from None
        try:
            batch = await client.batches.create(
                input_file_id=uploaded.id,
                endpoint=BATCH_ENDPOINT,
                completion_window=COMPLETION_WINDOW,
                metadata={"created_by": "briefing", "steps": ",".join(sorted(self._steps))},
            )
        except openai.OpenAIError as exc:
            raise self._error(exc, "creating the batch") from None
        self.batch_ids.append(batch.id)
        log.info(
            "batch %s: %d requests (%s bytes) sent to %s",
            batch.id,
            len(lines),
            f"{len(data):,}",
            self._inner.host,
        )
        return batch

    async def _wait(self, batch: Batch) -> Batch:
        """Poll until the batch ends (or until ``timeout_s``: then cancel it, and wait at most
        ``cancel_wait_s`` for the partial results)."""
        client = self._inner.client
        deadline = time.monotonic() + self._timeout_s
        cancelled = False
        wait = min(self._first_poll_s, self._poll_interval_s)
        while True:
            self._report(batch)
            if batch.status in TERMINAL:
                return batch
            if time.monotonic() >= deadline:
                if cancelled:
                    log.warning("batch %s did not end after cancelling; giving up", batch.id)
                    return batch
                log.warning(
                    "batch %s still %s after %gs; cancelling it",
                    batch.id,
                    batch.status,
                    self._timeout_s,
                )
                cancelled = True
                deadline = time.monotonic() + self._cancel_wait_s
                try:
                    batch = await client.batches.cancel(batch.id)
                except openai.OpenAIError as exc:
                    log.warning("cancelling batch %s failed: %s", batch.id, self._error(exc, ""))
                continue
            await asyncio.sleep(wait)
            wait = min(wait * 2, self._poll_interval_s)
            try:
                batch = await client.batches.retrieve(batch.id)
            except openai.OpenAIError as exc:
                raise self._error(exc, f"polling batch {batch.id}") from None

    def _report(self, batch: Batch) -> None:
        counts = batch.request_counts
        progress = BatchProgress(
            batch_id=batch.id,
            status=batch.status,
            completed=counts.completed if counts else 0,
            failed=counts.failed if counts else 0,
            total=counts.total if counts else 0,
        )
        log.debug("batch %s: %s", batch.id, progress)
        if self._on_progress is not None:
            self._on_progress(progress)

    async def _download(self, file_id: str) -> dict[str, dict[str, Any]]:
        """The lines of an output or error file, by custom_id."""
        try:
            content = await self._inner.client.files.content(file_id)
        except openai.OpenAIError as exc:
            raise self._error(exc, f"downloading batch file {file_id}") from None
        lines: dict[str, dict[str, Any]] = {}
        for raw in content.text.splitlines():
            if not raw.strip():
                continue
            try:
                item = json.loads(raw)
            except ValueError:
                log.warning("batch file %s: skipping a line that is not JSON", file_id)
                continue
            if isinstance(item, dict) and isinstance(item.get("custom_id"), str):
                lines[item["custom_id"]] = item
        return lines

    async def _cancel_quietly(self, batch_id: str) -> None:
        """Best effort when the run is interrupted: do not leave a batch running (and billed)."""
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._inner.client.batches.cancel(batch_id), 10)
            log.info("batch %s cancelled", batch_id)

    # --- answers -------------------------------------------------------------------------

    async def _resolve(
        self,
        lines: list[Line],
        results: dict[str, dict[str, Any]],
        mode: Mode,
        latency_s: float,
        *,
        batch_id: str = "",
    ) -> None:
        answered = 0
        retried: list[str] = []
        work = []
        for line in lines:
            body = ok_body(results.get(line.custom_id))
            if body is not None:
                answered += 1
                work.append(self._finish(line, body, mode, latency_s))
            else:
                retried.append(failure_reason(results.get(line.custom_id)))
                work.append(self._direct(line))
        if retried:
            reasons = sorted(set(retried))
            log.warning(
                "batch %s: %d of %d requests answered; retrying %d directly (%s)",
                batch_id or "(none)",
                answered,
                len(lines),
                len(retried),
                redact("; ".join(reasons)[:ERROR_EXCERPT_CHARS], self._key),
            )
        await asyncio.gather(*work)

    async def _finish(self, line: Line, body: dict[str, Any], mode: Mode, latency: float) -> None:
        try:
            response = await self._inner.finish(line.request, body, mode, latency_s=latency)
        except Exception as exc:
            line.settle(exc)
            return
        if response.attempts == 1:
            response = replace(response, mode=CallMode.BATCH)
        line.settle(response)

    async def _direct(self, line: Line) -> None:
        try:
            response = await self._inner.generate(line.request)
        except Exception as exc:
            line.settle(exc)
            return
        line.settle(response)

    # --- errors --------------------------------------------------------------------------

    @property
    def _key(self) -> str | None:
        return self._inner.client.api_key or None

    def _error(self, exc: openai.OpenAIError, action: str) -> LLMError:
        return self._inner.errors(exc, action=action, hint=_NO_BATCH_HINT)
