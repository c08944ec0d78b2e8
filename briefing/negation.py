"""Negation on one side only: whether a claim and its evidence disagree on whether something is.

A negation of a thing ("no *ceasefire*", "without *agreement*", "no *progress* towards a truce")
is about the noun it governs, not about any word of its clause; a negation of an event ("did
not strike", "were not killed") is about the whole clause, as irregular verbs ("struck",
"fell") leave no shared word to pin it on:

- a negated claim clause is contradicted by the evidence clauses sharing the most words with it
  when none of them is negated; for the negation of a thing, only when they state that thing
  and none says in other words that it did not come about ("remained far apart on ceasefire
  terms", "stalled", "ruled out", "no sign of");
- a negated evidence clause is contradicted by a claim, not negated itself, that restates it
  (at least two words and half of them), and for the negation of a thing, states that thing.

``briefing.support`` turns what this finds into a ``negation`` problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.features import terms

__all__ = ["CLAUSE", "NEGATION", "negation_problem"]

NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|no longer)\b|n't\b|"
    r"\b(?:den(?:y|ies|ied|ying)|(?:refus|declin|fail)(?:e|es|ed|ing)?\s+to|unable\s+to)\b",
    re.I,
)
"""A negation cue: "not", "no", "never", "without", "denied", "refused to", "failed to", …"""

# Evidence that says, without a negation, that something did not come about: it agrees with a
# claim that negates it ("no ceasefire" / "the sides remained far apart on ceasefire terms").
_NOT_REACHED = re.compile(
    r"\b(?:(?:far|wide|remain(?:s|ed)?|still)\s+apart|stall(?:s|ed)?|rul(?:e|es|ed)\s+out|"
    r"short\s+of|yet\s+to|no\s+sign\s+of|elusive)\b",
    re.I,
)
_OF_A_THING = re.compile(r"(?:no|without)\b(?!\s+longer\b)", re.I)
CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|while|whereas|although|and)\b", re.I)
"""Where a sentence splits into clauses (a negation's reach ends there)."""


@dataclass(frozen=True)
class _Clause:
    negated: bool  # a negation cue in it
    words: frozenset[str]  # its content words (stems)
    about: frozenset[str]  # for the negation of a thing, that thing (the first word after)
    not_reached: bool  # says in other words that something did not come about


def _clauses(text: str) -> list[_Clause]:
    out = []
    for clause in CLAUSE.split(text):
        words = frozenset(terms(clause))
        if not words:
            continue
        cue = NEGATION.search(clause)
        after: list[str] = []
        if cue is not None and _OF_A_THING.match(cue.group(0) + clause[cue.end() :]):
            after = [t for t in terms(clause[cue.end() :]) if not t[0].isdigit()]
        out.append(
            _Clause(cue is not None, words, frozenset(after[:1]), bool(_NOT_REACHED.search(clause)))
        )
    return out


def negation_problem(claim: str, evidence: str) -> str | None:
    """Why the claim and its evidence disagree on a negation (see the module), or None."""
    claim_clauses = _clauses(claim)
    evidence_clauses = _clauses(evidence)
    for clause in claim_clauses:
        if not clause.negated:
            continue
        overlap = [len(e.words & clause.words) for e in evidence_clauses]
        best = max(overlap, default=0)
        matches = [e for e, n in zip(evidence_clauses, overlap, strict=True) if n == best]
        asserted = any(clause.about <= e.words for e in matches)
        agree = any(e.negated or (clause.about and e.not_reached) for e in matches)
        if best and asserted and not agree:
            return "the claim negates what its evidence states"
    if any(c.negated for c in claim_clauses):
        return None
    claim_words = frozenset().union(*(c.words for c in claim_clauses))
    for e in evidence_clauses:
        restated = e.words & claim_words
        if (
            e.negated
            and e.about <= claim_words
            and len(restated) >= 2
            and len(restated) >= 0.5 * len(e.words)
        ):
            return "the evidence negates what the claim states"
    return None
