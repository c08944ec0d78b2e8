"""Baselines for evaluation (``bench/eval_offline.py``): LEAD-3 and TextRank.

Not used to build briefings. TextRank compares every pair of sentences, as published; it is
meant for the small evaluation clusters, not for a whole day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing.extractive.sentences import sentences_of
from briefing.extractive.vectors import pagerank
from briefing.models import Document

__all__ = ["lead3", "textrank"]


def lead3(docs: Sequence[Document]) -> list[str]:
    """LEAD-3 for several documents: the first three sentences of each, round robin."""
    per_doc = [[s.text for s in sentences_of(d, i)] for i, d in enumerate(docs)]
    return [sents[k] for k in range(3) for sents in per_doc if k < len(sents)]


def textrank(docs: Sequence[Document], n: int) -> list[str]:
    """TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap similarity, top ``n``."""
    sents = [s for i, d in enumerate(docs) for s in sentences_of(d, i)]
    words = [set(s.text.lower().split()) for s in sents]
    rows: list[list[tuple[int, float]]] = [[] for _ in sents]
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            denom = math.log(len(words[i]) + 1) + math.log(len(words[j]) + 1)
            overlap = len(words[i] & words[j])
            if overlap and denom:
                rows[i].append((j, overlap / denom))
                rows[j].append((i, overlap / denom))
    ranks = pagerank(rows)
    order = sorted(range(len(sents)), key=lambda i: (-ranks[i], i))
    return [sents[i].text for i in order[:n]]
