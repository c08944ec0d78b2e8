"""Documents and topical units built by hand for the tests of ``briefing.extractive.stories``'
story-level steps (a digest or a report, its parts joined or kept apart), without running the
segmenter: each unit is a paragraph's sentences, read in the terms the summarizer reads."""

from __future__ import annotations

from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence
from briefing.features import terms
from briefing.models import Document


def doc(i: str, title: str, story: str) -> Document:
    """A document of the clustering's story ``story`` (its text is never read here)."""
    return Document(id=i, title=title, text="x", source_ids=[i], story=story)


def unit(doc: int, para: int, *texts: str, whole: bool = False) -> Unit:
    """Document ``doc``'s paragraph ``para`` as one unit of these sentences; ``whole`` when the
    unit is the whole document."""
    sents = [Sentence(t, doc, k, terms(t), []) for k, t in enumerate(texts)]
    for s in sents:
        s.para = para
    return Unit(doc, sents, {}, whole=whole)
