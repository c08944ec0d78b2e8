"""Updates and conflicts in the assembled briefing: each section lists the values its story's
articles give differently (``BriefingSection.conflicts``, latest first), and a bullet that states
the latest value says that an earlier or other report differs, citing it with its own evidence.

The briefing never states one value citing every outlet: a bullet that says 19 dead cites the
report of 19 for it, and the earlier report of 12 only for "up from 12 in an earlier report".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from briefing.cluster import Clustering
from briefing.conflicts import counted, find_conflicts, said
from briefing.ground import number_spans
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
    beside: Sequence[Bullet] = (),
) -> Bullet:
    """The bullet with "up from 12 in an earlier report" for each conflict whose latest value
    it states, citing the other report with the sentence that states its value. "Up from" is
    said only of an earlier version of the same report (``versions``: a near-duplicate copy's
    id -> the kept copy's id); another outlet's different figure is not a change over time,
    so it is "another report says …". A value a bullet ``beside`` it (its section's others)
    states is not noted: the reader has it there ("around 60 knots (another report says 70
    knots)" above "gusts of up to 70 knots")."""
    changes: list[str] = []  # "up from 12 dead", against an earlier report
    others_say: list[str] = []  # "12 dead", in another report
    ids = list(bullet.source_ids)
    evidence = list(bullet.evidence)
    cited = {articles[i].outlet_key for i in ids if i in articles} - {""}
    for conflict in conflicts:
        latest, *others = conflict.values
        value = _value(latest.value)
        if value is None or not others or not states(bullet, conflict.key, value):
            continue
        # the latest report that gives another value: a conflict of three reports may list
        # one that agrees with the bullet before the one that differs ("300 guests", "300
        # guests", "two guests"); "another report says 300 guests" says nothing, nor does a
        # value the bullet states itself ("11 dead; regional health officials 14")
        other = next(
            (
                o
                for o in others
                if (v := _value(o.value)) is not None
                and v != value
                and not any(states(b, conflict.key, v) for b in (bullet, *beside))
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
        copies = versions.get(other.source_id, other.source_id) == versions.get(
            latest.source_id, latest.source_id
        )
        earlier = _when(articles[other.source_id]) < _when(articles[latest.source_id])
        if copies and earlier and before is not None and before != value:
            way = "up" if value > before else "down"
            changes.append(f"{way} from {said(other.value, conflict.about)}")
        else:
            others_say.append(said(other.value, conflict.about))
        if other.source_id not in ids:
            ids.append(other.source_id)
            evidence.append(Evidence(source_id=other.source_id, quote=other.sentence, by_code=True))
    notes = []
    if changes:
        notes.append(" and ".join(changes) + " in an earlier report")
    if others_say:
        notes.append("another report says " + " and ".join(others_say))
    if not notes:
        return bullet
    text = bullet.text.rstrip().rstrip(".") + " (" + "; ".join(notes) + ")."
    return bullet.model_copy(update={"text": text, "source_ids": ids, "evidence": evidence})


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
        bullets = [
            _noted(
                b,
                conflicts,
                articles,
                clustering.near_duplicates,
                [o for k, o in enumerate(section.bullets) if k != n],
            )
            for n, b in enumerate(section.bullets)
        ]
        out.append(section.model_copy(update={"bullets": bullets, "conflicts": conflicts}))
    return out
