"""Near-duplicate removal and same-story grouping.

Two passes over the ingested articles (exact duplicates are already merged by ingestion):

1. **Near-duplicates** — wire copy republished with small edits. Texts are cut into word 5-gram
   shingles hashed with blake2b; a one-permutation MinHash signature (128 bins, densified) and
   LSH banding (32 bands x 4 rows) propose candidate pairs, and each candidate is confirmed with
   the exact shingle Jaccard (``>= near_dup_threshold``). Articles are visited longest first
   (ties: earliest published, then id); each one not yet taken keeps the unassigned articles
   confirmed against it as its near-duplicates, so every reported pair truly passed the test.
2. **Stories** — the kept articles are vectorised with TF-IDF over content words, entity-like
   tokens (capitalised words, acronyms) and normalised quantities (``$322m``, ``$322 million``
   and ``322 million dollars`` are one token). Each vector mixes the headline and lead with the
   full text, so a digest is pulled towards the story it leads with rather than towards all of
   them. Articles are merged by *average-linkage* agglomeration over a sparse cosine graph: a
   group only absorbs another when their mean pairwise similarity is high enough, so one digest
   that touches seven stories cannot chain them together.

Stories are ranked by distinct outlets, then articles (near-duplicates count: a wire story that
three outlets republished is widely covered; an article without an outlet counts as its own),
then the most recent ``published_at``, then id.
A story's id is ``"s" + sha256(representative id)[:9]``; its representative (first article id,
whose title the story takes) is the member whose headline and lead are closest to the story's
centroid. Everything is computed in id order, so the result does not depend on input order
(except ``Clustering.articles``, which keeps the input order by contract).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.models import Article, Story

__all__ = ["DEFAULT_STORY_THRESHOLD", "Clustering", "cluster", "similarity"]

log = logging.getLogger(__name__)

DEFAULT_STORY_THRESHOLD = 0.165
"""Average-linkage cosine threshold, tuned on ``bench/data/cluster`` (see bench/eval_cluster.py)."""


@dataclass(frozen=True)
class Clustering:
    """The result of :func:`cluster`.

    ``articles``: what to summarise, one representative per near-duplicate group, input order kept.
    ``stories``: groups over ``articles``, most important first; each article is in exactly one.
    ``near_duplicates``: id of an article left out as a near-duplicate -> id of the one kept.
    """

    articles: list[Article]
    stories: list[Story]
    near_duplicates: dict[str, str]


def cluster(
    articles: Sequence[Article],
    *,
    near_dup_threshold: float = 0.8,
    story_threshold: float = DEFAULT_STORY_THRESHOLD,
) -> Clustering:
    """Drop near-duplicates, then group the remaining articles into ranked stories."""
    by_id: dict[str, Article] = {}
    for art in articles:
        by_id.setdefault(art.id, art)
    ordered = [by_id[i] for i in sorted(by_id)]

    near = _near_duplicates(ordered, near_dup_threshold)
    kept_ids = {a.id for a in ordered if a.id not in near}
    seen: set[str] = set()
    kept: list[Article] = []
    for art in articles:  # input order, first occurrence
        if art.id in kept_ids and art.id not in seen:
            seen.add(art.id)
            kept.append(art)

    reps = [a for a in ordered if a.id in kept_ids]
    groups, vectors, heads = _group_stories(reps, story_threshold)
    dups_of: dict[str, list[Article]] = defaultdict(list)
    for dup_id, rep_id in sorted(near.items()):
        dups_of[rep_id].append(by_id[dup_id])

    stories: list[tuple[tuple[int, int, float, str], Story]] = []
    for members in groups:
        centre = _centroid(members, vectors)
        rep_idx = _representative(members, centre, heads, reps)
        rest = sorted(
            (i for i in members if i != rep_idx),
            key=lambda i: (-round(_dot(vectors[i], centre), 9), reps[i].id),
        )
        ids = [reps[rep_idx].id] + [reps[i].id for i in rest]
        covered = [reps[i] for i in members]
        covered += [d for i in members for d in dups_of.get(reps[i].id, [])]
        outlets = {
            a.outlet.strip().casefold() if a.outlet and a.outlet.strip() else f"?{a.id}"
            for a in covered
        }
        latest = max((_timestamp(a.published_at) for a in covered), default=-math.inf)
        story_id = "s" + hashlib.sha256(ids[0].encode("utf-8")).hexdigest()[:9]
        story = Story(id=story_id, title=reps[rep_idx].title, article_ids=ids)
        stories.append(((-len(outlets), -len(covered), -latest, story_id), story))
    stories.sort(key=lambda pair: pair[0])
    log.debug(
        "clustered %d articles: %d near-duplicates, %d stories",
        len(ordered),
        len(near),
        len(stories),
    )
    return Clustering(articles=kept, stories=[s for _, s in stories], near_duplicates=near)


def similarity(a: Article, b: Article) -> float:
    """Story similarity of two articles on their own (cosine, IDF from just the pair).

    Handy for diagnostics; :func:`cluster` uses IDF over the whole batch.
    """
    vectors, _ = _vectorise([a, b])
    return _dot(vectors[0], vectors[1])


# --- near-duplicates: shingles, one-permutation MinHash, LSH banding --------------------------

_SHINGLE = 5
_BINS = 128
_BANDS = 32
_ROWS = _BINS // _BANDS
_WORD_RE = re.compile(r"\w+")
_HASH_MASK = (1 << 57) - 1  # leaves 7 bits for the bin index in a 64-bit hash


def _h64(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big")


def _shingles(text: str) -> set[int]:
    words = _WORD_RE.findall(text.casefold())
    if not words:
        return set()
    if len(words) < _SHINGLE:
        return {_h64(" ".join(words))}
    return {_h64(" ".join(words[i : i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}


def _signature(shingles: Iterable[int]) -> list[int]:
    """One-permutation MinHash with rotation densification (Shrivastava & Li, 2014)."""
    bins: list[int | None] = [None] * _BINS
    for h in shingles:
        b, v = h % _BINS, (h >> 7) & _HASH_MASK
        cur = bins[b]
        if cur is None or v < cur:
            bins[b] = v
    if all(slot is None for slot in bins):
        return []
    sig: list[int] = []
    for i, slot in enumerate(bins):
        dist = 0
        while slot is None:  # empty bin: borrow the next filled one, marked by its distance
            dist += 1
            slot = bins[(i + dist) % _BINS]
        sig.append(slot + (dist << 57))
    return sig


def _rep_key(art: Article) -> tuple[int, float, str]:
    """Sort key: longest text first, then earliest published, then id."""
    return (-len(art.text), _timestamp(art.published_at, missing=math.inf), art.id)


def _near_duplicates(ordered: Sequence[Article], threshold: float) -> dict[str, str]:
    shingles = [_shingles(a.text) for a in ordered]
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for idx, sh in enumerate(shingles):
        sig = _signature(sh)
        if not sig:
            continue
        for band in range(_BANDS):
            buckets[(band, tuple(sig[band * _ROWS : (band + 1) * _ROWS]))].append(idx)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                candidates.add((members[x], members[y]))
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in candidates:
        a, b = shingles[i], shingles[j]
        if len(a & b) / len(a | b) >= threshold:
            neighbours[i].add(j)
            neighbours[j].add(i)
    log.debug(
        "near-duplicates: %d candidate pairs, %d confirmed",
        len(candidates),
        sum(len(v) for v in neighbours.values()) // 2,
    )

    result: dict[str, str] = {}
    taken: set[int] = set()
    for idx in sorted(neighbours, key=lambda k: _rep_key(ordered[k])):
        if idx in taken:
            continue
        taken.add(idx)
        for other in sorted(neighbours[idx]):
            if other not in taken:
                taken.add(other)
                result[ordered[other].id] = ordered[idx].id
    return dict(sorted(result.items()))


# --- stories: features, TF-IDF, average-linkage agglomeration ----------------------------------

Vector = dict[str, float]

_HEAD_WEIGHT = 0.5  # share of the headline + lead in an article's vector
_LEAD_WORDS = 60
_ENTITY_WEIGHT = 2.0
_IDF_PRIOR = 10  # pseudo-documents: keeps IDF meaningful when a batch holds only a few articles
_EDGE_FLOOR = 0.05  # similarities below this count as 0 in the average linkage
_TOP_TERMS = 30  # candidate pairs share one of each other's heaviest terms ...
_MAX_POSTING = 50  # ... that is heavy in at most max(this, n // 10) articles

_STOPWORD_TEXT = """
    a about above after again against all almost also although am among an and another any are
    around as at back be became because been before being below between both but by can could
    did do does doing done down during each early either else even ever every few for from
    further get got had has have having he her here hers herself him himself his how however i
    if in into is it its itself just last late later least less like made make many may me might
    more most much must my myself near nearly never new next no nor not now of off often on once
    one only or other others our ours ourselves out over own per put rather said same say says
    saying see seen several she should since so some still such take than that the their theirs
    them themselves then there these they this those though three through thus to told too two
    under until up upon us very via was we week well were what when where whether which while
    who whom whose why will with within without would yet you your yours yourself
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    year years month months day days time times according told statement added including
    first second third percent cent people would could news report reported reports
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_CURRENCY = {
    "$": "usd",
    "us$": "usd",
    "usd": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "£": "gbp",
    "gbp": "gbp",
    "pound": "gbp",
    "pounds": "gbp",
    "€": "eur",
    "eur": "eur",
    "euro": "eur",
    "euros": "eur",
}
_NUM = r"(\d+(?:[.,]\d+)*)"
_SCALE_RE = r"(thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])"
_MONEY_BEFORE = re.compile(
    r"(?i)(US\$|\$|£|€|\bUSD\s?|\bEUR\s?|\bGBP\s?)\s?" + _NUM + r"(?:\s?" + _SCALE_RE + r")?\b"
)
_MONEY_AFTER = re.compile(
    r"(?i)\b" + _NUM + r"(?:\s?" + _SCALE_RE + r")?\s+(dollars?|euros?|pounds?|usd|eur|gbp)\b"
)
_PERCENT = re.compile(r"(?i)\b" + _NUM + r"\s?(%|per\s?cent\b|percent\b)")
_SCALED = re.compile(r"(?i)\b" + _NUM + r"\s?(thousand|million|billion|trillion|bn|tn)\b")
_TOKEN = re.compile(r"\x00[^\x00]+\x00|\d+(?:[.,]\d+)*|[^\W\d_][\w'’-]*")


