"""Boilerplate that only a day's articles together reveal: sentences recurring across stories.

An archive notice, a social-embed prompt or a site's standard paragraph recurs in articles that
are otherwise unlike each other; the same sentence in articles of one story (wire copy, a shared
quote) is news. See ``strip_recurring``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.models import Article
from briefing.text import split_sentences

__all__ = ["Recurring", "strip_recurring"]


@dataclass(frozen=True)
class Recurring:
    """The result of ``strip_recurring``: ``articles`` (input order) with the recurring
    boilerplate removed, and of those the ``emptied`` ones (ids), which had nothing else."""

    articles: list[Article]
    emptied: list[str]
    removed: int  # sentences removed, all articles together


_KEY_WORD = re.compile(r"\w+")
_MIN_KEY_WORDS = 4
_MIN_EVIDENCE_WORDS = 10  # a remainder shorter than this says nothing about the story
_SAMPLE = 8  # owners of a recurring sentence compared pairwise (the first ones, in input order)
_UNLIKE = 0.1  # word-set Jaccard below which two articles are about different things


def _key(sentence: str) -> str | None:
    words = _KEY_WORD.findall(sentence.lower())
    return " ".join(words) if len(words) >= _MIN_KEY_WORDS else None


def strip_recurring(articles: Sequence[Article]) -> Recurring:
    """Remove sentences that recur in articles that are otherwise unlike each other.

    A sentence (four words or more) found in several articles is the news when those articles
    are the same story (wire copy, a shared quote) and boilerplate when they are not (an archive
    notice, a social-embed prompt, a site's standard paragraph). For each recurring sentence the
    first few articles carrying it are compared pairwise by the Jaccard similarity of their other
    words; below 0.1 on average, the sentence is removed everywhere. Linear in the text size plus
    at most 28 cached comparisons per recurring sentence.
    """
    sentences = [
        [[split_sentences(line) for line in para.split("\n")] for para in a.text.split("\n\n")]
        for a in articles
    ]
    owners: dict[str, list[int]] = {}
    for i, paras in enumerate(sentences):
        for key in {k for para in paras for line in para for s in line if (k := _key(s))}:
            owners.setdefault(key, []).append(i)
    recurring = {k for k, who in owners.items() if len(who) > 1}
    if not recurring:
        return Recurring(list(articles), [], 0)
    rest = [
        frozenset(
            w
            for para in paras
            for line in para
            for s in line
            if _key(s) not in recurring
            for w in _KEY_WORD.findall(s.lower())
            if len(w) > 3
        )
        for paras in sentences
    ]
    cache: dict[tuple[int, int], float | None] = {}

    def likeness(i: int, j: int) -> float | None:
        if (i, j) not in cache:
            a, b = rest[i], rest[j]
            small = min(len(a), len(b)) < _MIN_EVIDENCE_WORDS
            cache[(i, j)] = None if small else len(a & b) / len(a | b)
        return cache[(i, j)]

    boiler: set[str] = set()
    for key in recurring:
        sims = [likeness(i, j) for i, j in itertools.combinations(owners[key][:_SAMPLE], 2)]
        known = [x for x in sims if x is not None]
        if known and sum(known) / len(known) < _UNLIKE:
            boiler.add(key)
    out: list[Article] = []
    emptied: list[str] = []
    removed = 0
    for art, paras in zip(articles, sentences, strict=True):
        if not any(_key(s) in boiler for para in paras for line in para for s in line):
            out.append(art)
            continue
        kept_paras = []
        for para in paras:
            lines = []
            for line in para:
                keep = [s for s in line if _key(s) not in boiler]
                removed += len(line) - len(keep)
                if keep:
                    lines.append(" ".join(keep))
            if lines:
                kept_paras.append("\n".join(lines))
        text = "\n\n".join(kept_paras)
        out.append(art.model_copy(update={"text": text}))
        if not _KEY_WORD.search(text):
            emptied.append(art.id)
    return Recurring(out, emptied, removed)
