"""One fact twice in a briefing: pairs of bullets of one offline briefing that may state the same
fact in other words (two outlets' paraphrases), counted over the offline eval's days.

A pair is a *candidate* when its two bullets share a number (digits: a count, an amount, a year)
and at least ``SHARED_WITH_NUMBER`` other content terms, or when their stemmed terms overlap
highly (Jaccard >= ``JACCARD`` or ``SHORTER`` of the shorter's terms, with at least
``SHARED_MIN`` shared). A candidate is only a place to look: "1,200 homes flooded" and "1,200
homes evacuated" share a number and words and are two facts. The hand labels
(``bench/data/repeats/labels.jsonl``: the day, the two bullets, ``same`` true or false) say
which candidates state one fact; the days whose number is divisible by 3 are held out from
tuning (``held_out``).

    python bench/eval_repeats.py --tune-only                    # counts over every tuning day
    python bench/eval_repeats.py --tune-only --list             # and every candidate pair
    python bench/eval_repeats.py --tune-only --save /tmp/b.json # keep the briefings to read
    python bench/eval_repeats.py --load /tmp/b.json --list      # read them again, no run
    python bench/eval_repeats.py --first 989 --last 1012        # a range of days
    python bench/eval_repeats.py --tune-only --labels           # the labelled pairs: how many
                                                                # of each kind are still there

``--labels`` reads the labelled pairs against this run's briefings: a same-fact pair is *gone*
when no section holds both bullets as two bullets any more (merged into one, or the second
left out), a different-facts pair *kept* when both are still bullets. ``--rule`` prints the
precision and recall of the selection's own test (``briefing.extractive.score.same_fact``, on
the two bullets' terms; two bullets that cite no outlet in common count as two documents)
against the labels, held-out days and tuning days apart, without running the briefings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_offline import DATA, load_days, run_ours

from briefing.features import terms

LABELS = Path(__file__).parent / "data" / "repeats" / "labels.jsonl"
SHARED_WITH_NUMBER = 3
JACCARD = 0.3
SHORTER = 0.5
SHARED_MIN = 4

# day -> sections: (title, bullets: (text, outlets cited))
Briefings = dict[str, list[tuple[str, list[tuple[str, list[str]]]]]]


@dataclass(frozen=True)
class Pair:
    day: str
    section_a: int
    section_b: int
    a: str
    b: str
    outlets_a: tuple[str, ...]
    outlets_b: tuple[str, ...]
    numbers: tuple[str, ...]
    shared: tuple[str, ...]


def held_out(day: str) -> bool:
    """The third of the labelled days kept aside from tuning the same-fact test."""
    return int(day.lstrip("d")) % 3 == 0


def candidate(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The shared numbers and shared other terms of two bullets when they may state one fact."""
    ta, tb = set(terms(a)), set(terms(b))
    if not ta or not tb:
        return None
    both = ta & tb
    numbers = tuple(sorted(t for t in both if t[0].isdigit()))
    words = tuple(sorted(t for t in both if not t[0].isdigit()))
    high = len(both) >= SHARED_MIN and (
        len(both) / len(ta | tb) >= JACCARD or len(both) / min(len(ta), len(tb)) >= SHORTER
    )
    if (numbers and len(words) >= SHARED_WITH_NUMBER) or high:
        return numbers, words
    return None


def pairs(briefings: Briefings) -> Iterator[Pair]:
    for day, sections in briefings.items():
        flat = [(k, text, outlets) for k, (_, bs) in enumerate(sections) for text, outlets in bs]
        for i, (ka, a, oa) in enumerate(flat):
            for kb, b, ob in flat[i + 1 :]:
                found = candidate(a, b)
                if found is not None:
                    yield Pair(day, ka, kb, a, b, tuple(oa), tuple(ob), *found)


GROUNDING = {"checked": 0, "repaired": 0, "dropped": 0}
"""What the per-bullet check (``briefing.anchor.check_bullet``, in ``ground``) did over the
days run: bullets checked, repaired, dropped."""


def run(days: Sequence[str] | None, tune_only: bool, first: int, last: int) -> Briefings:
    out: Briefings = {}
    # never a part kept aside nor one the list does not name yet (no blind mode here): skipped
    # before its articles are cleaned
    for day in load_days(DATA, tuning_only=True):
        number = int(day.name.lstrip("d"))
        if not first <= number <= last or (days and day.name not in days):
            continue
        outlet = {a.id: a.outlet or a.id for a in day.articles}
        briefing = run_ours(day)
        for key in GROUNDING:
            GROUNDING[key] += getattr(briefing.grounding, key)
        out[day.name] = [
            (s.title, [(b.text, [outlet.get(i, i) for i in b.source_ids]) for b in s.bullets])
            for s in briefing.sections
        ]
    return out


