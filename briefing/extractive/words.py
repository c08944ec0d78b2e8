"""Words: the content-word stems (``terms``) that every similarity in the summarizer is built on."""

from __future__ import annotations

import re

__all__ = ["QUOTES", "terms"]

_STOPWORD_TEXT = """
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
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*")
_SCALE_WORDS = {"m": "million", "bn": "billion", "k": "thousand", "tn": "trillion"}
_NUM_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s?(m|bn|k|tn)\b", re.I)
QUOTES = "\"'“‘’”«"


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def terms(text: str) -> list[str]:
    """Content-word stems of ``text``; "$322m" gives "322" and "million"."""
    text = _NUM_SCALED.sub(lambda m: f"{m.group(1)} {_SCALE_WORDS[m.group(2).lower()]}", text)
    out: list[str] = []
    for word in _WORD.findall(text):
        low = word.lower()
        if low in _STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(low.replace(",", "") if low[0].isdigit() else _stem(low))
    return out
