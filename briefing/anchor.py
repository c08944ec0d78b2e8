"""Anchoring: every bullet is checked against the evidence of each article it cites.

``check_bullet`` runs, in order:

1. Citations: ids that were not given are removed; a bullet left with none fails.
2. Facts against the whole cited articles (``briefing.ground.check_text``): every number and
   name of the bullet is in one of them.
3. Evidence: one quote per cited article (``Bullet.evidence``), verified verbatim after
   normalisation only (``briefing.evidence.find_quote``). A citation whose quote is not found is
   invalid and removed. A bullet with no evidence at all (an answer recorded before quotes
   existed, a model that ignores them, a small model's compact schema, notes) gets, per cited
   article, the sentences that state it best, chosen by code and marked ``by_code``. A quote
   that shares no content word with the bullet supports nothing: its citation is removed.
4. Support: the bullet's facts against the union of its valid quotes (``briefing.claims``):
   numbers, names, content words, negation, direction, quantities, who said what.

With ``language`` (the language an LLM was asked to write in), a bullet whose cited articles are
in another language is judged across languages where the same-language checks fail: numbers and
names only (``briefing.across``), and a quote is not required to share a word with it.

Failing bullets go to the repair call, which shows each failing quote or fact; what still fails
is dropped and reported (``briefing.summarize.repair``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from briefing.across import across, text_problems
from briefing.claims import Quote, check_quoted
from briefing.evidence import best_evidence, find_quote
from briefing.features import terms
from briefing.models import Article, BriefingDraft, Bullet, Evidence

__all__ = ["Failure", "check_bullet", "check_draft", "evidence_for"]


@dataclass(frozen=True)
class Failure:
    section: int
    index: int
    bullet: Bullet
    problems: list[str]

    @property
    def text(self) -> str:
        return self.bullet.text

    @property
    def source_ids(self) -> list[str]:
        return self.bullet.source_ids


_MAX_QUOTES_PER_ARTICLE = 2


def evidence_for(text: str, article: Article) -> list[Evidence]:
    """The sentences of ``article`` that state ``text`` best (at most two), as evidence
    attached by code (``by_code``)."""
    found = best_evidence(text, [article])[:_MAX_QUOTES_PER_ARTICLE]
    return [Evidence(source_id=article.id, quote=s.text, by_code=True) for s in found]


def _quotes(
    bullet: Bullet, known: list[str], articles: Mapping[str, Article]
) -> tuple[list[Evidence], list[str]]:
    """The verified quotes (at most two per cited article), and the problems of the invalid."""
    # What a model gave is the model's, whatever it claims (only code sets ``by_code``).
    given = [
        e.model_copy(update={"by_code": False}) if e.by_code else e
        for e in bullet.evidence
        if e.source_id in articles
    ]
    if not given:  # no quotes at all: code picks each cited article's best sentences
        return [e for i in known for e in evidence_for(bullet.text, articles[i])], []
    valid: list[Evidence] = []
    problems: list[str] = []
    for evidence in given:
        if sum(e.source_id == evidence.source_id for e in valid) >= _MAX_QUOTES_PER_ARTICLE:
            continue
        why = find_quote(evidence.quote, articles[evidence.source_id])
        if why is None:
            valid.append(evidence)
        else:
            problems.append(f"invalid citation {evidence.source_id}: {why}: {evidence.quote!r}")
    for i in known:
        if not any(e.source_id == i for e in given):
            problems.append(f"invalid citation {i}: no quote from it")
    return valid, problems


def check_bullet(
    bullet: Bullet, articles: Mapping[str, Article], language: str | None = None
) -> tuple[Bullet, list[str]]:
    """The bullet with unknown ids and invalid or idle citations removed and its evidence
    verified, and its problems (empty: it is anchored)."""
    known = [i for i in dict.fromkeys(bullet.source_ids) if i in articles]
    unknown = [i for i in bullet.source_ids if i not in articles]
    if not known and not any(e.source_id in articles for e in bullet.evidence):
        reason = "cites no given article"
        if unknown:
            reason += f" (unknown ids: {', '.join(unknown[:5])})"
        return Bullet(text=bullet.text, source_ids=[]), [reason]
    problems = text_problems(bullet.text, [articles[i] for i in known], language) if known else []
    quotes, invalid = _quotes(bullet, known, articles)
    wanted = set(terms(bullet.text))
    # A quote that shares no content word with the bullet supports nothing: drop its citation.
    # Across languages words cannot be compared: the quote's numbers and names are checked.
    quotes = [
        q
        for q in quotes
        if not wanted or wanted & set(terms(q.quote)) or across(language, [articles[q.source_id]])
    ]
    cleaned = Bullet(
        text=bullet.text,
        source_ids=list(dict.fromkeys(q.source_id for q in quotes)),
        evidence=quotes,
    )
    if not quotes:
        return cleaned, problems + (invalid or ["no cited article states it"])
    if problems:
        return cleaned, problems
    verdict = check_quoted(
        bullet.text,
        [Quote(q.source_id, q.quote) for q in quotes],
        dict(articles),
        sources=[articles[q.source_id] for q in quotes],
        language=language,
    )
    return cleaned, [str(p) for p in verdict.problems]


def check_draft(
    draft: BriefingDraft, articles: Mapping[str, Article], language: str | None = None
) -> tuple[BriefingDraft, list[Failure]]:
    """The draft with every bullet anchored (see ``check_bullet``), and every failing bullet."""
    failures: list[Failure] = []
    sections = []
    for s, section in enumerate(draft.sections):
        bullets = []
        for b, bullet in enumerate(section.bullets):
            cleaned, problems = check_bullet(bullet, articles, language)
            bullets.append(cleaned)
            if problems:
                failures.append(Failure(section=s, index=b, bullet=cleaned, problems=problems))
        sections.append(section.model_copy(update={"bullets": bullets}))
    return draft.model_copy(update={"sections": sections}), failures
