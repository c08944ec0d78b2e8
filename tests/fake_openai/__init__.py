"""A fake OpenAI-compatible server: real HTTP on 127.0.0.1, deterministic answers, seeded faults.

The official ``openai`` client works against it unchanged::

    from fake_openai import FakeOpenAI, Faults          # tests/ is on sys.path in tests

    with FakeOpenAI(faults=Faults(rate_limit=0.1, reset=0.05), latency_ms=300, seed=7) as server:
        client = AsyncOpenAI(api_key="sk-fake", base_url=server.base_url, max_retries=0)
        ...
        server.set_faults(Faults())                     # the provider recovers
    server.stats.faults["reset"], server.stats.prompt_tokens, server.requests[0]["model"]

From the command line (``GET /_stats`` answers the counters as JSON, ``POST /_faults`` with a
JSON ``Faults`` replaces the faults, SIGTERM stops it)::

    python -m tests.fake_openai --port 8765 --latency-ms 300 --per-token-ms 0.5 \\
        --fault-rate 0.3 --seed 7

Routes: ``POST /v1/chat/completions``, ``GET /v1/models``, ``POST /v1/files`` (multipart),
``GET /v1/files/{id}`` and ``/content``, ``POST /v1/batches``, ``GET /v1/batches/{id}``,
``POST /v1/batches/{id}/cancel``.

Answers keep to ``max_tokens`` / ``max_completion_tokens`` as a model does (fewer bullets);
one that cannot fit even so is cut off with ``finish_reason: "length"``.

Modules: ``responder`` (``FakeModel``: the JSON answer from the request's articles),
``billing`` (tiktoken counts and prompt caching), ``faults`` (``Faults``), ``batches``
(files and the Batch API), ``server`` (HTTP, latency, counters), ``__main__`` (the CLI).
"""

from __future__ import annotations

from .batches import BatchOptions
from .billing import prompt_token_ids
from .faults import FAULT_KINDS, Faults
from .responder import UNKNOWN_ID, FakeModel, chat_completion, documents_in
from .server import LLAMA_CPP_REJECTION, REFUSAL, FakeOpenAI, Recorded, Stats

__all__ = [
    "FAULT_KINDS",
    "LLAMA_CPP_REJECTION",
    "REFUSAL",
    "UNKNOWN_ID",
    "BatchOptions",
    "FakeModel",
    "FakeOpenAI",
    "Faults",
    "Recorded",
    "Stats",
    "chat_completion",
    "documents_in",
    "prompt_token_ids",
]
