"""The backend protocol: one async call that turns a request into a validated pydantic object.

Every backend (OpenAI and compatible servers, the offline extractive one, test doubles) implements
``Backend``; callers receive one as a parameter and never construct or patch one themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel

from briefing.models import Document

__all__ = ["Backend", "LLMRequest", "LLMResponse", "RenderedPrompt", "Step"]

T = TypeVar("T", bound=BaseModel)

Step = Literal["brief", "map", "reduce", "final", "repair"]


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt file filled with its variables. ``hash`` covers the template, not the variables."""

    name: str
    version: str
    hash: str
    system: str
    user: str


@dataclass(frozen=True)
class LLMRequest(Generic[T]):
    step: Step
    prompt: RenderedPrompt
    schema: type[T]
    documents: list[Document]
    max_output_tokens: int
    allowed_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class LLMResponse(Generic[T]):
    parsed: T
    input_tokens: int
    output_tokens: int
    cached_tokens: int = 0
    latency_s: float = 0.0
    attempts: int = 1
    mode: str = ""


class Backend(Protocol):
    """A model that fills a pydantic schema. ``name`` is e.g. 'openai' or 'offline'."""

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str: ...

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]: ...

    async def aclose(self) -> None: ...