def _number(raw: str, scale: str | None) -> str:
    raw = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) else raw
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        return raw
    value *= _SCALE.get((scale or "").lower(), 1.0)
    return f"{value:.6g}"


def _quantities(text: str) -> str:
    """Replace money, percentages and scaled numbers with protected tokens (NUL-delimited)."""

    def money(cur: str, raw: str, scale: str | None) -> str:
        code = _CURRENCY.get(cur.strip().lower(), "usd")
        num = _number(raw, scale)
        return f" \x00{code}:{num}\x00 \x00n:{num}\x00 "

    text = _MONEY_BEFORE.sub(lambda m: money(m.group(1), m.group(2), m.group(3)), text)
    text = _MONEY_AFTER.sub(lambda m: money(m.group(3), m.group(1), m.group(2)), text)
    text = _PERCENT.sub(lambda m: f" \x00pct:{_number(m.group(1), None)}\x00 ", text)
    return _SCALED.sub(lambda m: f" \x00n:{_number(m.group(1), m.group(2))}\x00 ", text)


def _stem(word: str) -> str:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.strip("'’-")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _features(text: str) -> dict[str, float]:
    """Weighted term counts: content words, entity-like tokens count double, quantities too."""
    counts: dict[str, float] = defaultdict(float)
    qtext = _quantities(text)
    for match in _TOKEN.finditer(qtext):
        tok = match.group(0)
        if tok.startswith("\x00"):
            counts[tok.strip("\x00")] += _ENTITY_WEIGHT
            continue
        if tok[0].isdigit():
            counts["n:" + _number(tok, None)] += 1.0
            continue
        word = _stem(tok.casefold())
        if len(word) < 2 or word in _STOPWORDS:
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


