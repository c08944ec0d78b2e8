"""Evaluate a learned join of lone pieces (``bench/join_features.py``), held out part by part.

For each day of the grouping set (bench/data/offline/days.jsonl, never a ``KEPT_ASIDE`` part),
the day is grouped by ``briefing.cluster`` as it is without the learned join; every article left
on its own (a *lone piece*) is a candidate against every story of two or more articles of the
day, labelled 1 when the piece's gold story is the story's (its members' most common gold
story). For each held-out part P (``--held-out``, fresh20..fresh29 by default) a logistic
regression is fitted on every other tuning part, its threshold picked on those training parts
only (the lowest probability at which the training joins are still >= ``--precision`` right:
the highest join recall at that precision), and applied to P: single-story days split before
and after, per-day pairwise P/R, joins right and wrong, and lone gold stories (a story of one
article on its day) wrongly joined.

Usage::

    python bench/eval_joins.py                  # the held-out table, pooled over the parts
    python bench/eval_joins.py --cache /tmp/j.pkl   # keep the day groupings between runs
    python bench/eval_joins.py --blind fresh30  # one part alone, fitted on every other (run
                                                # once at fresh30's blind look, as its rule said)
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from data_parts import KEPT_ASIDE, SPLITS
from join_features import (
    FEATURE_NAMES,
    JoinModel,
    Piece,
    candidate_features,
    day_pieces,
    join_lone,
    probability,
)

from briefing.clean import clean_text
from briefing.cluster import cluster
from briefing.features import Vector
from briefing.models import Article
from briefing.stories import vectorise

ROOT = Path(__file__).resolve().parent
DAYS = ROOT / "data" / "offline" / "days.jsonl"
HELD_OUT = tuple(f"fresh{n}" for n in range(20, 30))
PRECISION = 0.97
L2 = 1.0


@dataclass(frozen=True)
class DayState:
    """One day as ``cluster`` groups it without the learned join."""

    split: str
    day: str
    reps: list[Article]  # the articles kept (near-duplicates left out), by id
    gold: list[str]  # gold story per kept article
    dup_gold: list[tuple[int, str]]  # per near-duplicate: its kept article, its gold story
    groups: list[list[int]]
    mixed: list[Vector]
    heads: list[Vector]
    pieces: list[Piece]


def tuning_parts() -> tuple[str, ...]:
    return tuple(s for s in SPLITS if s not in KEPT_ASIDE)


def day_state(split: str, day: str, records: Sequence[dict[str, str]]) -> DayState:
    arts = [
        Article.create(
            title=a["title"],
            text=clean_text(a["text"], outlet=a["outlet"]),
            source=a["id"],
            outlet=a["outlet"],
        )
        for a in records
    ]
    gold_of = {art.id: a["story"] for art, a in zip(arts, records, strict=True)}
    res = cluster(arts)
    reps = sorted(res.articles, key=lambda a: a.id)
    index = {a.id: k for k, a in enumerate(reps)}
    groups = [sorted(index[i] for i in s.article_ids) for s in res.stories]
    vectors = vectorise(reps)
    return DayState(
        split=split,
        day=day,
        reps=reps,
        gold=[gold_of[a.id] for a in reps],
        dup_gold=[(index[rep], gold_of[dup]) for dup, rep in sorted(res.near_duplicates.items())],
        groups=groups,
        mixed=vectors.mixed,
        heads=vectors.heads,
        pieces=day_pieces(reps),
    )


def load_states(splits: Sequence[str], cache: Path | None = None) -> list[DayState]:
    """Every day of ``splits`` grouped (never a kept-aside part), from ``cache`` when given."""
    splits = tuple(s for s in splits if s not in KEPT_ASIDE)
    if cache is not None and cache.exists():
        states = [DayState(*row) for row in pickle.loads(cache.read_bytes())]
        if {s.split for s in states} >= set(splits):
            return [s for s in states if s.split in splits]
    states = []
    for raw in DAYS.read_text(encoding="utf-8").splitlines():
        day = json.loads(raw)
        if day["split"] in splits:
            states.append(day_state(day["split"], day["day"], day["articles"]))
    if cache is not None:
        rows = [tuple(getattr(s, f.name) for f in fields(DayState)) for s in states]
        cache.write_bytes(pickle.dumps(rows))  # plain rows: readable from any entry point
    return states


def part_states(part: str, path: Path = DAYS) -> list[DayState]:
    """Every day of ``part`` grouped, kept aside or not: for a part's one blind look only
    (``--blind``), never while tuning."""
    states = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        day = json.loads(raw)
        if day["split"] == part:
            states.append(day_state(part, day["day"], day["articles"]))
    return states


def majority(gold: Sequence[str], group: Sequence[int]) -> str:
    counts = Counter(gold[i] for i in group)
    return min(counts, key=lambda g: (-counts[g], g))


def candidates(state: DayState) -> Iterator[tuple[int, int, list[float], int]]:
    """(lone piece, index of a story of two or more in ``state.groups``, features, label)."""
    cents: dict[int, Vector] = {}
    for g in state.groups:
        if len(g) != 1:
            continue
        for k, s in enumerate(state.groups):
            if len(s) < 2:
                continue
            x = candidate_features(
                g[0], s, state.groups, state.pieces, state.mixed, state.heads, cents
            )
            yield g[0], k, x, int(state.gold[g[0]] == majority(state.gold, s))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a x = b`` by Gaussian elimination with partial pivoting (a small dense system)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(xs: Sequence[Sequence[float]], ys: Sequence[int], *, l2: float = L2) -> JoinModel:
    """Logistic regression by Newton's method on standardised features with an L2 penalty
    (bias not penalised); the weights returned on the raw scale, threshold 0.5."""
    d = len(xs[0])
    mean = [sum(x[j] for x in xs) / len(xs) for j in range(d)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / len(xs)) or 1.0 for j in range(d)]
    zs = [[1.0] + [(x[j] - mean[j]) / sd[j] for j in range(d)] for x in xs]
    w = [0.0] * (d + 1)
    for _ in range(50):
        grad = [l2 * w[j] if j else 0.0 for j in range(d + 1)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d + 1)] for i in range(d + 1)]
        for z, y in zip(zs, ys, strict=True):
            s = sum(wi * zi for wi, zi in zip(w, z, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, s))))
            g = p - y
            h = p * (1.0 - p)
            for i in range(d + 1):
                grad[i] += g * z[i]
                hz = h * z[i]
                row = hess[i]
                for j in range(i, d + 1):
                    row[j] += hz * z[j]
        for i in range(d + 1):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    weights = tuple(w[j + 1] / sd[j] for j in range(d))
    bias = w[0] - sum(weights[j] * mean[j] for j in range(d))
    return JoinModel(bias=bias, weights=weights, threshold=0.5)


def best_joins(state: DayState, model: JoinModel) -> list[tuple[float, int, int]]:
    """Per lone piece of the day: (its best probability, the piece, that story's index)."""
    best: dict[int, tuple[float, int, int]] = {}
    for piece, k, x, _ in candidates(state):
        p = probability(model, x)
        if piece not in best or p > best[piece][0]:
            best[piece] = (p, piece, k)
    return [best[i] for i in sorted(best)]


def pick_threshold(
    states: Sequence[DayState], model: JoinModel, *, precision: float = PRECISION
) -> float:
    """The threshold of ``model`` picked on ``states``: :func:`threshold_at` over each lone
    piece's best join."""
    scored = [
        (p, st.gold[piece] == majority(st.gold, st.groups[k]))
        for st in states
        for p, piece, k in best_joins(st, model)
    ]
    return threshold_at(scored, precision=precision)


def threshold_at(scored: Sequence[tuple[float, bool]], *, precision: float = PRECISION) -> float:
    """The lowest probability at which the joins of ``scored`` (probability, right) from the
    most probable down are still ``precision`` right; above 1.0 (no join) when none is. Ties
    are taken or left together."""
    ranked = sorted(scored, key=lambda t: -t[0])
    right = 0
    threshold = 1.0 + 1e-9
    for n, (p, ok) in enumerate(ranked, 1):
        right += ok
        if right / n >= precision and (n == len(ranked) or ranked[n][0] < p):
            threshold = p
    return threshold


def joined(state: DayState, model: JoinModel | None) -> list[list[int]]:
    if model is None:
        return [list(g) for g in state.groups]
    return join_lone(state.groups, state.reps, state.mixed, state.heads, model, state.pieces)


@dataclass
class Score:
    single: int = 0
    split_before: int = 0
    split_after: int = 0
    pairs_pred_before: int = 0
    pairs_right_before: int = 0
    pairs_pred_after: int = 0
    pairs_right_after: int = 0
    pairs_gold: int = 0
    lone_gold: int = 0
    lone_gold_wrong: int = 0
    joins_right: int = 0
    joins_wrong: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
    by: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        by.setdefault(lab, []).append(i)
    return {p for m in by.values() for p in itertools.combinations(m, 2)}


def score_day(state: DayState, after: Sequence[Sequence[int]]) -> Score:
    """Figures of one day before (``state.groups``) and after (``after``) the joins."""
    gold = state.gold + [g for _, g in state.dup_gold]
    owner = [r for r, _ in state.dup_gold]

    def labels(groups: Sequence[Sequence[int]]) -> list[str]:
        of = {i: min(g) for g in groups for i in g}
        return [str(of[i]) for i in range(len(state.reps))] + [str(of[r]) for r in owner]

    gold_pairs = _pairs(gold)
    before, now = _pairs(labels(state.groups)), _pairs(labels(after))
    s = Score(
        pairs_pred_before=len(before),
        pairs_right_before=len(before & gold_pairs),
        pairs_pred_after=len(now),
        pairs_right_after=len(now & gold_pairs),
        pairs_gold=len(gold_pairs),
    )
    if len(set(gold)) == 1:
        s.single = 1
        s.split_before = int(len(state.groups) > 1)
        s.split_after = int(len(after) > 1)
    sizes = Counter(gold)
    was_lone = {g[0] for g in state.groups if len(g) == 1}
    for g in after:
        if len(g) < 2:
            continue
        story = majority(state.gold, [i for i in g if i not in was_lone] or g)
        for i in g:
            if i in was_lone:
                ok = state.gold[i] == story
                s.joins_right += ok
                s.joins_wrong += not ok
                s.lone_gold_wrong += sizes[state.gold[i]] == 1
    s.lone_gold = sum(1 for g, n in sizes.items() if n == 1)
    return s


def training_set(states: Sequence[DayState]) -> tuple[list[list[float]], list[int]]:
    xs: list[list[float]] = []
    ys: list[int] = []
    for st in states:
        for _, _, x, y in candidates(st):
            xs.append(x)
            ys.append(y)
    return xs, ys


def train(states: Sequence[DayState], *, precision: float = PRECISION, l2: float = L2) -> JoinModel:
    """Fit on ``states`` and pick the threshold on them."""
    xs, ys = training_set(states)
    model = fit(xs, ys, l2=l2)
    thr = pick_threshold(states, model, precision=precision)
    return JoinModel(bias=model.bias, weights=model.weights, threshold=thr)


def fmt(name: str, s: Score) -> str:
    def pr(right: int, pred: int) -> str:
        return (
            f"{right / pred if pred else 1.0:.3f}/{right / s.pairs_gold if s.pairs_gold else 1:.3f}"
        )

    return (
        f"{name:<8} split {s.split_before:>2}->{s.split_after:<2} of {s.single:<3} "
        f"P/R {pr(s.pairs_right_before, s.pairs_pred_before)} -> "
        f"{pr(s.pairs_right_after, s.pairs_pred_after)}  joins {s.joins_right} right "
        f"{s.joins_wrong} wrong; lone gold wrongly joined {s.lone_gold_wrong} of {s.lone_gold}"
    )


def held_out_table(
    states: Sequence[DayState],
    held_out: Sequence[str],
    *,
    precision: float = PRECISION,
    l2: float = L2,
) -> tuple[list[str], Score]:
    lines = []
    total = Score()
    for part in held_out:
        train_states = [s for s in states if s.split != part]
        model = train(train_states, precision=precision, l2=l2)
        part_score = Score()
        for st in states:
            if st.split == part:
                part_score.add(score_day(st, joined(st, model)))
        total.add(part_score)
        lines.append(fmt(part, part_score) + f"  (threshold {model.threshold:.3f})")
    lines.append(fmt("pooled", total))
    return lines, total


def blind_table(
    train_states: Sequence[DayState],
    part: str,
    part_days: Sequence[DayState],
    *,
    precision: float = PRECISION,
    l2: float = L2,
    trainer: Callable[..., JoinModel] = train,
) -> str:
    """A new part's figure at its blind look, written down before it: the join fitted by
    ``trainer`` on ``train_states`` (every tuning part but ``part``, the threshold picked on
    them) applied to ``part_days``, as grouped by the code of the look."""
    model = trainer([s for s in train_states if s.split != part], precision=precision, l2=l2)
    score = Score()
    for st in part_days:
        score.add(score_day(st, joined(st, model)))
    return fmt(part, score) + f"  (threshold {model.threshold:.3f}, fitted without {part})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the day groupings")
    parser.add_argument("--held-out", nargs="*", default=list(HELD_OUT))
    parser.add_argument("--precision", type=float, default=PRECISION)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument(
        "--blind",
        metavar="PART",
        help="a new part's one blind look: the join fitted on every tuning part but PART, "
        "applied to PART's days (run once, in the look's scratch checkout)",
    )
    args = parser.parse_args(argv)
    parts = tuple(p for p in tuning_parts() if p != args.blind)
    states = load_states(parts, args.cache)
    if args.blind:
        print(
            blind_table(
                states, args.blind, part_states(args.blind), precision=args.precision, l2=args.l2
            )
        )
        return 0
    lines, _ = held_out_table(states, args.held_out, precision=args.precision, l2=args.l2)
    print(f"features: {', '.join(FEATURE_NAMES)}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
