"""Alignment: the name in a claim's slot is the name in the same slot of its evidence.

A name can be swapped for another name that its evidence also states ("the Peru region" for
"the Arequipa region" when the article says Peru elsewhere; "told reporters in christine lagarde"
for "in Frankfurt" when the quote names Lagarde as the speaker): a presence check passes it.
Alignment looks at the words around each name of the claim — the nearest content word before
it and after it (its *anchors*: "provinces of the ___", "___ region") — and at what stands next
to the same anchor in the evidence. When the evidence has there a different name that the claim
does not state at all, the claim put its name in that name's place: who-does-what changed.

A name that spells out or shortens the evidence's ("ECB" for "European Central Bank") and a
name the claim also states elsewhere are no swap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.features import content_word
from briefing.ground import name_found

__all__ = ["swapped_names"]

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")
_REACH = 3  # tokens between an anchor and the name in its slot, at most (stop words between)
# Titles are not names; weekdays and months are dates (the date check's), not who did what.
_NOT_NAMES = frozenset(
    "president minister prime chief governor mayor king queen prince pope general the a an "
    "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december".split()
)


@dataclass(frozen=True)
class _Token:
    word: str
    name: bool


def _tokens(text: str, known: frozenset[str]) -> list[_Token]:
    """The words of ``text``, each marked as part of a name or not: capitalised away from a
    sentence start, or a word the sources only ever write as a name (``known``)."""
    out: list[_Token] = []
    text = text.replace("’", "'")
    previous = 0  # where the previous word ended: what lies between says if a sentence opens
    for match in _TOKEN.finditer(text):
        word = match.group(0).rstrip("'")
        opens = not out or bool(_SENTENCE_END.search(text[previous : match.start()]))
        previous = match.end()
        low = word.lower().removesuffix("'s")
        capital = word[0].isupper() and (not opens or low in known)
        named = (capital or low in known) and low not in _NOT_NAMES and not word[0].isdigit()
        out.append(_Token(word, named))
    return out


def _runs(tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """(start, end) of each run of name tokens."""
    runs, k = [], 0
    while k < len(tokens):
        if tokens[k].name:
            end = k
            while end + 1 < len(tokens) and tokens[end + 1].name:
                end += 1
            runs.append((k, end + 1))
            k = end + 1
        else:
            k += 1
    return runs


def _anchor(tokens: Sequence[_Token], start: int, step: int) -> tuple[str, tuple[str, ...]] | None:
    """The stem of the nearest content word from ``start`` in direction ``step`` (at most
    _REACH tokens away), with the stop words between (lower case, from the name outwards);
    None when a name or number comes first."""
    k = start
    between: list[str] = []
    for _ in range(_REACH):
        k += step
        if not 0 <= k < len(tokens) or tokens[k].name or tokens[k].word[0].isdigit():
            return None
        stem = content_word(tokens[k].word)
        if stem is not None:
            return stem, tuple(between)
        between.append(tokens[k].word.lower())
    return None


def _slot(tokens: Sequence[_Token], at: int, step: int, between: tuple[str, ...]) -> str | None:
    """The name that stands next to the anchor at ``at`` in direction ``step`` with the same
    stop words between as in the claim ("provinces *of the* ___"), else None."""
    k = at
    for word in reversed(between):  # ``between`` runs from the name to the anchor
        k += step
        if not 0 <= k < len(tokens) or tokens[k].word.lower() != word:
            return None
    k += step
    if not 0 <= k < len(tokens) or not tokens[k].name:
        return None
    end = k
    while 0 <= end + step < len(tokens) and tokens[end + step].name:
        end += step
    return " ".join(t.word for t in tokens[min(k, end) : max(k, end) + 1])


def _same(name: str, other: str) -> bool:
    """Whether two names are one: a word in common, an alias, or initials ("ECB")."""
    words = {w.lower().removesuffix("'s") for w in name.split()}
    others = {w.lower().removesuffix("'s") for w in other.split()}
    if words & others or name_found(name, other) or name_found(other, name):
        return True
    initials = "".join(w[0] for w in other.split() if w[0].isupper())
    return name.replace(" ", "").upper() == initials and len(initials) > 1


def swapped_names(
    claim: str, evidence: Sequence[str], known: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(the claim's name, the evidence's name in its slot) for each name of the claim that
    stands where its evidence has another name, one the claim does not state."""
    said = _tokens(claim, known)
    sentences = [_tokens(e, known) for e in evidence]
    found: list[tuple[str, str]] = []
    for start, end in _runs(said):
        name = " ".join(t.word for t in said[start:end])
        other = _swap(name, said, start, end, sentences, claim.lower())
        if other is not None:
            found.append((name, other))
    return found


def _swap(
    name: str,
    said: Sequence[_Token],
    start: int,
    end: int,
    sentences: Sequence[Sequence[_Token]],
    claim_text: str,
) -> str | None:
    """The evidence's name in the slot of the claim's name ``said[start:end]``, when it is
    another name that the claim does not state and no evidence sentence has the claim's name
    in that slot (a bullet citing several articles is aligned with the one that states it);
    else None."""
    other: str | None = None
    for found, step in ((_anchor(said, start, -1), 1), (_anchor(said, end - 1, 1), -1)):
        if found is None:
            continue
        anchor, between = found
        for tokens in sentences:
            for k, token in enumerate(tokens):
                if token.name or content_word(token.word) != anchor:
                    continue
                there = _slot(tokens, k, step, between)
                if there is None:
                    continue
                if _same(name, there):
                    return None  # aligned with this sentence
                if other is None and not _stated(there, claim_text):
                    other = there
    return other


def _stated(name: str, claim_text: str) -> bool:
    """Whether the claim states (a word of) ``name`` anywhere: the order changed, not who."""
    words = (w.lower().removesuffix("'s") for w in name.split())
    return any(re.search(rf"\b{re.escape(w)}", claim_text) for w in words)
