"""Text features: the one tokenizer, stemmer, stop-word list, number-scale table and TF-IDF stack.

Story grouping (``briefing.stories``), the extractive summarizer (``briefing.extractive``) and
grounding (``briefing.ground``) all read text through this module, so "$322m" and
"$322 million" are the same quantity everywhere and a word has the same stem everywhere.

- :func:`terms`: content-word stems and numbers of a text (the summarizer's sentence terms).
- :func:`content_word`: one word → its stem, or None for a stop word or a single letter.
- :func:`spelled_out`: the words whose initials spell an acronym ("ECB", "SGR").
- :func:`quantity_tokens`: money, percentages and scaled numbers → protected tokens
  (``usd:3.22e+08``, ``pct:4.5``, ``n:3.22e+08``), for story features.
- :data:`SCALES`: "m", "mn", "million", "bn", … → their multiplier; :func:`scaled` applies one
  exactly.
- TF-IDF: :func:`idf`, :func:`tf_idf`, :func:`cos`, :func:`centroid`, :func:`top_terms` over
  sparse unit vectors (``dict[str, float]``), so a dot product is a cosine.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

__all__ = [
    "CALENDAR_WORDS",
    "MONTHS",
    "SCALES",
    "SCALE_WORDS",
    "STOP_WORDS",
    "WEEKDAYS",
    "WORD_PATTERN",
    "Vector",
    "centroid",
    "content_word",
    "cos",
    "designation_at",
    "first_item",
    "idf",
    "normalise",
    "number_value",
    "quantity_tokens",
    "scale_pattern",
    "scaled",
    "sentence_start",
    "spelled_out",
    "stem",
    "terms",
    "tf_idf",
    "top_terms",
]

MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
"""Month and day names (lower case): they carry dates, not names of who or what."""

_STOP_WORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours said says say told according one two
    new last first year years week day days time mr mrs ms per cent percent monday tuesday
    wednesday thursday friday saturday sunday
"""
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())
"""Words that say nothing about which story a text is about (lower case)."""

