"""One chat-completions HTTP call to an OpenAI(-compatible) server, and reading its answer.

``ChatCaller.call`` sends a request body as built by the backend, streamed (or whole), within the
call's deadline, and returns what came (``Streamed``); the openai client's status errors are left
to the caller (a rejected answer format is the backend's business), everything else is mapped
here: an idle or broken stream, the deadline, a failed connection. An idle or broken stream is
sent again (``retries`` times) unless the server computes one request at a time: a retry would
queue behind the request it is still computing.

``answer_text`` turns what came into the answer text, or the error it means: a refusal, a
content filter, or a cut-off (at the output cap, or stopped for repeating itself) carrying the
answer's complete items.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any

import httpx2
import openai
from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion

from briefing.backends.base import LLMRequest
from briefing.backends.errors import ErrorMapper
from briefing.backends.options import CallOptions
from briefing.backends.salvage import Repetition, salvage
from briefing.backends.stream import REPEATING, Streamed, StreamProgress, read_stream
from briefing.exceptions import (
    ConnectionFailedError,
    DeadlineError,
    LLMError,
    OutputTooLongError,
    RefusalError,
    ServerIdleError,
    redact,
)
from briefing.tokens import tokenizer_for

__all__ = ["CallUsage", "ChatCaller", "answer_text", "whole"]

log = logging.getLogger(__name__)


@dataclass
class CallUsage:
    """Tokens and time of the answers one ``generate`` got (a repair call adds to them)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    latency_s: float = 0.0

    def billed(self, exc: LLMError) -> None:
        """Put on ``exc`` the tokens billed for the answers this call got before failing."""
        exc.input_tokens = self.input_tokens
        exc.cached_tokens = self.cached_tokens
        exc.output_tokens = self.output_tokens

    def add(self, usage: CompletionUsage | None, latency_s: float) -> None:
        self.latency_s += latency_s
        if usage is None:
            return
        self.input_tokens += usage.prompt_tokens
        self.output_tokens += usage.completion_tokens
        details = usage.prompt_tokens_details
        if details is not None and details.cached_tokens:
            self.cached_tokens += details.cached_tokens


def whole(completion: ChatCompletion) -> Streamed:
    """A whole (not streamed) chat.completion as what came."""
    got = Streamed(usage=completion.usage)
    if completion.choices:
        choice = completion.choices[0]
        got.content = choice.message.content or ""
        got.refusal = choice.message.refusal
        got.finish_reason = choice.finish_reason
        got.pieces = 1
    return got


def answer_text(request: LLMRequest[Any], got: Streamed, *, api_key: str | None, host: str) -> str:
    """The answer text of ``got``, or the error it means."""
    if got.finish_reason is None and not got.content and not got.refusal:
        raise LLMError(f"{host} returned no choices for step {request.step}")
    if got.refusal:
        raise RefusalError(redact(f"the model refused: {got.refusal}", api_key))
    if got.finish_reason == "content_filter":
        raise RefusalError(f"the answer for step {request.step} was stopped by a content filter")
    if got.finish_reason in ("length", REPEATING):
        why = (
            f"the model repeated itself and was stopped after {got.pieces:,} tokens"
            if got.finish_reason == REPEATING
            else f"the answer was cut off at {request.max_output_tokens} output tokens"
        )
        cut = OutputTooLongError(f"step {request.step}: {why}")
        cut.partial = salvage(got.content, request.schema)
        cut.repeating = got.finish_reason == REPEATING
        log.debug("step %s: the answer as it stopped: %s", request.step, got.content)
        raise cut
    return got.content


