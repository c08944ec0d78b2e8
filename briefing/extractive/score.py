"""Scoring and selection of a story's sentences.

A sentence scores by closeness to the story centroid, LexRank-style centrality (PageRank over
the sentences' similarity graph), a lead-position prior and how many documents carry it, minus a
penalty for opening with an anaphor. Maximal marginal relevance then picks bullets; a
near-duplicate of a chosen sentence from another document is not repeated, but its document is
cited too when it states the bullet's numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.extractive.sentences import Sentence
from briefing.extractive.vectors import pagerank
from briefing.features import Vector, cos
from briefing.models import Bullet, Document

__all__ = ["near_duplicate", "prescore", "score", "select"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ANAPHORA = re.compile(
    r"^(?:he|she|they|it|this|these|those|that|but|and|however|also|meanwhile|the attacks?)\b", re.I
)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def near_duplicate(a: Sentence, b: Sentence) -> bool:
    """Same statement: high term overlap (Jaccard >= 0.55, or 85% of the shorter's terms)."""
    sa, sb = set(a.terms), set(b.terms)
    if not sa or not sb:
        return a.text == b.text
    overlap = len(sa & sb) / min(len(sa), len(sb))
    return _jaccard(sa, sb) >= 0.55 or (overlap >= 0.85 and min(len(sa), len(sb)) >= 5)


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _may_cite(bullet: Sentence, other: Sentence, docs: Sequence[Document]) -> bool:
    """Cite ``other``'s document for ``bullet`` only if it states the bullet's numbers too."""
    return _numbers(bullet.text) <= _numbers(docs[other.doc].text)


def prescore(s: Sentence, centroid: Vector, lead_weight: float) -> float:
    """The part of ``score`` that needs no other sentence (used to trim very large stories)."""
    return (
        0.5 * cos(s.vec, centroid)
        + lead_weight / math.sqrt(1 + s.pos)
        - (0.15 if _ANAPHORA.match(s.text) else 0.0)
    )


def score(cands: list[Sentence], centroid: Vector, lead_weight: float) -> None:
    """Set ``.score`` of every candidate (quadratic in ``len(cands)``: callers bound it)."""
    rows: list[list[tuple[int, float]]] = [[] for _ in cands]
    for i, a in enumerate(cands):
        for j in range(i + 1, len(cands)):
            w = cos(a.vec, cands[j].vec)
            if w >= 0.08:
                rows[i].append((j, w))
                rows[j].append((i, w))
    ranks = pagerank(rows)
    top = max(ranks, default=1.0) or 1.0
    for i, (s, r) in enumerate(zip(cands, ranks, strict=True)):
        support = len({cands[j].doc for j, w in rows[i] if w > 0.5} | {s.doc})
        s.score = (
            0.5 * cos(s.vec, centroid)
            + 0.25 * (r / top)
            + lead_weight / math.sqrt(1 + s.pos)
            + 0.05 * min(support, 4)
            - (0.15 if _ANAPHORA.match(s.text) else 0.0)
        )


def select(
    cands: list[Sentence], k: int, docs: Sequence[Document], *, mmr: float = 0.7
) -> list[Bullet]:
    """Up to ``k`` bullets by maximal marginal relevance, near-duplicates merged into citations."""
    chosen: list[Sentence] = []
    cites: list[list[str]] = []
    pool = sorted(cands, key=lambda s: (-s.score, s.doc, s.pos))
    while pool and len(chosen) < k:
        best = max(
            pool,
            key=lambda s: (
                mmr * s.score - (1 - mmr) * max((cos(s.vec, c.vec) for c in chosen), default=0),
                -s.doc,
                -s.pos,
            ),
        )
        pool.remove(best)
        ids = list(best.cite)
        for other in [s for s in cands if s is not best]:
            if near_duplicate(best, other):
                if other in pool:
                    pool.remove(other)
                if _may_cite(best, other, docs):
                    ids += [i for i in other.cite if i not in ids]
        for prev, prev_ids in zip(chosen, cites, strict=True):
            if near_duplicate(best, prev):
                prev_ids += [i for i in ids if i not in prev_ids]
                break
        else:
            if all(cos(best.vec, c.vec) < 0.45 for c in chosen):
                chosen.append(best)
                cites.append(ids)
    return [Bullet(text=s.text, source_ids=ids) for s, ids in zip(chosen, cites, strict=True)]
