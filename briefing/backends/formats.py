"""The answer-format ladder of OpenAI(-compatible) servers, and reading an answer in each format.

=============  ==============================================================================
``json_schema``  strict Structured Outputs (the schema is enforced by the server)
``json_object``  JSON mode with the schema attached (llama.cpp accepts this)
``text``         no response_format; the schema is given in the system message and the first
                 JSON object of the reply is used
=============  ==============================================================================

A server that rejects a format (``rejects_format``) moves its ``FormatLadder`` down one rung for
the rest of the backend's life, logged once at WARNING. The ladder never climbs back. A
rejection is the server's answer about what it supports, not a transient error: it is never
retried. Until one answer has come back in the current format the ladder is *unconfirmed*: the
backend then sends one request at a time, so that queued calls never ask in a format the first
answer rules out. A ladder can start lower (what an earlier run learned), and tells a listener
when it learns something (kept per server and model in the store).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any, Literal, TypeVar

import httpx2
import openai
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from briefing.backends.capabilities import window_in_error
from briefing.exceptions import redact

__all__ = [
    "EXAMPLE_INSTRUCTION",
    "MODES",
    "TEXT_MODE_INSTRUCTION",
    "FormatLadder",
    "FormatRejected",
    "InvalidAnswer",
    "Mode",
    "extract_json",
    "no_retry_of_format_rejections",
    "rejects_format",
    "repair_messages",
    "response_format",
    "system_message",
    "validate",
]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")

TEXT_MODE_INSTRUCTION = "Answer with one JSON object matching this schema, and nothing else:"
EXAMPLE_INSTRUCTION = (
    "An example of such an answer, about made-up articles a1, a2 and a3 (use the ids and the "
    "facts of the material below, never the example's):"
)

# Status codes with which servers reject an unsupported response_format (llama.cpp answers 500).
_FORMAT_REJECT_STATUSES = frozenset({400, 422, 500})
_FORMAT_REJECT_TEXT = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)
_SCHEMA_NAME = re.compile(r"[^A-Za-z0-9_-]")


class FormatRejected(Exception):
    """The server does not support the response_format of the current mode."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class InvalidAnswer(Exception):
    """The answer is not valid JSON for the schema (repairable)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class FormatLadder:
    """The answer format a backend starts its calls with; it only ever moves down.

    ``start``: a format learned earlier (confirmed from the start). ``on_learned`` is called
    with the format whenever an answer confirms it or a rejection moves the ladder down.
    """

    def __init__(
        self,
        *,
        host: str,
        api_key: str | None,
        start: Mode | None = None,
        on_learned: Callable[[Mode], None] | None = None,
    ) -> None:
        self._host = host
        self._api_key = api_key
        self._mode: Mode = start or "json_schema"
        self._confirmed = start is not None
        self._on_learned = on_learned
        self._told = start

    @property
    def mode(self) -> Mode:
        return self._mode

    def listen(self, on_learned: Callable[[Mode], None]) -> None:
        self._on_learned = on_learned

    @property
    def confirmed(self) -> bool:
        """An answer came back in the current format (or it was learned before)."""
        return self._confirmed

    def confirm(self, mode: Mode) -> None:
        """An answer in ``mode`` came back: the server supports it."""
        if mode == self._mode and not self._confirmed:
            self._confirmed = True
            self._tell(mode)

    def _tell(self, mode: Mode) -> None:
        if self._on_learned is not None and mode != self._told:
            self._told = mode
            self._on_learned(mode)

    def downgrade(self, mode: Mode, reason: str) -> Mode:
        """The rung below ``mode`` (which the server rejected); the ladder follows it down."""
        following = MODES[MODES.index(mode) + 1]
        if MODES.index(following) > MODES.index(self._mode):
            log.warning(
                "%s rejected response_format %s (%s); using %s from now on",
                self._host,
                mode,
                redact(reason, self._api_key),
                following,
            )
            self._mode = following
            self._confirmed = following == "text"  # the bottom rung needs no server support
            self._tell(following)
        return following


def rejects_format(exc: openai.APIStatusError) -> bool:
    """True when an error answer says the server does not support the response_format."""
    if exc.status_code not in _FORMAT_REJECT_STATUSES:
        return False
    text = f"{exc.message} {json.dumps(exc.body, default=str)}"
    return bool(_FORMAT_REJECT_TEXT.search(text))


async def no_retry_of_format_rejections(response: httpx2.Response) -> None:
    """An HTTP client hook: an error answer that is an answer about the server, not a
    transient failure, is marked ``x-should-retry: false`` so that the openai client does not
    send the request again (llama.cpp answers both with a 500, which it would retry): a
    rejected ``response_format``, and a request longer than the server's context window."""
    if response.status_code not in _FORMAT_REJECT_STATUSES:
        return
    text = (await response.aread()).decode("utf-8", "replace")
    names_format = b'"response_format"' in response.request.content and bool(
        _FORMAT_REJECT_TEXT.search(text)
    )
    if names_format or window_in_error(text) is not None:
        response.headers["x-should-retry"] = "false"


