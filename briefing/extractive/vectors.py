"""PageRank, and an inverted index for candidate search, over the unit TF-IDF vectors of
``briefing.features`` (where the vectors, IDF, cosine and centroids are made).

``TermIndex`` finds, for a query vector, the indexed vectors that can reach a similarity
threshold without comparing against all of them: it probes only the query's *prefix* (its
heaviest terms, leaving out a tail whose norm is below the threshold, which by Cauchy-Schwarz
cannot reach it alone) and skips posting lists longer than ``cap``. Without a skipped list the
search is exact; the cap only bites on large inputs, where a term shared by hundreds of vectors
says little about which one is closest.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from briefing.features import Vector

__all__ = ["TermIndex", "pagerank"]

K = TypeVar("K", bound=Hashable)

POSTING_CAP = 64
"""Posting lists longer than this are not probed (never reached by inputs of <= 64 items)."""


def pagerank(
    rows: Sequence[Sequence[tuple[int, float]]],
    *,
    damping: float = 0.85,
    iters: int = 40,
    teleport: Sequence[float] | None = None,
) -> list[float]:
    """PageRank over a weighted graph given as sparse rows ``[(j, weight), ...]`` (j ascending).

    ``teleport`` (any positive weights, normalised here) makes it *personalised* PageRank: the
    random surfer restarts at node ``i`` with that share instead of uniformly.
    """
    n = len(rows)
    if n == 0:
        return []
    if teleport is None:
        start = [1.0 / n] * n
    else:
        total = math.fsum(teleport)
        start = [t / total for t in teleport]
    out_sum = [sum(w for _, w in row) for row in rows]
    rank = list(start)
    for _ in range(iters):
        new = [(1.0 - damping) * t for t in start]
        dangling = damping * math.fsum(rank[i] for i in range(n) if out_sum[i] == 0)
        for i, row in enumerate(rows):
            if out_sum[i] == 0:
                continue
            for j, w in row:
                new[j] += damping * rank[i] * w / out_sum[i]
        if dangling:
            new = [x + dangling * t for x, t in zip(new, start, strict=True)]
        rank = new
    return rank


def _prefix(vec: Vector, tau: float) -> tuple[list[str], float]:
    """The heaviest terms of ``vec`` whose left-out tail has norm below ``tau``, and that norm."""
    ordered = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))
    tail = 0.0
    cut = len(ordered)
    while cut > 0 and tail + ordered[cut - 1][1] ** 2 < tau * tau:
        cut -= 1
        tail += ordered[cut][1] ** 2
    return [t for t, _ in ordered[:cut]], math.sqrt(tail)


class TermIndex(Generic[K]):
    """Inverted index from term to the indexed vectors (by key) that contain it."""

    def __init__(self, *, cap: int = POSTING_CAP) -> None:
        self.cap = cap
        self.postings: dict[str, dict[K, float]] = {}

    def add(self, key: K, vec: Vector) -> None:
        for t, w in vec.items():
            self.postings.setdefault(t, {})[key] = w

    def remove(self, key: K, vec: Vector) -> None:
        for t in vec:
            posting = self.postings[t]
            del posting[key]
            if not posting:
                del self.postings[t]

    def candidates(self, vec: Vector, threshold: float, *, limit: int = 32) -> list[K]:
        """Keys that may have a dot product >= ``threshold`` with ``vec``, likeliest first.

        Partial dot products are summed over the probed terms; a key whose partial sum plus the
        unprobed tail's norm stays below ``threshold`` cannot reach it. At most ``limit`` keys
        are returned (by partial sum, then key); the caller computes exact similarities.
        """
        probe, tail = _prefix(vec, threshold)
        acc: dict[K, float] = {}
        for t in probe:
            posting = self.postings.get(t)
            if not posting or len(posting) > self.cap:
                continue
            w = vec[t]
            for key, v in posting.items():
                acc[key] = acc.get(key, 0.0) + w * v
        floor = threshold - tail - 1e-9
        found = [(s, k) for k, s in acc.items() if s > 0.0 and s >= floor]
        if len(found) > limit:
            found = heapq.nlargest(limit, found, key=lambda sk: sk[0])
        return [k for _, k in found]
