"""Evaluate briefing.cluster: pairwise precision/recall/F1 for stories and near-duplicates.

Data:
  * ``bench/data/cluster/articles.txt`` — a self-made labelled set (fictional events written for
    this project): 9 events with 2-5 outlets each, 3 wire-copy near-duplicates, 4 singletons that
    share names or topics with an event (hard negatives) and one multi-story digest whose gold
    story is the one it leads with.
  * ``bench/data/eval/*.txt`` (held out, read only: written by another engineer for the
    summarizer; one file per story, ``c7_digest`` = a digest + one article per story it covers).
  * ``bench/data/offline/days.jsonl`` + ``bench/data/cluster/extra.jsonl`` — the grouping set:
    201 articles, 77 stories before the days d67-d84 were added, several outlets per story and
    separate events on shared topics (four budget fights, three strikes, three quakes...). Each
    part (``tune``: used for tuning; ``aside`` and ``fresh``: kept aside; ``fresh2``: days
    d53-d66, 59 articles written on 2026-12-01; ``fresh3``: days d67-d84, written on 2026-12-02;
    ``fresh4``: days d85-d104, written on 2026-12-02 after fresh3's blind look by a writer who
    never ran the grouping on them; all of these tuning material since fresh4's blind look;
    ``fresh5``: days d105-d124, written on 2026-12-02 after fresh4's look by another such
    writer, tuning material since its blind look; ``fresh6``: days d125-d148, written on
    2026-12-02 after fresh5's look by another such writer, tuning material since its blind look;
    ``fresh7``: days d149-d172, written on 2026-12-02 after fresh6's look by another such
    writer, tuning material since its blind look; ``fresh8``: days d173-d196, written on
    2026-12-02 after fresh7's look by another such writer, tuning material since its blind look;
    ``fresh9``: days d197-d220, written on 2026-12-02 before fresh8's look by another such
    writer, tuning material since its blind look; ``fresh10``: days d221-d244, written on
    2026-12-02 before fresh9's look by another such writer, tuning material since its blind
    look; ``fresh11``: days
    d245-d268, written on 2026-12-02 before fresh10's look by another such writer, tuning
    material since its blind look;
    ``fresh12``: days d269-d292, written on 2026-12-02 while fresh11 was kept aside by another
    such writer, tuning material since its blind look; ``fresh13``: days d293-d316, written on
    2026-12-02 while fresh12 was kept aside by another such writer, tuning material since its
    blind look; ``fresh14``:
    days d317-d340, written on 2026-12-02 while fresh13 was kept aside by another such writer,
    tuning material since its blind look; ``fresh15``: days d341-d364, written on 2026-12-02
    while fresh14 was kept aside by another such writer, tuning material since its blind look;
    ``fresh16``: days d365-d388, written on 2026-12-03 while fresh15 was kept aside by
    another such writer, tuning material since its blind look; ``fresh17``: days d389-d412,
    written on 2026-12-03 while fresh16 was kept aside by another such writer, tuning material
    since its blind look at the eighteenth session's start; ``fresh18``: days d413-d436,
    written on 2026-12-03 while fresh17 was kept aside by another such writer, tuning material
    since its blind look at the nineteenth session's start; ``fresh19``: days d437-d460,
    written on 2026-12-03, begun while fresh18 was kept aside, by another such writer, tuning
    material since its blind look at the nineteenth session's end; ``fresh20``: days d461-d484,
    written on 2026-12-03 while fresh19 was kept aside by another such writer, tuning material
    since its blind look at the twentieth session;
    ``fresh21``: days d485-d508, written on 2026-12-03 while fresh20 was kept aside by another
    such writer, tuning material since its blind look at the twenty-first session's start;
    ``fresh22``: days d509-d532, written on 2026-12-03 while fresh21
    was kept aside by another such writer, tuning material since its blind look in the
    twenty-first session; ``fresh23``: days d533-d556, written on
    2026-12-03 while fresh22 was kept aside by another such writer, tuning material
    since its blind look at the twenty-second session's start; ``fresh24``: days d557-d580,
    written on 2026-12-03, begun while fresh23 was kept aside, by another such writer, tuning
    material since its blind look at the twenty-third session's start; ``fresh25``: days
    d581-d604, written on 2026-12-03 after fresh24's look by another such writer, ``days25``,
    who never read fresh22's, fresh23's or fresh24's texts, tuning material since its blind
    look at the twenty-fourth session's start; ``fresh26``: days d605-d628, written on
    2026-12-04 after fresh25's look by another such writer, ``days26``, who never read
    fresh23's, fresh24's or fresh25's texts, tuning material since its blind look at the
    twenty-fifth session's start; ``fresh27``: days d629-d652, written on 2026-12-04 after
    fresh26's look by another such writer, ``days27``, who never read fresh24's, fresh25's or
    fresh26's texts, tuning material since its blind look at the twenty-sixth session's
    start; ``fresh28``: days d653-d676, written on 2026-12-04 after fresh27's look by another
    such writer, ``days28``, who never read fresh25's, fresh26's or fresh27's texts, tuning
    material since its blind look at the twenty-seventh session's start; ``fresh29``: days
    d677-d700, written on 2026-12-04 after fresh28's look by another such writer, ``days29``,
    who never read fresh26's, fresh27's or fresh28's texts, tuning material since its blind
    look at the twenty-eighth session's start; ``fresh30``: days d701-d724, written on
    2026-12-04 while fresh29 had its look by another such writer, ``days30``, who never read
    fresh27's, fresh28's or fresh29's texts, tuning material since its blind look at the
    twenty-ninth session's start; ``fresh31``: days d725-d748, written on 2026-12-04 while
    fresh30 had its look by another such writer, ``days31``, who never read fresh28's,
    fresh29's or fresh30's texts, tuning material since its blind look at the thirtieth
    session's start; ``fresh32``: days d749-d772, written on 2026-12-04 after fresh31's look by
    another such writer, ``days32``, who never read fresh29's, fresh30's or fresh31's texts,
    tuning material since its blind look at the thirty-first session's start; ``fresh33``: days
    d773-d796, written on 2026-12-04 after fresh32's look by another such writer, ``days33``, who
    never read fresh30's, fresh31's or fresh32's texts, tuning material since its blind look at
    the thirty-second session's start; ``fresh34``: days d797-d820, written on 2026-12-05 after
    fresh33's look by another such writer, ``days34``, who never read fresh31's, fresh32's or
    fresh33's texts, tuning material since its blind look at the thirty-third session's start;
    ``fresh35``: days d821-d844, written on 2026-12-05 after fresh34's look by another such
    writer, ``days35``, who never read fresh32's, fresh33's or fresh34's texts, tuning
    material since its blind look at the thirty-fourth session's start; ``fresh36``: days
    d845-d868, written on 2026-12-05 after fresh35's look by another such writer, ``days36``, who
    never read fresh33's, fresh34's or fresh35's texts, tuning material since its blind look at
    the thirty-fifth session's start; ``fresh37``: days d869-d892, written on 2026-12-05 after
    fresh36's look by another such writer, ``days37``, who never read fresh34's, fresh35's or
    fresh36's texts, tuning material since its blind look at the thirty-sixth session's start;
    ``fresh38``: days d893-d916, written on 2026-12-05 while fresh37 had its look by another
    such writer, ``days38``, who never read fresh35's, fresh36's or fresh37's texts, tuning
    material since its blind look at the thirty-seventh session's start; ``fresh39``: days
    d917-d940, written on 2026-12-05 while fresh38 had its look by another such writer,
    ``days39``, who never read fresh36's, fresh37's or fresh38's texts, tuning material since
    its blind look at the thirty-eighth session's start; ``fresh40``: days d941-d964, written
    on 2026-12-05 while fresh39 had its look by another such writer, ``days40``, who never read
    fresh37's, fresh38's or fresh39's texts, tuning material since its blind look at the
    thirty-ninth session's start;
    ``fresh41``: days d965-d988, written on 2026-12-05 while fresh40 had its look by another
    such writer, ``days41``, who never read fresh38's, fresh39's or fresh40's texts, tuning
    material since its blind look at the fortieth session's start; ``fresh42``: days
    d989-d1012, written on 2026-12-05 after fresh41's look by another such writer, ``days42``,
    who never read fresh39's, fresh40's or fresh41's texts, tuning material since its
    blind look at the forty-first session's start; ``fresh43``: days d1013-d1036, written on
    2026-12-06 after fresh42's look by another such writer, ``days43``, who never read
    fresh40's, fresh41's or fresh42's texts, tuning material since its blind look at the
    forty-second session's start; ``fresh44``: days d1037-d1060, written on 2026-12-06 after
    fresh43's look by another such writer, ``days44``, who never read fresh41's, fresh42's or
    fresh43's texts, tuning material since its blind look at the forty-third session's start;
    ``fresh45``: days d1061-d1084, written on 2026-12-06 after fresh44's look by another such
    writer, ``days45``, who never read fresh42's, fresh43's or fresh44's texts, tuning material
    since its blind look at the forty-fourth session's start; ``fresh46``: days d1085-d1108,
    written on 2026-12-06 after fresh45's look by another such writer, ``days46``, who never
    read fresh43's, fresh44's or fresh45's texts, tuning material since its blind look at the
    forty-fifth session's start; ``fresh47``: days d1109-d1132, written on 2026-12-06 after
    fresh46's look by another such writer, ``days47``, who never read fresh44's, fresh45's or
    fresh46's texts, tuning material since its blind look at the forty-sixth session's start;
    ``fresh48``: days d1133-d1156, written on 2026-12-06 after fresh47's look by another such
    writer, ``days48``, who never read fresh45's, fresh46's or fresh47's texts, tuning material
    since its blind look at the forty-seventh session's start; ``fresh49``: days d1157-d1180,
    written on 2026-12-06 after fresh48's look by another such writer, ``days49``, who never read
    fresh46's, fresh47's or fresh48's texts, kept aside until its blind look at the next session's
    start)
    is clustered as one pool, and each day of days.jsonl also on its own, as a briefing groups a
    day (``per_day``: the articles as ``eval_offline.load_days`` hands them to the briefing, with
    their datelines, times and mixed order, then ``briefing.summarize.pipeline.group``, which
    removes recurring boilerplate and clusters); pairwise and B-cubed P/R/F1 per part. Until
    the forty-fourth session (fresh45's look included) each day was clustered without the
    articles' datelines and times, in the order of the data, and the recurring boilerplate
    kept: the figures docs/BENCHMARKS.md gives up to then were measured so. The pooled part
    reads the datelines too.
  * 1,000 synthetic articles (seeded) for timing.

Usage::

    python bench/eval_cluster.py                 # figures at the default thresholds
    python bench/eval_cluster.py --sweep         # story-threshold and near-dup-threshold sweep
    python bench/eval_cluster.py --tune-only     # while tuning: no KEPT_ASIDE part shown
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from data_parts import KEPT_ASIDE, SPLITS
from eval_offline import Day, load_days

from briefing.clean import clean_text, opening_dateline
from briefing.cluster import DEFAULT_STORY_THRESHOLD, Clustering, cluster
from briefing.models import Article
from briefing.summarize.pipeline import group

ROOT = Path(__file__).resolve().parent
LABELLED = ROOT / "data" / "cluster" / "articles.txt"
SEED = ROOT / "data" / "cluster" / "seed_000.txt"
HELD_OUT = ROOT / "data" / "eval"
DAYS = ROOT / "data" / "offline" / "days.jsonl"
EXTRA = ROOT / "data" / "cluster" / "extra.jsonl"
# Gold stories of the held-out digest file: the digest (c7a) belongs to the story it leads with.
HELD_OUT_DIGEST = {"c7a": "kenya", "c7b": "kenya", "c7c": "floods", "c7d": "equinor"}

Pairs = set[tuple[str, str]]


def load_labelled(path: Path = LABELLED) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Articles, gold story per article id, gold near-duplicate (dup id -> original id)."""
    articles: list[Article] = []
    story: dict[str, str] = {}
    dup_key: dict[str, str] = {}
    by_key: dict[str, str] = {}
    blocks = re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        header, _, text = block.partition("\n")
        fields = dict(part.split(": ", 1) for part in header.split(" | "))
        art = Article.create(
            title=fields["title"],
            text=text.strip(),
            source=f"{path.name}#{fields['key']}",
            outlet=fields["outlet"],
            published_at=dt.datetime.fromisoformat(fields["published"]),
        )
        articles.append(art)
        by_key[fields["key"]] = art.id
        story[art.id] = fields["story"]
        if "dup_of" in fields:
            dup_key[art.id] = fields["dup_of"]
    near = {dup: by_key[orig] for dup, orig in dup_key.items()}
    return articles, story, near


