"""What a blind look reads day by day: each day's sections and the gold stories their bullets
cite, a story in several sections, the grouping's wrong joins (a predicted story holding two
gold ones) and splits (a gold story in two predicted ones), and the junk lines left and news
lines lost by cleaning.

    python bench/look_days.py 845 868            # days d845-d868, if no part of them is aside
    python bench/look_days.py 869 892 --blind    # a kept-aside part's days: its one look only

A day of a part in ``KEPT_ASIDE`` is refused unless ``--blind`` is given, so that this
diagnostic cannot become a second look. The grouping is the one a briefing makes
(``briefing.summarize.pipeline.group`` on the cleaned articles of one day: the sentences that
recur across unrelated articles removed, then ``cluster``; an article that was nothing but such
sentences is a group of its own), as ``eval_cluster``'s per-day figures read it. Until the
forty-seventh session it was ``cluster`` alone, which kept one site's masthead and front-page
lines on each of its pages and so could join that site's unrelated stories (fresh48's d1151),
a join the briefing never made.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from data_parts import KEPT_ASIDE
from eval_cluster import story_labels
from eval_offline import DATA, Day, junk_left_lines, load_days, news_lost, run_ours, spread

from briefing.cluster import Clustering
from briefing.summarize.pipeline import group


def _members(result: Clustering) -> list[list[str]]:
    """Each predicted story's article ids, its near-duplicates with it (``story_labels``)."""
    by_story: dict[str, list[str]] = defaultdict(list)
    for article, story in story_labels(result).items():
        by_story[story].append(article)
    return list(by_story.values())


def groups(day: Day) -> list[list[str]]:
    """The day's groups as its briefing makes them (``pipeline.group``), each as its article ids
    with their near-duplicates; an article emptied as recurring boilerplate stands alone."""
    result, emptied = group(day.articles)
    return _members(result) + [[i] for i in sorted(emptied)]


def report(day: Day) -> list[str]:
    briefing = run_ours(day)
    label = {a.id: f"{a.outlet}: {a.title[:50]}" for a in day.articles}
    out = [
        f"== {day.name}: {len(set(day.gold.values()))} gold stories, {len(day.articles)} "
        f"articles, {len(briefing.sections)} sections"
    ]
    for k, section in enumerate(briefing.sections, 1):
        cites: dict[str, int] = defaultdict(int)
        for bullet in section.bullets:
            for i in bullet.source_ids:
                if i in day.gold:
                    cites[day.gold[i]] += 1
        out.append(f"  §{k} [{len(section.bullets)}] {section.title[:70]!r} <- {dict(cites)}")
    stories, fragments = spread(day, briefing)
    out += [f"  in several sections: {story}" for story in stories]
    out += [f"  fragment ({n}): {title[:80]}" for title, n in fragments]
    found = groups(day)
    homes: dict[str, list[int]] = defaultdict(list)
    for g, ids in enumerate(found):
        golds = sorted({day.gold[i] for i in ids})
        for story in golds:
            homes[story].append(g)
        if len(golds) > 1:
            out.append("  WRONG JOIN: " + " | ".join(f"{day.gold[i]} <- {label[i]}" for i in ids))
    for story, gs in homes.items():
        if len(gs) > 1:
            apart = [" + ".join(label[i] for i in found[g] if day.gold[i] == story) for g in gs]
            out.append(f"  SPLIT {story}: " + "  //  ".join(f"[{a}]" for a in apart))
    out += [f"  junk left: {line[:120]}" for line in junk_left_lines(day)]
    out += [f"  news lost: {line[:120]}" for line in news_lost(day)]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("first", type=int, help="first day's number (845 for d845)")
    parser.add_argument("last", type=int, help="last day's number")
    parser.add_argument("--blind", action="store_true", help="allow a kept-aside part's days")
    args = parser.parse_args(argv)
    records = [
        line
        for line in DATA.read_text(encoding="utf-8").splitlines()
        if args.first <= int(json.loads(line)["day"].lstrip("d")) <= args.last
    ]
    aside = sorted({json.loads(line)["split"] for line in records} & set(KEPT_ASIDE))
    if aside and not args.blind:
        print(f"refused: {', '.join(aside)} is kept aside (--blind for its one look)")
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as chosen:
        chosen.write("\n".join(records) + "\n")
        chosen.flush()
        days = load_days(Path(chosen.name))  # only these days' articles are cleaned
    for day in days:
        print("\n".join(report(day)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
