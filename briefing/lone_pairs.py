"""Lone pairs: two articles each left on its own, each the other's nearest, and whose headlines
name the event in a word of their own, are one story.

Average linkage pairs two articles only when they are as close as the story threshold. Two
reports of one event by different outlets can be less close than that when they tell it from
different sides (the deal that ended a rail strike, and the farmers relieved by it; a cartel's
output cut, and a minister defending it; an olive oil export record, and the growers who want
more of it), and then each is left on its own although the other is plainly its nearest
article of the day. So two lone articles join when

* each is the other's nearest: the strongest edge of each in the grouping's similarity graph
  (``briefing.stories.story_graph``), to any article of the day, is the one between them;
* their headlines share a content word that is not a place ("rail", "swarms", "olive",
  "SkyEuro"): two pieces that are only each other's least distant neighbour say different
  things ("Fares, timetable: what to know about the new SGR" and "German train drivers call
  24-hour strike" were each other's nearest when the grouping set's days were pooled); and
* their headlines do not name different places: when both headlines name a place (a country
  or language name, or a word that begins with one: ``briefing.angles.is_place``), one of
  them is in the other's headline or lead. Two budget fights, strikes or wildfires on one day
  share their topic's words but happen in different countries ("Pakistan unveils tax-heavy
  budget" and "Belgium's budget talks collapse").

Pairs are read from the graph's edges, so the work is linear in the number of edges.

On the grouping set (``bench/eval_cluster.py``), each day on its own, this paired the halves
of eleven stories (pairwise recall of the fresh part 0.36 -> 0.52, fresh2 0.96 -> 1.00, fresh5
0.88 -> 0.90), with precision unchanged on every part, also with each part's days pooled
(docs/BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.angles import headline_words, is_place, lead_text
from briefing.features import terms
from briefing.models import Article
from briefing.partition import join_groups

__all__ = ["pair_lone"]


def _nearest(edges: Mapping[tuple[int, int], float]) -> dict[int, int]:
    """Each article's nearest article: its strongest edge (ties to the lower index)."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), sim in edges.items():
        for a, b in ((i, j), (j, i)):
            if (sim, -b) > best.get(a, (-1.0, 0)):
                best[a] = (sim, -b)
    return {a: -b for a, (_, b) in best.items()}


def _same_event(a: Article, b: Article) -> bool:
    """Their headlines share a content word that is not a place, and do not name different
    places (see the module docstring)."""
    head_a, head_b = headline_words(a.title), headline_words(b.title)
    if not {w for w in head_a & head_b if not is_place(w)}:
        return False
    places_a = {w for w in head_a if is_place(w)}
    places_b = {w for w in head_b if is_place(w)}
    if not places_a or not places_b:
        return True
    return bool(places_a & set(terms(lead_text(b)))) or bool(places_b & set(terms(lead_text(a))))


def pair_lone(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with each two lone articles that are each other's
    nearest and name the same event joined; ``edges`` is the grouping's similarity graph."""
    home = {i: g for g, members in enumerate(groups) for i in members}
    nearest = _nearest(edges)
    pairs = [
        (home[i], home[j])
        for i, j in sorted(nearest.items())
        if i < j
        and nearest.get(j) == i
        and len(groups[home[i]]) == 1
        and len(groups[home[j]]) == 1
        and _same_event(arts[i], arts[j])
    ]
    return [sorted(g) for g in join_groups(groups, pairs) if g]
