"""Assembly: the grounded draft, the clustering and the run's records made into a ``Briefing``.

Sections get their story (and its status from earlier briefings); bullets that cite a
representative also cite its near-duplicates; every input article is either cited or listed in
``left_out`` with the reason; usage sums the run's call records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from babel import Locale, UnknownLocaleError

from briefing.anchor import evidence_for
from briefing.claims import Quote, check_quoted
from briefing.cluster import Clustering
from briefing.evidence import find_quote
from briefing.extractive.sentences import promo_only
from briefing.language import DEFAULT_LANGUAGE, article_language, base_language, plainly_english
from briefing.modelinfo import estimate_calls_cost
from briefing.models import (
    Article,
    ArticleRef,
    BriefingSection,
    Bullet,
    Evidence,
    Grounding,
    LeftOut,
    Section,
    StoryStatus,
    Usage,
    citation_order,
)
from briefing.plan import Planner
from briefing.summarize.run import Run
from briefing.text import word_count

__all__ = [
    "BOILERPLATE",
    "left_out",
    "one_per_outlet",
    "ref",
    "story_sections",
    "usage",
    "with_near_duplicates",
]

BOILERPLATE = "boilerplate: only text that recurs in unrelated articles"


def with_near_duplicates(
    sections: list[Section], clustering: Clustering, articles: Mapping[str, Article]
) -> list[Section]:
    """A bullet citing a representative also cites the near-duplicates it stands for, each
    with its own evidence; an earlier version of an updated story only where its evidence
    supports the bullet (the copy that said 12 dead is not cited for 19)."""
    near = clustering.near_duplicates
    if not near:
        return sections
    followers: dict[str, list[str]] = {}
    for dup, rep in sorted(near.items()):
        followers.setdefault(rep, []).append(dup)
    out = []
    for section in sections:
        bullets = []
        for bullet in section.bullets:
            ids = list(bullet.source_ids)
            evidence = list(bullet.evidence)
            for i in bullet.source_ids:
                for dup in followers.get(i, []):
                    found = _copy_evidence(bullet, articles[dup])
                    if dup in ids or not found:
                        continue
                    if (
                        dup in clustering.updates
                        and not check_quoted(
                            bullet.text,
                            [Quote(e.source_id, e.quote) for e in found],
                            dict(articles),
                        ).supported
                    ):
                        continue
                    ids.append(dup)
                    evidence += found
            bullets.append(bullet.model_copy(update={"source_ids": ids, "evidence": evidence}))
        out.append(Section(title=section.title, bullets=bullets))
    return out


def one_per_outlet(
    sections: Sequence[BriefingSection], articles: Mapping[str, Article]
) -> list[BriefingSection]:
    """Each bullet citing one outlet once: of two or more cited articles of one outlet (a
    wire's first report and its later story, whose carried-over sentence both state; a story
    and its live page), the first cited stays (the article whose sentence the bullet is, or
    the latest version a note on an earlier one is added to) and keeps its evidence. Articles
    with no outlet are never merged."""
    out = []
    for section in sections:
        bullets = [_one_per_outlet(b, articles) for b in section.bullets]
        out.append(section.model_copy(update={"bullets": bullets}))
    return out


def _one_per_outlet(bullet: Bullet, articles: Mapping[str, Article]) -> Bullet:
    seen: set[str] = set()
    kept: list[str] = []
    for i in dict.fromkeys(bullet.source_ids):
        name = articles[i].outlet_key if i in articles else ""
        if name and name in seen:
            continue
        seen |= {name} - {""}
        kept.append(i)
    if len(kept) == len(bullet.source_ids):
        return bullet
    evidence = [e for e in bullet.evidence if e.source_id in kept]
    return bullet.model_copy(update={"source_ids": kept, "evidence": evidence})


def _copy_evidence(bullet: Bullet, copy: Article) -> list[Evidence]:
    """The bullet's quotes that the copy carries too, else the copy's best sentences."""
    same = [
        Evidence(source_id=copy.id, quote=e.quote, by_code=e.by_code)
        for e in bullet.evidence
        if find_quote(e.quote, copy) is None
    ]
    return same[:2] or evidence_for(bullet.text, copy)


def story_sections(
    sections: list[Section], clustering: Clustering, status: Mapping[str, StoryStatus]
) -> list[BriefingSection]:
    """Each section's story: the story of most of its cited articles (ties: the first)."""
    story_of = {i: s.id for s in clustering.stories for i in s.article_ids}
    for dup, rep in clustering.near_duplicates.items():
        if rep in story_of:
            story_of[dup] = story_of[rep]
    out = []
    for section in sections:
        votes: dict[str, int] = {}
        for bullet in section.bullets:
            for i in bullet.source_ids:
                if i in story_of:
                    votes[story_of[i]] = votes.get(story_of[i], 0) + 1
        story = max(votes, key=lambda k: votes[k]) if votes else None
        out.append(
            BriefingSection(
                title=section.title,
                bullets=section.bullets,
                story_id=story,
                status=status.get(story) if story and status else None,
            )
        )
    return out


TEASER_WORDS = 25
"""An article shorter than this that no bullet cites is reported as a teaser."""


