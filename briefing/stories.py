"""Same-story grouping: TF-IDF article vectors and average-linkage agglomeration.

Articles are vectorised (``briefing.features``) over content-word stems, entity-like tokens
(capitalised words, acronyms; they count double) and normalised quantities (``$322m``,
``$322 million`` and ``322 million dollars`` are one token). Each vector mixes the headline and
lead with the full text, so a digest is pulled towards the story it leads with rather than
towards all of them (a digest of numbered items leads with its first item alone:
``features.first_item``). Two articles are as similar as these vectors, or as their headlines and
leads alone where that is closer: a follow-up or an angle piece ("Kenyan shilling rallies after
Wanjiru win") tells the news in its lead, then goes its own way (on the grouping set's tuning
part this took pairwise recall from 0.62 to 0.70 at the same precision). Articles are merged by
*average-linkage* agglomeration over a sparse similarity graph: a group only absorbs another
when their mean pairwise similarity is high enough, so one digest that touches seven stories
cannot chain them together.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from briefing.clean import has_dateline
from briefing.features import (
    WORD_PATTERN,
    Vector,
    centroid,
    content_word,
    cos,
    first_item,
    idf,
    normalise,
    number_value,
    quantity_tokens,
    sentence_start,
    tf_idf,
)
from briefing.language import article_language, function_words, plainly_english
from briefing.models import Article
from briefing.neardup import timestamp

__all__ = [
    "FUNCTION",
    "StoryVectors",
    "Veto",
    "article_features",
    "group_stories",
    "representative",
    "story_graph",
    "vectorise",
]

log = logging.getLogger(__name__)

_HEAD_WEIGHT = 0.5  # share of the headline + lead in an article's vector
_LEAD_WORDS = 60
_ENTITY_WEIGHT = 2.0
# IDF smoothing (features.idf): 30 empty pseudo-articles, df + 0.5, no floor. A day of three
# articles on one story is a poor sample of how rare its words are: with IDF from the batch
# alone, the story's own words ("blackout", "Iberia") weigh least because every article has
# them, and the articles drift apart (with 10 pseudo-articles, 10 of the 14 single-story
# tuning days were split). The pseudo-articles stand for the wider news that such words are
# rare in. 30 was chosen on the grouping set's tuning part, per day and pooled (see
# docs/BENCHMARKS.md); the story threshold is tuned with it.
_IDF_PRIOR, _IDF_OFFSET, _IDF_BASE = 30.0, 0.5, 0.0
_EDGE_FLOOR = 0.05  # similarities below this count as 0 in the average linkage
_TOP_TERMS = 30  # a candidate pair: one of an article's heaviest terms is in the other ...
_MAX_POSTING = 50  # ... one of the articles in which that term weighs most
_NEIGHBOURS = 24  # candidates kept per article (by their partial dot product)
FUNCTION = "\x01"  # the key prefix of another language's function words (article_features)
_TOKEN = re.compile(r"\x00[^\x00]+\x00|" + WORD_PATTERN)
# A dateline's agency code in brackets before its dash ("OSH, Kyrgyzstan (WNA) — ").
_CREDIT = re.compile(r"^([^\n(]{2,60}?)\s*\([A-Za-z][\w .&-]{0,25}\)(?=\s*[—–-])")


def article_features(text: str, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Weighted term counts: content words, entity-like tokens count double, quantities too.
    ``skip``: the function words of the text's language when it is not English
    (``language.function_words``), counted under a ``FUNCTION`` key of their own: their weight
    stays in the article's length (``vectorise`` drops them after normalising), so a page in
    another language shares no "de" with another such page, and its few shared names weigh
    against an English story no more than they did with those words in."""
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
        if skip and tok.casefold() in skip:
            counts[FUNCTION + word] += 1.0
            continue
        entity = tok[0].isupper() and (tok.isupper() or not sentence_start(qtext, match.start()))
        counts[word] += _ENTITY_WEIGHT if entity else 1.0
    return counts


