"""Reading a streamed chat completion: the answer as it arrives, with progress and a stop for a
looping model.

Liveness is judged by data arriving, not by how long a call takes: the HTTP client's read
timeout is the idle timeout (no byte for that long: the server is stuck), and the caller puts an
overall deadline around the whole call. A model repeating itself (``salvage.Repetition``) is
stopped early; the answer so far is returned with ``finish_reason == REPEATING``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from openai.types import CompletionUsage
from openai.types.chat import ChatCompletionChunk

from briefing.backends.salvage import Repetition

__all__ = ["REPEATING", "StreamProgress", "Streamed", "read_stream"]

log = logging.getLogger(__name__)

REPEATING = "repeating"
"""The finish reason of an answer stopped because the model repeated itself."""


@dataclass(frozen=True)
class StreamProgress:
    """How a streamed answer is coming along (for a progress display)."""

    step: str
    tokens: int  # pieces received (servers send about one token per piece)
    elapsed_s: float
    first_token_s: float | None  # when the first piece came (the prompt had been read)

    @property
    def tokens_per_s(self) -> float:
        if self.first_token_s is None or self.elapsed_s <= self.first_token_s:
            return 0.0
        return self.tokens / (self.elapsed_s - self.first_token_s)


@dataclass
class Streamed:
    """What a stream delivered."""

    content: str = ""
    refusal: str | None = None
    finish_reason: str | None = None
    usage: CompletionUsage | None = None
    pieces: int = 0
    first_token_s: float | None = None


async def read_stream(
    stream: AsyncIterator[ChatCompletionChunk],
    *,
    step: str,
    on_progress: Callable[[StreamProgress], None] | None = None,
    repetition: Repetition | None = None,
    into: Streamed | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Streamed:
    """Collect the answer of ``stream`` (the openai client's chunks); stop it when it loops.
    ``into`` is filled as pieces arrive, so a caller that gives up (a deadline) still knows
    how much had come."""
    out = into if into is not None else Streamed()
    parts: list[str] = []
    started = clock()
    length = checked = 0
    async for chunk in stream:
        if chunk.usage is not None:
            out.usage = chunk.usage
        for choice in chunk.choices:
            delta = choice.delta
            if delta.content:
                parts.append(delta.content)
                length += len(delta.content)
                out.pieces += 1
                if out.first_token_s is None:
                    out.first_token_s = clock() - started
            if delta.refusal:
                out.refusal = (out.refusal or "") + delta.refusal
            if choice.finish_reason:
                out.finish_reason = choice.finish_reason
        if on_progress is not None and out.pieces:
            on_progress(StreamProgress(step, out.pieces, clock() - started, out.first_token_s))
        if repetition is not None and out.finish_reason is None and length - checked >= 64:
            checked = length
            if repetition.looping("".join(parts)):
                log.warning(
                    "step %s: the model repeats itself (%s); stopped after %d pieces",
                    step,
                    repetition.describe(),
                    out.pieces,
                )
                out.finish_reason = REPEATING
                break
    out.content = "".join(parts)
    return out
