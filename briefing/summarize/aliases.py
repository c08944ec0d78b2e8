"""Per-run id aliases: the model sees "a1", "a2", … instead of the articles' content ids.

Short aliases cost fewer tokens in every article header and every note's sources. They are
given in article order when a run starts, shown in every prompt, and mapped back in every answer
before anything (note bookkeeping, grounding) looks at the ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from briefing.anchor import Failure
from briefing.models import BriefingDraft, Bullet, Document, Notes, RepairAnswer, RepairedBullet

__all__ = ["AliasedFailure", "Aliases"]

T = TypeVar("T", bound=BaseModel)
_ID = re.compile(r"[\w-]+")
B = TypeVar("B", Bullet, RepairedBullet)


@dataclass(frozen=True)
class AliasedFailure:
    """A grounding failure as the repair prompt shows it (its sources by alias)."""

    text: str
    source_ids: list[str]
    problems: list[str]


class Aliases:
    """Short per-run ids ("a1", "a2", … in article order) for the articles' content ids."""

    def __init__(self, ids: Sequence[str]) -> None:
        self._short = {real: f"a{n}" for n, real in enumerate(ids, start=1)}
        self._real = {short: real for real, short in self._short.items()}

    def _show(self, ids: Sequence[str]) -> list[str]:
        return [self._short.get(i, i) for i in ids]

    def document(self, doc: Document) -> Document:
        evidence = [
            e.model_copy(update={"source_id": self._short.get(e.source_id, e.source_id)})
            for e in doc.evidence
        ]
        return doc.model_copy(
            update={
                "id": self._short.get(doc.id, doc.id),
                "source_ids": self._show(doc.source_ids),
                "evidence": evidence,
            }
        )

    def failure(self, failure: Failure) -> AliasedFailure:
        """The failure with its sources, and every content id its problems name ("invalid
        citation 61b3e9…"), by alias: the model only knows the aliases."""
        problems = [_ID.sub(lambda m: self._short.get(m[0], m[0]), p) for p in failure.problems]
        return AliasedFailure(failure.text, self._show(failure.source_ids), problems)

    def restore(self, parsed: T) -> T:
        """The model's answer with aliases mapped back; anything else (an invented id) is
        left as it is, for grounding to strip."""

        def back(bullet: B) -> B:
            return bullet.model_copy(
                update={
                    "source_ids": [self._real.get(i, i) for i in bullet.source_ids],
                    "evidence": [
                        e.model_copy(update={"source_id": self._real.get(e.source_id, e.source_id)})
                        for e in bullet.evidence
                    ],
                }
            )

        if isinstance(parsed, Notes):
            return parsed.model_copy(update={"notes": [back(b) for b in parsed.notes]})
        if isinstance(parsed, RepairAnswer):
            return parsed.model_copy(update={"bullets": [back(b) for b in parsed.bullets]})
        if isinstance(parsed, BriefingDraft):
            sections = [
                s.model_copy(update={"bullets": [back(b) for b in s.bullets]})
                for s in parsed.sections
            ]
            return parsed.model_copy(update={"sections": sections})
        return parsed
