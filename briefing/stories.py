"""Same-story grouping: TF-IDF article vectors and average-linkage agglomeration.

Articles are vectorised (``briefing.features``) over content-word stems, entity-like tokens
(capitalised words, acronyms; they count double) and normalised quantities (``$322m``,
``$322 million`` and ``322 million dollars`` are one token). Each vector mixes the headline and
lead with the full text, so a digest is pulled towards the story it leads with rather than
towards all of them. Articles are merged by *average-linkage* agglomeration over a sparse cosine
graph: a group only absorbs another when their mean pairwise similarity is high enough, so one
digest that touches seven stories cannot chain them together.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.features import (
    WORD_PATTERN,
    Vector,
    centroid,
    content_word,
    cos,
    idf,
    normalise,
    number_value,
    quantity_tokens,
    tf_idf,
)
from briefing.models import Article
from briefing.neardup import timestamp

__all__ = ["StoryVectors", "article_features", "group_stories", "representative", "vectorise"]

log = logging.getLogger(__name__)

_HEAD_WEIGHT = 0.5  # share of the headline + lead in an article's vector
_LEAD_WORDS = 60
_ENTITY_WEIGHT = 2.0
# IDF smoothing (features.idf): ten empty pseudo-articles, df + 0.5, no floor; the story
# threshold is tuned on it.
_IDF_PRIOR, _IDF_OFFSET, _IDF_BASE = 10.0, 0.5, 0.0
_EDGE_FLOOR = 0.05  # similarities below this count as 0 in the average linkage
_TOP_TERMS = 30  # candidate pairs share one of each other's heaviest terms ...
_MAX_POSTING = 50  # ... that is heavy in at most max(this, n // 10) articles
_TOKEN = re.compile(r"\x00[^\x00]+\x00|" + WORD_PATTERN)


def article_features(text: str) -> dict[str, float]:
    """Weighted term counts: content words, entity-like tokens count double, quantities too."""
    counts: dict[str, float] = defaultdict(float)
    qtext = quantity_tokens(text)
    for match in _TOKEN.finditer(qtext):
        tok = match.group(0)
        if tok.startswith("\x00"):
            counts[tok.strip("\x00")] += _ENTITY_WEIGHT
            continue
        if tok[0].isdigit():
            counts["n:" + number_value(tok)] += 1.0
            continue
        word = content_word(tok)
        if word is None:
            continue
        entity = tok[0].isupper() and (tok.isupper() or not _sentence_start(qtext, match.start()))
        counts[word] += _ENTITY_WEIGHT if entity else 1.0
    return counts


def _sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, line or quotation."""
    prefix = text[max(0, pos - 12) : pos].rstrip(" \t'\"‘“(-—–")
    return not prefix or prefix[-1] in ".!?:\n"


def _lead(art: Article) -> str:
    words = art.text.split()
    return art.title + ". " + " ".join(words[:_LEAD_WORDS])


@dataclass(frozen=True)
class StoryVectors:
    """Per article: the mixed (head + body) unit vector, and the head-only one."""

    mixed: list[Vector]
    heads: list[Vector]


def vectorise(arts: Sequence[Article]) -> StoryVectors:
    """Mixed and head-only unit vectors, IDF over ``arts``."""
    bodies = [article_features(a.text) for a in arts]
    heads = [article_features(_lead(a)) for a in arts]
    bags = [b.keys() | h.keys() for b, h in zip(bodies, heads, strict=True)]
    weights = idf(bags, prior=_IDF_PRIOR, offset=_IDF_OFFSET, base=_IDF_BASE)
    mixed: list[Vector] = []
    head_vecs: list[Vector] = []
    for body, head in zip(bodies, heads, strict=True):
        hv, bv = tf_idf(head, weights), tf_idf(body, weights)
        combined: Vector = defaultdict(float)
        for t, v in hv.items():
            combined[t] += _HEAD_WEIGHT * v
        for t, v in bv.items():
            combined[t] += (1.0 - _HEAD_WEIGHT) * v
        mixed.append(normalise(combined))
        head_vecs.append(hv)
    return StoryVectors(mixed=mixed, heads=head_vecs)


def _edges(vectors: Sequence[Vector]) -> dict[tuple[int, int], float]:
    """Cosine of every pair that shares one of its top terms (a rare enough one).

    Candidate pairs come from an inverted index over each article's ``_TOP_TERMS`` heaviest terms,
    skipping terms that are among the top terms of more than ``max(_MAX_POSTING, n // 10)``
    articles, so the work grows with the number of plausible pairs, not with n².
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, vec in enumerate(vectors):
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP_TERMS]
        for term, _ in top:
            postings[term].append(idx)
    cap = max(_MAX_POSTING, len(vectors) // 10)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > cap:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    edges: dict[tuple[int, int], float] = {}
    for i, j in sorted(pairs):
        sim = cos(vectors[i], vectors[j])
        if sim >= _EDGE_FLOOR:
            edges[(i, j)] = sim
    return edges


def group_stories(vectors: Sequence[Vector], threshold: float) -> list[list[int]]:
    """Average-linkage agglomeration on the sparse similarity graph; groups of indices."""
    edges = _edges(vectors)
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(vectors))}
    heap: list[tuple[float, int, int]] = []
    for (i, j), sim in edges.items():
        links[i][j] = sim
        links[j][i] = sim
        if sim >= threshold:
            heap.append((-sim, i, j))
    heapq.heapify(heap)
    next_id = len(vectors)
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # stale: one side was merged already
        new = next_id
        next_id += 1
        members[new] = members.pop(a) + members.pop(b)
        la, lb = links.pop(a), links.pop(b)
        merged: dict[int, float] = {}
        for other in sorted((la.keys() | lb.keys()) - {a, b}):
            total = la.get(other, 0.0) + lb.get(other, 0.0)
            merged[other] = total
            links[other].pop(a, None)
            links[other].pop(b, None)
            links[other][new] = total
            avg = total / (len(members[new]) * len(members[other]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, other, new))
        links[new] = merged
    groups = [sorted(g) for g in members.values()]
    log.debug("stories: %d edges, %d groups", len(edges), len(groups))
    return groups


def representative(
    members: Sequence[int], vectors: StoryVectors, reps: Sequence[Article]
) -> tuple[int, list[int]]:
    """The member whose headline + lead is closest to the group's centroid, then the others
    by closeness of their whole vector to it."""
    centre = centroid((vectors.mixed[i] for i in members), top=None)
    first = min(
        members,
        key=lambda i: (
            -round(cos(vectors.heads[i], centre), 9),
            timestamp(reps[i].published_at, missing=math.inf),
            reps[i].id,
        ),
    )
    rest = sorted(
        (i for i in members if i != first),
        key=lambda i: (-round(cos(vectors.mixed[i], centre), 9), reps[i].id),
    )
    return first, rest