def _content(vec: Vector) -> Vector:
    """``vec`` without its function words' terms, not renormalised (see ``article_features``)."""
    return {t: v for t, v in vec.items() if not t.startswith(FUNCTION)}


def _function_words(art: Article) -> frozenset[str]:
    """The function words of ``art``'s language; none for a plainly English article (told
    without loading the language model, as a teaser's headline and words are)."""
    if plainly_english(art.title, art.text):
        return frozenset()
    return function_words(article_language(art.title, art.text))


def _lead(art: Article, text: str) -> str:
    return art.title + ". " + " ".join(first_item(text).split()[:_LEAD_WORDS])


class Veto(Protocol):
    """What may hold two groups apart in ``group_stories`` (groups are known by the id a merge
    keeps: an article's index at first)."""

    def veto(self, a: int, b: int) -> bool: ...

    def merged(self, keep: int, gone: int) -> None: ...


@dataclass(frozen=True)
class StoryVectors:
    """Per article: the mixed (head + body) unit vector, and the head-only one (shorter than
    unit length for an article in another language: its function words' share is left out)."""

    mixed: list[Vector]
    heads: list[Vector]


def _uncredited(text: str) -> str:
    """``text`` without the agency code of its opening dateline ("MADRID (IP) — " is "MADRID
    — "): a wire's code is in every report it files that day, whatever the event, so it is no
    word of the story (two Northern Wire reports of different events shared "NW", counted
    twice as an acronym)."""
    return _CREDIT.sub(r"\1", text, count=1) if has_dateline(text) else text


def vectorise(arts: Sequence[Article]) -> StoryVectors:
    """Mixed and head-only unit vectors, IDF over ``arts`` (datelines without their agency
    code; an article in another language than English without its language's function words,
    whose weight still counts in its length: with them, four Spanish reports of four events
    were one story on "de", "la", "el")."""
    texts = [_uncredited(a.text) for a in arts]
    skips = [_function_words(a) for a in arts]
    bodies = [article_features(text, skip) for text, skip in zip(texts, skips, strict=True)]
    heads = [
        article_features(_lead(a, text), skip)
        for a, text, skip in zip(arts, texts, skips, strict=True)
    ]
    bags = [b.keys() | h.keys() for b, h in zip(bodies, heads, strict=True)]
    weights = idf(bags, prior=_IDF_PRIOR, offset=_IDF_OFFSET, base=_IDF_BASE)
    mixed: list[Vector] = []
    head_vecs: list[Vector] = []
    for body, head, skip in zip(bodies, heads, skips, strict=True):
        hv, bv = tf_idf(head, weights), tf_idf(body, weights)
        combined: Vector = defaultdict(float)
        for t, v in hv.items():
            combined[t] += _HEAD_WEIGHT * v
        for t, v in bv.items():
            combined[t] += (1.0 - _HEAD_WEIGHT) * v
        mixed.append(_content(normalise(combined)) if skip else normalise(combined))
        head_vecs.append(_content(hv) if skip else hv)
    return StoryVectors(mixed=mixed, heads=head_vecs)


