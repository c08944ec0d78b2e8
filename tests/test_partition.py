"""join_groups: groups joined by pairs, transitively, in the order of their first part."""

from __future__ import annotations

from briefing.partition import join_groups


def test_pairs_join_groups_transitively_in_the_order_of_their_first_part() -> None:
    groups = [["a"], ["b", "c"], ["d"], ["e"], ["f"]]
    assert join_groups(groups, [(3, 1), (4, 3)]) == [["a"], ["b", "c", "e", "f"], ["d"]]
    assert join_groups(groups, [(2, 0), (0, 2), (4, 4)]) == [["a", "d"], ["b", "c"], ["e"], ["f"]]
    assert join_groups(groups, []) == [list(g) for g in groups]
    assert join_groups([], []) == []
