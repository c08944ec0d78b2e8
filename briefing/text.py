"""Text segmentation shared by chunking, extraction and grounding: paragraphs and sentences.

Rules are deliberately general (no site strings): a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) before whitespace and an upper-case letter,
digit or opening quote, unless the word before the stop is a known abbreviation or an initial.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["QUOTES", "normalize_space", "split_paragraphs", "split_sentences"]

QUOTES = "\"'“‘’”«"
"""Quotation marks a sentence or headline may open or close with."""

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    vs etc approx dept est inc ltd corp fig jan feb mar apr jun jul aug sep sept oct
    nov dec u.s u.k u.n e.g i.e a.m p.m
    """.split()
)

_PARA_SPLIT = re.compile(r"\n\s*\n")
_SENT_END = re.compile(r"""([.!?…]+['"’”)\]]*)(\s+)(?=['"“‘(\[]?[A-Z0-9\u00C0-\u024F])""")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalize_space(text: str) -> str:
    """NFC, unify spaces, strip each line, collapse runs of blank lines into one."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; single newlines inside a paragraph become spaces."""
    paras = (p.strip() for p in _PARA_SPLIT.split(text))
    return [" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paras if p]


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".!?…'\"’”)]").split()
    if not words:
        return False
    last = words[-1].lower().lstrip("(\"'“‘")
    if last in _ABBREVIATIONS:
        return True
    # A single initial ("J. Smith"), or a dotted acronym ("U.S.").
    return bool(re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]?", last))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph (or a whole text) into sentences; never splits inside a word."""
    sentences: list[str] = []
    for para in split_paragraphs(text) if "\n" in text else [text.strip()]:
        start = 0
        pending = ""
        for match in _SENT_END.finditer(para):
            end = match.end(1)
            piece = para[start:end]
            if _ends_with_abbreviation(piece) and match.group(1) == ".":
                pending += piece + match.group(2)
            else:
                sentences.append((pending + piece).strip())
                pending = ""
            start = match.end()
        tail = (pending + para[start:]).strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]
