"""An extractive multi-document news summarizer: the offline stand-in for the LLM.

It fills the same ``BriefingDraft`` an LLM would, from the articles' own sentences:

1. **Sentences** (``sentences``; terms from ``briefing.features``). Each document is split into
   sentences; junk (bylines, meta notes, URLs, headings, fragments) is dropped.
2. **Units** (``segment``). A long document is cut into topical segments (TextTiling, and a
   change of the other article a sentence matches best), so one digest can feed several stories.
3. **Stories** (``group``). Units are clustered by TF-IDF cosine against running story centroids
   (in input order, so the result is deterministic), close clusters are merged, and stray
   digest fragments are reattached.
4. **Scores and selection** (``score``). Centroid closeness, LexRank centrality, a lead prior and
   support across documents; maximal marginal relevance picks bullets, and a near-duplicate from
   another document adds its citation instead of a bullet.
5. **Order and titles** (``stories``). Stories are ordered by the number of documents and of
   sources, then by how many sentences tell them, then score; each opens with its fullest lead.

Every bullet is a sentence taken verbatim from a cited document. Pure functions, no randomness:
ties are broken by document order and sentence position. Similar items are found through
inverted indexes of terms (``vectors.TermIndex``), never by comparing everything with everything,
so a day's cost grows about linearly with its number of articles.
"""

from __future__ import annotations

from briefing.extractive.notes import extract_notes
from briefing.extractive.sentences import Sentence, sentences_of
from briefing.extractive.stories import summarize_documents

__all__ = [
    "Sentence",
    "extract_notes",
    "sentences_of",
    "summarize_documents",
]
