"""How many conflicts ``briefing.conflicts.find_conflicts`` reports on the repository's news text:
the stories of ``examples/`` (clustered as a run clusters them) and of the bench days
(``bench/data/offline/days.jsonl``, grouped by their labelled story; the parts in
``data_parts.KEPT_ASIDE`` are skipped, as nothing of the pipeline may run on them). A change
to the detector is measured by this count before and after: new conflicts are listed so that
each can be read (a real disagreement between outlets, or a false alarm).

    python bench/conflict_count.py            # counts, and every conflict found
    python bench/conflict_count.py --quiet    # counts only
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_offline import load_days

from briefing.cluster import cluster
from briefing.conflicts import find_conflicts
from briefing.ingest import ingest
from briefing.models import Article, Conflict

ROOT = Path(__file__).resolve().parent.parent


def _example_stories() -> Iterator[tuple[str, list[Article]]]:
    articles = ingest([str(ROOT / "examples")]).articles
    clustering = cluster(articles)
    by_id = {a.id: a for a in articles}
    for story in clustering.stories:
        ids = set(story.article_ids)
        ids |= {d for d, rep in clustering.near_duplicates.items() if rep in ids}
        yield f"examples/{story.id[:8]}", [a for a in articles if a.id in ids and a.id in by_id]


def _day_stories() -> Iterator[tuple[str, list[Article]]]:
    for day in load_days(tuning_only=True):  # nothing of the pipeline runs on a kept-aside part
        stories: dict[str, list[Article]] = {}
        for article in day.articles:
            stories.setdefault(day.gold[article.id], []).append(article)
        for name, articles in stories.items():
            yield f"{day.name}/{name}", articles


def _show(where: str, conflict: Conflict) -> str:
    values = "; ".join(f"{v.value} ({v.sentence[:70]}…)" for v in conflict.values)
    return f"  {where}: {conflict.about}: {values}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    for label, stories in (("examples/", _example_stories()), ("bench days", _day_stories())):
        found = [(where, c) for where, arts in stories for c in find_conflicts(arts)]
        print(f"{label}: {len(found)} conflicts")
        if not args.quiet:
            for where, conflict in found:
                print(_show(where, conflict))


if __name__ == "__main__":
    main()
