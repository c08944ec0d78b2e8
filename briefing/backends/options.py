"""How calls to an OpenAI(-compatible) server are made: timeouts, streaming, sampling.

=====================  =========================================================================
``idle_timeout_s``     no data for this long: the server is stuck (``ServerIdleError``). A local
                       server sends nothing while it reads the prompt (SmolLM2-135M on a 2-core
                       CPU reads ~150 tokens/s), so the default is generous.
``deadline_s``         the most one call may take in all, data flowing or not
                       (``DeadlineError``); None: no deadline.
``connect_timeout_s``  the connection itself (``ConnectionFailedError``).
``stream``             answers are streamed (liveness by data arriving, progress, early stop of
                       a looping model); the Batch API never streams.
``temperature``        None: 0 (left out for reasoning models, which reject it).
``frequency_penalty``  OpenAI's penalty for repeated tokens (vLLM, Ollama, llama.cpp honour it).
``repeat_penalty``     llama.cpp's own repetition penalty (sent only when set).
``one_at_a_time``      the server computes one request at a time (llama-cpp-python): one
                       request in flight, and no request is retried (a retry would queue behind
                       the one the server is still computing).
=====================  =========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.config.settings import DEFAULT_DEADLINE_S, DEFAULT_IDLE_TIMEOUT_S

__all__ = ["DEFAULT_CONNECT_TIMEOUT_S", "CallOptions"]

DEFAULT_CONNECT_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class CallOptions:
    idle_timeout_s: float = DEFAULT_IDLE_TIMEOUT_S
    deadline_s: float | None = DEFAULT_DEADLINE_S
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S
    stream: bool = True
    temperature: float | None = None
    frequency_penalty: float | None = None
    repeat_penalty: float | None = None
    one_at_a_time: bool = False

    def sampling(self, *, reasoning: bool) -> dict[str, Any]:
        """The sampling fields of a request body."""
        fields: dict[str, Any] = {}
        if not reasoning:
            fields["temperature"] = self.temperature if self.temperature is not None else 0
        if self.frequency_penalty is not None:
            fields["frequency_penalty"] = self.frequency_penalty
        if self.repeat_penalty is not None:
            fields["repeat_penalty"] = self.repeat_penalty
        return fields
