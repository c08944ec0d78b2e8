"""The OpenAI backend: api.openai.com and OpenAI-compatible servers (vLLM, Ollama, llama.cpp, …).

One ``generate`` call is one chat completion (plus at most one repair call) whose answer is
validated against the request's pydantic schema. The answer format degrades per server along the
ladder of ``briefing.backends.formats`` (json_schema → json_object → text); a rejection of a
format is an answer about the server, never retried, and while no answer has confirmed the
format one request goes at a time (queued calls then start in the format that works).

Answers are streamed (``briefing.backends.stream``): a slow server is fine while data arrives;
the idle timeout, the overall deadline and a failed connection are three different errors
(``briefing.backends.options``). An answer cut off at the output cap, or stopped because the
model repeats itself, raises ``OutputTooLongError`` carrying its complete items
(``briefing.backends.salvage``). Transient failures (429, 5xx, connection) are retried by the
openai client itself (``max_retries``, honouring Retry-After), except against a server that
computes one request at a time; everything that still fails is mapped onto
``briefing.exceptions`` with secrets redacted (``briefing.backends.errors``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx2
import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from briefing.backends.base import MODEL_CAPABILITIES, BackendCapabilities, LLMRequest, LLMResponse
from briefing.backends.chat_call import CallUsage, ChatCaller, answer_text, whole
from briefing.backends.errors import ERROR_EXCERPT_CHARS, ErrorMapper, error_detail, host_of
from briefing.backends.formats import (
    FormatLadder,
    FormatRejected,
    InvalidAnswer,
    Mode,
    extract_json,
    no_retry_of_format_rejections,
    rejects_format,
    repair_messages,
    response_format,
    system_message,
    validate,
)
from briefing.backends.gate import CallGate
from briefing.backends.options import CallOptions
from briefing.backends.stream import StreamProgress
from briefing.backends.strict_schema import strict_json_schema
from briefing.exceptions import (
    ConfigError,
    InvalidOutputError,
    LLMError,
    redact,
)
from briefing.models import CallMode
from briefing.tls import httpx2_context

__all__ = ["OPENAI_BASE_URL", "Mode", "OpenAIBackend", "extract_json", "is_reasoning_model"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

OPENAI_BASE_URL = "https://api.openai.com/v1"
_OPENAI_HOST = "api.openai.com"
PLACEHOLDER_KEY = "not-needed"
"""Sent to compatible servers that need no key (the openai client insists on one)."""

# Reasoning models reject ``temperature`` other than the default.
_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")


def is_reasoning_model(model: str) -> bool:
    """True for o1/o3/o4/gpt-5 models (also behind a 'provider/' prefix)."""
    return model.rsplit("/", 1)[-1].lower().startswith(_REASONING_PREFIXES)


class OpenAIBackend:
    """A ``Backend`` for api.openai.com and OpenAI-compatible chat-completions servers."""

    def __init__(
        self,
        *,
        model: str,
        api_key: str | None,
        base_url: str | None = None,
        max_concurrency: int = 4,
        timeout_s: float | None = None,
        max_retries: int = 3,
        client: openai.AsyncOpenAI | None = None,
        options: CallOptions | None = None,
        start_mode: Mode | None = None,
        on_learned: Callable[[Mode], None] | None = None,
    ) -> None:
        """``timeout_s``: the idle timeout (overrides ``options.idle_timeout_s``).
        ``start_mode``: the answer format an earlier run learned; ``on_learned`` is told each
        format the server is found to accept (to keep it for the next run)."""
        if max_concurrency < 1:
            raise ConfigError("max_concurrency must be at least 1")
        options = options or CallOptions()
        if timeout_s is not None:
            options = dataclasses.replace(options, idle_timeout_s=timeout_s)
        if options.one_at_a_time:
            max_concurrency, max_retries = 1, 0
        self._options = options
        self._model = model
        self._api_key = api_key
        timeout = httpx2.Timeout(options.idle_timeout_s, connect=options.connect_timeout_s)
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
                timeout=timeout,
                http_client=openai.DefaultAsyncHttpxClient(
                    timeout=timeout,
                    event_hooks={"response": [no_retry_of_format_rejections]},
                    verify=httpx2_context(),
                ),
            )
            self._owns_client = True
        self._host = host_of(self._base_url)
        self._official = self._host == _OPENAI_HOST
        self._errors = ErrorMapper(
            host=self._host,
            official=self._official,
            api_key=self._api_key,
            timeout_s=options.idle_timeout_s,
            connect_timeout_s=options.connect_timeout_s,
        )
        self._ladder = FormatLadder(
            host=self._host, api_key=self._api_key, start=start_mode, on_learned=on_learned
        )
        self._reasoning = is_reasoning_model(model)
        self._gate = CallGate(max_concurrency, self._ladder)
        self._schemas: dict[type[BaseModel], dict[str, Any]] = {}
        self._caller = ChatCaller(
            client=self._client,
            errors=self._errors,
            options=options,
            model=model,
            api_key=self._api_key,
            host=self._host,
            retries=0 if options.one_at_a_time else max_retries,
        )

    # --- Backend protocol ----------------------------------------------------------------

    @property
    def name(self) -> str:
        return "openai" if self._official else "openai-compatible"

    @property
    def model(self) -> str:
        return self._model

    @property
    def capabilities(self) -> BackendCapabilities:
        return MODEL_CAPABILITIES

    @property
    def mode(self) -> Mode:
        """The answer format the next call starts with (it only ever degrades)."""
        return self._ladder.mode

    @property
    def errors(self) -> ErrorMapper:
        """The error mapping of calls to this server (the Batch API's calls use it too)."""
        return self._errors

    @property
    def host(self) -> str:
        return self._host

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def client(self) -> openai.AsyncOpenAI:
        """The openai client (the Batch API's files and batches calls use it)."""
        return self._client

    @property
    def options(self) -> CallOptions:
        return self._options

    def listen(self, on_learned: Callable[[Mode], None]) -> None:
        """Be told each answer format the server is found to accept (to keep it)."""
        self._ladder.listen(on_learned)

    @property
    def on_progress(self) -> Callable[[StreamProgress], None] | None:
        """Told how a streamed answer comes along (a progress display sets it)."""
        return self._caller.on_progress

    @on_progress.setter
    def on_progress(self, listener: Callable[[StreamProgress], None] | None) -> None:
        self._caller.on_progress = listener

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        while True:
            async with self._gate.unconfirmed_alone():
                # Read after waiting: a call queued behind the first contact starts in the
                # format that contact found.
                mode = self._ladder.mode
                try:
                    return await self._generate(request, mode)
                except FormatRejected as rejected:
                    self._ladder.downgrade(mode, rejected.reason)

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
            raise self._errors(exc, model=self._model) from None

    # --- one request ---------------------------------------------------------------------

    async def _generate(self, request: LLMRequest[T], mode: Mode) -> LLMResponse[T]:
        usage = CallUsage()
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
        usage = CallUsage()
        usage.add(completion.usage, latency_s)
        try:
            content = answer_text(
                request, whole(completion), api_key=self._api_key, host=self._host
            )
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
        usage: CallUsage,
    ) -> LLMResponse[T]:
        """Validate ``content``; on invalid output ask once for a repair."""
        attempts = 1
        try:
            parsed = validate(request.schema, content)
        except InvalidAnswer as first:
            log.info(
                "step %s: invalid answer from %s (%s), asking for one repair",
                request.step,
                self._model,
                " ".join(first.detail.split())[:200],
            )
            messages = [*messages, *repair_messages(content, first.detail)]
            content = await self._complete(request, messages, mode, usage, repair=True)
            attempts = 2
            try:
                parsed = validate(request.schema, content)
            except InvalidAnswer as second:
                summary = " ".join(second.detail.split())[:ERROR_EXCERPT_CHARS]
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
            mode=CallMode(mode),
        )

    def _messages(self, request: LLMRequest[T], mode: Mode) -> list[ChatCompletionMessageParam]:
        prompt = request.prompt
        system = system_message(
            prompt.system,
            mode,
            self._schema(request.schema),
            example=prompt.example,
            small=prompt.small,
        )
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": prompt.user},
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
        body.update(self._options.sampling(reasoning=self._reasoning))
        tokens_key = "max_completion_tokens" if self._official else "max_tokens"
        body[tokens_key] = request.max_output_tokens
        answer_format = response_format(mode, request.schema, self._schema(request.schema))
        if answer_format is not None:
            body["response_format"] = answer_format
        return body

    async def _complete(
        self,
        request: LLMRequest[T],
        messages: list[ChatCompletionMessageParam],
        mode: Mode,
        usage: CallUsage,
        *,
        repair: bool,
    ) -> str:
        """One HTTP call (retried on an idle or broken stream unless the server computes one
        request at a time); the answer text, or a mapped error."""
        body = self.request_body(request, mode, messages)
        step = f"{request.step}/repair" if repair else request.step
        async with self._gate.limit():
            try:
                got = await self._caller.call(body, step, usage)
            except openai.APIStatusError as exc:
                if mode != "text" and rejects_format(exc):
                    raise FormatRejected(error_detail(exc)) from None
                raise self._errors(exc, model=self._model) from None
        self._ladder.confirm(mode)
        return answer_text(request, got, api_key=self._api_key, host=self._host)

    # --- helpers -------------------------------------------------------------------------

    def _schema(self, schema: type[BaseModel]) -> dict[str, Any]:
        cached = self._schemas.get(schema)
        if cached is None:
            cached = self._schemas[schema] = strict_json_schema(schema)
        return cached
