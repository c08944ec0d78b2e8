"""Support: whether a claim says what its evidence says, checked by code.

The evidence is what a claim may rest on: its verified quotes, or the sentences
``briefing.evidence.best_evidence`` picked. ``context`` is the whole text of the cited articles
(and, for ``brief check``, of every source): it tells names from common words, and which
lower-case words are names written in lower case. Each check below returns a ``Problem``; a
claim is supported when there is none.

- ``number``: every number the claim states is in its evidence (``briefing.ground``).
- ``name``: every capitalised name (and every word the sources only ever write as a name, such
  as "camana" for "Camana") is in its evidence, inflections and aliases allowed.
- ``words``: the claim's content words (stemmed) are in its evidence; a few words may be new
  (paraphrase), but not ``MAX_NEW_WORDS`` or more and not more than ``MAX_NEW_SHARE`` of them.
- ``negation``: a negation ("not", "no", "never", "denied", "refused to", "failed to") on one
  side only, about a word the other side asserts (``briefing.negation``).
- ``direction``: a claim that something rose (fell) matches evidence that says it rose (fell).
- ``quantity``: a number is attached to the same words as in the evidence, not to those of
  another number ("14 killed, 200 injured" is not "200 killed, 14 injured").
- ``speaker``: a speaker the claim names ("X said", "according to X") is in the evidence
  sentence or the one before it (who-said-what).

The thresholds were tuned on the tuning half of ``bench/faithfulness.py`` (see
docs/BENCHMARKS.md); the other half was kept aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.align import swapped_names
from briefing.conflicts import as_read, counted
from briefing.features import CALENDAR_WORDS, spelled_out, terms
from briefing.ground import (
    claimed_numbers,
    name_found,
    names_in,
    number_spans,
    numbers_in,
)
from briefing.metonymy import stands_for
from briefing.negation import CLAUSE, negation_problem

__all__ = [
    "MAX_NEW_SHARE",
    "MAX_NEW_WORDS",
    "Problem",
    "check_support",
    "known_names",
    "percent_problem",
    "uncovered_words",
]

MAX_NEW_WORDS = 3  # content words absent from the evidence that make a claim unsupported ...
MAX_NEW_SHARE = 0.34  # ... when they are also this share of its content words


@dataclass(frozen=True)
class Problem:
    """Why a claim is not supported: ``kind`` is one of the checks above."""

    kind: str
    detail: str

    def __str__(self) -> str:
        return self.detail


_NAME_WORD = re.compile(r"(?<![\w'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]{2,}\b")


@lru_cache(maxsize=256)
def known_names(context: str) -> frozenset[str]:
    """Words that ``context`` only ever writes capitalised, away from a sentence start
    (lower-cased): "Camana", "Lagarde", "Tuesday". A claim that writes them in lower case still
    names them."""
    lowered = {w.lower() for w in _LOWER_WORD.findall(context)}
    found: set[str] = set()
    for match in _NAME_WORD.finditer(context):
        before = context[: match.start()].rstrip(" \"'“‘(")
        if not before or before[-1] in ".!?:\n":
            continue
        word = match.group(1).lower()
        if word not in lowered and len(word) >= 3:
            found.add(word)
    return frozenset(found - _NOT_NAME_WORDS)


# Capitalised mid-sentence words that are titles or common in headlines, not names.
_NOT_NAME_WORDS = frozenset(
    "president minister prime chief governor mayor king queen prince pope general the a an".split()
)

# -- negation -------------------------------------------------------------------------------


def _negation(claim: str, evidence: str) -> Problem | None:
    why = negation_problem(claim, evidence)
    return None if why is None else Problem("negation", why)


# -- direction ------------------------------------------------------------------------------

_UP = re.compile(
    r"\b(?:r[io]s(?:e|es|en|ing)|gain(?:s|ed|ing)?|up|higher|increas(?:e|es|ed|ing)|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|rall(?:y|ies|ied|ying)|"
    r"soar(?:s|ed|ing)?|high|raise[sd]?|raising)\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|down|lower(?:s|ed|ing)?|"
    r"decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|"
    r"plung(?:e|es|ed|ing)|sank|sink(?:s|ing)?|tumbl(?:e|es|ed|ing)|low|cut(?:s|ting)?|"
    r"trim(?:s|med|ming)?|los(?:e|es|t|ing)|shed)\b",
    re.I,
)


# Clauses, and the events inside one ("rose … after the bank cut …" is two).
_EVENT = re.compile(CLAUSE.pattern + r"|\b(?:after|as|when|before|because|since)\b", re.I)


def _direction_of(clause: str) -> int:
    up, down = bool(_UP.search(clause)), bool(_DOWN.search(clause))
    return 1 if up and not down else -1 if down and not up else 0


def _direction(claim: str, evidence: str) -> Problem | None:
    """A claim clause that says something went up (or down) matches an evidence clause that
    says it went the same way ("rose 0.6%" is not "fell 0.6%", "record low" not "record high")."""
    evidence_clauses = [(c, set(terms(c))) for c in _EVENT.split(evidence)]
    for clause in _EVENT.split(claim):
        way = _direction_of(clause)
        words = set(terms(clause))
        if not way or len(words) < 2:
            continue
        overlap = [len(words & ws) for _, ws in evidence_clauses]
        best = max(overlap, default=0)
        if best < 2:
            continue
        ways = {
            _direction_of(c)
            for (c, _), n in zip(evidence_clauses, overlap, strict=True)
            if n == best
        }
        if -way in ways and way not in ways:
            return Problem("direction", "the claim says the opposite direction of its evidence")
    return None


# -- quantities -----------------------------------------------------------------------------


def _counts(text: str) -> list[tuple[float, str, str]]:
    """(number, what it counts, how a reader reads it) for each counted number of ``text``
    (see ``counted`` and ``as_read``)."""
    out = []
    for span in number_spans(text):
        key = counted(text, span.start, span.end)
        if key is not None:
            out.append((span.value, key, as_read(text, span.written, span.end, key)))
    return out


def _quantity(claim: str, evidence: str) -> Problem | None:
    """A number counts the same thing as in the evidence: "200 killed, 14 injured" is not
    "14 killed, 200 injured", and "52 trains ran" is not "31 trains ran, against 52 normally"."""
    stated = _counts(evidence)
    for value, key, shown in _counts(claim):
        own = {k for v, k, _ in stated if v == value}
        if not own or key in own:
            continue
        others = [read for v, k, read in stated if k == key and v != value]
        if others:
            return Problem("quantity", f"the evidence gives {others[0]}, not {shown}")
    return None


# -- who said what --------------------------------------------------------------------------

_SAY = r"(?:said|says|told|added|warned|announced|stated|claimed|argued|insisted|noted|wrote)"
_SPEAKER_NAME = r"((?:[A-Z][\w'\-]+\s){0,2}[A-Z][\w\-]+)"
_SPEAKER = re.compile(
    rf"{_SPEAKER_NAME}(?:'s?)?\s+(?!(?:was|were|is|are|been|being|be)\b)(?:[a-z]+\s)?{_SAY}\b|"
    rf"\b{_SAY}\s+{_SPEAKER_NAME}|"
    rf"\baccording to\s+(?:the\s)?{_SPEAKER_NAME}"
)


def _speakers(text: str) -> list[str]:
    """Names the text gives as the source of a statement ("Lagarde said", "said Rosa Quispe")."""
    out = []
    for match in _SPEAKER.finditer(text):
        name = next(g for g in match.groups() if g)
        words = [w for w in name.split() if w.lower() not in _NOT_NAME_WORDS]
        if words and not (match.start() == 0 and len(words) == 1 and words[0] in _OPENERS):
            out.append(words[-1])
    return out


_OPENERS = frozenset("The It He She They We This That There Officials Police".split())


def _speaker(claim: str, evidence: str, neighbours: str) -> Problem | None:
    """A speaker the claim names is a speaker of the evidence when the evidence names any
    ("Lagarde said" is not "the ECB said"), else at least named in it or just before it."""
    stated = _speakers(evidence) or _speakers(neighbours)
    for name in _speakers(claim):
        if stated:
            if not any(name_found(name, s) or name_found(s, name) for s in stated):
                return Problem("speaker", f"the evidence has {stated[0]}, not {name}, saying this")
        elif not name_found(name, evidence) and not name_found(name, neighbours):
            return Problem("speaker", f"the evidence does not have {name} saying this")
    return None


# -- content words --------------------------------------------------------------------------


def _content_terms(claim: str) -> list[str]:
    return [t for t in dict.fromkeys(terms(claim)) if not t[0].isdigit()]


def uncovered_words(claim: str, evidence: Sequence[str]) -> list[str]:
    """The claim's content words (stemmed, numbers aside) that its evidence does not state: a
    few are allowed (paraphrase), but code cannot tell what they add."""
    have = {t for e in evidence for t in terms(e)}
    return [t for t in _content_terms(claim) if t not in have]


def _words(claim: str, evidence: str, context: str) -> Problem | None:
    wanted = _content_terms(claim)
    if not wanted:
        return None
    missing = uncovered_words(claim, [evidence])
    many = len(missing) >= MAX_NEW_WORDS and len(missing) > MAX_NEW_SHARE * len(wanted)
    if many or (len(missing) >= 2 and len(missing) >= 0.5 * len(wanted)):
        return Problem(
            "words", "words not in its evidence: " + ", ".join(repr(m) for m in missing[:6])
        )
    return None


def _lower_names(claim: str, evidence: str, context: str) -> Problem | None:
    names = known_names(context)
    missing = [
        w
        for w in dict.fromkeys(_LOWER_WORD.findall(claim))
        if w in names and not re.search(rf"\b{re.escape(w)}", evidence, re.I)
    ]
    if missing:
        return Problem(
            "name", "name(s) not in its evidence: " + ", ".join(repr(m) for m in missing)
        )
    return None


# Words that refer back to the subject of the article: a pronoun opening a sentence or
# closing an attribution ("…," he said), or a definite description anywhere.
_ANAPHOR = re.compile(
    r"(?:^|[.!?]\s+|\"\s*)(?:it|its|he|she|they)\b|,[\"”]?\s+(?:he|she|it|they)\s+(?:said|says)|"
    r"\b(?:the (?:company|firm|group|bank|union|agency|"
    r"government|ministry|court|retailer|railway|operator|regulator|probe|spacecraft|mission|"
    r"project|fire|quake|earthquake|bill|country|region|city|summit|deal|party|airline))\b",
    re.I | re.M,
)
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", re.I)


def percent_problem(claim: str, evidence: str) -> Problem | None:
    """A percentage in the claim is a percentage in the evidence ("25%" is not "25 points")."""
    stated = {float(v) for v in _PERCENT.findall(evidence)}
    for value in _PERCENT.findall(claim):
        if float(value) not in stated:
            return Problem("number", f"{value}% is not a percentage in its evidence")
    return None


def _facts(claim: str, evidence: str, context: str, lead: str) -> list[Problem]:
    """Numbers and names: in the evidence; a name also in the cited articles' leads when the
    evidence refers back to it ("the company", "he"), and a weekday or month of the lead's
    dateline always."""
    problems = []
    stated = numbers_in(evidence)
    for written, value in claimed_numbers(claim):
        if value not in stated:
            problems.append(Problem("number", f"number {written!r} is not in its evidence"))
    evidence = evidence.replace("’", "'")
    refers_back = bool(_ANAPHOR.search(evidence))
    missing = []
    for name in names_in(claim, context or evidence):
        if name_found(name, evidence) or any(
            name_found(m, evidence) for m in stands_for(name, claim)
        ):
            continue
        if name.isupper() and spelled_out(name, evidence) is not None:
            continue
        in_lead = bool(lead) and name_found(name, lead)
        if in_lead and (refers_back or name.lower() in CALENDAR_WORDS):
            continue
        missing.append(name)
    if missing:
        names = ", ".join(repr(m) for m in missing)
        problems.append(Problem("name", f"name(s) not in its evidence: {names}"))
    return problems


def _aligned(claim: str, evidence: Sequence[str], context: str) -> Problem | None:
    """A name of the claim stands where its evidence has another name (who-does-what)."""
    swapped = swapped_names(claim, evidence, known_names(context))
    if swapped:
        name, other = swapped[0]
        return Problem("name", f"{name!r} stands where its evidence has {other!r}")
    return None


def check_support(
    claim: str,
    evidence: Sequence[str],
    *,
    context: str = "",
    neighbours: str = "",
    lead: str = "",
) -> list[Problem]:
    """Every reason ``evidence`` does not support ``claim`` (empty: supported). ``neighbours``
    is the text next to the evidence in its article (the sentence before a quote); ``lead`` the
    cited articles' titles and first sentences."""
    joined = "\n".join(evidence)
    if not joined.strip():
        return [Problem("evidence", "no evidence")]
    problems = _facts(claim, joined, context, lead)
    for check in (
        percent_problem(claim, joined) if not problems else None,
        _lower_names(claim, joined, context),
        _words(claim, joined, context),
        _negation(claim, joined),
        _direction(claim, joined),
        _quantity(claim, joined),
        _speaker(claim, joined, neighbours + " " + (lead if _ANAPHOR.search(joined) else "")),
        None if problems else _aligned(claim, evidence, context),
    ):
        if check is not None:
            problems.append(check)
    return problems
