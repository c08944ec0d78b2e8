"""One mapping of the ``openai`` client's errors onto ``briefing.exceptions``, for every call to an
OpenAI(-compatible) server: chat completions (``OpenAIBackend``) and the Batch API's files and
batches calls (``BatchingBackend``).

::

    openai.OpenAIError
    ├── AuthenticationError (401)  → AuthenticationError
    ├── NotFoundError (404)        → ModelNotFoundError for a chat call (the model is unknown),
    │                                LLMError with the caller's hint otherwise
    ├── APITimeoutError            → ConnectionFailedError when the connection was not made in
    │                                time, ServerIdleError when nothing came back for the idle
    │                                timeout (a streamed answer is judged by data arriving)
    ├── APIConnectionError         → ConnectionFailedError (the underlying cause, one line)
    ├── APIStatusError (other)     → LLMError ("HTTP <status>: <the server's message>")
    └── anything else              → LLMError

Errors while a streamed answer is read are the HTTP client's own (``stream_error``): a read
timeout is ``ServerIdleError``, a broken connection ``ConnectionFailedError``. A call that runs
past its overall deadline is ``DeadlineError`` (raised by the backend).

Every message names the server by host and port only, and passes through ``redact`` so that the
API key never reaches a user, a log or the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx2
import openai

from briefing.exceptions import (
    AuthenticationError,
    ConnectionFailedError,
    LLMError,
    ModelNotFoundError,
    ServerIdleError,
    redact,
)

__all__ = ["ERROR_EXCERPT_CHARS", "ErrorMapper", "error_detail", "host_of"]

ERROR_EXCERPT_CHARS = 300
"""How much of an error body ends up in an exception message."""


def host_of(url: str) -> str:
    """Host and port of ``url``, never its credentials, path or query."""
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{host}:{parts.port}" if parts.port else host


def error_detail(exc: openai.APIStatusError) -> str:
    """The server's own message from an error response, on one line, cut to a readable size."""
    body = exc.body
    detail: object = body
    if isinstance(body, dict):
        inner = body.get("error", body)
        detail = inner["message"] if isinstance(inner, dict) and "message" in inner else inner
    if detail is None or detail == "":
        detail = exc.message
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    text = " ".join(text.split())
    if len(text) > ERROR_EXCERPT_CHARS:
        text = text[:ERROR_EXCERPT_CHARS] + "…"
    return text


@dataclass(frozen=True)
class ErrorMapper:
    """Maps errors of calls to one server. ``official``: the server is api.openai.com (its
    messages need no host and no --base-url hint)."""

    host: str
    official: bool
    api_key: str | None
    timeout_s: float  # the idle timeout: no data for this long
    connect_timeout_s: float = 10.0

    def __call__(
        self,
        exc: openai.OpenAIError,
        *,
        model: str | None = None,
        action: str = "",
        hint: str = "",
        received: int = 0,
    ) -> LLMError:
        """The ``briefing`` error for ``exc``. ``model``: the call was a chat completion for
        that model (a 404 means the model is unknown). ``action``: what was being done, shown
        in parentheses. ``hint``: appended to the message of a 404 or 405 answer.
        ``received``: pieces of a streamed answer that had arrived (the SDK raises a broken or
        idle stream as a connection or timeout error too)."""
        doing = f" ({action})" if action else ""
        if isinstance(exc, openai.AuthenticationError):
            message = "the server rejected the API key (401)"
            if not self.official:
                message += f" at {self.host}"
            return AuthenticationError(redact(message + doing, self.api_key))
        if isinstance(exc, openai.NotFoundError) and model is not None:
            message = f"model {model!r} not found at {self.host}"
            if not self.official:
                message += " (check --base-url: it usually ends in /v1)"
            return ModelNotFoundError(redact(message, self.api_key))
        if isinstance(exc, openai.APITimeoutError):
            if isinstance(exc.__cause__, httpx2.ConnectTimeout):
                return ConnectionFailedError(
                    redact(
                        f"cannot connect to {self.host}{doing}: no connection within "
                        f"{self.connect_timeout_s:g}s",
                        self.api_key,
                    )
                )
            return self.idle(action=action, received=received)
        if isinstance(exc, openai.APIConnectionError) and received:
            return self.broken(exc.__cause__ or exc, action=action)
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__
            reason = " ".join(str(cause).split()) if cause is not None else exc.message
            reason = reason or type(cause).__name__
            return ConnectionFailedError(
                redact(
                    f"cannot reach {self.host}{doing}: {reason[:ERROR_EXCERPT_CHARS]}",
                    self.api_key,
                )
            )
        if isinstance(exc, openai.APIStatusError):
            message = f"{self.host}{doing} answered HTTP {exc.status_code}: {error_detail(exc)}"
            if hint and exc.status_code in (404, 405):
                message += f" ({hint})"
            return LLMError(redact(message, self.api_key))
        return LLMError(redact(f"{self.host}{doing}: {exc}", self.api_key))

    def idle(self, *, action: str = "", received: int = 0) -> ServerIdleError:
        """The server took the request, then sent nothing for the idle timeout."""
        doing = f" ({action})" if action else ""
        got = f" after {received:,} tokens" if received else ""
        return ServerIdleError(
            redact(
                f"{self.host}{doing} sent nothing for {self.timeout_s:g}s{got} (the idle "
                "timeout: the server is stuck, or still reading a long prompt; raise it with "
                "--idle-timeout)",
                self.api_key,
            )
        )

    def stream_error(
        self, exc: httpx2.HTTPError, *, action: str = "", received: int = 0
    ) -> LLMError:
        """An error of the HTTP client while a streamed answer was being read."""
        if isinstance(exc, httpx2.TimeoutException):
            return self.idle(action=action, received=received)
        return self.broken(exc, action=action)

    def broken(self, exc: BaseException, *, action: str = "") -> ConnectionFailedError:
        """The connection broke while a streamed answer was arriving."""
        doing = f" ({action})" if action else ""
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return ConnectionFailedError(
            redact(
                f"the connection to {self.host}{doing} broke while it was answering "
                f"({reason[:ERROR_EXCERPT_CHARS]})",
                self.api_key,
            )
        )