def load_held_out(folder: Path = HELD_OUT) -> tuple[list[Article], dict[str, str]]:
    articles: list[Article] = []
    story: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        blocks = re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        for block in blocks:
            header, _, text = block.partition("\n")
            fields = dict(part.split(": ", 1) for part in header.split(" | "))
            art = Article.create(
                title=fields["title"], text=text.strip(), source=path.name, outlet=fields["outlet"]
            )
            articles.append(art)
            story[art.id] = HELD_OUT_DIGEST.get(fields["id"], path.stem)
    return articles, story


def load_grouping(split: str) -> tuple[list[Article], dict[str, str]]:
    """The grouping set's ``split`` part (one of ``SPLITS``): articles, their text as ingestion
    stores it (``clean_text``), and gold stories."""
    records: list[tuple[str, dict[str, str]]] = []
    for line in DAYS.read_text(encoding="utf-8").splitlines():
        day = json.loads(line)
        records += [
            (f"{day['date']}T12:00:00+00:00", a) for a in day["articles"] if day["split"] == split
        ]
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["split"] == split:
            records.append(("2031-05-14T12:00:00+00:00", item))
    articles, gold = [], {}
    for when, item in records:
        art = Article.create(
            title=item["title"],
            text=clean_text(
                item["text"], outlet=item["outlet"]
            ),  # as ingestion stores it, as each day is clustered
            source=item["id"],
            outlet=item["outlet"],
            published_at=dt.datetime.fromisoformat(when),
            dateline=opening_dateline(item["text"]),  # as ``article_from_draft`` reads it
        )
        articles.append(art)
        gold[art.id] = item["story"]
    return articles, gold


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision/recall/F1 (Bagga & Baldwin 1998) over the items of ``gold``."""

    def members(labels: Mapping[str, str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for item, label in labels.items():
            out.setdefault(label, set()).add(item)
        return out

    by_pred, by_gold = members(pred), members(gold)
    p = r = 0.0
    for item in gold:
        same_p, same_g = by_pred[pred[item]], by_gold[gold[item]]
        both = len(same_p & same_g)
        p += both / len(same_p)
        r += both / len(same_g)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def per_day(split: str, days: Sequence[Day], story_threshold: float, near_threshold: float) -> Part:
    """Each of the part's days grouped on its own, as a briefing groups it: the articles as
    ``eval_offline.load_days`` gives them to the briefing (cleaned, with their datelines and
    times, in its mixed order), then ``briefing.summarize.pipeline.group`` (the recurring
    boilerplate removed, then ``cluster``); an article that was nothing but that boilerplate
    is a story of its own. Pairwise and B-cubed over all the part's days, and single-story
    days split into several stories."""
    pred: dict[str, str] = {}
    gold: dict[str, str] = {}
    single = split_single = 0
    for day in days:
        res, emptied = group(
            day.articles, story_threshold=story_threshold, near_dup_threshold=near_threshold
        )
        labels = story_labels(res)
        labels.update({aid: f"emptied {aid}" for aid in emptied})
        pred.update({aid: f"{day.name}/{labels[aid]}" for aid in day.gold})
        gold.update({aid: f"{day.name}/{story}" for aid, story in day.gold.items()})
        if len(set(day.gold.values())) == 1:
            single += 1
            split_single += len(set(labels[aid] for aid in day.gold)) > 1
    print(
        f"grouping set, {split} part, each day on its own: {len(gold)} articles; "
        f"single-story days split: {split_single} of {single}"
    )
    pairwise = prf(same_pairs(pred), same_pairs(gold))
    print(line("pairwise", pairwise, "story pairs"))
    print(line("B-cubed", bcubed(pred, gold), "per article"))
    return Part(len(gold), pairwise[0], pairwise[1], split_single, single)


@dataclass(frozen=True)
class Part:
    """A part's pairwise figures, for the line over all parts."""

    articles: int
    p: float
    r: float
    split: int = 0
    single: int = 0


