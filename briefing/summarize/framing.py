"""The overview and the section titles, checked like bullets (``briefing.claims``).

A reader trusts a heading as much as a bullet: a real local model's invented claim once passed
six times, in the overview, two bullets and three section titles. So:

- each sentence of the overview is judged against every summarized article; the unsupported ones
  are removed, and an overview left empty is rewritten from the first bullets;
- each section title is judged against the articles its bullets cite; an unsupported title is
  replaced by the headline of the section's first cited article, without its kicker (a wire
  desk's "UPDATE 1-" or "CORRECTED-", a page's "Live:": ``without_kicker``).

What was changed, and why, is said in the briefing's notices.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.across import text_problems
from briefing.claims import check_claim
from briefing.extractive.stories import without_kicker
from briefing.models import Article, Section
from briefing.support import known_names
from briefing.text import split_sentences

__all__ = ["checked_overview", "checked_titles"]


def checked_overview(
    overview: str,
    sections: Sequence[Section],
    summarized: Sequence[Article],
    notices: list[str],
    language: str | None = None,
) -> str:
    kept: list[str] = []
    for sentence in split_sentences(overview):
        problems = text_problems(sentence, summarized, language)
        verdict = check_claim(sentence, [], sources=summarized, language=language)
        if problems or not verdict.supported:
            why = "; ".join(problems) or verdict.reason
            notices.append(f"overview sentence removed ({why}): {sentence}")
        else:
            kept.append(sentence)
    if kept:
        return " ".join(kept)
    if overview.strip():
        notices.append("overview rewritten from the bullets")
    return " ".join(s.bullets[0].text for s in sections[:3] if s.bullets)


def _sentence_case(title: str, articles: Sequence[Article]) -> str:
    """A headline in sentence case: its capitals kept only for acronyms and for the words the
    articles write as names ("Arms Sale To Poland" is judged as "arms sale to Poland")."""
    names = known_names("\n".join(f"{a.title}\n{a.text}" for a in articles))

    def case(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.isupper() or word.lower() in names else word.lower()

    return re.sub(r"[A-Za-z][\w'-]*", case, title)


def checked_titles(
    sections: Sequence[Section],
    articles: Mapping[str, Article],
    notices: list[str],
    language: str | None = None,
) -> list[Section]:
    out = []
    for section in sections:
        cited = list(dict.fromkeys(i for b in section.bullets for i in b.source_ids))
        pool = [articles[i] for i in cited if i in articles]
        if not pool:
            out.append(section)
            continue
        title = _sentence_case(section.title, pool)
        verdict = check_claim(title, pool, sources=pool, language=language)
        if verdict.supported:
            out.append(section)
            continue
        headline = without_kicker(pool[0].title)
        notices.append(f"section title {section.title!r} replaced ({verdict.reason})")
        out.append(section.model_copy(update={"title": headline}))
    return out