def story_graph(
    vectors: Sequence[Vector], heads: Sequence[Vector] | None = None
) -> dict[tuple[int, int], float]:
    """Similarity of each article with its likeliest neighbours: those sharing its top terms.
    The similarity is the cosine of ``vectors``, or of ``heads`` (headline and lead) where that
    is higher: a follow-up or an angle piece tells the news in its lead and then goes its own way.

    An inverted index keeps, for each term, the ``_MAX_POSTING`` articles in which it weighs
    most (a *champion list*, as in Manning et al., *Introduction to Information Retrieval*,
    7.1.3), drawn from every article that has the term; an article probes the lists of its own
    ``_TOP_TERMS`` heaviest terms, sums the partial dot products, and keeps the ``_NEIGHBOURS``
    best candidates, whose exact cosine is then computed. So each article costs at most
    ``_TOP_TERMS * _MAX_POSTING`` steps and ``_NEIGHBOURS`` cosines, whatever the input: on
    look-alike (template) articles, whose terms are shared by thousands, the work still grows
    linearly; building the lists is one bounded heap step per term of an article.

    The lists are not drawn only from the articles in whose heaviest terms the term is: a
    colour piece full of its own names (a shopkeeper, a street, a quay) says the story's key
    word ("cruise") among its lighter terms, and such lists missed 38 of the 997 pairs as close
    as 0.05 on the offline eval days, one of them at 0.187 (docs/BENCHMARKS.md).
    """
    tops = [sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP_TERMS] for vec in vectors]
    kept: dict[str, list[tuple[float, int]]] = {}  # a min-heap per term: (weight, -index)
    for idx, vec in enumerate(vectors):
        for term, weight in vec.items():
            heap = kept.get(term)
            if heap is None:
                kept[term] = [(weight, -idx)]
            elif len(heap) < _MAX_POSTING:
                heapq.heappush(heap, (weight, -idx))
            elif weight > heap[0][0]:  # on a tie the earlier article stays
                heapq.heapreplace(heap, (weight, -idx))
    champions = {t: sorted((-w, -i) for w, i in heap) for t, heap in kept.items()}
    pairs: set[tuple[int, int]] = set()
    for i, top in enumerate(tops):
        acc: dict[int, float] = defaultdict(float)
        for term, weight in top:
            for neg, j in champions[term]:
                if j != i:
                    acc[j] -= weight * neg
        best = heapq.nsmallest(_NEIGHBOURS, acc.items(), key=lambda jw: (-jw[1], jw[0]))
        pairs.update((min(i, j), max(i, j)) for j, _ in best)
    edges: dict[tuple[int, int], float] = {}
    for i, j in sorted(pairs):
        sim = cos(vectors[i], vectors[j])
        if heads is not None:
            sim = max(sim, cos(heads[i], heads[j]))
        if sim >= _EDGE_FLOOR:
            edges[(i, j)] = sim
    return edges


def group_stories(
    vectors: Sequence[Vector],
    threshold: float,
    heads: Sequence[Vector] | None = None,
    *,
    edges: dict[tuple[int, int], float] | None = None,
    veto: Veto | None = None,
) -> list[list[int]]:
    """Average-linkage agglomeration on the sparse similarity graph (``story_graph``, or
    ``edges`` when given); groups of indices. Two groups that ``veto`` holds apart are not
    merged (``briefing.apart``: their headlines name different things).

    A merge folds the group with fewer links into the one with more (so a link moves O(log n)
    times), and the heap is updated lazily: a pair whose entry is older than either group's
    last merge has its average recomputed when it comes up (it can only have fallen).
    """
    if edges is None:
        edges = story_graph(vectors, heads)
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(vectors))}
    version = [0] * len(vectors)
    heap: list[tuple[float, int, int, int, int]] = []
    for (i, j), sim in edges.items():
        links[i][j] = sim
        links[j][i] = sim
        if sim >= threshold:
            heap.append((-sim, i, j, 0, 0))
    heapq.heapify(heap)

    def push(a: int, b: int) -> None:
        avg = links[a][b] / (len(members[a]) * len(members[b]))
        if avg >= threshold:
            x, y = min(a, b), max(a, b)
            heapq.heappush(heap, (-avg, x, y, version[x], version[y]))

    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # stale: one side was merged into another group
        if (va, vb) != (version[a], version[b]):
            push(a, b)  # a side grew since: its average is lower now
            continue
        if veto is not None and veto.veto(a, b):
            continue
        keep, gone = (a, b) if len(links[a]) >= len(links[b]) else (b, a)
        if veto is not None:
            veto.merged(keep, gone)
        small, large = sorted((members.pop(gone), members[keep]), key=len)
        large.extend(small)
        members[keep] = large
        version[keep] += 1
        lk = links[keep]
        del lk[gone]
        for other, w in links.pop(gone).items():
            if other == keep:
                continue
            lk[other] = lk.get(other, 0.0) + w
            lo = links[other]
            del lo[gone]
            lo[keep] = lk[other]
            push(keep, other)
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
