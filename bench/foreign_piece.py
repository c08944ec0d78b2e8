"""How often grouping puts an article of another day into a single-story day's story: the cost
side of the rules that let a lone piece join a story that holds the day
(``briefing.day_story``, ``briefing.story_links``).

For every single-story day of three or more articles in the bench days
(``bench/data/offline/days.jsonl``; the parts in ``data_parts.KEPT_ASIDE`` are skipped), a
seeded random sample of articles from the other days is taken; each is added to the day on its
own and the day is grouped as a briefing groups it (``briefing.cluster.cluster``). An article
grouped with anything of the day counts as joined: a piece of another event told as part of
this one. Most such articles are of another topic; a few are of the same topic elsewhere (a
storm, a strike), which is where a rule that reads the day's words can go wrong.

    python bench/foreign_piece.py                 # the count, and each joined article
    python bench/foreign_piece.py --per-day 4     # a smaller sample
    python bench/foreign_piece.py --pair          # two reports of one other story each time

With ``--pair``, each try adds two articles of one story of another day (a story of two or
more articles, two of them drawn at random): the cost side of letting a pair of pieces join a
story that holds the day. The pair counts as joined when either of its articles is grouped with
the day's.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data_parts import tuning

from briefing.clean import clean_text
from briefing.cluster import cluster
from briefing.models import Article

DAYS = Path(__file__).resolve().parent / "data" / "offline" / "days.jsonl"


def _article(raw: dict[str, Any]) -> Article:
    return Article.create(
        title=raw["title"],
        text=clean_text(raw["text"], outlet=raw["outlet"]),
        source=raw["id"],
        outlet=raw["outlet"],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-day", type=int, default=8, help="articles tried on each day")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--pair", action="store_true", help="add two articles of one other story per try"
    )
    args = parser.parse_args(argv)
    with DAYS.open(encoding="utf-8") as fh:
        days = [json.loads(line) for line in fh]
    days = [d for d in days if tuning(d["split"])]
    single = [
        d for d in days if len({a["story"] for a in d["articles"]}) == 1 and len(d["articles"]) >= 3
    ]
    rng = random.Random(args.seed)
    pool: list[list[dict[str, Any]]]
    if args.pair:
        pool = []
        for d in days:
            stories: dict[str, list[dict[str, Any]]] = {}
            for a in d["articles"]:
                stories.setdefault(a["story"], []).append(a)
            pool.extend(members for members in stories.values() if len(members) >= 2)
    else:
        pool = [[a] for d in days for a in d["articles"]]
    joined = tried = 0
    for day in single:
        base = [_article(a) for a in day["articles"]]
        ids = {a.id for a in base}
        for members in rng.sample(pool, args.per_day):
            raws = rng.sample(members, 2) if args.pair else members
            if raws[0]["id"].split("-")[0] == day["day"]:
                continue
            foreign = [_article(raw) for raw in raws]
            tried += 1
            stories = cluster([*base, *foreign]).stories
            if any(
                ids.intersection(s.article_ids) and any(f.id in s.article_ids for f in foreign)
                for s in stories
            ):
                joined += 1
                print(f"joined {day['day']} <- {raws[0]['id']}: {raws[0]['title'][:70]}")
    what = "pairs" if args.pair else "articles"
    print(f"{what} of another day grouped with a single-story day's story: {joined} of {tried}")
    print(f"({len(single)} single-story days of 3+ articles, {args.per_day} tried on each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
