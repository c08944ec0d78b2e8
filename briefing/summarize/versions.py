"""Updates and conflicts in the assembled briefing: each section lists the values its story's
articles give differently (``BriefingSection.conflicts``, latest first), and a bullet that states
one of the values says that an earlier or other report differs, citing it with its own evidence.

The briefing never states one value citing every outlet: a bullet that says 19 dead cites the
report of 19 for it, and the earlier report of 12 only for "up from 12 in an earlier report".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from babel import Locale, UnknownLocaleError

from briefing.cluster import Clustering
from briefing.conflicts import counted, estimated, find_conflicts, said
from briefing.ground import number_spans
from briefing.language import article_language, base_language
from briefing.models import Article, BriefingSection, Bullet, Conflict, Evidence

__all__ = ["states", "story_articles", "with_conflicts"]


def story_articles(
    story_id: str | None, clustering: Clustering, articles: Mapping[str, Article]
) -> list[Article]:
    """The articles of story ``story_id`` with their near-duplicates, in the order given."""
    story = next((s for s in clustering.stories if s.id == story_id), None)
    if story is None:
        return []
    ids = set(story.article_ids)
    ids |= {d for d, rep in clustering.near_duplicates.items() if rep in story.article_ids}
    return [a for i, a in articles.items() if i in ids]  # in the order the articles were given


def _value(written: str) -> float | None:
    spans = number_spans(written)
    return spans[0].value if spans else None


def states(bullet: Bullet, key: str, value: float | None = None) -> bool:
    """Whether ``bullet`` states a number that counts ``key`` (``value``, when given)."""
    return any(
        value in (None, span.value) and counted(bullet.text, span.start, span.end) == key
        for span in number_spans(bullet.text)
    )


def _gives(sentence: str, key: str, value: float) -> bool:
    """Whether ``sentence`` states ``value`` as a count of ``key``."""
    return any(
        span.value == value and counted(sentence, span.start, span.end) == key
        for span in number_spans(sentence)
    )


def _when(article: Article) -> float:
    stamp = article.published_at
    if stamp is None:
        return -math.inf
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).timestamp()


def _noted(
    bullet: Bullet,
    conflicts: Sequence[Conflict],
    articles: Mapping[str, Article],
    versions: Mapping[str, str],
    above: Sequence[Bullet] = (),
    named: set[tuple[str, float]] | None = None,
) -> Bullet:
    """The bullet with "up from 12 in an earlier report" for each conflict of which it states a
    value, citing the other report with the sentence that states its value. "Up from" is said
    only of an earlier version of the same report (``versions``: a near-duplicate copy's id ->
    the kept copy's id) when the bullet states the latest value; another outlet's different
    figure is not a change over time, so it is "another report says …", whichever of the two
    is the later (a bullet left with the earlier outlet's "1.4 million kroner" still says that
    another report says 1.2 million). A value a bullet ``above`` it (its section's bullets
    before it) states is not noted: the reader has it there, and that bullet's own note names
    this one's value ("around 60 knots (another report says 70 knots)" above "gusts of up to
    70 knots", which needs no note back). A bullet below that states the other value does not
    spare the note: two outlets' figures for one fact, each in a bullet with no word that they
    differ, read as two facts (fresh45's "about 1,800 hectares" and "about 2,000 hectares").
    ``named``: the (key, value) pairs the section's notes above already name, which a second
    bullet stating the same figure does not name again (two bullets of "640 million euros"
    each with "(another report says 655 million euros)"); this bullet's are added to it."""
    named = set() if named is None else named
    changes: list[str] = []  # "up from 12 dead", against an earlier report
    others_say: list[str] = []  # "12 dead", in another report
    local_say: dict[str, list[str]] = {}  # "Portuguese" → "seven dead", a page in Portuguese
    ids = list(bullet.source_ids)
    evidence = list(bullet.evidence)
    cited = {articles[i].outlet_key for i in ids if i in articles} - {""}
    # every figure the bullet gives, whatever it reads as counting, but another conflict's
    # thing: a bullet that says "3.5 billion dinars, more than the figure of about 3 billion the
    # minister gave" needs no "(another report says about 3 billion dinars)"; one that says
    # "burying four vehicles and killing three people" still needs "another report says four
    # dead" (vehicles being a conflict of their own)
    keys = {c.key for c in conflicts}
    spans = [(s.value, counted(bullet.text, s.start, s.end)) for s in number_spans(bullet.text)]
    for conflict in conflicts:
        given = {v for v, key in spans if key == conflict.key or key not in keys}
        if len(conflict.values) < 2:
            continue
        # the value the bullet states (the latest such, as the values are latest first)
        mine = next(
            (
                v
                for v in conflict.values
                if (x := _value(v.value)) is not None and states(bullet, conflict.key, x)
            ),
            None,
        )
        if mine is None or (value := _value(mine.value)) is None:
            continue
        others = [v for v in conflict.values if v is not mine]
        # the latest report that gives another value: a conflict of three reports may list
        # one that agrees with the bullet before the one that differs ("300 guests", "300
        # guests", "two guests"); "another report says 300 guests" says nothing, nor does a
        # value the bullet states itself ("11 dead; regional health officials 14")
        other = next(
            (
                o
                for o in others
                if (v := _value(o.value)) is not None
                and v not in given
                and not any(states(b, conflict.key, v) for b in above)
                # a sentence that gives the bullet's figure too tells a change ("3,200 people
                # have been evacuated, up from 1,900 at 08:00"): its other figure is an earlier
                # count, not another report's (d669)
                and not _gives(o.sentence, conflict.key, value)
                and (conflict.key, v) not in named
                # the bullet's own outlet's other report is no "another report": a bullet
                # names each outlet once (``assemble.one_per_outlet``), so its figure would be
                # left with no source (review51)
                and (o.source_id in ids or articles[o.source_id].outlet_key not in cited)
            ),
            None,
        )
        if other is None:
            continue
        before = _value(other.value)
        if before is not None:
            named.add((conflict.key, before))
        copies = versions.get(other.source_id, other.source_id) == versions.get(
            mine.source_id, mine.source_id
        )
        earlier = _when(articles[other.source_id]) < _when(articles[mine.source_id])
        if copies and earlier and mine is conflict.values[0] and before is not None:
            way = "up" if value > before else "down"
            changes.append(f"{way} from {said(other.value, conflict.about)}")
        elif (tongue := _another_tongue(articles[other.source_id], bullet, articles)) is not None:
            local_say.setdefault(tongue, []).append(said(other.value, conflict.about))
        else:
            others_say.append(said(estimated(other.value, other.sentence), conflict.about))
        if other.source_id not in ids:
            ids.append(other.source_id)
            evidence.append(Evidence(source_id=other.source_id, quote=other.sentence, by_code=True))
    notes = []
    if changes:
        notes.append(" and ".join(changes) + " in an earlier report")
    if others_say:
        notes.append("another report says " + " and ".join(others_say))
    for tongue, values in local_say.items():
        notes.append(f"a {tongue}-language report says " + " and ".join(values))
    if not notes:
        return bullet
    text = bullet.text.rstrip().rstrip(".") + " (" + "; ".join(notes) + ")."
    return bullet.model_copy(update={"text": text, "source_ids": ids, "evidence": evidence})


def _another_tongue(other: Article, bullet: Bullet, articles: Mapping[str, Article]) -> str | None:
    """The English name of ``other``'s language ("Portuguese") when it is not the language of
    the bullet's report: a reader of an English briefing is told that a local page in another
    language gives the other figure, not left to take it for one more English report."""
    mine = next((articles[i] for i in bullet.source_ids if i in articles), None)
    if mine is None:
        return None
    theirs = base_language(article_language(other.title, other.text))
    if theirs == base_language(article_language(mine.title, mine.text)):
        return None
    try:
        return str(Locale.parse(theirs).get_display_name("en")) or None
    except (UnknownLocaleError, ValueError):
        return None


def with_conflicts(
    sections: Sequence[BriefingSection],
    clustering: Clustering,
    articles: Mapping[str, Article],
) -> list[BriefingSection]:
    """Each section with its story's conflicts, and its bullets noted where they state one."""
    out = []
    for section in sections:
        conflicts = find_conflicts(story_articles(section.story_id, clustering, articles))
        if not conflicts:
            out.append(section)
            continue
        named: set[tuple[str, float]] = set()
        bullets = [
            _noted(
                b,
                conflicts,
                articles,
                clustering.near_duplicates,
                section.bullets[:n],
                named,
            )
            for n, b in enumerate(section.bullets)
        ]
        out.append(section.model_copy(update={"bullets": bullets, "conflicts": conflicts}))
    return out
