"""Digest splitting: cut each document into topical units, so one digest can feed several stories.

A unit is a run of a document's sentences. A document is cut where its topic changes, by two
signals: TextTiling (the words of the sentences either side of a gap barely overlap) and a
change of the *other* document that a sentence matches best. In a document written in
paragraphs, TextTiling cuts only between paragraphs (as Hearst's TextTiling places its
boundaries at paragraph breaks): a digest's item or a report's paragraph is one topic, however
little its sentences share words (a lone three-item digest was cut into eight sections, one
every two sentences). A text without paragraph breaks (a feed description, a flattened page)
is still cut at any valley. A text written without spaces between words (Japanese, Chinese,
Thai) is read as one term a clause, so no two of its sentences share a term and every gap is a
valley of nothing: it is not cut on words (a lone Japanese local page was cut into four
one-bullet sections, each titled with its sentence). The best match is found through an
inverted index of the documents' terms (``TermIndex``), so a sentence is compared only with the
documents that share its heavier terms, never with the whole day.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from briefing.extractive.sentences import Sentence
from briefing.extractive.vectors import TermIndex
from briefing.features import Vector, cos, tf_idf
from briefing.text import written_without_spaces

__all__ = ["Unit", "units"]

_LABEL_MIN = 0.1
_APART = 0.2  # two documents less similar than this are of different topics
_VALLEY = 0.06  # a gap below this, between two windows of sentences, is a lexical cut


@dataclass
class Unit:
    """A run of sentences of document ``doc``; ``whole`` when it is the entire document;
    ``opens`` when its first sentence opens a paragraph (a digest's item starts there, not in
    the middle of the item before it)."""

    doc: int
    sentences: list[Sentence]
    vec: Vector
    whole: bool
    opens: bool = False


def _best_other(s: Sentence, doc_vecs: list[Vector], index: TermIndex[int]) -> tuple[int, float]:
    """The other document closest to ``s`` (similarity >= 0.1, ties to the first), else -1,
    and its similarity."""
    best, best_sim = -1, 0.0
    for j in sorted(index.candidates(s.vec, _LABEL_MIN)):
        if j == s.doc:
            continue
        sim = cos(s.vec, doc_vecs[j])
        if sim >= _LABEL_MIN and (best < 0 or sim > best_sim):
            best, best_sim = j, sim
    return best, best_sim


def _segments(
    sents: list[Sentence],
    weights: dict[str, float],
    doc_vecs: list[Vector],
    index: TermIndex[int],
    *,
    window: int = 2,
) -> list[list[int]]:
    """Cut a document where its topic changes; over-cutting is repaired by story grouping.
    In a document written in paragraphs, a lexical valley is a cut only between paragraphs."""
    n = len(sents)
    if n < 5:
        return [list(range(n))]
    found = [_best_other(s, doc_vecs, index) for s in sents]
    labels = [label for label, _ in found]
    paragraphs = sents[0].para != sents[-1].para
    gaps = [0.0]
    for g in range(1, n):
        left = tf_idf([t for s in sents[max(0, g - window) : g] for t in s.terms], weights)
        right = tf_idf([t for s in sents[g : g + window] for t in s.terms], weights)
        gaps.append(cos(left, right))
    gaps.append(1.0)
    worded = not written_without_spaces(" ".join(s.text for s in sents))
    cuts: list[int] = []
    last = labels[0]
    for g in range(1, n):
        here = labels[g]
        # A change that lasts (the next sentence matches the same document), or a sentence
        # as close to the other document as two documents of one topic are (a digest's
        # one-sentence item: "And finally: Madrid zoo has twin panda cubs").
        steady = (g + 1 < n and labels[g + 1] == here) or found[g][1] >= _APART
        topical = here >= 0 and last >= 0 and here != last and steady
        topical = topical and cos(doc_vecs[here], doc_vecs[last]) < _APART
        if here >= 0:
            last = here
        valley = gaps[g] <= min(gaps[g - 1] if g > 1 else 1.0, gaps[g + 1])
        lexical = worded and n >= 15 and valley and gaps[g] < _VALLEY
        lexical = lexical and (not cuts or g - cuts[-1] >= 2)
        lexical = lexical and not (paragraphs and sents[g].para == sents[g - 1].para)
        if lexical or topical:
            cuts.append(g)
    bounds = [0, *cuts, n]
    return [list(range(a, b)) for a, b in itertools.pairwise(bounds) if b > a]


def units(per_doc: list[list[Sentence]], weights: dict[str, float]) -> list[Unit]:
    """The topical units of every document, in document order."""
    doc_vecs = [tf_idf([t for s in sents for t in s.terms], weights) for sents in per_doc]
    index: TermIndex[int] = TermIndex()
    for d, vec in enumerate(doc_vecs):
        index.add(d, vec)
    out: list[Unit] = []
    for d, sents in enumerate(per_doc):
        if not sents:
            continue
        segs = _segments(sents, weights, doc_vecs, index)
        for seg in segs:
            chosen = [sents[i] for i in seg]
            vec = tf_idf([t for s in chosen for t in s.terms], weights)
            opens = seg[0] == 0 or sents[seg[0] - 1].para != sents[seg[0]].para
            out.append(Unit(d, chosen, vec, whole=len(segs) == 1, opens=opens))
    return out