@dataclass
class ChatCaller:
    client: openai.AsyncOpenAI
    errors: ErrorMapper
    options: CallOptions
    model: str
    api_key: str | None
    host: str
    retries: int = 0  # of an idle or broken stream
    on_progress: Callable[[StreamProgress], None] | None = None

    async def call(self, body: dict[str, Any], step: str, usage: CallUsage) -> Streamed:
        """Send ``body``; what came. Raises the openai client's ``APIStatusError`` as it is."""
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                got = await self._attempt(body, step)
            except _Retryable as failed:
                if attempt >= self.retries:
                    raise failed.error from None
                attempt += 1
                log.warning(
                    "step %s: %s; sending it again (%d of %d)",
                    step,
                    failed.error,
                    attempt,
                    self.retries,
                )
                continue
            if got.usage is None and got.pieces:
                got.usage = self._estimated_usage(body, got)
            usage.add(got.usage, time.perf_counter() - started)
            return got

    async def _attempt(self, body: dict[str, Any], step: str) -> Streamed:
        got = Streamed()
        try:
            async with asyncio.timeout(self.options.deadline_s):
                if self.options.stream:
                    await self._streamed(body, step, got)
                else:
                    got = whole(await self._send(body, step))
        except TimeoutError:
            raise DeadlineError(
                redact(
                    f"step {step}: {self.host} was still answering after "
                    f"{self.options.deadline_s:g}s, the deadline for one call "
                    f"({got.pieces:,} tokens had arrived; raise it with --deadline)",
                    self.api_key,
                )
            ) from None
        except openai.APIStatusError:
            raise
        except openai.OpenAIError as exc:
            raise _retryable(self.errors(exc, model=self.model, received=got.pieces), got) from None
        except httpx2.HTTPError as exc:  # while the stream was read
            raise _retryable(self.errors.stream_error(exc, received=got.pieces), got) from None
        return got

    async def _send(self, body: dict[str, Any], step: str, **stream: Any) -> Any:
        # The body is sent exactly as built (the SDK merges extra_body into its JSON).
        rest = dict(body)
        return await self.client.chat.completions.create(
            model=rest.pop("model"),
            messages=rest.pop("messages"),
            extra_body=rest,
            extra_headers={"X-Briefing-Step": step},
            **stream,
        )

    async def _streamed(self, body: dict[str, Any], step: str, got: Streamed) -> None:
        stream = await self._send(body, step, stream=True, stream_options={"include_usage": True})
        chunks = _chunks(stream)
        try:
            # A verification answer repeats by nature (a verdict per claim, often the same
            # reason) and is sized by its claims: it is not watched for loops.
            watch = None if step.startswith("verify") else Repetition()
            await read_stream(
                chunks, step=step, on_progress=self.on_progress, repetition=watch, into=got
            )
        finally:
            await chunks.aclose()

    def _estimated_usage(self, body: dict[str, Any], got: Streamed) -> CompletionUsage:
        """Tokens of a streamed answer from a server that does not report usage in streams
        (llama-cpp-python): one token per piece out (llama.cpp sends one), the messages counted
        with the model's tokenizer (o200k for a local model, an estimate) in."""
        counter = tokenizer_for(self.model)
        prompt = counter.count_chat(*(str(m.get("content", "")) for m in body["messages"]))
        return CompletionUsage(
            prompt_tokens=prompt, completion_tokens=got.pieces, total_tokens=prompt + got.pieces
        )


class _Retryable(Exception):
    """An idle server or a connection broken mid-answer: the request may be sent again."""

    def __init__(self, error: LLMError) -> None:
        super().__init__(str(error))
        self.error = error


def _retryable(error: LLMError, got: Streamed) -> BaseException:
    """``error`` as it is, or wrapped as retryable: an idle server, or a connection that broke
    after data came (a failed connect was retried by the openai client already)."""
    if isinstance(error, ServerIdleError) or (
        isinstance(error, ConnectionFailedError) and got.pieces
    ):
        return _Retryable(error)
    return error


async def _chunks(stream: Any) -> AsyncGenerator[Any]:
    """The chunks of an openai ``AsyncStream``, closing its response when done or abandoned."""
    try:
        async for chunk in stream:
            yield chunk
    finally:
        await stream.close()
