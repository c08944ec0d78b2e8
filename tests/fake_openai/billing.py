"""Token billing as OpenAI documents it, and a simulation of its prompt caching.

Each message costs its role and content plus ``TOKENS_PER_MESSAGE``, the reply is primed with
``REPLY_PRIMING_TOKENS`` more (openai-cookbook, "How to count tokens with tiktoken"); the
response_format schema, as compact JSON, is part of the prompt and comes first, before the
messages (FACTS: "instructions, tools and the response schema are part of the prefix").
``billed_tokens`` gives a request's answer and prompt as tokens, kept for a request asked again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from array import array
from collections.abc import Mapping
from typing import Any

from briefing.tokens import tokenizer_for

from .responder import FakeModel, as_json, cite_unknown, fit, message_text, schema_of

__all__ = [
    "CACHE_MIN_TOKENS",
    "CACHE_STEP_TOKENS",
    "REPLY_PRIMING_TOKENS",
    "TOKENS_PER_MESSAGE",
    "PromptCache",
    "billed_tokens",
    "prompt_token_ids",
]

TOKENS_PER_MESSAGE = 3
REPLY_PRIMING_TOKENS = 3
# Prompt caching (FACTS): prompts of 1,024 tokens or more, exact prefixes, in 128-token steps.
CACHE_MIN_TOKENS = 1024
CACHE_STEP_TOKENS = 128
_FRAME = -1  # stands for a message's framing tokens in a billed sequence


def prompt_token_ids(body: Mapping[str, Any]) -> list[int]:
    """The billed prompt as a token sequence: ``prompt_tokens`` is its length plus
    ``REPLY_PRIMING_TOKENS``, and two requests share a cached prefix where these agree."""
    tok = tokenizer_for(str(body.get("model", "")))
    ids: list[int] = []
    schema = schema_of(body)
    if schema is not None:
        ids += tok.encode(json.dumps(schema, separators=(",", ":"), ensure_ascii=False))
    for message in body.get("messages", []):
        ids += [_FRAME] * TOKENS_PER_MESSAGE
        ids += tok.encode(str(message.get("role", "")))
        ids += tok.encode(message_text(message.get("content")))
    return ids


class PromptCache:
    """Remembers every prompt prefix (at 128-token boundaries from 1,024) seen so far."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._prefixes: set[bytes] = set()

    def lookup_and_add(self, ids: list[int]) -> int:
        """The cached tokens for ``ids`` (longest prefix seen before, else 0); remembers ``ids``."""
        digest = hashlib.sha256()
        prefixes = []
        for end in range(CACHE_STEP_TOKENS, len(ids) + 1, CACHE_STEP_TOKENS):
            digest.update(array("q", ids[end - CACHE_STEP_TOKENS : end]).tobytes())
            if end >= CACHE_MIN_TOKENS:
                prefixes.append((end, digest.digest()))
        with self._lock:
            hit = max((end for end, d in prefixes if d in self._prefixes), default=0)
            self._prefixes.update(d for _, d in prefixes)
        return hit


_MODEL = FakeModel(whole_text=True)


@functools.lru_cache(maxsize=256)
def billed_tokens(body: str, unknown_ids: bool) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The tokens of the answer to the request ``body`` (JSON; cut to its output limit, citing
    an unknown id for that fault) and of its billed prompt. The fake model is deterministic, so
    a request asked again (a retry, the fault tests' hundreds of one request, a second server
    asked the same) is answered from memory instead of summarizing its documents again."""
    request = json.loads(body)
    tok = tokenizer_for(str(request["model"]))
    limit = request.get("max_completion_tokens") or request.get("max_tokens")
    answer = _MODEL.answer(request)
    if isinstance(limit, int):
        answer = fit(answer, limit, tok.count)
    content = cite_unknown(answer) if unknown_ids else as_json(answer, request)
    return tuple(tok.encode(content)), tuple(prompt_token_ids(request))
