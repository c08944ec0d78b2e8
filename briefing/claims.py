"""Claims: one verdict per claim — supported, unsupported or unverifiable — with the reason and
the evidence it was judged on. The one entry point that ``brief check``, the benchmark and the
pipeline's grounding share.

A claim is judged on *evidence*, never on a whole article: its verified quotes when it has them
(``check_quoted``), else the sentences of its cited articles that cover it best
(``check_claim``; every source when it cites none). It is

- ``unverifiable`` when no sentence states a third of its content words (nothing to check it
  against: it is about something its sources do not cover, or it cites the wrong article);
- ``unsupported`` when the evidence exists but a check of ``briefing.support`` fails;
- ``supported`` otherwise.

A claim written in another language than its evidence (the reader's ``language``) that fails
these checks is judged again by the checks that survive translation (``briefing.across``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefing.across import across, check_across
from briefing.evidence import (
    EvidenceSentence,
    best_evidence,
    context_of,
    find_quote,
    lead_of,
    normalize_quote,
    sentences_of,
)
from briefing.features import terms
from briefing.models import Article
from briefing.support import Problem, check_support

__all__ = ["Quote", "Status", "Verdict", "check_claim", "check_quoted"]

Status = Literal["supported", "unsupported", "unverifiable"]
_MIN_COVERAGE = 1 / 3  # share of the claim's content words its evidence must state at all


@dataclass(frozen=True)
class Quote:
    """A quote given as evidence for a claim, from article ``source_id``."""

    source_id: str
    text: str


@dataclass(frozen=True)
class Verdict:
    claim: str
    status: Status
    problems: tuple[Problem, ...] = ()
    evidence: tuple[EvidenceSentence, ...] = ()
    invalid_quotes: tuple[tuple[Quote, str], ...] = field(default=())

    @property
    def supported(self) -> bool:
        return self.status == "supported"

    @property
    def reason(self) -> str:
        reasons = [str(p) for p in self.problems]
        reasons += [f"quote from {q.source_id}: {why}" for q, why in self.invalid_quotes]
        return "; ".join(reasons) if reasons else "every fact is in its evidence"


def _context(articles: Sequence[Article]) -> str:
    return "\n".join(f"{a.title}\n{a.text}" for a in articles)


def _coverage(claim: str, evidence: Sequence[str]) -> float:
    wanted = set(terms(claim))
    if not wanted:
        return 1.0
    have = {t for e in evidence for t in terms(e)}
    return len(wanted & have) / len(wanted)


def _judge(
    claim: str,
    evidence: Sequence[EvidenceSentence],
    neighbours: str,
    context: str,
    lead: str,
    invalid: tuple[tuple[Quote, str], ...] = (),
) -> Verdict:
    texts = [e.text for e in evidence]
    if not evidence or _coverage(claim, texts) < _MIN_COVERAGE:
        problem = Problem("evidence", "no sentence of its sources states it")
        return Verdict(claim, "unverifiable", (problem,), tuple(evidence), invalid)
    problems = check_support(claim, texts, context=context, neighbours=neighbours, lead=lead)
    status: Status = "unsupported" if problems else "supported"
    return Verdict(claim, status, tuple(problems), tuple(evidence), invalid)


def _across(
    verdict: Verdict,
    language: str | None,
    evidence: Sequence[tuple[EvidenceSentence, Article]],
) -> Verdict:
    """``verdict``, or when it fails and its evidence is in another language than ``language``
    (the claim's), the verdict of the checks that survive translation (``briefing.across``)."""
    if verdict.supported or not language or not evidence:
        return verdict
    if not across(language, list({a.id: a for _, a in evidence}.values())):
        return verdict
    problems = check_across(verdict.claim, language, [(e.text, a) for e, a in evidence])
    status: Status = "unsupported" if problems else "supported"
    kept = tuple(e for e, _ in evidence)
    return Verdict(verdict.claim, status, tuple(problems), kept, verdict.invalid_quotes)


def check_claim(
    claim: str,
    cited: Sequence[Article],
    *,
    sources: Sequence[Article] = (),
    language: str | None = None,
) -> Verdict:
    """Judge ``claim`` against the best evidence in ``cited`` (every source when it cites
    none). ``sources`` are all the articles the summary was written from: they tell names from
    common words. ``language`` is the claim's: when the articles are in another, the claim is
    judged across languages against their whole text (see ``briefing.across``)."""
    pool = list(cited) or list(sources)
    context = _context(list(sources) or pool)
    evidence = best_evidence(claim, pool, context=context)
    by_id = {a.id: a for a in pool}
    neighbours = " ".join(context_of(e, by_id[e.source_id]) for e in evidence)
    lead = " ".join(lead_of(by_id[i]) for i in dict.fromkeys(e.source_id for e in evidence))
    verdict = _judge(claim, evidence, neighbours, context, lead)
    whole = [(EvidenceSentence(a.id, 0, f"{a.title}\n{a.text}"), a) for a in pool]
    return _across(verdict, language, whole)


def _locate(quote: Quote, article: Article) -> tuple[EvidenceSentence, str]:
    """The quote as evidence, and the sentence before it in its article."""
    needle = normalize_quote(quote.text).strip(" \"'.,;:")
    sentences = sentences_of(article)
    for k, sentence in enumerate(sentences):
        if needle[:40] in normalize_quote(sentence.text):
            before = sentences[k - 1].text if k > 1 else ""
            return EvidenceSentence(article.id, sentence.index, quote.text), before
    return EvidenceSentence(article.id, 0, quote.text), ""


def check_quoted(
    claim: str,
    quotes: Sequence[Quote],
    articles: dict[str, Article],
    *,
    sources: Sequence[Article] = (),
    language: str | None = None,
) -> Verdict:
    """Judge ``claim`` against the union of its *valid* quotes (verbatim in their article after
    normalisation); invalid quotes are reported and support nothing. ``language`` is the
    claim's: quotes from articles in another language are judged across languages."""
    valid: list[EvidenceSentence] = []
    before: list[str] = []
    invalid: list[tuple[Quote, str]] = []
    for quote in quotes:
        article = articles.get(quote.source_id)
        why = "not a given article" if article is None else find_quote(quote.text, article)
        if why is not None or article is None:
            invalid.append((quote, why or "not a given article"))
            continue
        sentence, previous = _locate(quote, article)
        valid.append(sentence)
        before.append(previous)
    cited = [articles[q.source_id] for q in quotes if q.source_id in articles]
    context = _context(list(sources) or cited)
    lead = " ".join(lead_of(articles[i]) for i in dict.fromkeys(e.source_id for e in valid))
    verdict = _judge(claim, valid, " ".join(before), context, lead, tuple(invalid))
    return _across(verdict, language, [(e, articles[e.source_id]) for e in valid])
