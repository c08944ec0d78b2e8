"""The files and batches endpoints, in memory, in OpenAI's wire format.

A batch is ``validating`` when created, ``in_progress`` while polled, and done after
``BatchOptions.polls`` retrieves (or ``seconds`` after creation). When done, every line is
answered by the server's chat responder (no ``Faults``: HTTP faults make no sense per line) and
written to the output file; failed lines (``fail_ids``, ``fail_rate``, or a request the server
rejects) go to the error file with their ``response.status_code``; with ``expire_after=n`` the
lines after the first n go to the error file as ``batch_expired`` and the batch is ``expired``.
``fail_batch`` fails a batch as a whole when it is created (no line runs), and
``retrieve_status`` makes every poll an HTTP error (a server in trouble).
A cancelled batch becomes ``cancelled`` at the next retrieve, with no lines run.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ApiError", "BatchOptions", "Batches", "error_body"]

EXPIRED_MESSAGE = "This request could not be executed before the completion window expired."
SERVER_ERROR_MESSAGE = "The server had an error while processing your request."
_TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})

Answer = Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]
"""Answers one chat request body: (status code, response body)."""


def error_body(message: str, type_: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


class ApiError(Exception):
    """An error answer (status and OpenAI error body)."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.status = status
        self.body = error_body(message, type_)


@dataclass(frozen=True)
class BatchOptions:
    polls: int = 2  # retrieves until the batch is done
    seconds: float | None = None  # or: done this long after it was created
    fail_ids: frozenset[str] = frozenset()  # custom_ids answered 500 (in the error file)
    fail_rate: float = 0.0  # seeded share of the other lines answered likewise
    expire_after: int | None = None  # run only the first n lines; the batch expires
    fail_batch: str | None = None  # the batch fails validation as a whole, with this message
    retrieve_status: int | None = None  # every retrieve (poll) answers this HTTP error status


@dataclass
class _Batch:
    id: str
    input_file_id: str
    created_at: int
    metadata: dict[str, Any] | None
    lines: list[dict[str, Any]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    polls: int = 0
    status: str = "validating"
    times: dict[str, int] = field(default_factory=dict)  # in_progress_at, completed_at, …
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"total": 0, "completed": 0, "failed": 0}
    )
    usage: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        u = self.usage
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "created_at": self.created_at,
            "expires_at": self.created_at + 86400,
            **self.times,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "request_counts": dict(self.counts),
            "metadata": self.metadata,
            "usage": {
                "input_tokens": u["prompt"],
                "input_tokens_details": {"cached_tokens": u["cached"]},
                "output_tokens": u["completion"],
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": u["prompt"] + u["completion"],
            },
        }


