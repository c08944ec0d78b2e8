"""Evidence: verbatim quotes checked against their article, and the sentences that best support a
claim when no quote was given.

A quote is *found* when, after normalisation only, it is a substring of its article (title or
text). Normalisation is Unicode NFKC, curly quotes and primes to straight ones, every dash to
``-``, the ellipsis character to ``...``, runs of whitespace to one space, and case folding. No
paraphrase is accepted: a quote that differs by one word is not found.

``best_evidence`` picks, for a claim without quotes (``brief check`` over any summary, the
offline backend's own sentences), the one to three sentences of the cited articles that cover
most of the claim's words. A further sentence is only added when it covers at least two claim
words the earlier ones did not: one stray word (a changed number, a swapped name) never pulls in
the sentence that happens to contain it, so the checks see the evidence a reader would.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.features import MONTHS, WEEKDAYS, terms
from briefing.models import Article
from briefing.text import split_sentences

__all__ = [
    "MAX_QUOTE_WORDS",
    "EvidenceSentence",
    "best_evidence",
    "claim_terms",
    "context_of",
    "find_quote",
    "lead_of",
    "normalize_quote",
    "sentences_of",
]

# The schema asks for one or two sentences of at most ~40 words; a quote up to this long is
# accepted (models overshoot a little), anything longer is not evidence but a copy.
MAX_QUOTE_WORDS = 60
_MAX_SENTENCES = 3
_MIN_NEW_UNITS = 2  # a further evidence sentence must cover this many new claim words

_QUOTE_MAP = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "…": "...",
    }
)
_WS = re.compile(r"\s+")
_EDGE = " \t\n\"'.,;:"


def normalize_quote(text: str) -> str:
    """``text`` as quotes are compared: NFKC, straight quotes, ``-`` for every dash, one space
    for any whitespace, case-folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    return _WS.sub(" ", text).strip().casefold()


@lru_cache(maxsize=512)
def _normalized_article(title: str, text: str) -> str:
    return normalize_quote(f"{title}\n{text}")


def find_quote(quote: str, article: Article) -> str | None:
    """Why ``quote`` is not verbatim evidence from ``article``, or None when it is."""
    words = quote.split()
    if not words:
        return "the quote is empty"
    if len(words) > MAX_QUOTE_WORDS:
        return f"the quote has {len(words)} words (at most {MAX_QUOTE_WORDS})"
    needle = normalize_quote(quote).strip(_EDGE)
    if needle and needle in _normalized_article(article.title, article.text):
        return None
    return "the quote is not in the article"


@dataclass(frozen=True)
class EvidenceSentence:
    """One sentence of article ``source_id`` (``index`` 0 is the title)."""

    source_id: str
    index: int
    text: str


@lru_cache(maxsize=512)
def _sentences(title: str, text: str) -> tuple[str, ...]:
    out = [title.strip()] if title.strip() else [""]
    for block in re.split(r"\n\s*\n", text):
        # Hard-wrapped lines join; a list item starts a new paragraph.
        for para in re.split(r"\n(?=\s*(?:[-*+•]|\d{1,3}[.)])\s)", block):
            joined = " ".join(para.split())
            out.extend(s for s in split_sentences(joined) if s)
    return tuple(out)


def sentences_of(article: Article) -> list[EvidenceSentence]:
    """The article's title (index 0) and its sentences, in order."""
    return [
        EvidenceSentence(article.id, i, s)
        for i, s in enumerate(_sentences(article.title, article.text))
        if s
    ]


_CALENDAR = re.compile(r"\b(?:" + "|".join(w.title() for w in WEEKDAYS + MONTHS) + r")\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'-]*)+")


_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])\d+|\d+(?=[A-Za-z])")


def _words(text: str) -> list[str]:
    """Content words; digits glued to letters ("COP31", "H3") are part of a name, not a number."""
    return terms(_GLUED_DIGITS.sub("", text))


@lru_cache(maxsize=64)
def _name_phrases(context: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _NAME_RUN.finditer(context))


def claim_terms(text: str, context: str = "") -> dict[str, str]:
    """The words of ``text`` that evidence must cover, each mapped to its *unit*: the words of
    one multi-word name ("Rosa Quispe", or "european central bank" when ``context`` writes it
    as a name) are one unit, every other word its own. Weekdays and months count (dates)."""
    units: dict[str, str] = {}
    spans = [m.group(0) for m in _NAME_RUN.finditer(text)]
    lowered = text.lower()
    spans += [p for p in _name_phrases(context) if re.search(rf"\b{re.escape(p)}\b", lowered)]
    for span in spans:
        for word in _words(span):
            units.setdefault(word, span.lower())
    for word in _words(text) + [m.lower() for m in _CALENDAR.findall(text)]:
        units.setdefault(word, word)
    return units


def sentence_terms(text: str) -> set[str]:
    return set(_words(text)) | {m.lower() for m in _CALENDAR.findall(text)}


def best_evidence(
    claim: str, articles: Sequence[Article], *, context: str = ""
) -> list[EvidenceSentence]:
    """The sentences of ``articles`` that best cover ``claim``, in article and sentence order
    (empty when no sentence shares a content word with it). Numbers weigh double; ties go to a
    sentence of the text rather than a title, then to the shorter."""
    units = claim_terms(claim, context)
    if not units:
        return []
    weight = {w: 2.0 if w[0].isdigit() else 1.0 for w in units}
    candidates = [(s, sentence_terms(s.text)) for a in articles for s in sentences_of(a)]
    chosen: list[EvidenceSentence] = []
    covered: set[str] = set()
    while len(chosen) < _MAX_SENTENCES:
        best: tuple[float, bool, int] | None = None
        best_k = -1
        for k, (sentence, words) in enumerate(candidates):
            new = (words & units.keys()) - covered
            new_units = {units[w] for w in new} - {units[w] for w in covered}
            if len(new_units) < (1 if not chosen else _MIN_NEW_UNITS):
                continue
            key = (sum(weight[w] for w in new), sentence.index > 0, -len(sentence.text))
            if best is None or key > best:
                best, best_k = key, k
        if best is None:
            break
        sentence, words = candidates.pop(best_k)
        chosen.append(sentence)
        covered |= words & units.keys()
    order = {a.id: n for n, a in enumerate(articles)}
    return sorted(chosen, key=lambda s: (order[s.source_id], s.index))


def context_of(sentence: EvidenceSentence, article: Article) -> str:
    """The sentence before ``sentence`` (for who-said-what: "…," he said)."""
    all_sentences = _sentences(article.title, article.text)
    return all_sentences[sentence.index - 1] if sentence.index > 1 else ""


def lead_of(article: Article) -> str:
    """The article's title and first sentence: who and when the article is about, which a later
    sentence refers to as "the company", "it" or leaves out ("continued through the morning")."""
    all_sentences = _sentences(article.title, article.text)
    return " ".join(all_sentences[:2])
