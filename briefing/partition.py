"""Groups joined by pairs: a union-find over the indices of a list of groups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

__all__ = ["join_groups"]

T = TypeVar("T")


def join_groups(groups: Sequence[Sequence[T]], pairs: Iterable[tuple[int, int]]) -> list[list[T]]:
    """``groups`` with the two groups of every pair (indices into ``groups``) joined, and so on
    transitively. A joined group is its parts in their order, placed where its first part was."""
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    merged: dict[int, list[T]] = {}
    for g, group in enumerate(groups):
        merged.setdefault(root(g), []).extend(group)
    return list(merged.values())
