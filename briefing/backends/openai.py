"""The OpenAI backend: api.openai.com and OpenAI-compatible servers (vLLM, Ollama, llama.cpp, …).

One ``generate`` call is one chat completion (plus at most one repair call) whose answer is
validated against the request's pydantic schema. The answer format degrades per server:

``json_schema``  strict Structured Outputs (the schema is enforced by the server)
``json_object``  JSON mode with the schema attached (llama.cpp accepts this)
``text``         no response_format; the schema is given in the system message and the first
                 JSON object of the reply is used

A server that rejects a format moves the backend instance down one level for the rest of its
life (logged once at WARNING). Transient failures (429, 5xx, connection) are retried by the
openai client itself (``max_retries``, honouring Retry-After); everything that still fails is
mapped onto ``briefing.exceptions`` with secrets redacted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import openai
from openai.lib._pydantic import to_strict_json_schema
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from briefing.backends.base import LLMRequest, LLMResponse
from briefing.exceptions import (
    AuthenticationError,
    ConfigError,
    ConnectionFailedError,
    InvalidOutputError,
    LLMError,
    ModelNotFoundError,
    OutputTooLongError,
    RefusalError,
    redact,
)

__all__ = ["OPENAI_BASE_URL", "Mode", "OpenAIBackend"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

Mode = Literal["json_schema", "json_object", "text"]
_MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")

OPENAI_BASE_URL = "https://api.openai.com/v1"
_OPENAI_HOST = "api.openai.com"
PLACEHOLDER_KEY = "not-needed"
"""Sent to compatible servers that need no key (the openai client insists on one)."""

# Reasoning models reject ``temperature`` other than the default.
_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")
# How much of a validation error is shown to the model in the repair message.
_REPAIR_ERROR_CHARS = 2000
# How much of an error body ends up in an exception message.
_ERROR_EXCERPT_CHARS = 300
# Status codes with which servers reject an unsupported response_format (llama.cpp answers 500).
_FORMAT_REJECT_STATUSES = frozenset({400, 422, 500})
_FORMAT_REJECT_TEXT = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)
_SCHEMA_NAME = re.compile(r"[^A-Za-z0-9_-]")

TEXT_MODE_INSTRUCTION = "Answer with one JSON object matching this schema, and nothing else:"
REPAIR_INSTRUCTION = (
    "Your answer above is not valid. The validation error was:\n\n{error}\n\n"
    "Reply with the corrected JSON object only, matching the schema exactly."
)


class _FormatRejected(Exception):
    """The server does not support the response_format of the current mode."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _InvalidAnswer(Exception):
    """The answer is not valid JSON for the schema (repairable)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass
class _Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    latency_s: float = 0.0

    def billed(self, exc: LLMError) -> None:
        """Put on ``exc`` the tokens billed for the answers this call got before failing."""
        exc.input_tokens = self.input_tokens
        exc.cached_tokens = self.cached_tokens
        exc.output_tokens = self.output_tokens

    def add(self, completion: ChatCompletion, latency_s: float) -> None:
        self.latency_s += latency_s
        usage = completion.usage
        if usage is None:
            return
        self.input_tokens += usage.prompt_tokens
        self.output_tokens += usage.completion_tokens
        details = usage.prompt_tokens_details
        if details is not None and details.cached_tokens:
            self.cached_tokens += details.cached_tokens


def is_reasoning_model(model: str) -> bool:
    """True for o1/o3/o4/gpt-5 models (also behind a 'provider/' prefix)."""
    return model.rsplit("/", 1)[-1].lower().startswith(_REASONING_PREFIXES)


def extract_json(text: str) -> str:
    """The first JSON object in ``text`` (inside a ```json fence if there is one).

    Falls back to the stripped text, so that validating it yields a meaningful JSON error.
    """
    fence = _FENCE.search(text)
    candidate = (fence.group(1) if fence else text).strip()
    start = candidate.find("{")
    if start < 0:
        return candidate
    try:
        _, end = json.JSONDecoder().raw_decode(candidate, start)
    except ValueError:
        return candidate
    return candidate[start:end]


def _host_of(url: str) -> str:
    """Host and port of ``url``, never its credentials, path or query."""
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{host}:{parts.port}" if parts.port else host


def _error_detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    detail: object = body
    if isinstance(body, dict):
        inner = body.get("error", body)
        detail = inner["message"] if isinstance(inner, dict) and "message" in inner else inner
    if detail is None or detail == "":
        detail = exc.message
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    text = " ".join(text.split())
    if len(text) > _ERROR_EXCERPT_CHARS:
        text = text[:_ERROR_EXCERPT_CHARS] + "…"
    return text


def _describe(exc: ValidationError) -> str:
    """A validation error as the model should read it: one line per problem, no URLs."""
    errors = exc.errors(include_url=False, include_context=False)
    lines = [f"{len(errors)} validation error(s) for {exc.title}:"]
    for error in errors:
        loc = ".".join(str(part) for part in error["loc"]) or "(root)"
        lines.append(f"- {loc}: {error['msg']}")
    return "\n".join(lines)


class OpenAIBackend:
    """A ``Backend`` for api.openai.com and OpenAI-compatible chat-completions servers."""

    def __init__(
        self,
        *,
        model: str,
        api_key: str | None,
        base_url: str | None = None,
        max_concurrency: int = 4,
        timeout_s: float = 120,
        max_retries: int = 3,
        client: openai.AsyncOpenAI | None = None,
    ) -> None:
        if max_concurrency < 1:
            raise ConfigError("max_concurrency must be at least 1")
        self._model = model
        self._api_key = api_key
        self._timeout_s = timeout_s
        if client is not None:
            self._client = client
            self._owns_client = False
            # redact the key the injected client sends, too
            self._api_key = api_key or client.api_key or None
            self._base_url = base_url or str(client.base_url)
        else:
            if not api_key and not base_url:
                raise ConfigError("no API key: set OPENAI_API_KEY or pass --base-url")
            self._base_url = base_url or OPENAI_BASE_URL
            self._client = openai.AsyncOpenAI(
                api_key=api_key or PLACEHOLDER_KEY,
                base_url=self._base_url,
                max_retries=max_retries,
                timeout=timeout_s,
            )
            self._owns_client = True
        self._host = _host_of(self._base_url)
        self._official = self._host == _OPENAI_HOST
        self._reasoning = is_reasoning_model(model)
        self._max_concurrency = max_concurrency
        self._semaphore: asyncio.Semaphore | None = None
        self._semaphore_loop: asyncio.AbstractEventLoop | None = None
        self._mode: Mode = "json_schema"
        self._schemas: dict[type[BaseModel], dict[str, Any]] = {}

    # --- Backend protocol ----------------------------------------------------------------

    @property
    def name(self) -> str:
        return "openai" if self._official else "openai-compatible"

    @property
    def model(self) -> str:
        return self._model

    @property
    def mode(self) -> Mode:
        """The answer format the next call starts with (it only ever degrades)."""
        return self._mode

    @property
    def host(self) -> str:
        return self._host

    @property
    def client(self) -> openai.AsyncOpenAI:
        """The openai client (the Batch API's files and batches calls use it)."""
        return self._client

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        mode = self._mode
        while True:
            try:
                return await self._generate(request, mode)
            except _FormatRejected as rejected:
                mode = self._downgrade(mode, rejected.reason)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.close()

    async def __aenter__(self) -> OpenAIBackend:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def list_models(self) -> list[str]:
        """The model ids the server offers (GET /models), sorted; for diagnostics."""
        try:
            return sorted([m.id async for m in self._client.models.list()])
        except openai.OpenAIError as exc:
            raise self._map_error(exc) from None

    # --- one request ---------------------------------------------------------------------

    async def _generate(self, request: LLMRequest[T], mode: Mode) -> LLMResponse[T]:
        usage = _Usage()
        messages = self._messages(request, mode)
        try:
            content = await self._complete(request, messages, mode, usage, repair=False)
            return await self._answer(request, mode, messages, content, usage)
        except LLMError as exc:
            usage.billed(exc)
            raise

    async def finish(
        self, request: LLMRequest[T], body: Mapping[str, Any], mode: Mode, *, latency_s: float = 0.0
    ) -> LLMResponse[T]:
        """The answer to ``request`` from a chat.completion ``body`` obtained elsewhere (a Batch
        API output line for ``request_body(request, mode)``), checked and validated exactly as a
        direct answer; the one repair call, when needed, is made directly."""
        try:
            completion = ChatCompletion.model_validate(body)
        except ValidationError as exc:
            raise LLMError(
                f"step {request.step}: {self._host} returned a malformed chat.completion "
                f"({exc.error_count()} error(s))"
            ) from None
        usage = _Usage()
        usage.add(completion, latency_s)
        try:
            content = self._content(request, completion)
            return await self._answer(request, mode, self._messages(request, mode), content, usage)
        except LLMError as exc:
            usage.billed(exc)
            raise

    async def _answer(
        self,
        request: LLMRequest[T],
        mode: Mode,
        messages: list[ChatCompletionMessageParam],
        content: str,
        usage: _Usage,
    ) -> LLMResponse[T]:
        """Validate ``content``; on invalid output ask once for a repair."""
        attempts = 1
        try:
            parsed = self._validate(request.schema, content)
        except _InvalidAnswer as first:
            log.info(
                "step %s: invalid answer from %s (%s), asking for one repair",
                request.step,
                self._model,
                " ".join(first.detail.split())[:200],
            )
            error = first.detail
            if len(error) > _REPAIR_ERROR_CHARS:
                error = error[:_REPAIR_ERROR_CHARS] + "\n…(truncated)"
            messages = [
                *messages,
                {"role": "assistant", "content": content},
                {"role": "user", "content": REPAIR_INSTRUCTION.format(error=error)},
            ]
            content = await self._complete(request, messages, mode, usage, repair=True)
            attempts = 2
            try:
                parsed = self._validate(request.schema, content)
            except _InvalidAnswer as second:
                summary = " ".join(second.detail.split())[:_ERROR_EXCERPT_CHARS]
                raise InvalidOutputError(
                    redact(
                        f"step {request.step}: {self._model} gave invalid output for "
                        f"{request.schema.__name__} after one repair ({mode} mode): {summary}",
                        self._api_key,
                    )
                ) from None
        log.debug(
            "step %s: %s mode=%s in=%d cached=%d out=%d %.2fs attempts=%d",
            request.step,
            self._model,
            mode,
            usage.input_tokens,
            usage.cached_tokens,
            usage.output_tokens,
            usage.latency_s,
            attempts,
        )
        return LLMResponse(
            parsed=parsed,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cached_tokens=usage.cached_tokens,
            latency_s=usage.latency_s,
            attempts=attempts,
            mode=mode,
        )

    def _messages(self, request: LLMRequest[T], mode: Mode) -> list[ChatCompletionMessageParam]:
        system = request.prompt.system
        if mode != "json_schema":
            # json_object servers may ignore the attached schema (and OpenAI's JSON mode requires
            # the word JSON in the messages): state it in the prompt as well.
            schema = json.dumps(self._schema(request.schema), ensure_ascii=False)
            system = f"{system.rstrip()}\n\n{TEXT_MODE_INSTRUCTION}\n{schema}"
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": request.prompt.user},
        ]

    def request_body(
        self,
        request: LLMRequest[Any],
        mode: Mode,
        messages: list[ChatCompletionMessageParam] | None = None,
    ) -> dict[str, Any]:
        """The chat-completions JSON body for ``request`` in answer format ``mode``: what a
        direct call sends, and the ``body`` of a Batch API line."""
        body: dict[str, Any] = {
            "model": self._model,
            "messages": list(messages if messages is not None else self._messages(request, mode)),
        }
        if not self._reasoning:
            body["temperature"] = 0
        tokens_key = "max_completion_tokens" if self._official else "max_tokens"
        body[tokens_key] = request.max_output_tokens
        if mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": _SCHEMA_NAME.sub("_", request.schema.__name__)[:64] or "answer",
                    "strict": True,
                    "schema": self._schema(request.schema),
                },
            }
        elif mode == "json_object":
            # ``schema`` is not in OpenAI's json_object format; llama.cpp-style servers use it.
            body["response_format"] = {
                "type": "json_object",
                "schema": self._schema(request.schema),
            }
        return body

    async def _complete(
        self,
        request: LLMRequest[T],
        messages: list[ChatCompletionMessageParam],
        mode: Mode,
        usage: _Usage,
        *,
        repair: bool,
    ) -> str:
        """One HTTP call; returns the answer text or raises a mapped error."""
        body = self.request_body(request, mode, messages)
        step = f"{request.step}/repair" if repair else request.step
        async with self._limit():
            started = time.perf_counter()
            try:
                # The body is sent exactly as built (the SDK merges extra_body into its JSON).
                completion = await self._client.chat.completions.create(
                    model=body.pop("model"),
                    messages=body.pop("messages"),
                    extra_body=body,
                    extra_headers={"X-Briefing-Step": step},
                )
            except openai.APIStatusError as exc:
                if mode != "text" and self._rejects_format(exc):
                    raise _FormatRejected(_error_detail(exc)) from None
                raise self._map_error(exc) from None
            except openai.OpenAIError as exc:
                raise self._map_error(exc) from None
            usage.add(completion, time.perf_counter() - started)
        return self._content(request, completion)

    def _content(self, request: LLMRequest[T], completion: ChatCompletion) -> str:
        if not completion.choices:
            raise LLMError(f"{self._host} returned no choices for step {request.step}")
        choice = completion.choices[0]
        message = choice.message
        if message.refusal:
            raise RefusalError(redact(f"the model refused: {message.refusal}", self._api_key))
        if choice.finish_reason == "content_filter":
            raise RefusalError(
                f"the answer for step {request.step} was stopped by a content filter"
            )
        if choice.finish_reason == "length":
            raise OutputTooLongError(
                f"step {request.step}: the answer was cut off at "
                f"{request.max_output_tokens} output tokens"
            )
        return message.content or ""

    @staticmethod
    def _validate(schema: type[T], content: str) -> T:
        if not content.strip():
            raise _InvalidAnswer("the answer was empty; expected one JSON object")
        try:
            return schema.model_validate_json(extract_json(content))
        except ValidationError as exc:
            raise _InvalidAnswer(_describe(exc)) from None

    # --- helpers -------------------------------------------------------------------------

    def _schema(self, schema: type[BaseModel]) -> dict[str, Any]:
        cached = self._schemas.get(schema)
        if cached is None:
            cached = self._schemas[schema] = to_strict_json_schema(schema)
        return cached

    def _limit(self) -> asyncio.Semaphore:
        """The concurrency limit, created for the running event loop."""
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._semaphore_loop is not loop:
            self._semaphore = asyncio.Semaphore(self._max_concurrency)
            self._semaphore_loop = loop
        return self._semaphore

    def _downgrade(self, mode: Mode, reason: str) -> Mode:
        following = _MODES[_MODES.index(mode) + 1]
        if _MODES.index(following) > _MODES.index(self._mode):
            log.warning(
                "%s rejected response_format %s (%s); using %s from now on",
                self._host,
                mode,
                redact(reason, self._api_key),
                following,
            )
            self._mode = following
        return following

    @staticmethod
    def _rejects_format(exc: openai.APIStatusError) -> bool:
        if exc.status_code not in _FORMAT_REJECT_STATUSES:
            return False
        text = f"{exc.message} {json.dumps(exc.body, default=str)}"
        return bool(_FORMAT_REJECT_TEXT.search(text))

    def _map_error(self, exc: openai.OpenAIError) -> LLMError:
        if isinstance(exc, openai.AuthenticationError):
            message = "the server rejected the API key (401)"
            if not self._official:
                message += f" at {self._host}"
            return AuthenticationError(message)
        if isinstance(exc, openai.NotFoundError):
            message = f"model {self._model!r} not found at {self._host}"
            if not self._official:
                message += " (check --base-url: it usually ends in /v1)"
            return ModelNotFoundError(redact(message, self._api_key))
        if isinstance(exc, openai.APITimeoutError):
            return ConnectionFailedError(
                redact(
                    f"cannot reach {self._host}: timed out after {self._timeout_s:g}s",
                    self._api_key,
                )
            )
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__
            reason = " ".join(str(cause).split()) if cause is not None else exc.message
            reason = reason or type(cause).__name__
            return ConnectionFailedError(
                redact(f"cannot reach {self._host}: {reason[:_ERROR_EXCERPT_CHARS]}", self._api_key)
            )
        if isinstance(exc, openai.APIStatusError):
            return LLMError(
                redact(
                    f"{self._host} answered HTTP {exc.status_code}: {_error_detail(exc)}",
                    self._api_key,
                )
            )
        return LLMError(redact(f"{self._host}: {exc}", self._api_key))
