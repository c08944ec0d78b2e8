"""The backend protocol: one async call that turns a request into a validated pydantic object.

Every backend (OpenAI and compatible servers, the offline extractive one, test doubles) implements
``Backend``; callers receive one as a parameter and never construct or patch one themselves.
What a backend can do that callers depend on is in its ``capabilities``, never in its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from pydantic import BaseModel

from briefing.models import CallMode, Document, Step

__all__ = [
    "MODEL_CAPABILITIES",
    "Backend",
    "BackendCapabilities",
    "LLMRequest",
    "LLMResponse",
    "RenderedPrompt",
    "Step",
    "Wrapper",
]

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt file filled with its variables. ``hash`` covers the template, not the variables.

    ``example``: a worked example (its documents, then its answer as one line of JSON in the
    call's schema) that backends show where the server does not enforce the schema.
    ``small``: the call is for a small model (``briefing.small``), which is shown no example
    (it copies the example's facts)."""

    name: str
    version: str
    hash: str
    system: str
    user: str
    example: str = ""
    small: bool = False


@dataclass(frozen=True)
class LLMRequest(Generic[T]):
    step: Step
    prompt: RenderedPrompt
    schema: type[T]
    documents: list[Document]
    max_output_tokens: int
    # The briefing's language as set (a base code): what an extractive backend, which cannot
    # translate, tells first when a story has a source written in it.
    language: str = "en"


@dataclass(frozen=True)
class LLMResponse(Generic[T]):
    parsed: T
    input_tokens: int
    output_tokens: int
    cached_tokens: int = 0
    latency_s: float = 0.0
    attempts: int = 1
    mode: CallMode = CallMode.UNKNOWN


@dataclass(frozen=True)
class BackendCapabilities:
    """What callers may rely on a backend for.

    ``follows_prompts``: it reads the prompt's instructions (a model does; the offline extractive
    backend fills the schema from the documents alone). Only such a backend is sent a repair
    call: a repair is an instruction to rewrite failing bullets.

    ``metered``: its calls are model calls that take tokens and time. They are counted in
    ``Usage.calls`` and answered from the call log when a request repeats; an unmetered backend
    (offline) is never cached and reports no calls.
    """

    follows_prompts: bool = True
    metered: bool = True


MODEL_CAPABILITIES = BackendCapabilities()
"""A language model behind an API: follows prompts, metered."""


class Backend(Protocol):
    """A model that fills a pydantic schema. ``name`` is e.g. 'openai' or 'offline' (shown to
    users and stored with the call log); ``capabilities`` says what it can do."""

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def capabilities(self) -> BackendCapabilities: ...

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]: ...

    async def aclose(self) -> None: ...


B = TypeVar("B", bound=Backend)


class Wrapper(Generic[B]):
    """The part of a backend that wraps another (the call cache, the Batch API): it answers with
    the inner backend's name, model and capabilities, so it is not a backend of its own to the
    caller, the store or the usage line."""

    def __init__(self, inner: B) -> None:
        self._inner = inner

    @property
    def inner(self) -> B:
        return self._inner

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def model(self) -> str:
        return self._inner.model

    @property
    def capabilities(self) -> BackendCapabilities:
        return self._inner.capabilities