def weighted(parts: list[Part]) -> tuple[float, float]:
    """The parts' pairwise P and R as printed (three decimals), each weighted by its articles:
    the figure docs/BENCHMARKS.md has reported for all parts since the twenty-fifth session."""
    n = sum(part.articles for part in parts) or 1
    return (
        sum(round(part.p, 3) * part.articles for part in parts) / n,
        sum(round(part.r, 3) * part.articles for part in parts) / n,
    )


def grouping(story_threshold: float, near_threshold: float, splits: tuple[str, ...]) -> None:
    by_split: dict[str, list[Day]] = {}
    for day in load_days(tuning_only=any(s not in splits for s in KEPT_ASIDE)):
        by_split.setdefault(day.split, []).append(day)
    days: list[Part] = []
    pools: list[Part] = []
    for split in splits:
        days.append(per_day(split, by_split.get(split, []), story_threshold, near_threshold))
        arts, gold = load_grouping(split)
        res = cluster(arts, story_threshold=story_threshold, near_dup_threshold=near_threshold)
        pred = story_labels(res)
        print(
            f"grouping set, {split} part: {len(arts)} articles, {len(set(gold.values()))} gold "
            f"stories, {len(res.stories)} predicted"
        )
        pairwise = prf(same_pairs(pred), same_pairs(gold))
        print(line("pairwise", pairwise, "story pairs"))
        print(line("B-cubed", bcubed(pred, gold), "per article"))
        pools.append(Part(len(arts), pairwise[0], pairwise[1]))
    if len(days) > 1:
        (dp, dr), (pp, pr) = weighted(days), weighted(pools)
        print(
            f"all {len(days)} parts (their pairwise figures weighted by articles): each day on its "
            f"own P={dp:.4f} R={dr:.4f}; a part's days pooled P={pp:.4f} R={pr:.4f}; "
            f"single-story days split: {sum(d.split for d in days)} of "
            f"{sum(d.single for d in days)}"
        )


