"""What is kept of an answer that stopped early: complete items of cut-off JSON, and a detector
for a model that repeats itself until the output cap.

``salvage(text, schema)`` parses the answer with jiter's partial mode (the JSON parser the openai
and pydantic packages use) and keeps every item that was complete when the answer stopped: a
bullet or note whose text and ``source_ids`` were both closed, a section with its title and at
least one complete bullet. An item the cut went through is left out, never guessed at.

``Repetition`` watches a growing answer and says when its end is a loop (one stretch of text
repeated, or text that varies a little but compresses like a loop), so the call can stop early
instead of paying for output up to the cap.
"""

from __future__ import annotations

import logging
import re
import zlib
from functools import lru_cache
from typing import Any, TypeVar

import jiter
from pydantic import BaseModel, ValidationError

__all__ = ["Repetition", "salvage"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

_FENCE_START = re.compile(r"```(?:json|JSON)?\s*")
_BULLET_FIELDS = frozenset({"text", "source_ids"})
_NUMBER = re.compile(r"\d+")


def _json_start(text: str) -> str | None:
    """The answer from its first ``{`` (inside a code fence when there is one)."""
    fence = _FENCE_START.search(text)
    if fence is not None:
        text = text[fence.end() :]
        text = text.split("```", 1)[0]
    start = text.find("{")
    return text[start:] if start >= 0 else None


def _last_ids_closed(raw: str) -> bool:
    """Whether the last ``source_ids`` list in ``raw`` was closed (ids contain no ``]``)."""
    at = raw.rfind('"source_ids"')
    return at < 0 or "]" in raw[at:]


def _prune(value: Any, model: type[BaseModel]) -> Any:
    """Keep only what validates as ``model``; lists of sub-models keep their valid items."""
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name not in value:
            continue
        item = value[name]
        inner = _list_model(info.annotation)
        if inner is not None and isinstance(item, list):
            kept = []
            for element in item:
                pruned = _prune(element, inner)
                try:
                    kept.append(inner.model_validate(pruned))
                except ValidationError:
                    continue
            out[name] = [k.model_dump() for k in kept if _has_content(k)]
        else:
            out[name] = item
    return out


def _has_content(item: BaseModel) -> bool:
    """A section needs at least one bullet; a bullet its text and a source."""
    bullets = getattr(item, "bullets", None)
    if isinstance(bullets, list):
        return bool(bullets)
    if set(type(item).model_fields) >= _BULLET_FIELDS:  # a bullet, note or repair, or compact
        return bool(getattr(item, "text", "").strip()) and bool(getattr(item, "source_ids", []))
    return True


def _list_model(annotation: Any) -> type[BaseModel] | None:
    args = getattr(annotation, "__args__", ())
    origin = getattr(annotation, "__origin__", None)
    if origin is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        return args[0]
    return None


def _drop_open_bullet(value: Any) -> None:
    """Remove the item the cut went through when its ``source_ids`` list was still open: the
    last dict with ``source_ids`` on the rightmost path of the parsed answer."""
    parent: list[Any] | None = None
    target: list[Any] | None = None
    node = value
    while True:
        if isinstance(node, dict) and node:
            if "source_ids" in node and parent is not None and parent and parent[-1] is node:
                target = parent
            node = node[list(node)[-1]]
        elif isinstance(node, list) and node:
            parent = node
            node = node[-1]
        else:
            break
    if target is not None:
        target.pop()


def salvage(text: str, schema: type[T]) -> T | None:
    """The complete items of a cut-off JSON answer as ``schema``; None when nothing complete
    (or the schema's other fields cannot be filled). Missing text fields become ''."""
    raw = _json_start(text)
    if raw is None:
        return None
    try:
        parsed = jiter.from_json(raw.encode("utf-8"), partial_mode="on")
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    if not _last_ids_closed(raw):
        _drop_open_bullet(parsed)
    value = _prune(parsed, schema)
    for name, info in schema.model_fields.items():
        if name not in value and info.annotation is str:
            value[name] = ""
    try:
        result = schema.model_validate(value)
    except ValidationError:
        return None
    lists = [v for v in value.values() if isinstance(v, list)]
    if not any(lists):
        return None
    return result


@lru_cache(maxsize=64)
def _first_unfit(length: int, repeats: int, min_span: int, max_period: int) -> int:
    """The first period whose span (``repeats`` times the period, and at least ``min_span``)
    is longer than ``length`` (spans do not grow with the period everywhere: 7 x 18 > 8 x 15),
    or ``max_period + 1`` when every period fits."""
    for period in range(1, max_period + 1):
        if period * max(repeats, -(-min_span // period)) > length:
            return period
    return max_period + 1


class Repetition:
    """Says when the end of a growing text is a loop: one stretch repeated exactly (or exactly
    but for its numbers: a loop that counts), at least ``repeats`` times and at least
    ``min_span`` characters in all (a period of 1 to ``max_period`` characters); or, for a loop
    that varies a little (a counter, a changing word,
    a stretch longer than ``max_period``), its last ``window`` characters compressing to less
    than ``max_ratio`` of their size.

    Measured for the ratio (tests/test_salvage.py): SmolLM2-135M's looping answers compress to
    0.11-0.13 over 2,400 characters, the hand-written golden answers (English and German prose
    in JSON, also indented) to 0.27 or more. Checked every ``every`` new characters, so the
    cost stays small on long answers.
    """

    def __init__(
        self,
        *,
        repeats: int = 3,
        min_span: int = 120,
        max_period: int = 600,
        every: int = 64,
        window: int = 2400,
        max_ratio: float = 0.18,
    ) -> None:
        self.repeats = repeats
        self.min_span = min_span
        self.max_period = max_period
        self.every = every
        self.window = window
        self.max_ratio = max_ratio
        if repeats < 2:
            raise ValueError("a loop repeats its stretch at least twice")
        # A loop's span is at least two periods and at least ``min_span`` long, so it reaches at
        # least ``min_span // 2`` characters before its last period: in any loop, its last
        # ``_probe`` characters occur again one period earlier.
        self._probe = max(1, min(16, min_span // 2))
        self._checked = 0
        self.period: int | None = None
        self.ratio: float | None = None

    def looping(self, text: str) -> bool:
        if len(text) - self._checked < self.every:
            return False
        self._checked = len(text)
        tail = text[-(self.max_period * self.repeats) :]
        # A loop that only counts ("1. Read every article", "2. Read every article", …, or
        # "index": 1, 2, … over the same text, as SmolLM2-135M's map and repair answers did) is
        # one stretch repeated once its numbers are set aside.
        if self._periodic(tail) or self._periodic(_NUMBER.sub("0", tail)):
            return True
        if len(text) >= self.window:
            raw = text[-self.window :].encode("utf-8")
            ratio = len(zlib.compress(raw)) / len(raw)
            if ratio < self.max_ratio:
                self.ratio = ratio
                return True
        return False

    def _periodic(self, tail: str) -> bool:
        """Whether ``tail`` ends in one stretch of ``period`` characters repeated, for the
        smallest period that repeats (the periods are tried in order, up to the first whose
        span no longer fits). A period can only repeat where the last ``probe`` characters
        occur again ``period`` characters earlier, so the candidates are found by searching
        for them, and only those are compared in full."""
        n = len(tail)
        stop = _first_unfit(n, self.repeats, self.min_span, self.max_period)
        probe = self._probe
        if stop == 1 or n <= probe:
            return False
        last = tail[-probe:]
        end = n - 1  # an earlier occurrence starts at least one character back
        while (start := tail.rfind(last, 0, end)) >= 0:
            period = n - probe - start
            if period >= stop:
                return False
            end = start + probe - 1
            count = max(self.repeats, -(-self.min_span // period))
            unit = tail[-period:]
            if tail[-period * count :] == unit * count and unit.strip():
                self.period = period
                return True
        return False

    def describe(self) -> str:
        """What the loop was, once ``looping`` said so."""
        if self.period is not None:
            return f"a {self.period}-character stretch over and over"
        ratio = self.ratio or 0.0
        return f"its last {self.window:,} characters compress to {ratio:.0%} (a varying loop)"
