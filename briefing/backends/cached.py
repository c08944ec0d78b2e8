"""A backend that answers repeated requests from the store's call log.

``CachingBackend(inner, store)`` has the inner backend's ``name`` and ``model``. A request's
fingerprint is the sha256 of canonical JSON of everything that decides the answer: backend,
model, prompt name, version and hash, system and user text, schema name and JSON schema, and the
output cap. A hit returns the stored object with zero tokens and ``mode="cached"``; a miss calls
the inner backend and stores the answer as soon as it arrives (only on success: a failure is
never cached), so a killed run keeps every call it finished. Identical requests in flight at the
same time wait for one another, so the inner backend is asked once.

A backend that is not ``metered`` (the offline one costs nothing) is passed through uncached.

The model part of the key is what the server says it serves under the name (``served``: a model
file, an Ollama digest) when it says so, else the name and a user-bumpable tag (``[models."NAME"]
cache_tag``): swapping the model behind an alias must not return the old model's answers.
``read=False`` (``--no-cache``) asks the model every time and still keeps the answers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import time
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefing.backends.base import Backend, LLMRequest, LLMResponse, Wrapper
from briefing.models import CallMode
from briefing.store import Store, StoredCall

__all__ = ["CachingBackend", "fingerprint", "request_json"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(backend: str, model: str, request: LLMRequest[Any]) -> str:
    """sha256 (hex) of what decides the answer to ``request`` from ``backend``/``model``."""
    prompt = request.prompt
    key = {
        "backend": backend,
        "model": model,
        "prompt": {
            "name": prompt.name,
            "version": prompt.version,
            "hash": prompt.hash,
            "system": prompt.system,
            "user": prompt.user,
        },
        "schema": {
            "name": request.schema.__name__,
            "json_schema": request.schema.model_json_schema(),
        },
        "max_output_tokens": request.max_output_tokens,
    }
    return hashlib.sha256(_canonical(key).encode("utf-8")).hexdigest()


def request_json(request: LLMRequest[Any]) -> str:
    """The request as sent: messages, schema name and output cap (never a key or a header)."""
    return _canonical(
        {
            "messages": [
                {"role": "system", "content": request.prompt.system},
                {"role": "user", "content": request.prompt.user},
            ],
            "schema": request.schema.__name__,
            "max_output_tokens": request.max_output_tokens,
        }
    )


class CachingBackend(Wrapper[Backend]):
    """Wraps ``inner``; the call log in ``store`` is the cache. ``hits``/``misses`` count calls."""

    def __init__(
        self, inner: Backend, store: Store, *, served: str | None = None, read: bool = True
    ) -> None:
        super().__init__(inner)
        self._store = store
        self._served = served or inner.model
        self._read = read
        # Two OpenAI-compatible servers can serve models of the same name: the server is part
        # of the key (backends that talk to one say which through ``host``).
        host = getattr(inner, "host", "")
        self._source = f"{inner.name}@{host}" if host else inner.name
        self._locks: dict[str, asyncio.Lock] = {}
        self.hits = 0
        self.misses = 0

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        if not self._inner.capabilities.metered:
            return await self._inner.generate(request)
        key = fingerprint(self._source, self._served, request)
        # One lock per fingerprint (kept for the backend's life: a run has few distinct calls).
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            started = time.perf_counter()
            hit = self._lookup(key, request) if self._read else None
            if hit is not None:
                self.hits += 1
                log.debug("cache hit %s (%s)", key[:12], request.prompt.name)
                return LLMResponse(
                    parsed=hit,
                    input_tokens=0,
                    output_tokens=0,
                    cached_tokens=0,
                    latency_s=time.perf_counter() - started,
                    mode=CallMode.CACHED,
                )
            self.misses += 1
            response = await self._inner.generate(request)
            self._save(key, request, response)
            return response

    def _lookup(self, key: str, request: LLMRequest[T]) -> T | None:
        stored = self._store.get_call(key)
        if stored is None:
            return None
        try:
            return request.schema.model_validate_json(stored.response_json)
        except ValidationError:
            log.warning(
                "cached answer %s no longer fits %s; asking again", key[:12], request.schema
            )
            return None

    def _save(self, key: str, request: LLMRequest[Any], response: LLMResponse[Any]) -> None:
        prompt = request.prompt
        self._store.put_call(
            StoredCall(
                fingerprint=key,
                backend=self._inner.name,
                model=self._inner.model,
                step=request.step,
                prompt=prompt.name,
                prompt_version=prompt.version,
                prompt_hash=prompt.hash,
                request_json=request_json(request),
                response_json=response.parsed.model_dump_json(),
                input_tokens=response.input_tokens,
                cached_tokens=response.cached_tokens,
                output_tokens=response.output_tokens,
                latency_s=round(response.latency_s, 3),
                created_at=dt.datetime.now(dt.UTC),
            )
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
