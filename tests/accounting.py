"""The project's promise that nothing is lost, as one test helper: every article that went in is
cited by a bullet or left out with a reason, never both."""

from __future__ import annotations

from collections.abc import Iterable

from briefing.models import Briefing

__all__ = ["accounted"]


def accounted(briefing: Briefing, ids: Iterable[str] | None = None) -> set[str]:
    """Assert that each of ``ids`` (default: the briefing's own articles) is cited or left out
    with a reason, and none is both; return the cited ids."""
    expected = {a.id for a in briefing.articles} if ids is None else set(ids)
    cited = {i for s in briefing.sections for b in s.bullets for i in b.source_ids}
    left = {x.id for x in briefing.left_out}
    assert cited | left == expected, (sorted(expected - cited - left), sorted(cited | left))
    assert not cited & left, sorted(cited & left)
    assert all(x.reason.strip() for x in briefing.left_out)
    return cited
