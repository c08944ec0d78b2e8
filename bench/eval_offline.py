"""ROUGE of the offline extractive summarizer against LEAD-3 and TextRank, at matched length.

Usage: ``python bench/eval_offline.py [DATA_DIR]`` (default: ``bench/data/eval``). Prints a table of
ROUGE-1/2/L F1 per system: per cluster (averaged) and for a "day" made of all clusters mixed, whose
reference is all the references. Every system's output is cut to the reference's word count.

Uses the ``rouge-score`` package (stemming on) when it is installed, else a built-in ROUGE-N/L.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.extractive import lead3, summarize_documents, textrank
from briefing.models import BriefingDraft, Document

DATA = Path(__file__).parent / "data" / "eval"
Cluster = tuple[str, list[Document], str]
Scores = dict[str, float]


def load(path: Path) -> Cluster:
    text = path.read_text(encoding="utf-8")
    head, *parts = re.split(r"^=== ", text, flags=re.M)
    reference = head.replace("# reference", "", 1).strip()
    docs = []
    for part in parts:
        meta, _, body = part.partition("\n")
        fields = dict(f.strip().split(": ", 1) for f in meta.split(" | "))
        docs.append(
            Document(
                id=fields["id"],
                title=fields["title"],
                outlet=fields["outlet"],
                text=body.strip(),
                source_ids=[fields["id"]],
            )
        )
    return path.stem, docs, reference


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _f1(overlap: int, pred: int, ref: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def builtin_rouge(pred: str, ref: str) -> Scores:
    p, r = _tokens(pred), _tokens(ref)
    out = {}
    for n in (1, 2):
        pg = Counter(tuple(p[i : i + n]) for i in range(len(p) - n + 1))
        rg = Counter(tuple(r[i : i + n]) for i in range(len(r) - n + 1))
        out[f"rouge{n}"] = _f1(sum((pg & rg).values()), sum(pg.values()), sum(rg.values()))
    out["rougeL"] = _f1(_lcs(p, r), len(p), len(r))
    return out


def rouge_fn() -> tuple[str, Callable[[str, str], Scores]]:
    try:
        from rouge_score import rouge_scorer  # type: ignore[import-untyped]
    except ImportError:
        return "built-in ROUGE (no stemming)", builtin_rouge
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)

    def score(pred: str, ref: str) -> Scores:
        return {k: v.fmeasure for k, v in scorer.score(ref, pred).items()}

    return "rouge-score 0.1.2 (Porter stemming)", score


def linearize(draft: BriefingDraft) -> list[str]:
    """Overview sentences first, then the bullets not already in it, in section order."""
    out = [b.text for s in draft.sections for b in s.bullets if b.text in draft.overview]
    out += [b.text for s in draft.sections for b in s.bullets if b.text not in draft.overview]
    return out


def cut(sentences: list[str], words: int) -> str:
    return " ".join(" ".join(sentences).split()[:words])


def systems() -> dict[str, Callable[[list[Document], int], list[str]]]:
    return {
        "LEAD-3 (first doc)": lambda docs, n: lead3(docs[:1]),
        "LEAD-3 (round robin)": lambda docs, n: lead3(docs),
        "TextRank": lambda docs, n: textrank(docs, n),
        "briefing extractive": lambda docs, n: linearize(
            summarize_documents(docs, max_bullets=8, max_sections=12)
        ),
    }


def main(argv: list[str]) -> None:
    data = Path(argv[1]) if len(argv) > 1 else DATA
    clusters = [load(p) for p in sorted(data.glob("*.txt"))]
    label, rouge = rouge_fn()
    day_docs = [d for _, docs, _ in clusters for d in docs]
    # A "day": clusters interleaved, as articles would arrive from several feeds.
    day_docs = sorted(day_docs, key=lambda d: (d.id[-1], d.id))
    day_ref = " ".join(ref for _, _, ref in clusters)
    print(f"{len(clusters)} clusters, {len(day_docs)} articles (self-made set); {label}; F1 x 100")
    head = ("system", "cluster R1", "R2", "RL", "day R1", "R2", "RL")
    print("{:24} {:>10} {:>6} {:>6}   {:>7} {:>6} {:>6}".format(*head))
    for name, system in systems().items():
        per: list[Scores] = []
        for _, docs, ref in clusters:
            n = len(ref.split())
            per.append(rouge(cut(system(docs, 12), n), ref))
        avg = {k: 100 * sum(s[k] for s in per) / len(per) for k in per[0]}
        n_day = len(day_ref.split())
        day = {k: 100 * v for k, v in rouge(cut(system(day_docs, 60), n_day), day_ref).items()}
        print(
            f"{name:24} {avg['rouge1']:10.1f} {avg['rouge2']:6.1f} {avg['rougeL']:6.1f}   "
            f"{day['rouge1']:7.1f} {day['rouge2']:6.1f} {day['rougeL']:6.1f}"
        )


if __name__ == "__main__":
    main(sys.argv)
