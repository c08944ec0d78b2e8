"""A backend whose answers come from a Python function: the test double, shipped in the library.

Tests pass one to the pipeline instead of patching anything::

    backend = FunctionBackend(lambda request: Notes(notes=[]))
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.backends.base import MODEL_CAPABILITIES, BackendCapabilities, LLMRequest, LLMResponse
from briefing.models import CallMode
from briefing.tokens import tokenizer_for

__all__ = ["FunctionBackend"]

T = TypeVar("T", bound=BaseModel)

Responder = Callable[[LLMRequest[Any]], "BaseModel | Awaitable[BaseModel]"]


class FunctionBackend:
    """Calls ``func(request)`` for every request; records the requests it was sent.

    The answer may be the schema's model or a dict/JSON string for it (validated, so a test can
    hand back exactly what a model would). Token counts are real o200k counts of the prompt
    and the answer.
    """

    def __init__(
        self,
        func: Responder,
        *,
        name: str = "function",
        model: str = "test-model",
        capabilities: BackendCapabilities = MODEL_CAPABILITIES,
    ):
        self._func = func
        self._name = name
        self._model = model
        self._capabilities = capabilities
        self.requests: list[LLMRequest[Any]] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def model(self) -> str:
        return self._model

    @property
    def capabilities(self) -> BackendCapabilities:
        return self._capabilities

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        self.requests.append(request)
        answer: Any = self._func(request)
        if inspect.isawaitable(answer):
            answer = await answer
        if isinstance(answer, str):
            parsed = request.schema.model_validate_json(answer)
        elif isinstance(answer, dict):
            parsed = request.schema.model_validate(answer)
        else:
            parsed = request.schema.model_validate(answer.model_dump())
        counter = tokenizer_for(self._model)
        return LLMResponse(
            parsed=parsed,
            input_tokens=counter.count(request.prompt.system) + counter.count(request.prompt.user),
            output_tokens=counter.count(json.dumps(parsed.model_dump(mode="json"))),
            mode=CallMode.FUNCTION,
        )

    async def aclose(self) -> None:
        return None