def same_pairs(labels: Mapping[str, str]) -> Pairs:
    groups: dict[str, list[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, []).append(item)
    return {
        (a, b) for members in groups.values() for a, b in itertools.combinations(sorted(members), 2)
    }


def prf(predicted: Pairs, gold: Pairs) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def story_labels(result: Clustering) -> dict[str, str]:
    labels = {aid: s.id for s in result.stories for aid in s.article_ids}
    for dup, rep in result.near_duplicates.items():
        labels[dup] = labels[rep]
    return labels


def near_labels(ids: Iterable[str], near: Mapping[str, str]) -> dict[str, str]:
    return {i: near.get(i, i) for i in ids}


def synthetic(n: int, *, seed: int = 0) -> list[Article]:
    """n articles about n // 10 events; every 10th is a lightly edited copy of another."""
    rng = random.Random(seed)
    common = [f"w{i}" for i in range(2000)]
    events = [
        [f"Name{e}x{k}" for k in range(12)] + [f"topic{e}y{k}" for k in range(20)]
        for e in range(max(1, n // 10))
    ]
    out: list[Article] = []
    start = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    for i in range(n):
        if i % 10 == 9 and out:
            base = out[rng.randrange(len(out))]
            words = base.text.split()
            words[rng.randrange(len(words))] = "edited"
            text = " ".join(words) + " Reporting by Staff."
        else:
            vocab = events[rng.randrange(len(events))]
            words = [
                rng.choice(vocab) if rng.random() < 0.3 else rng.choice(common)
                for _ in range(rng.randint(150, 400))
            ]
            text = " ".join(words) + "."
        out.append(
            Article.create(
                title=f"Article {i}",
                text=text,
                source=f"synthetic#{i}",
                outlet=f"Outlet {i % 17}",
                published_at=start + dt.timedelta(minutes=i),
            )
        )
    return out


def line(name: str, scores: tuple[float, float, float], note: str) -> str:
    p, r, f = scores
    return f"  {name:<14} P={p:.3f} R={r:.3f} F1={f:.3f}  ({note})"


def report(story_threshold: float, near_threshold: float) -> None:
    opts = {"story_threshold": story_threshold, "near_dup_threshold": near_threshold}
    articles, gold_story, gold_near = load_labelled()
    result = cluster(articles, **opts)
    ids = [a.id for a in articles]
    stories = prf(same_pairs(story_labels(result)), same_pairs(gold_story))
    near = prf(
        same_pairs(near_labels(ids, result.near_duplicates)),
        same_pairs(near_labels(ids, gold_near)),
    )
    print(f"labelled set: {len(articles)} articles, {len(set(gold_story.values()))} gold stories")
    print(line("stories", stories, f"{len(result.stories)} predicted"))
    print(line("near-dups", near, f"{len(result.near_duplicates)} found"))
    for name, (arts, gold) in {
        "seed page (bench/data/cluster/seed_000.txt)": load_labelled(SEED)[:2],
        "held-out set (bench/data/eval)": load_held_out(),
    }.items():
        if not arts:
            continue
        res = cluster(arts, **opts)
        scores = prf(same_pairs(story_labels(res)), same_pairs(gold))
        print(f"{name}: {len(arts)} articles, {len(set(gold.values()))} gold stories")
        print(line("stories", scores, f"{len(res.stories)} predicted"))


def timing(n: int) -> None:
    arts = synthetic(n)
    t0 = time.perf_counter()
    result = cluster(arts)
    elapsed = time.perf_counter() - t0
    print(
        f"synthetic: {n} articles in {elapsed:.2f}s -> {len(result.near_duplicates)} near-dups, "
        f"{len(result.stories)} stories"
    )


def sweep() -> None:
    articles, gold_story, gold_near = load_labelled()
    held, held_gold = load_held_out()
    print("story_threshold  labelled P/R/F1        held-out P/R/F1")
    for thr in [x / 100 for x in range(8, 42, 2)]:
        lp = prf(
            same_pairs(story_labels(cluster(articles, story_threshold=thr))), same_pairs(gold_story)
        )
        hp = (
            prf(same_pairs(story_labels(cluster(held, story_threshold=thr))), same_pairs(held_gold))
            if held
            else (0.0, 0.0, 0.0)
        )
        print(
            f"  {thr:.2f}           {lp[0]:.2f} {lp[1]:.2f} {lp[2]:.3f}      "
            f"{hp[0]:.2f} {hp[1]:.2f} {hp[2]:.3f}"
        )
    ids = [a.id for a in articles]
    print("near_dup_threshold  P/R/F1")
    for thr in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]:
        res = cluster(articles, near_dup_threshold=thr)
        p, r, f = prf(
            same_pairs(near_labels(ids, res.near_duplicates)),
            same_pairs(near_labels(ids, gold_near)),
        )
        print(f"  {thr:.2f}              {p:.2f} {r:.2f} {f:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--story-threshold", type=float, default=DEFAULT_STORY_THRESHOLD)
    parser.add_argument("--near-dup-threshold", type=float, default=0.8)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles for timing")
    parser.add_argument(
        "--tune-only", action="store_true", help="while tuning: no kept-aside figure shown"
    )
    args = parser.parse_args(argv)
    if args.sweep:
        sweep()
    report(args.story_threshold, args.near_dup_threshold)
    splits = tuple(s for s in SPLITS if not (args.tune_only and s in KEPT_ASIDE))
    grouping(args.story_threshold, args.near_dup_threshold, splits)
    timing(args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