SCALES: dict[str, float] = {
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
"""Every way news copy writes a scale after a number ("$322m", "322 mln", "€1.2bn"), lower case."""

SCALE_WORDS: dict[str, str] = {
    short: next(word for word in ("thousand", "million", "billion", "trillion")
                if SCALES[word] == value)
    for short, value in SCALES.items()
}  # fmt: skip
"""Each scale as a word: "m" → "million", "bn" → "billion", "million" → "million"."""


def scaled(value: float, scale: str | None) -> float:
    """``value`` times the multiplier ``scale`` names (no scale: 1), exactly as the decimal
    digits say: "8.2" "bn" is 8,200,000,000, as "8,200,000,000" reads (in floats 8.2 * 1e9 is
    8,199,999,999.999999, and the two would not match)."""
    factor = SCALES.get((scale or "").lower())
    return value if factor is None else float(Decimal(repr(value)) * Decimal(repr(factor)))


def scale_pattern(*, words_only: bool = False) -> str:
    """A regex alternation of the scales (longest first), e.g. for ``(\\d+)\\s?(<this>)\\b``.

    ``words_only`` leaves out the one-letter abbreviations (k, m, b), which after a bare number
    are as often units ("5m" of rope) as scales."""
    names = [s for s in SCALES if not (words_only and len(s) == 1)]
    return "|".join(sorted(names, key=lambda s: (-len(s), s)))


# --- words ----------------------------------------------------------------------------------

WORD_PATTERN = r"\d+(?:[.,]\d+)*|[^\W\d_][^\W_]*(?:['’][^\W_]+)*"
"""A number ("1,200.5") or a word: a letter, then letters and digits, inner apostrophes
("G7", "Ukraine's"); a hyphen splits ("quarter-point" is "quarter" and "point", as when written
apart)."""
_WORD = re.compile(WORD_PATTERN)
_SCALED_NUMBER = re.compile(rf"(\d+(?:\.\d+)?)\s?({scale_pattern()})\b", re.I)


def stem(word: str) -> str:
    """A light English stem: lower case, no possessive, plural, "-ing"/"-ed" or final "e"
    ("companies" → "company", "raised" and "raises" → "rais", "Ukraine's" → "ukrain")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if suffix == "ed" and w.endswith("e"):
                return w  # "agreed", "guaranteed": the "e" left is the word's own ("agre")
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=1 << 16)
def content_word(word: str) -> str | None:
    """The stem of a content word; None for a stop word or a single letter. Cached: a day's
    news has a few thousand distinct words, met hundreds of thousands of times."""
    low = word.lower()
    if low in STOP_WORDS or len(low) < 2:
        return None
    return stem(low)


_SPELLED_WORD = re.compile(r"[^\W\d_][^\W_'’]*")  # a word for initials: hyphens split
_SMALL_WORDS = frozenset("of and the for de la".split())  # skipped inside a spelled-out name


def spelled_out(acronym: str, text: str, *, capitalised: bool = True) -> list[str] | None:
    """The words of ``text`` whose initials spell ``acronym`` ("ECB": "European Central Bank";
    "SGR": "standard-gauge railway", a hyphen splitting words), small words ("of", "and",
    "the") skipped inside; None when no run of words does. With ``capitalised`` (a name
    written out) only capitalised words count; without, any words but small ones do."""
    letters = acronym.removesuffix("s").upper()
    if not letters:
        return None
    words = _SPELLED_WORD.findall(text)
    for start, first in enumerate(words):
        if first[0].upper() != letters[0] or first.lower() in _SMALL_WORDS:
            continue
        got: list[str] = []
        for word in words[start:]:
            if word.lower() in _SMALL_WORDS and got:
                continue
            if capitalised and not word[0].isupper():
                break
            got.append(word)
            initials = "".join(w[0] for w in got).upper()
            if initials == letters:
                return got
            if not letters.startswith(initials):
                break
    return None


def terms(text: str) -> list[str]:
    """Content-word stems and numbers of ``text``, in order; "$322m" gives "322" and "million".

    The checks of every claim read the terms of the same evidence (its coverage, support,
    negations, evidence sentences), so the terms of the last texts are kept: a long article
    is read once, not once per claim and per check."""
    return list(_terms(text))


@functools.lru_cache(maxsize=512)
def _terms(text: str) -> tuple[str, ...]:
    text = _SCALED_NUMBER.sub(lambda m: f"{m.group(1)} {SCALE_WORDS[m.group(2).lower()]}", text)
    out: list[str] = []
    for word in _WORD.findall(text):
        if word[0].isdigit():
            out.append(word.replace(",", ""))
            continue
        term = content_word(word)
        if term is not None:
            out.append(term)
    return tuple(out)


# --- quantities -------------------------------------------------------------------------------

# Letters glued to a number, by a hyphen or directly, at a word start: "AIM-120", "F-16",
# "COVID-19", "A320", "G7", "Covid-19". (The search stops at the number, so ``\Z`` is there.)
_CODE_PREFIX = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*-?\Z")
_CODE_PREFIX_SPAN = 12  # letters looked at before a number (the longest code prefix, and "-")
# Capitalised words before a hyphen and a year that make it a time, not a code ("Mid-2024").
_TIME_PREFIXES = frozenset("mid late early pre post end".split())


def designation_at(text: str, start: int) -> bool:
    """Whether the number starting at ``text[start]`` is part of a name ("AIM-120", "F-16",
    "COVID-19", "A320", "G7"): glued to letters with a capital before it, by a hyphen or
    directly. Such a number names a model, a disease or a group; it is not a quantity
    ("$410 million worth of AIM-120 missiles" counts no 120 of anything). "Mid-2024" and
    "11-year" are not names."""
    match = _CODE_PREFIX.search(text, max(0, start - _CODE_PREFIX_SPAN), start)
    if match is None or match.start() == max(0, start - _CODE_PREFIX_SPAN) > 0:
        return False  # no letters before it, or a word too long to be a code's prefix
    prefix = match.group(0).rstrip("-")
    return prefix.isupper() or prefix.lower() not in _TIME_PREFIXES


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
_ANY_SCALE = rf"({scale_pattern()})"
_MONEY_BEFORE = re.compile(
    r"(?i)(US\$|\$|£|€|\bUSD\s?|\bEUR\s?|\bGBP\s?)\s?" + _NUM + r"(?:\s?" + _ANY_SCALE + r")?\b"
)
_MONEY_AFTER = re.compile(
    r"(?i)\b" + _NUM + r"(?:\s?" + _ANY_SCALE + r")?\s+(dollars?|euros?|pounds?|usd|eur|gbp)\b"
)
_PERCENT = re.compile(r"(?i)\b" + _NUM + r"\s?(%|per\s?cent\b|percent\b)")
_SCALED = re.compile(r"(?i)\b" + _NUM + rf"\s?({scale_pattern(words_only=True)})\b")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def number_value(raw: str, scale: str | None = None) -> str:
    """A number as written ("1,200", "4,5", "322" with scale "m") in one canonical form
    ("1200", "4.5", "3.22e+08")."""
    raw = raw.replace(",", "") if _THOUSANDS.fullmatch(raw) else raw
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        return raw
    value *= SCALES.get((scale or "").lower(), 1.0)
    return f"{value:.6g}"


def quantity_tokens(text: str) -> str:
    """``text`` with money, percentages and scaled numbers replaced by protected tokens, each
    between NUL characters: ``$322m`` → ``usd:3.22e+08`` and ``n:3.22e+08``, ``4.5%`` →
    ``pct:4.5``, ``3 million`` → ``n:3e+06``."""

    def money(cur: str, raw: str, scale: str | None) -> str:
        code = _CURRENCY.get(cur.strip().lower(), "usd")
        num = number_value(raw, scale)
        return f" \x00{code}:{num}\x00 \x00n:{num}\x00 "

    text = _MONEY_BEFORE.sub(lambda m: money(m.group(1), m.group(2), m.group(3)), text)
    text = _MONEY_AFTER.sub(lambda m: money(m.group(3), m.group(1), m.group(2)), text)
    text = _PERCENT.sub(lambda m: f" \x00pct:{number_value(m.group(1))}\x00 ", text)
    return _SCALED.sub(lambda m: f" \x00n:{number_value(m.group(1), m.group(2))}\x00 ", text)


# --- TF-IDF -----------------------------------------------------------------------------------

Vector = dict[str, float]


def idf(
    bags: Sequence[Iterable[str]], *, prior: float = 1.0, offset: float = 1.0, base: float = 1.0
) -> dict[str, float]:
    """Smoothed inverse document frequency of every term in ``bags``:
    ``log((n + prior) / (df + offset)) + base``.

    The defaults are the usual smoothing (as if one more bag held every term; a term in every
    bag still weighs 1). Story grouping uses ``prior=30, offset=0.5, base=0``: 30 empty
    pseudo-bags keep IDF meaningful when a batch holds only a few articles (see
    ``briefing.stories``), and a term in most of a large batch weighs almost nothing.
    """
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    n = len(bags)
    return {t: math.log((n + prior) / (c + offset)) + base for t, c in df.items()}


def normalise(vec: Mapping[str, float]) -> Vector:
    """``vec`` scaled to unit length (empty when it is all zero)."""
    norm = math.sqrt(math.fsum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def tf_idf(counts: Iterable[str] | Mapping[str, float], weights: Mapping[str, float]) -> Vector:
    """Unit-length log-TF x IDF vector of ``counts`` (words, or weighted counts per term);
    a term without a weight counts 1."""
    bag = counts if isinstance(counts, Mapping) else Counter(counts)
    return normalise(
        {t: (1.0 + math.log(c)) * weights.get(t, 1.0) for t, c in bag.items() if c > 0}
    )


def cos(a: Vector, b: Vector) -> float:
    """Dot product (cosine for unit vectors), summed exactly so that it never depends on the
    order of the terms."""
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(v * b[t] for t, v in a.items() if t in b)


def top_terms(total: Mapping[str, float], top: int | None = 60) -> Vector:
    """The ``top`` heaviest terms of a summed vector (all of them for None), renormalised."""
    items = total.items()
    best = items if top is None else heapq.nsmallest(top, items, key=lambda kv: (-kv[1], kv[0]))
    return normalise(dict(best))


def centroid(vectors: Iterable[Vector], top: int | None = 60) -> Vector:
    """Sum of ``vectors`` cut to its ``top`` terms (all for None) and renormalised."""
    total: Counter[str] = Counter()
    for vec in vectors:
        total.update(vec)
    return top_terms(total, top)


_ITEM = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]", re.M)  # a digest's numbered item: "2. Swiss ..."


def sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, line or quotation."""
    prefix = text[max(0, pos - 12) : pos].rstrip(" \t'\"‘“(-—–")
    return not prefix or prefix[-1] in ".!?:\n"


def first_item(text: str) -> str:
    """``text``, or, when it is a digest of numbered items ("1. ...", "2. ..."; it opens with
    one), up to its second item: a digest's lead is the lead of the story it leads with, and
    the next items' words and figures are other stories'. A text that opens otherwise is not
    searched (this runs for every lead the grouping reads)."""
    if not _ITEM.match(text):
        return text
    items = list(_ITEM.finditer(text))
    return text[: items[1].start()] if len(items) >= 2 else text
