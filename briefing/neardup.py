"""Near-duplicates: wire copy republished with small edits, found before story grouping.

Texts are cut into word 5-gram shingles hashed with blake2b; a one-permutation MinHash signature
(128 bins, densified) and LSH banding (32 bands x 4 rows) propose candidate pairs, and each
candidate is confirmed with the exact shingle Jaccard (``>= threshold``). Articles are visited
longest first (ties: earliest published, then id); each one not yet taken keeps the unassigned
articles confirmed against it as its near-duplicates, so every reported pair truly passed the
test. Exact duplicates (same text) are merged earlier, by ingestion.

**Bounded candidates.** On look-alike input (template copy: results, earnings, weather) most
articles share a band with most others, and pairing every bucket's members grew quadratically
(10,000 such articles: 9.6 minutes and 5.9 GB). A bucket's members are instead sorted by the
rest of their signature, starting after the band (the order of an LSH forest's prefix tree:
Bawa et al., 2005), and each is paired with the next ``_WINDOW`` in that order. Articles that
agree on more bins, the likeliest near-duplicates, sit next to each other; a bucket of at most
``_WINDOW + 1`` members (every bucket of an ordinary day) still gives all its pairs. Each band
gives at most ``_WINDOW`` pairs per article, so the work is O(n log n) on any input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefing.ground import numbers_in
from briefing.models import Article

__all__ = ["latest_versions", "near_duplicates", "timestamp"]

log = logging.getLogger(__name__)

_SHINGLE = 5
_BINS = 128
_BANDS = 32
_ROWS = _BINS // _BANDS
_WORD_RE = re.compile(r"\w+")
_HASH_MASK = (1 << 57) - 1  # leaves 7 bits for the bin index in a 64-bit hash
_WINDOW = 8  # pairs per article per band: each with the next 8 of its bucket in signature order
_ORDER_BINS = 32  # the bins after a band that order its bucket


def timestamp(when: dt.datetime | None, *, missing: float = -math.inf) -> float:
    """POSIX time of ``when`` (naive means UTC); ``missing`` when there is none."""
    if when is None:
        return missing
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.timestamp()


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
    first = next((i for i, slot in enumerate(bins) if slot is not None), None)
    if first is None:
        return []
    # An empty bin borrows the next filled one (cyclically), marked by its distance: one pass
    # backwards from the first filled bin's turn round the end (a short text fills few bins;
    # walking forward from each empty one cost 0.5 ms an article).
    sig = [0] * _BINS
    nearest, value = first + _BINS, bins[first] or 0  # filled (0 stays 0)
    for i in range(_BINS - 1, -1, -1):
        slot = bins[i]
        if slot is not None:
            nearest, value = i, slot
        sig[i] = value + ((nearest - i) << 57)
    return sig


def _rep_key(art: Article) -> tuple[int, float, str]:
    """Sort key: longest text first, then earliest published, then id."""
    return (-len(art.text), timestamp(art.published_at, missing=math.inf), art.id)


def _bucket_pairs(
    members: list[int], sigs: list[list[int]], band: int
) -> Iterable[tuple[int, int]]:
    """Pairs of one band's bucket: all of them in a small bucket; in a large one, each member
    with the next ``_WINDOW`` members in the order of the signature bins after the band."""
    if len(members) > _WINDOW + 1:
        start = (band + 1) * _ROWS
        ahead = [(start + k) % _BINS for k in range(_ORDER_BINS)]
        members = sorted(members, key=lambda i: ([sigs[i][b] for b in ahead], i))
    for x, i in enumerate(members):
        for j in members[x + 1 : x + 1 + _WINDOW]:
            yield (i, j) if i < j else (j, i)


def near_duplicates(ordered: Sequence[Article], threshold: float) -> dict[str, str]:
    """Id of each near-duplicate → id of the article kept for it (sorted by duplicate id)."""
    shingles = [_shingles(a.text) for a in ordered]
    sigs = [_signature(sh) for sh in shingles]
    candidates: set[tuple[int, int]] = set()
    for band in range(_BANDS):
        buckets: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for idx, sig in enumerate(sigs):
            if sig:
                buckets[tuple(sig[band * _ROWS : (band + 1) * _ROWS])].append(idx)
        for members in buckets.values():
            if len(members) > 1:
                candidates.update(_bucket_pairs(members, sigs, band))
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in candidates:
        a, b = shingles[i], shingles[j]
        if min(len(a), len(b)) < threshold * max(len(a), len(b)):
            continue  # the Jaccard cannot reach the threshold
        both = len(a & b)
        if both / (len(a) + len(b) - both) >= threshold:
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


def latest_versions(
    near: dict[str, str], by_id: dict[str, Article], given_at: dict[str, int]
) -> tuple[dict[str, str], dict[str, str]]:
    """Near-duplicate groups whose copies state different numbers are versions of one story
    (a wire update: the toll went from 12 to 19): the latest (``published_at``, else the one
    given later) becomes the one kept. Returns the near-duplicates re-pointed at it, and which
    of them are earlier versions."""
    groups: dict[str, list[str]] = defaultdict(list)
    for dup, rep in near.items():
        groups[rep].append(dup)
    result: dict[str, str] = {}
    updates: dict[str, str] = {}
    for rep, dups in sorted(groups.items()):
        members = [rep, *sorted(dups)]
        numbers = {m: frozenset(numbers_in(by_id[m].text)) for m in members}
        if len(set(numbers.values())) == 1:
            result.update({d: rep for d in dups})
            continue
        latest = max(
            members, key=lambda m: (timestamp(by_id[m].published_at), given_at.get(m, 0), m)
        )
        for member in members:
            if member != latest:
                result[member] = latest
                if numbers[member] != numbers[latest]:
                    updates[member] = latest
    if updates:
        log.debug("near-duplicates that are earlier versions: %s", updates)
    return dict(sorted(result.items())), dict(sorted(updates.items()))
