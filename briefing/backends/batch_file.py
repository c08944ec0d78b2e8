"""The lines of a Batch API input file, and reading the lines of its output and error files.

A line carries the body a direct call would send (``OpenAIBackend.request_body``) and a
``custom_id`` derived from the request's cache fingerprint; identical requests share one line
(custom_ids must be unique in a batch) and every call waiting for it gets its answer.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Final

from briefing.backends.base import LLMRequest, LLMResponse
from briefing.backends.cached import fingerprint
from briefing.backends.openai import OpenAIBackend

__all__ = [
    "BATCH_ENDPOINT",
    "MAX_FILE_BYTES",
    "MAX_REQUESTS",
    "Line",
    "Queued",
    "batch_lines",
    "chunked",
    "failure_reason",
    "ok_body",
]

BATCH_ENDPOINT: Final = "/v1/chat/completions"
MAX_REQUESTS = 50_000  # requests per batch (OpenAI's limit)
MAX_FILE_BYTES = 200 * 1024 * 1024  # bytes per input file (OpenAI's limit)

Queued = tuple[LLMRequest[Any], asyncio.Future[LLMResponse[Any]]]


@dataclass
class Line:
    """One line of a batch file and the calls waiting for its answer."""

    custom_id: str
    request: LLMRequest[Any]
    data: bytes
    waiting: list[asyncio.Future[LLMResponse[Any]]] = field(default_factory=list)

    def settle(self, outcome: LLMResponse[Any] | Exception) -> None:
        """Give every waiting call the answer (or the error)."""
        for future in self.waiting:
            if future.done():  # its caller was cancelled
                continue
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)


def batch_lines(queued: list[Queued], inner: OpenAIBackend, *, source: str) -> list[Line]:
    """One line per distinct request of ``queued``, in ``inner``'s current answer format;
    ``source`` is the backend name the fingerprints are taken with."""
    mode = inner.mode
    lines: dict[str, Line] = {}
    for request, future in queued:
        key = fingerprint(source, inner.model, request)
        custom_id = f"{request.step}-{key[:32]}"
        line = lines.get(custom_id)
        if line is None:
            item = {
                "custom_id": custom_id,
                "method": "POST",
                "url": BATCH_ENDPOINT,
                "body": inner.request_body(request, mode),
            }
            data = (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")
            line = lines[custom_id] = Line(custom_id, request, data)
        line.waiting.append(future)
    return list(lines.values())


def chunked(lines: list[Line], *, max_requests: int, max_bytes: int) -> list[list[Line]]:
    """Lines split at the per-batch limits; a line too big for any file is its own chunk
    (its batch is refused as a whole, and the line goes directly)."""
    chunks: list[list[Line]] = []
    size = 0
    for line in lines:
        if not chunks or len(chunks[-1]) >= max_requests or size + len(line.data) > max_bytes:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += len(line.data)
    return chunks


def ok_body(item: dict[str, Any] | None) -> dict[str, Any] | None:
    """The chat.completion body of an output line answered 200, else None."""
    if item is None:
        return None
    response = item.get("response")
    if not isinstance(response, dict) or response.get("status_code") != 200:
        return None
    body = response.get("body")
    return body if isinstance(body, dict) else None


def failure_reason(item: dict[str, Any] | None) -> str:
    """Why a line has no answer, in a few words."""
    if item is None:
        return "no result"
    error = item.get("error")
    if isinstance(error, dict):
        return str(error.get("code") or error.get("message") or "error")
    response = item.get("response")
    if isinstance(response, dict):
        return f"HTTP {response.get('status_code')}"
    return "error"
