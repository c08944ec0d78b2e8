"""Timing of the offline extractive summarizer on synthetic days of 100, 300 and 1,000 articles.

Usage::

    python bench/bench_extractive.py                    # sizes 100 300 1000, best of 3
    python bench/bench_extractive.py --sizes 100 300 --repeat 1 --notes

A day is built deterministically (no randomness, ``zlib.crc32`` as the only hash) from the
articles of ``bench/data/eval/*.txt`` and ``bench/data/cluster/articles.txt``. Article ``i`` of
a day is base article ``i % B`` in *variant* ``i // B``; variant 0 is the text as written. A
variant is another event of the same kind: proper names are swapped from a fixed list, numbers
shifted, about half of the other words replaced by made-up words (so two variants of one story
share some vocabulary, as two earthquakes do, but are different stories), and the sentences
after the lead rotated. The articles of one base story in one variant form a same-story group;
the day is shuffled by hash, as articles arrive from several feeds.

Prints, per size: the time of ``summarize_documents`` (and of ``extract_notes`` with
``--notes``), and the ratio time(n)/time(100) next to n/100 and (n log n)/(100 log 100).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from briefing.extractive import extract_notes, summarize_documents
from briefing.models import Document

DATA = Path(__file__).resolve().parent / "data"
SOURCES = [*sorted((DATA / "eval").glob("*.txt")), DATA / "cluster" / "articles.txt"]

NAMES = (
    "Almeda Brakov Castellan Dovrin Elsmark Farrow Galvani Harkin Isolde Jarvik Kestrel Lindqvist "
    "Morvan Nadira Oakhurst Pellan Quentara Rask Solberg Tavish Ulvar Venmoor Whitcombe Yardley "
    "Zorin Ashgrove Belmonte Corvina Delacroix Eastmere Fenwick Greyholt Halloran Ingram Jessup "
    "Kaldor Lorne Marchetti Norwood Ostrava Presko Quillon Rothmere Saltash Trevane"
).split()
SYLLABLES = "ka lo mi ne su ra te vo bi da fe gu ho ji ku li mo na pe ri so tu ve za".split()
_WORD = re.compile(r"[A-Za-z]+|\d+")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def load_base() -> list[tuple[str, str, str]]:
    """(story, title, text) of every article in the source files, in file order."""
    out: list[tuple[str, str, str]] = []
    for path in SOURCES:
        blocks = re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        for block in blocks:
            header, _, text = block.partition("\n")
            fields = dict(part.split(": ", 1) for part in header.split(" | "))
            story = fields.get("story", path.stem)
            out.append((f"{path.stem}:{story}", fields["title"], text.strip()))
    return out


def _hash(*parts: object) -> int:
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


def _pseudo(word: str, variant: int) -> str:
    h = _hash(word.lower(), variant)
    made = "".join(SYLLABLES[(h >> (5 * k)) % len(SYLLABLES)] for k in range(3))
    return made.capitalize() if word[0].isupper() else made


def _swap(match: re.Match[str], variant: int, start: bool) -> str:
    word = match.group(0)
    if word.isdigit():
        return str(int(word) + 3 * variant) if len(word) <= 4 else word
    if len(word) < 4:
        return word
    if word[0].isupper() and not start:
        return NAMES[_hash(word, variant) % len(NAMES)]
    if _hash(word.lower(), variant, "keep") % 2:
        return word
    return _pseudo(word, variant)


def vary(text: str, variant: int, rotate: int) -> str:
    """``text`` as variant ``variant``: names, numbers and words swapped, sentences rotated."""
    if variant == 0:
        return text
    out_paras: list[str] = []
    for para in text.split("\n"):
        sents = _SENT.split(para.strip())
        if len(sents) > 2:
            body = sents[1:]
            k = rotate % len(body)
            sents = [sents[0], *body[k:], *body[:k]]
        swapped = [_WORD.sub(lambda m: _swap(m, variant, m.start() == 0), s) for s in sents]
        out_paras.append(" ".join(swapped))
    return "\n".join(out_paras)


def make_day(n: int) -> list[Document]:
    """``n`` synthetic articles, shuffled deterministically."""
    base = load_base()
    docs: list[Document] = []
    for i in range(n):
        story, title, text = base[i % len(base)]
        variant = i // len(base)
        doc_id = f"a{i:04d}"
        docs.append(
            Document(
                id=doc_id,
                title=vary(title, variant, 0),
                outlet=f"Outlet {_hash(story, i) % 40}",
                text=vary(text, variant, i),
                source_ids=[doc_id],
            )
        )
    return sorted(docs, key=lambda d: _hash(d.id))


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _nlogn(n: int) -> float:
    return n * math.log(n)


def report(name: str, sizes: Sequence[int], times: Sequence[float]) -> None:
    print(f"\n{name}")
    print(f"{'n':>6} {'time s':>9} {'t(n)/t(100)':>12} {'n/100':>7} {'nlogn ratio':>12}")
    base_n, base_t = sizes[0], times[0]
    for n, t in zip(sizes, times, strict=True):
        print(
            f"{n:>6} {t:>9.3f} {t / base_t:>12.2f} {n / base_n:>7.2f} "
            f"{_nlogn(n) / _nlogn(base_n):>12.2f}"
        )


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--notes", action="store_true", help="also time extract_notes")
    args = parser.parse_args(argv)
    days = {n: make_day(n) for n in args.sizes}
    stories = len({s for s, _, _ in load_base()})
    print(
        f"{len(load_base())} base articles in {stories} stories; best of {args.repeat}; "
        f"python {sys.version.split()[0]}"
    )
    summ = [best_of(partial(summarize_documents, days[n]), args.repeat) for n in args.sizes]
    for n in args.sizes:
        draft = summarize_documents(days[n])
        bullets = sum(len(s.bullets) for s in draft.sections)
        print(f"  n={n}: {len(draft.sections)} sections, {bullets} bullets")
    report("summarize_documents", args.sizes, summ)
    if args.notes:
        notes = [best_of(partial(extract_notes, days[n]), args.repeat) for n in args.sizes]
        report("extract_notes", args.sizes, notes)


if __name__ == "__main__":
    main(sys.argv[1:])
