"""The line over all parts that bench/eval_cluster.py prints: each part's pairwise figures as
printed, weighted by its articles (the all-parts figure docs/BENCHMARKS.md reports)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_cluster import Part, weighted


def test_parts_weigh_by_their_articles() -> None:
    p, r = weighted([Part(100, 1.0, 0.9), Part(300, 0.96, 0.8)])
    assert p == pytest.approx(0.97) and r == pytest.approx(0.825)


def test_figures_are_weighed_as_printed() -> None:
    # 0.95349 prints as 0.953: the line agrees with the part lines a reader adds up by hand
    assert weighted([Part(117, 0.95349, 0.87651)]) == pytest.approx((0.953, 0.877))


def test_no_part_no_division_by_zero() -> None:
    assert weighted([]) == (0.0, 0.0)