def _normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def _dot(a: Vector, b: Vector) -> float:
    return math.fsum(a[k] * b[k] for k in a.keys() & b.keys())  # exact: order-free


def _vectorise(arts: Sequence[Article]) -> tuple[list[Vector], list[Vector]]:
    """Mixed (head + body) unit vectors and head-only unit vectors, IDF over ``arts``."""
    bodies = [_features(a.text) for a in arts]
    heads = [_features(_lead(a)) for a in arts]
    df: dict[str, int] = defaultdict(int)
    for body, head in zip(bodies, heads, strict=True):
        for term in body.keys() | head.keys():
            df[term] += 1
    n = len(arts)
    idf = {t: math.log((n + _IDF_PRIOR) / (d + 0.5)) for t, d in df.items()}

    def weigh(counts: dict[str, float]) -> Vector:
        return _normalise({t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items() if c > 0})

    mixed: list[Vector] = []
    head_vecs: list[Vector] = []
    for body, head in zip(bodies, heads, strict=True):
        hv, bv = weigh(head), weigh(body)
        combined: Vector = defaultdict(float)
        for t, v in hv.items():
            combined[t] += _HEAD_WEIGHT * v
        for t, v in bv.items():
            combined[t] += (1.0 - _HEAD_WEIGHT) * v
        mixed.append(_normalise(combined))
        head_vecs.append(hv)
    return mixed, head_vecs


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
        sim = _dot(vectors[i], vectors[j])
        if sim >= _EDGE_FLOOR:
            edges[(i, j)] = sim
    return edges


def _group_stories(
    reps: Sequence[Article], threshold: float
) -> tuple[list[list[int]], list[Vector], list[Vector]]:
    """Average-linkage agglomeration on the sparse similarity graph; groups of indices."""
    vectors, heads = _vectorise(reps)
    edges = _edges(vectors)
    members: dict[int, list[int]] = {i: [i] for i in range(len(reps))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(reps))}
    heap: list[tuple[float, int, int]] = []
    for (i, j), sim in edges.items():
        links[i][j] = sim
        links[j][i] = sim
        if sim >= threshold:
            heap.append((-sim, i, j))
    heapq.heapify(heap)
    next_id = len(reps)
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
    return groups, vectors, heads


def _centroid(members: Sequence[int], vectors: Sequence[Vector]) -> Vector:
    total: Vector = defaultdict(float)
    for i in members:
        for t, v in vectors[i].items():
            total[t] += v
    return _normalise(total)


def _representative(
    members: Sequence[int],
    centre: Vector,
    heads: Sequence[Vector],
    reps: Sequence[Article],
) -> int:
    """The member whose headline + lead is closest to the group's centroid."""
    return min(
        members,
        key=lambda i: (
            -round(_dot(heads[i], centre), 9),
            _timestamp(reps[i].published_at, missing=math.inf),
            reps[i].id,
        ),
    )


def _timestamp(when: dt.datetime | None, *, missing: float = -math.inf) -> float:
    if when is None:
        return missing
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.timestamp()
