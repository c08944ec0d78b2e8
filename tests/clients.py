"""openai clients for the tests' own servers (plain HTTP on 127.0.0.1) that share the process's
TLS context (``briefing.tls``), as the library's clients do. A client that makes its own loads a
certificate store, about 25 ms of CPU, which a plain-HTTP server never uses (about 30 such
clients in a test run)."""

from __future__ import annotations

from typing import Any

import openai

from briefing.tls import httpx2_context

__all__ = ["async_client", "sync_client"]


def async_client(**options: Any) -> openai.AsyncOpenAI:
    """``openai.AsyncOpenAI(**options)`` on the shared TLS context."""
    http = openai.DefaultAsyncHttpxClient(verify=httpx2_context())
    return openai.AsyncOpenAI(http_client=http, **options)


def sync_client(**options: Any) -> openai.OpenAI:
    """``openai.OpenAI(**options)`` on the shared TLS context."""
    return openai.OpenAI(http_client=openai.DefaultHttpxClient(verify=httpx2_context()), **options)
