"""Fit the scored line classifier of ``briefing.clean.score`` and check it part by part.

    python bench/fit_junk.py            # leave-one-part-out check, then the fit on all parts
    python bench/fit_junk.py --write    # the same, and write WEIGHTS and DROP into score.py

Data: the labelled offline days (``bench/data/offline/days.jsonl``, each article's ``junk`` list
marks its junk lines), **only the parts not in** ``data_parts.KEPT_ASIDE``: kept-aside days are
dropped as they are read, before any text is looked at, and asserted absent after.

Fit: naive-Bayes log-odds of each feature (present, absent; Laplace-smoothed) over the lines that
are scored (no veto), positives the annotated junk lines (those the regex rules catch too),
negatives the other lines; each weight capped at ``CAP`` (``ARTEFACT_CAP`` for the feature that
only looks perfect on this data). *drop* is the lowest threshold at which ``clean_text`` loses
no news line of the training parts (a cut sentence counts), plus ``MARGIN``.

Check: each part in turn is held out, the rest fit, and on the held-out part the junk lines
that survive the regex rules and the fitted scorer, and **every news line lost**, are printed.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from data_parts import KEPT_ASIDE, SPLITS

from briefing.clean import LineScorer, clean_text, strip_dateline
from briefing.clean.features import FEATURES, Line, features
from briefing.clean.outlet import outlet_names
from briefing.clean.score import article_lines, vetoed
from briefing.text import normalize_space, split_sentences

DATA = Path(__file__).parent / "data" / "offline" / "days.jsonl"
SCORE_PY = Path(__file__).parent.parent / "briefing" / "clean" / "score.py"
CAP = 3.0
ARTEFACT_CAP = 1.5
ARTEFACTS = ("no_final_punctuation",)
MARGIN = 1.0


@dataclass(frozen=True)
class Text:
    """One labelled article: its raw text, outlet, and its junk and news lines."""

    part: str
    name: str
    text: str
    outlet: str
    junk: frozenset[str]
    news: tuple[str, ...]
    lines: tuple[tuple[Line, bool], ...]  # every non-empty raw line, and whether it is junk


def _flat(line: str) -> str:
    return " ".join(line.split())


def _dated(line: str) -> bool:
    return strip_dateline(line) != line


def load(path: Path = DATA, kept_aside: Sequence[str] = KEPT_ASIDE) -> list[Text]:
    """The labelled articles of every part not in ``kept_aside``."""
    out: list[Text] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        day = json.loads(raw)
        if day["split"] in kept_aside or day["split"] not in SPLITS:
            continue  # never read past the part's name (a part written after SPLITS was loaded too)
        for art in day["articles"]:
            junk = frozenset(_flat(j) for j in art["junk"])
            raw_lines = [line for line in normalize_space(art["text"]).split("\n") if line]
            facts = article_lines(raw_lines, outlets=outlet_names(art["outlet"]), dated=_dated)
            lines = tuple((line, _flat(line.text) in junk) for line in facts)
            news = tuple(_flat(line) for line in raw_lines if _flat(line) not in junk)
            out.append(
                Text(day["split"], f"{day['day']}/{art['id']}", art["text"], art["outlet"], junk,
                     news, lines)
            )  # fmt: skip
    assert not any(t.part in kept_aside for t in out), "a kept-aside part was read"
    return out


def fit(texts: Sequence[Text]) -> dict[str, tuple[float, float]]:
    """Capped naive-Bayes log-odds (present, absent) of each feature over the scored lines."""
    rows = [(features(line), junk) for t in texts for line, junk in t.lines if not vetoed(line)]
    pos = [x for x, junk in rows if junk]
    neg = [x for x, junk in rows if not junk]
    weights: dict[str, tuple[float, float]] = {}
    for k, feature in enumerate(FEATURES):
        pj = (sum(x[k] for x in pos) + 1) / (len(pos) + 2)
        pn = (sum(x[k] for x in neg) + 1) / (len(neg) + 2)
        cap = ARTEFACT_CAP if feature.__name__ in ARTEFACTS else CAP
        present = max(-CAP, min(cap, math.log(pj / pn)))
        absent = max(-CAP, min(cap, math.log((1 - pj) / (1 - pn))))
        weights[feature.__name__] = (round(present, 2), round(absent, 2))
    return weights


def outcome(texts: Sequence[Text], scorer: LineScorer) -> tuple[list[str], list[str], int, int]:
    """The junk lines left and the news lines lost (not whole) after ``clean_text``."""
    left: list[str] = []
    lost: list[str] = []
    junk = news = 0
    for t in texts:
        cleaned = _flat(clean_text(t.text, outlet=t.outlet, scorer=scorer))
        kept = {_flat(line) for line in cleaned.split("\n")}
        junk += len(t.junk)
        news += len(t.news)
        left += [f"{t.name}: {j}" for j in sorted(t.junk) if j in kept or j in cleaned]
        lost += [f"{t.name}: {n}" for n in t.news if n not in cleaned]
    return left, lost, junk, news


def thresholds(
    texts: Sequence[Text], weights: dict[str, tuple[float, float]]
) -> tuple[float, float]:
    """*drop*: the lowest line threshold (to 0.01) at which no news line of ``texts`` is lost
    (no sentence cut), plus MARGIN; *cut*: the lowest last-sentence threshold at which none is
    lost (no line dropped), plus MARGIN, and never below *drop*."""
    scorer = LineScorer(weights, math.inf, math.inf)
    lines = [
        (line, split_sentences(line.text)) for t in texts for line, junk in t.lines if not junk
    ]
    whole = {round(scorer.score(line), 2) for line, _ in lines}
    tails = {round(scorer.score(replace(line, text=s[-1])), 2) for line, s in lines if len(s) > 1}
    drop = (
        _lowest(
            texts,
            sorted(x for x in whole if x > -math.inf),
            lambda x: LineScorer(weights, x, math.inf, 0),
        )
        + MARGIN
    )
    cut = (
        _lowest(
            texts,
            sorted(x for x in tails if x > -math.inf),
            lambda x: LineScorer(weights, math.inf, x, 0),
        )
        + MARGIN
    )
    return round(drop, 2), round(max(drop, cut), 2)


def _lowest(
    texts: Sequence[Text], scores: list[float], make: Callable[[float], LineScorer]
) -> float:
    """The lowest of ``scores`` (or just above all) at which ``make(score)`` loses no news."""
    lo, hi = 0, len(scores)  # scores[hi] (or above all) loses nothing
    while lo < hi:
        mid = (lo + hi) // 2
        if outcome(texts, make(scores[mid]))[1]:
            lo = mid + 1
        else:
            hi = mid
    return scores[lo] if lo < len(scores) else (scores[-1] + 0.01 if scores else 0.0)


def lopo(texts: Sequence[Text]) -> None:
    """Each part held out in turn: fit on the others, print what the held-out part keeps."""
    parts = [p for p in SPLITS if p not in KEPT_ASIDE and any(t.part == p for t in texts)]
    total = [0, 0, 0, 0, 0]
    print("held out  junk left: regex rules -> with scorer   news lost   drop   cut")
    for part in parts:
        train = [t for t in texts if t.part != part]
        test = [t for t in texts if t.part == part]
        weights = fit(train)
        drop, cut = thresholds(train, weights)
        before = outcome(test, LineScorer({}, math.inf, math.inf))
        left, lost, junk, news = outcome(test, LineScorer(weights, drop, cut))
        total = [
            a + b
            for a, b in zip(total, (len(before[0]), len(left), junk, len(lost), news), strict=True)
        ]
        print(f"{part:8}  {len(before[0]):3} -> {len(left):3} of {junk:3}   "
              f"{len(lost):3} of {news:4}   {drop:5.2f} {cut:5.2f}")  # fmt: skip
        for line in lost:
            print(f"    LOST {line[:140]}")
    print(f"{'total':8}  {total[0]:3} -> {total[1]:3} of {total[2]:3}   "
          f"{total[3]:3} of {total[4]:4}")  # fmt: skip


def write(weights: dict[str, tuple[float, float]], drop: float, cut: float) -> None:
    """Replace the WEIGHTS, DROP and CUT constants in briefing/clean/score.py."""
    body = "".join(f'    "{name}": ({p:+.2f}, {a:+.2f}),\n' for name, (p, a) in weights.items())
    block = (
        f"WEIGHTS: dict[str, tuple[float, float]] = {{\n{body}}}\n"
        f"DROP = {drop:.2f}\nCUT = {cut:.2f}\n"
    )
    source = SCORE_PY.read_text(encoding="utf-8")
    pattern = re.compile(
        r"WEIGHTS: dict\[str, tuple\[float, float\]\] = \{\n.*?\}\nDROP = .*?\nCUT = .*?\n", re.S
    )
    SCORE_PY.write_text(pattern.sub(lambda _: block, source, count=1), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="write the fit into score.py")
    parser.add_argument("--no-lopo", action="store_true", help="skip the held-out check")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    texts = load()
    print(f"{len(texts)} articles of {sorted({t.part for t in texts})}; kept aside: {KEPT_ASIDE}")
    if not args.no_lopo:
        lopo(texts)
    weights = fit(texts)
    drop, cut = thresholds(texts, weights)
    print(f"fit on every part shown: drop {drop:.2f}, cut {cut:.2f}")
    for name, (present, absent) in weights.items():
        print(f"  {name:22} {present:+.2f} {absent:+.2f}")
    left, lost, junk, news = outcome(texts, LineScorer(weights, drop, cut))
    print(f"all parts: junk left {len(left)} of {junk}, news lost {len(lost)} of {news}")
    if args.write:
        write(weights, drop, cut)
        print(f"written to {SCORE_PY}")


if __name__ == "__main__":
    main()