def left_out(
    articles: Sequence[Article],
    clustering: Clustering,
    sections: Sequence[BriefingSection],
    grounding: Grounding,
    lost: Mapping[str, str],
    *,
    told_in: str | None = None,
) -> list[LeftOut]:
    """Every article of ``articles`` that no section cites, with the reason: a near-duplicate,
    failed grounding, lost in a failed call, boilerplate, the same story as a section (and the
    reference number that covers it), a teaser, or a story below the cut (with its rank).
    ``told_in``: the language a summarizer that cannot translate tells a story in when one of
    its articles is written in it (the offline one's: the briefing's); an article of such a
    story's section written in another language is said to be left out for it."""
    cited = {i for s in sections for b in s.bullets for i in b.source_ids}
    number = {i: n for n, i in enumerate(citation_order(sections), start=1)}
    story_of = {i: s.id for s in clustering.stories for i in s.article_ids}
    rank = {s.id: r for r, s in enumerate(clustering.stories, start=1)}
    shown: dict[str, tuple[int, int]] = {}  # story -> (section number, first reference number)
    for n, section in enumerate(sections, start=1):
        refs = [number[i] for b in section.bullets for i in b.source_ids if i in number]
        if section.story_id and section.story_id not in shown and refs:
            shown[section.story_id] = (n, min(refs))
    dropped_for: dict[str, str] = {}
    for bullet in grounding.dropped_bullets:
        for i in bullet.source_ids:
            dropped_for.setdefault(i, bullet.reason)
    by_id = {a.id: a for a in articles}
    left: list[LeftOut] = []
    for article in articles:
        if article.id in cited:
            continue
        rep = clustering.near_duplicates.get(article.id)
        if rep:
            rep_article = by_id[rep]
            reason = f"near-duplicate of {rep} ({rep_article.outlet or rep_article.title})"
            if rep not in cited:
                reason += ", which the briefing does not cite either"
        elif article.id in dropped_for:
            reason = f"its bullets failed grounding: {dropped_for[article.id]}"
        elif article.id in lost:
            reason = lost[article.id]
        else:
            reason = _why_not(article, story_of.get(article.id), shown, rank, len(sections))
            story = story_of.get(article.id)
            if told_in and story in shown:
                section = sections[shown[story][0] - 1]
                reason += _other_language(article, section, by_id, told_in)
        left.append(LeftOut(id=article.id, title=article.title, reason=reason))
    return left


def _written_in(article: Article) -> str:
    """An article's language (plain English prose needs no model)."""
    if plainly_english(article.title, article.text):
        return DEFAULT_LANGUAGE
    return article_language(article.title, article.text)


def _other_language(
    article: Article, section: BriefingSection, by_id: Mapping[str, Article], told_in: str
) -> str:
    """Why an article of a section's story is not cited when the section is told in
    ``told_in`` from its articles in it and the article is written in another: "; written
    in Spanish, the section is told from its articles in English" (an agency's Spanish
    service beside its English report, fresh46's d1087); "" otherwise."""
    want = base_language(told_in)
    written = _written_in(article)
    if written == want:
        return ""
    cited = {i for b in section.bullets for i in b.source_ids if i in by_id}
    if not any(_written_in(by_id[i]) == want for i in sorted(cited)):
        return ""
    return f"; written in {_name(written)}, the section is told from its articles in {_name(want)}"


def _name(code: str) -> str:
    """A language's English name ("es" -> "Spanish"), or its code where Babel has none."""
    try:
        return Locale.parse(code).get_language_name("en") or code
    except (UnknownLocaleError, ValueError):
        return code


def _why_not(
    article: Article,
    story: str | None,
    shown: Mapping[str, tuple[int, int]],
    rank: Mapping[str, int],
    sections: int,
) -> str:
    if story is not None and story in shown:
        section, first = shown[story]
        return f"same story as §{section}, covered by [{first}]"
    words = word_count(article.text)
    if words < TEASER_WORDS:
        return f"teaser only ({words} words)"
    if promo_only(article.text):
        return f"teaser only: a broadcaster's promo for a later programme ({words} words)"
    if story is not None and story in rank:
        if rank[story] > sections:
            return f"below the cut: story ranked {rank[story]} of {len(rank)}"
        # ranked within the briefing's sections, yet none tells it: the summarizer wrote none
        # (a model that left it out; no sentence of it the extractive step could quote)
        return (
            "not selected: the summarizer wrote no section for its story "
            f"(ranked {rank[story]} of {len(rank)})"
        )
    return "not selected: the summary covers more important stories"


def ref(article: Article) -> ArticleRef:
    return ArticleRef(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published_at=article.published_at,
        source=article.source,
    )


def usage(run: Run, planner: Planner) -> Usage:
    """Tokens and cost of the run's calls (batched calls at their discount)."""
    records = run.records
    input_tokens = sum(r.input_tokens for r in records)
    cached = sum(r.cached_tokens for r in records)
    output = sum(r.output_tokens for r in records)
    cost = estimate_calls_cost(planner.info, records)
    return Usage(
        backend=run.backend.name,
        model=run.backend.model,
        calls=len(records) if run.backend.capabilities.metered else 0,
        input_tokens=input_tokens,
        cached_tokens=cached,
        output_tokens=output,
        cost_usd=round(cost or 0.0, 6),
        tokens_estimated=not planner.tokenizer.exact,
        records=records,
    )