def response_format(
    mode: Mode, schema: type[BaseModel], json_schema: dict[str, Any]
) -> dict[str, Any] | None:
    """The ``response_format`` of a request in ``mode`` (None: send none)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {
                "name": _SCHEMA_NAME.sub("_", schema.__name__)[:64] or "answer",
                "strict": True,
                "schema": json_schema,
            },
        }
    if mode == "json_object":
        # ``schema`` is not in OpenAI's json_object format; llama.cpp-style servers use it.
        return {"type": "json_object", "schema": json_schema}
    return None


def system_message(
    system: str, mode: Mode, json_schema: dict[str, Any], *, example: str = "", small: bool = False
) -> str:
    """The system message for ``mode``. Below json_schema the server does not enforce the
    schema: it is stated in the message, followed by the prompt's worked ``example``, except
    for a ``small`` model, which copies an example's facts into its answer (measured on
    SmolLM2-135M, docs/BENCHMARKS.md): it gets the compact schema's text alone."""
    if mode == "json_schema":
        return system
    # json_object servers may ignore the attached schema (and OpenAI's JSON mode requires the
    # word JSON in the messages): state it in the prompt as well.
    schema = json.dumps(json_schema, ensure_ascii=False)
    parts = [system.rstrip(), f"{TEXT_MODE_INSTRUCTION}\n{schema}"]
    if example and not small:
        parts.append(f"{EXAMPLE_INSTRUCTION}\n{example}")
    return "\n\n".join(parts)


def extract_json(text: str) -> str:
    """The first JSON object in ``text`` (inside a ```json fence if there is one).

    Falls back to the stripped text, so that validating it yields a meaningful JSON error.
    """
    fence = _FENCE.search(text)
    candidate = (fence.group(1) if fence else text).strip()
    start = candidate.find("{")
    if start < 0:
        return candidate
    try:
        # strict=False: a raw newline or tab inside a string (small models write them) is kept.
        _, end = json.JSONDecoder(strict=False).raw_decode(candidate, start)
    except ValueError:
        return candidate
    return candidate[start:end]


# How much of a validation error is shown to the model in the repair message.
_REPAIR_ERROR_CHARS = 2000

REPAIR_INSTRUCTION = (
    "Your answer above is not valid. The validation error was:\n\n{error}\n\n"
    "Reply with the corrected JSON object only, matching the schema exactly."
)


def repair_messages(content: str, error: str) -> list[ChatCompletionMessageParam]:
    """The two messages that ask once for a repair of the invalid answer ``content``."""
    if len(error) > _REPAIR_ERROR_CHARS:
        error = error[:_REPAIR_ERROR_CHARS] + "\n…(truncated)"
    return [
        {"role": "assistant", "content": content},
        {"role": "user", "content": REPAIR_INSTRUCTION.format(error=error)},
    ]


def _describe(exc: ValidationError) -> str:
    """A validation error as the model should read it: one line per problem, no URLs."""
    errors = exc.errors(include_url=False, include_context=False)
    lines = [f"{len(errors)} validation error(s) for {exc.title}:"]
    for error in errors:
        loc = ".".join(str(part) for part in error["loc"]) or "(root)"
        lines.append(f"- {loc}: {error['msg']}")
    return "\n".join(lines)


def validate(schema: type[T], content: str) -> T:
    """The answer ``content`` as ``schema``; ``InvalidAnswer`` says what is wrong with it."""
    if not content.strip():
        raise InvalidAnswer("the answer was empty; expected one JSON object")
    text = extract_json(content)
    try:
        return schema.model_validate_json(text)
    except ValidationError as exc:
        if not _control_characters_only(exc):
            raise InvalidAnswer(_describe(exc)) from None
    # JSON that is valid but for raw control characters in strings (a newline inside a bullet,
    # as small local models write): read leniently, then validate as usual.
    try:
        return schema.model_validate(json.loads(text, strict=False))
    except ValueError as exc:  # ValidationError is a ValueError too
        detail = _describe(exc) if isinstance(exc, ValidationError) else f"invalid JSON: {exc}"
        raise InvalidAnswer(detail) from None


def _control_characters_only(exc: ValidationError) -> bool:
    errors = exc.errors(include_url=False)
    return len(errors) == 1 and "control character" in errors[0]["msg"]