def read_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _as_bullets(briefings: Briefings, day: str) -> list[list[str]]:
    return [[text for text, _ in bs] for _, bs in briefings.get(day, [])]


def label_report(briefings: Briefings, labels: list[dict[str, Any]]) -> list[str]:
    """How many labelled pairs of the days run are still two bullets of one briefing."""
    rows = []
    for part, pick in (("tuning", False), ("held out", True)):
        same = still_same = diff = still_diff = 0
        for lab in labels:
            day = str(lab["day"])
            if day not in briefings or held_out(day) != pick:
                continue
            texts = [t for bs in _as_bullets(briefings, day) for t in bs]
            both = lab["a"] in texts and lab["b"] in texts
            if lab["same"]:
                same += 1
                still_same += both
            else:
                diff += 1
                still_diff += both
        rows.append(
            f"  {part}: one fact twice {still_same} of {same} still two bullets; "
            f"different facts {still_diff} of {diff} still both bullets"
        )
    return rows


def rule_report(labels: list[dict[str, Any]]) -> list[str]:
    """Precision and recall of ``same_fact`` on the labelled pairs' two bullets."""
    from briefing.extractive.score import same_fact_terms

    rows = []
    for part, pick in (("tuning", False), ("held out", True)):
        tp = fp = fn = tn = 0
        wrong = []
        for lab in labels:
            if held_out(str(lab["day"])) != pick:
                continue
            # ``same_fact`` asks for two documents: two bullets citing no outlet in common
            apart = not set(lab["outlets_a"]) & set(lab["outlets_b"])
            said = apart and same_fact_terms(terms(str(lab["a"])), terms(str(lab["b"])))
            if said and lab["same"]:
                tp += 1
            elif said:
                fp += 1
                wrong.append(f"    false join {lab['day']}: {lab['a'][:70]!r} / {lab['b'][:70]!r}")
            elif lab["same"]:
                fn += 1
                wrong.append(f"    missed {lab['day']}: {lab['a'][:70]!r} / {lab['b'][:70]!r}")
            else:
                tn += 1
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rows.append(
            f"  {part}: {tp + fn} same, {fp + tn} different; same_fact says same for {tp + fp}: "
            f"precision {p:.2f} ({tp}/{tp + fp}), recall {r:.2f} ({tp}/{tp + fn})"
        )
        rows += wrong
    return rows


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--tune-only", action="store_true", help="leave out KEPT_ASIDE parts (always)"
    )
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--last", type=int, default=10**6)
    parser.add_argument("--days", nargs="*", help="only these days (d997 ...)")
    parser.add_argument("--save", type=Path, help="write the briefings' bullets here (JSON)")
    parser.add_argument("--load", type=Path, help="read the bullets from --save, no run")
    parser.add_argument("--list", action="store_true", help="print every candidate pair")
    parser.add_argument("--labels", action="store_true", help="the labelled pairs' fate")
    parser.add_argument("--rule", action="store_true", help="same_fact against the labels only")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    if args.rule:
        print("\n".join(rule_report(read_labels())))
        return
    if args.load:
        briefings: Briefings = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        briefings = run(args.days, args.tune_only, args.first, args.last)
    if args.save:
        args.save.write_text(json.dumps(briefings, ensure_ascii=False), encoding="utf-8")
    found = list(pairs(briefings))
    within = [p for p in found if p.section_a == p.section_b]
    apart = [p for p in found if p.section_a != p.section_b]
    cross = [p for p in within if not set(p.outlets_a) & set(p.outlets_b)]
    bullets = sum(len(bs) for sections in briefings.values() for _, bs in sections)
    sections = sum(len(s) for s in briefings.values())
    print(
        f"{len(briefings)} days, {sections} sections, {bullets} bullets "
        f"({bullets / max(len(briefings), 1):.2f} a briefing, "
        f"{bullets / max(sections, 1):.2f} a section)"
    )
    print("candidate pairs (may state one fact)    all  in one section  of which no shared outlet")
    print(f"{'':38} {len(found):5} {len(within):15} {len(cross):25}")
    print(f"  in two sections: {len(apart)}; days with one: {len({p.day for p in found})}")
    cited = sum(len(o) for sections in briefings.values() for _, bs in sections for _, o in bs)
    print(f"outlets a bullet cites: {cited / max(bullets, 1):.3f}")
    if not args.load:
        print("per-bullet check: " + ", ".join(f"{k} {v}" for k, v in GROUNDING.items()))
    if args.list:
        for p in found:
            where = "same section" if p.section_a == p.section_b else "two sections"
            print(f"== {p.day} ({where}; numbers {list(p.numbers)}; shared {list(p.shared)})")
            print(f"   A {p.a}  {list(p.outlets_a)}")
            print(f"   B {p.b}  {list(p.outlets_b)}")
    if args.labels:
        print("\n".join(label_report(briefings, read_labels())))


if __name__ == "__main__":
    main()