def _jsonl(lines: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


class Batches:
    """Files and batches of one server. ``answer`` answers one chat request body."""

    def __init__(self, answer: Answer, options: BatchOptions, *, seed: int = 0) -> None:
        self._answer = answer
        self._lock = threading.RLock()
        self._files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self._batches: dict[str, _Batch] = {}
        self._ids: Counter[str] = Counter()
        self.lines_run = 0
        self.set_options(options, seed=seed)

    def set_options(self, options: BatchOptions, *, seed: int = 0) -> None:
        with self._lock:
            self.options = options
            self._rng = random.Random(seed)

    @property
    def count(self) -> int:
        return len(self._batches)

    def _next_id(self, prefix: str) -> str:
        with self._lock:
            self._ids[prefix] += 1
            return f"{prefix}{self._ids[prefix]:06d}"

    # -- files -------------------------------------------------------------------------------

    def store(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = self._next_id("file-")
        meta: dict[str, Any] = {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
        with self._lock:
            self._files[file_id] = (meta, data)
        return meta

    def upload(self, content_type: str, raw: bytes) -> dict[str, Any]:
        """``POST /v1/files``: a multipart/form-data body with ``file`` and ``purpose``."""
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
        form: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts() if message.is_multipart() else []:
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            form[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
        if "file" not in form or "purpose" not in form:
            raise ApiError(400, "'file' and 'purpose' are required (multipart/form-data)")
        purpose = form["purpose"][1].decode()
        if purpose != "batch":
            raise ApiError(400, f"this fake accepts purpose 'batch' only, not {purpose!r}")
        filename, data = form["file"]
        return self.store(data, filename or "upload.jsonl", purpose)

    def file(self, file_id: str) -> dict[str, Any]:
        return self._file(file_id)[0]

    def content(self, file_id: str) -> bytes:
        return self._file(file_id)[1]

    def _file(self, file_id: str) -> tuple[dict[str, Any], bytes]:
        with self._lock:
            found = self._files.get(file_id)
        if found is None:
            raise ApiError(404, f"No such File object: {file_id}")
        return found

    # -- batches -----------------------------------------------------------------------------

    def create(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("endpoint") != "/v1/chat/completions":
            raise ApiError(400, "this fake supports endpoint '/v1/chat/completions' only")
        if body.get("completion_window") != "24h":
            raise ApiError(400, "completion_window must be '24h'")
        data = self.content(str(body.get("input_file_id")))
        now = int(time.time())
        batch = _Batch(self._next_id("batch_"), body["input_file_id"], now, body.get("metadata"))
        for n, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                item = None
            if (
                not isinstance(item, dict)
                or item.get("method") != "POST"
                or item.get("url") != "/v1/chat/completions"
                or not isinstance(item.get("body"), dict)
                or not isinstance(item.get("custom_id"), str)
            ):
                message = f"line {n} is not a POST /v1/chat/completions request with a custom_id"
                batch.errors.append(
                    {"code": "invalid_request", "line": n, "message": message, "param": None}
                )
            else:
                batch.lines.append(item)
        if len({i["custom_id"] for i in batch.lines}) != len(batch.lines):
            message = "custom_id values must be unique within a batch"
            batch.errors.append(
                {"code": "duplicate_custom_id", "line": None, "message": message, "param": None}
            )
        if not batch.lines and not batch.errors:
            batch.errors.append(
                {"code": "empty_file", "line": None, "message": "no requests", "param": None}
            )
        if self.options.fail_batch is not None:
            message = self.options.fail_batch
            batch.errors.append(
                {"code": "invalid_batch", "line": None, "message": message, "param": None}
            )
        batch.counts["total"] = len(batch.lines)
        if batch.errors:
            batch.status = "failed"
            batch.times["failed_at"] = now
        with self._lock:
            self._batches[batch.id] = batch
        return batch.to_json()

    def _batch(self, batch_id: str) -> _Batch:
        with self._lock:
            batch = self._batches.get(batch_id)
        if batch is None:
            raise ApiError(404, f"No such Batch object: {batch_id}")
        return batch

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        batch = self._batch(batch_id)
        if self.options.retrieve_status is not None:
            raise ApiError(self.options.retrieve_status, SERVER_ERROR_MESSAGE, "server_error")
        with self._lock:
            if batch.status not in _TERMINAL:
                batch.polls += 1
                options = self.options
                done = (
                    time.monotonic() - batch.started >= options.seconds
                    if options.seconds is not None
                    else batch.polls >= options.polls
                )
                if batch.status == "cancelling":
                    batch.status = "cancelled"
                    batch.times["cancelled_at"] = int(time.time())
                elif done:
                    self._run(batch, options)
                else:
                    batch.status = "in_progress"
                    batch.times.setdefault("in_progress_at", int(time.time()))
            return batch.to_json()

    def cancel(self, batch_id: str) -> dict[str, Any]:
        batch = self._batch(batch_id)
        with self._lock:
            if batch.status in _TERMINAL:
                raise ApiError(409, f"Cannot cancel a batch with status '{batch.status}'.")
            batch.status = "cancelling"
            batch.times["cancelling_at"] = int(time.time())
            return batch.to_json()

    def _run(self, batch: _Batch, options: BatchOptions) -> None:
        out: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for n, item in enumerate(batch.lines):
            line: dict[str, Any] = {
                "id": self._next_id("batch_req_"),
                "custom_id": item["custom_id"],
            }
            failing = (
                self._rng.random() < options.fail_rate or item["custom_id"] in options.fail_ids
            )
            if options.expire_after is not None and n >= options.expire_after:
                line |= {
                    "response": None,
                    "error": {"code": "batch_expired", "message": EXPIRED_MESSAGE},
                }
                errors.append(line)
                continue
            if failing:
                status, body = 500, error_body(SERVER_ERROR_MESSAGE, "server_error")
            else:
                status, body = self._answer(item["body"])
            if status == 200:
                usage = body["usage"]
                batch.usage.update(
                    prompt=usage["prompt_tokens"],
                    completion=usage["completion_tokens"],
                    cached=usage["prompt_tokens_details"]["cached_tokens"],
                )
            request_id = self._next_id("req_")
            line |= {
                "response": {"status_code": status, "request_id": request_id, "body": body},
                "error": None,
            }
            (out if status == 200 else errors).append(line)
        self.lines_run += len(batch.lines)
        batch.counts.update(completed=len(out), failed=len(errors))
        now = int(time.time())
        batch.times.setdefault("in_progress_at", now)
        if out:
            batch.output_file_id = self.store(
                _jsonl(out), f"{batch.id}_output.jsonl", "batch_output"
            )["id"]
        if errors:
            batch.error_file_id = self.store(
                _jsonl(errors), f"{batch.id}_error.jsonl", "batch_output"
            )["id"]
        if options.expire_after is not None and options.expire_after < len(batch.lines):
            batch.status = "expired"
            batch.times["expired_at"] = now
        else:
            batch.status = "completed"
            batch.times |= {"finalizing_at": now, "completed_at": now}
