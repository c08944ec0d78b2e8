"""Story grouping: cluster units into stories, then give stray digest fragments a home.

1. Greedy centroid clustering in input order: a unit joins the first most similar story centroid
   at or above the threshold, else starts a story.
2. Merging: while two stories' centroids are close, the later joins the earlier (always the
   lexicographically first such pair, as an all-pairs scan would pick).
3. Reattaching: a digest fragment that found no other document goes to the closest story that
   has other documents, or to its neighbouring fragment's story when it is a short tail.

Centroids are kept in a ``TermIndex``, so each step compares a unit or centroid only with the
centroids that share its heavier terms; running sums make adding a unit cost its own size.
"""

from __future__ import annotations

from collections import Counter

from briefing.extractive.segment import Unit
from briefing.extractive.vectors import TermIndex
from briefing.features import Vector, cos, top_terms

__all__ = ["cluster", "reattach"]


class _Centroids:
    """Story centroids by story id, their running sums, and an index of their terms."""

    def __init__(self) -> None:
        self.vecs: dict[int, Vector] = {}
        self.sums: dict[int, Counter[str]] = {}
        self.index: TermIndex[int] = TermIndex()

    def set(self, c: int, vec: Vector) -> None:
        old = self.vecs.get(c)
        if old is not None:
            self.index.remove(c, old)
        self.vecs[c] = vec
        self.index.add(c, vec)

    def drop(self, c: int) -> None:
        self.index.remove(c, self.vecs.pop(c))
        del self.sums[c]

    def near(self, vec: Vector, threshold: float) -> list[int]:
        return sorted(self.index.candidates(vec, threshold))


def cluster(units: list[Unit], *, threshold: float) -> list[list[int]]:
    """Greedy centroid clustering in input order, then merging of close clusters."""
    members: dict[int, list[int]] = {}
    cents = _Centroids()
    for u, unit in enumerate(units):
        best, best_sim = -1, threshold
        for c in cents.near(unit.vec, threshold):
            sim = cos(unit.vec, cents.vecs[c])
            if sim >= best_sim and not (best >= 0 and sim == best_sim):
                best, best_sim = c, sim
        if best < 0:
            c = len(members)
            members[c] = [u]
            cents.sums[c] = Counter()
            cents.sums[c].update(unit.vec)
            cents.set(c, dict(unit.vec))
        else:
            members[best].append(u)
            cents.sums[best].update(unit.vec)
            cents.set(best, top_terms(cents.sums[best]))

    def absorb(keep: int, gone: int) -> None:
        for i in members[gone]:
            cents.sums[keep].update(units[i].vec)
        members[keep] += members.pop(gone)
        cents.drop(gone)
        cents.set(keep, top_terms(cents.sums[keep]))

    def partner(p: int, *, before: bool) -> int:
        for q in cents.near(cents.vecs[p], threshold):
            if (q < p) == before and q != p:
                a, b = (q, p) if q < p else (p, q)
                if cos(cents.vecs[a], cents.vecs[b]) >= threshold:
                    return q
        return -1

    for start in range(len(members)):
        if start not in members:
            continue
        p = start
        while True:
            q = partner(p, before=True)
            if q >= 0:
                absorb(q, p)
                p = q
                continue
            q = partner(p, before=False)
            if q < 0:
                break
            absorb(p, q)
    return [sorted(members[c]) for c in sorted(members)]


def reattach(units: list[Unit], clusters: list[list[int]], threshold: float) -> list[list[int]]:
    """Give a document's fragments that found no other document back to its neighbour's story.

    A fragment stays a story of its own (a digest item no one else covers) only if it is at
    least three sentences long and not close to the neighbouring fragment's story.
    """
    home = {u: c for c, members in enumerate(clusters) for u in members}
    docs_in = [{units[u].doc for u in members} for members in clusters]
    cents = _Centroids()
    for c, members in enumerate(clusters):
        cents.sums[c] = Counter()
        for i in members:
            cents.sums[c].update(units[i].vec)
        cents.set(c, top_terms(cents.sums[c]))
    for u, unit in enumerate(units):
        c = home[u]
        if docs_in[c] != {unit.doc}:
            continue
        neighbours = [v for v in (u - 1, u + 1) if 0 <= v < len(units) and units[v].doc == unit.doc]
        near = {home[v] for v in neighbours if home[v] != c and len(docs_in[home[v]]) > 1}
        first_wide = next(
            (t for t in range(len(clusters)) if t != c and docs_in[t] - {unit.doc}), -1
        )
        if first_wide < 0:
            continue
        short = len(unit.sentences) <= 2
        best, sim = first_wide, 0.0
        for t in cents.near(unit.vec, 0.0 if short else 0.5 * threshold):
            if t == c or not docs_in[t] - {unit.doc}:
                continue
            s = cos(unit.vec, cents.vecs[t])
            if s > sim:
                best, sim = t, s
        if sim >= 0.5 * threshold or (short and best in near):
            clusters[c].remove(u)
            clusters[best].append(u)
            home[u] = best
            docs_in[best].add(unit.doc)
            cents.sums[best].update(unit.vec)
            cents.set(best, top_terms(cents.sums[best]))
            cents.sums[c] = Counter()
            for i in clusters[c]:
                cents.sums[c].update(units[i].vec)
            cents.set(c, top_terms(cents.sums[c]))
    out = [sorted(members) for members in clusters if members]
    stories_of: Counter[int] = Counter()
    for m in out:
        stories_of.update({units[i].doc for i in m})
    for unit in units:
        unit.whole = stories_of[unit.doc] == 1
    return out
