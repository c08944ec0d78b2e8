"""Notes: the top sentences of each document, with duplicates across documents merged.

Duplicates are found through a prefix-filtering index (as in all-pairs similarity search): two
sentences can only be near-duplicates if they share many terms, so each stored sentence is
indexed by all its terms and by its rarest few; a new sentence probes with its own rarest few
and all its terms. The search is exact and never compares a sentence with every earlier one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from briefing.extractive.score import near_duplicate, score, select
from briefing.extractive.sentences import Sentence, sentences_of
from briefing.features import idf, tf_idf
from briefing.models import Bullet, Document, Notes

__all__ = ["extract_notes"]

_MIN_SHARE = 0.55
"""Both near-duplicate tests imply sharing at least this share of the smaller sentence's terms."""


class _Duplicates:
    """Stored sentences by number; ``first`` finds the earliest near-duplicate of a sentence."""

    def __init__(self, df: Counter[str]) -> None:
        self.df = df
        self.items: list[Sentence] = []
        self.by_term: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}
        self.by_text: dict[str, int] = {}

    def _prefix(self, words: set[str]) -> list[str]:
        ordered = sorted(words, key=lambda t: (self.df[t], t))
        need = max(1, math.floor(_MIN_SHARE * len(ordered)))
        return ordered[: len(ordered) - need + 1]

    def first(self, s: Sentence) -> int | None:
        words = set(s.terms)
        if not words:
            return self.by_text.get(s.text)
        found: set[int] = set()
        for t in self._prefix(words):
            found.update(self.by_term.get(t, ()))
        for t in words:
            found.update(self.by_prefix.get(t, ()))
        return next((i for i in sorted(found) if near_duplicate(s, self.items[i])), None)

    def add(self, s: Sentence) -> None:
        i = len(self.items)
        self.items.append(s)
        words = set(s.terms)
        if not words:
            self.by_text.setdefault(s.text, i)
        for t in words:
            self.by_term.setdefault(t, []).append(i)
        for t in self._prefix(words) if words else ():
            self.by_prefix.setdefault(t, []).append(i)


def extract_notes(docs: Sequence[Document], *, per_doc: int = 4) -> Notes:
    """The top ``per_doc`` sentences of each document (document order), duplicates merged."""
    notes: list[Bullet] = []
    all_sents = [sentences_of(d, i) or sentences_of(d, i, strict=False) for i, d in enumerate(docs)]
    weights = idf([[t for s in sents for t in s.terms] for sents in all_sents if sents])
    df: Counter[str] = Counter()
    for sents in all_sents:
        for s in sents:
            df.update(set(s.terms))
    seen = _Duplicates(df)
    for sents in all_sents:
        for s in sents:
            s.vec = tf_idf(s.terms, weights)
        if not sents:
            continue
        score(sents)
        for bullet in select(sents, per_doc, docs):
            sent = next(s for s in sents if s.text == bullet.text)
            dup = seen.first(sent)
            if dup is None:
                seen.add(sent)
                notes.append(bullet)
            else:
                ids = notes[dup].source_ids
                ids += [i for i in bullet.source_ids if i not in ids]
    return Notes(notes=notes)
