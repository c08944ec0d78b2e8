"""Named apart: two stories whose headlines name different things are not merged into one.

Average linkage merges two groups when their articles are close on average. Two events of one
kind on one day (nurses' strikes in New Zealand and in Ontario, two central banks' rate
decisions, two wildfires) share their topic's words, and when the day is large those words are
rare in it and weigh much: "nurses" and "strike" made the two strikes one story when the
grouping set's fresh4 days were pooled (105 articles), though each day on its own kept them
apart. What tells them apart is what their headlines name: "New Zealand nurses begin 48-hour
national strike" and "Picket lines at Toronto hospitals as nurses strike". So two groups of two
or more articles are not merged when

* the headlines of each name something (``briefing.angles.headline_names``: capitalised words
  other than a headline's first, or a place), and
* no name of either is said in the other's headlines and leads (a demonym counts as its
  place: "Kenyan" for "Kenya").

A lone article is never held back (an angle piece's headline may name what the story's leads
do not yet say), and reports of one event name the same place, firm or person somewhere in
their leads. On the grouping set this changes one merge: the pooled fresh4 part's two
nurses' strikes (pairwise precision 0.965 -> 0.993, recall unchanged); nothing else, per day or
pooled, at the story threshold or stricter ones (docs/BENCHMARKS.md).

Each group's names (with their demonym roots) and its headline-and-lead words are kept as sets
and merged smaller into larger, so the bookkeeping is O(n log n) set insertions; a check
costs the smaller of the sets it compares.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.angles import headline_names, lead_text, roots
from briefing.features import terms
from briefing.models import Article

__all__ = ["NamedApart"]


class NamedApart:
    """The veto of ``briefing.stories.group_stories`` over ``arts``: groups are known by the
    ids that ``group_stories`` gives them (an article's index, then the id a merge keeps)."""

    def __init__(self, arts: Sequence[Article]) -> None:
        self._names: dict[int, set[str]] = {}
        self._said: dict[int, set[str]] = {}
        self._size: dict[int, int] = {}
        for i, art in enumerate(arts):
            self._names[i] = {r for n in headline_names(art.title) or () for r in roots(n)}
            self._said[i] = set(terms(lead_text(art)))
            self._size[i] = 1

    def veto(self, a: int, b: int) -> bool:
        """Whether groups ``a`` and ``b`` name different things (see the module docstring)."""
        if self._size[a] < 2 or self._size[b] < 2:
            return False
        names_a, names_b = self._names[a], self._names[b]
        if not names_a or not names_b:
            return False
        return names_a.isdisjoint(self._said[b]) and names_b.isdisjoint(self._said[a])

    def merged(self, keep: int, gone: int) -> None:
        """Group ``gone`` was merged into ``keep``."""
        for sets in (self._names, self._said):
            small, large = sorted((sets.pop(gone), sets[keep]), key=len)
            large |= small
            sets[keep] = large
        self._size[keep] += self._size.pop(gone)
