"""Deterministic news days of any size, built from the shipped samples (for ``bench/run.py``).

Base articles: ``bench/data/eval/*.txt`` (one story per file), ``bench/data/cluster/articles.txt``
(its own wire copies, ``dup_of``, left out: this module makes its own) and ``examples/`` (read
with ``briefing.ingest``; each is its own story). A day of ``n`` articles is a stream of stories;
story ``k`` is base story ``k % S`` in *variant* ``k // S`` (variant 0 is the text as written)
with 1–5 outlets (weights 40/25/15/12/8 %, capped at the base story's size). A variant is
another event of the same kind: capitalised words (names, places) swapped for names from a
fixed list, numbers shifted, about half of the other longer words replaced by words from
the samples' own vocabulary (real words, so the token density stays that of English prose), and
the sentences after the lead rotated.

Between the stories' articles, about 10 % of slots are *near-duplicate wire copies* of an
earlier article (another outlet, a credit line appended and, in longer texts, one word changed:
shingle Jaccard above the clusterer's 0.8) and about 2 % are *exact* copies (another outlet, the
same text; ingestion merges them). No randomness: ``zlib.crc32`` is the only hash, so the same
``n`` always gives the same day, and a day of ``n`` is a prefix of the day of ``m > n``.

``write_corpus`` lays a day out as the files a user would have: one JSONL file per outlet for
most articles, Markdown with front matter for some, HTML pages (with navigation, cookie banner
and footer to clean away) for a few.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from briefing.ingest import ingest
from briefing.tokens import tokenizer_for

__all__ = [
    "Base",
    "Corpus",
    "CorpusArticle",
    "build_corpus",
    "floor_tokens",
    "load_base",
    "write_corpus",
]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
EXAMPLES = ROOT / "examples"
DAY = dt.datetime(2031, 3, 4, 5, 0, tzinfo=dt.UTC)

NEAR_DUP_PERCENT = 10
EXACT_DUP_PERCENT = 2
STORY_SIZE_WEIGHTS = (40, 25, 15, 12, 8)  # stories of 1, 2, 3, 4, 5 outlets (percent)

NAMES = (
    "Almeda Brakov Castellan Dovrin Elsmark Farrow Galvani Harkin Isolde Jarvik Kestrel Lindqvist "
    "Morvan Nadira Oakhurst Pellan Quentara Rask Solberg Tavish Ulvar Venmoor Whitcombe Yardley "
    "Zorin Ashgrove Belmonte Corvina Delacroix Eastmere Fenwick Greyholt Halloran Ingram Jessup "
    "Kaldor Lorne Marchetti Norwood Ostrava Presko Quillon Rothmere Saltash Trevane"
).split()
OUTLETS = (
    "Reuters",
    "AP",
    "AFP",
    "Bloomberg",
    "BBC",
    "The Guardian",
    "Financial Times",
    "Al Jazeera",
    "DW",
    "Euronews",
    "Politico Europe",
    "The Independent",
    "CNN",
    "NPR",
    "Sky News",
    "Le Monde",
    "El Pais",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "The Hindu",
    "Straits Times",
    "ABC News",
    "CBC",
    "Irish Times",
    "Yahoo News",
    "MSN",
    "Northgate News",
    "Market Desk",
    "Notes from Poland",
)

_WORD = re.compile(r"[A-Za-z]+|\d+")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_HEADER = re.compile(r"^=== (.*)$", re.M)

Format = Literal["jsonl", "md", "html"]
Kind = Literal["original", "near-duplicate", "exact-duplicate"]


def _hash(*parts: object) -> int:
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


@dataclass(frozen=True)
class Base:
    story: str
    title: str
    text: str


@dataclass(frozen=True)
class CorpusArticle:
    key: str  # c0000, c0001, … in day order
    story: str  # base story and variant, e.g. "c1_quake:c1_quake/v2"
    title: str
    text: str
    outlet: str
    url: str
    published_at: dt.datetime
    kind: Kind
    dup_of: str | None
    fmt: Format


@dataclass(frozen=True)
class Corpus:
    articles: list[CorpusArticle]

    @property
    def distinct(self) -> list[CorpusArticle]:
        """One article per distinct text (exact copies removed), first occurrence."""
        seen: set[str] = set()
        out = []
        for a in self.articles:
            if a.text not in seen:
                seen.add(a.text)
                out.append(a)
        return out

    def describe(self) -> str:
        kinds = {k: sum(a.kind == k for a in self.articles) for k in _KINDS}
        stories = len({a.story for a in self.articles})
        fmts = {f: sum(a.fmt == f for a in self.articles) for f in ("jsonl", "md", "html")}
        return (
            f"{len(self.articles)} articles, {stories} stories, "
            f"{kinds['near-duplicate']} near-duplicate and {kinds['exact-duplicate']} exact "
            f"wire copies; files: {fmts['jsonl']} in JSONL, {fmts['md']} Markdown, "
            f"{fmts['html']} HTML"
        )


_KINDS = ("original", "near-duplicate", "exact-duplicate")


def _read_blocks(path: Path) -> Iterator[tuple[dict[str, str], str]]:
    text = path.read_text(encoding="utf-8")
    parts = _HEADER.split(text)[1:]
    for header, body in zip(parts[::2], parts[1::2], strict=True):
        fields = dict(p.split(": ", 1) for p in header.split(" | "))
        yield fields, body.strip()


@cache
def load_base() -> tuple[tuple[str, tuple[Base, ...]], ...]:
    """Base stories in a fixed order: (story, its articles)."""
    stories: dict[str, list[Base]] = {}
    for path in sorted((DATA / "eval").glob("*.txt")):
        for fields, body in _read_blocks(path):
            stories.setdefault(path.stem, []).append(Base(path.stem, fields["title"], body))
    for fields, body in _read_blocks(DATA / "cluster" / "articles.txt"):
        if "dup_of" in fields:
            continue
        story = f"cluster:{fields['story']}"
        stories.setdefault(story, []).append(Base(story, fields["title"], body))
    result = ingest([str(EXAMPLES)], now=DAY)
    for k, article in enumerate(sorted(result.articles, key=lambda a: a.source)):
        story = f"examples:{k}"
        stories[story] = [Base(story, article.title, article.text)]
    return tuple((s, tuple(arts)) for s, arts in stories.items())


@cache
def _vocabulary() -> tuple[str, ...]:
    words = {
        w
        for _, arts in load_base()
        for b in arts
        for w in _WORD.findall(b.text)
        if w.isalpha() and w.islower() and len(w) >= 4
    }
    return tuple(sorted(words))


def _swap(word: str, variant: int, *, start: bool) -> str:
    if word.isdigit():
        return str(int(word) + 3 * variant) if len(word) <= 4 else word
    if len(word) < 4:
        return word
    if word[0].isupper() and not start:
        return NAMES[_hash(word, variant) % len(NAMES)]
    if word.islower() and _hash(word, variant, "keep") % 2 == 0:
        vocab = _vocabulary()
        return vocab[_hash(word, variant) % len(vocab)]
    return word


def vary(text: str, variant: int, rotate: int) -> str:
    """``text`` as variant ``variant``: names, numbers and words swapped, sentences rotated."""
    if variant == 0:
        return text
    out = []
    for para in text.split("\n"):
        sents = _SENT.split(para.strip())
        if len(sents) > 2:
            body = sents[1:]
            k = rotate % len(body)
            sents = [sents[0], *body[k:], *body[:k]]
        out.append(
            " ".join(
                _WORD.sub(lambda m: _swap(m.group(0), variant, start=m.start() == 0), s)
                for s in sents
            )
        )
    return "\n".join(out)


def _story_size(k: int, available: int) -> int:
    roll = _hash("size", k) % 100
    size = 1
    for weight in STORY_SIZE_WEIGHTS:
        if roll < weight:
            break
        roll -= weight
        size += 1
    return min(size, available)


def _originals() -> Iterator[tuple[str, str, str, int]]:
    """(story, title, text, position in story) forever, story after story."""
    base = load_base()
    k = 0
    while True:
        story, arts = base[k % len(base)]
        variant = k // len(base)
        for j in range(_story_size(k, len(arts))):
            b = arts[(j + k) % len(arts)]
            yield (
                f"{story}/v{variant}",
                vary(b.title, variant, 0),
                vary(b.text, variant, j + k),
                j,
            )
        k += 1


def _wire_copy(text: str, outlet: str, i: int) -> str:
    """A syndicated copy: a credit line appended and, in a longer text, one word changed."""
    words = text.split(" ")
    spot = len(words) // 2 + _hash("spot", i) % max(1, len(words) // 4)
    if len(words) >= 100 and spot < len(words) and words[spot].isalpha():
        words[spot] = "reportedly" if words[spot] != "reportedly" else "said"
    return " ".join(words) + f"\n(Via {outlet}.)"


def _fmt(i: int) -> Format:
    roll = _hash("fmt", i) % 100
    return "html" if roll < 7 else "md" if roll < 25 else "jsonl"


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def build_corpus(n: int) -> Corpus:
    """The first ``n`` articles of the deterministic day."""
    originals = _originals()
    out: list[CorpusArticle] = []
    story_outlets: dict[str, list[str]] = {}
    kind: Kind
    fmt: Format
    dup_of: str | None
    for i in range(n):
        roll = _hash("kind", i) % 100
        published = DAY + dt.timedelta(minutes=int(i * 900 / max(n, 1)) + _hash("t", i) % 30)
        earlier = [a for a in out if a.kind == "original"]
        if earlier and roll < NEAR_DUP_PERCENT + EXACT_DUP_PERCENT:
            src = earlier[_hash("src", i) % len(earlier)]
            outlet = OUTLETS[_hash("dup-outlet", i) % len(OUTLETS)]
            near = roll < NEAR_DUP_PERCENT
            text = _wire_copy(src.text, outlet, i) if near else src.text
            title = src.title if near else f"{src.title} | {outlet}"
            kind = "near-duplicate" if near else "exact-duplicate"
            fmt = "jsonl"
            story, dup_of = src.story, src.key
        else:
            story, title, text, j = next(originals)
            used = story_outlets.setdefault(story, [])
            pick = _hash("outlet", story, j) % len(OUTLETS)
            while OUTLETS[pick] in used:
                pick = (pick + 1) % len(OUTLETS)
            outlet = OUTLETS[pick]
            used.append(outlet)
            kind, fmt, dup_of = "original", _fmt(i), None
        key = f"c{i:04d}"
        out.append(
            CorpusArticle(
                key=key,
                story=story,
                title=title,
                text=text,
                outlet=outlet,
                url=f"https://{_slug(outlet)}.example/{key}/{_slug(title)}",
                published_at=published,
                kind=kind,
                dup_of=dup_of,
                fmt=fmt,
            )
        )
    return Corpus(out)


def _markdown(a: CorpusArticle) -> str:
    title = a.title.replace('"', "'")
    return (
        f'---\ntitle: "{title}"\ndate: {a.published_at.isoformat()}\n'
        f"source: {a.outlet}\nurl: {a.url}\n---\n\n# {a.title}\n\n"
        + "\n\n".join(a.text.split("\n"))
        + "\n"
    )


def _html(a: CorpusArticle) -> str:
    e = html.escape
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in a.text.split("\n") if p.strip())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a.title)} - {e(a.outlet)}</title>
  <meta property="og:title" content="{e(a.title)}">
  <meta property="og:site_name" content="{e(a.outlet)}">
  <meta property="og:url" content="{e(a.url)}">
  <meta property="article:published_time" content="{a.published_at.isoformat()}">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="cookie"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <header><a href="/">{e(a.outlet)}</a><nav><ul><li><a href="/news">News</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>{e(a.title)}</h1>
{paras}
    </article>
  </main>
  <footer><p>© {e(a.outlet)}. All rights reserved.</p><a href="/terms">Terms</a></footer>
</body>
</html>
"""


def write_corpus(corpus: Corpus, folder: Path) -> list[Path]:
    """The day as files under ``folder``: JSONL per outlet, Markdown and HTML pages."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    jsonl: dict[str, list[str]] = {}
    for a in corpus.articles:
        if a.fmt == "jsonl":
            record = {
                "headline": a.title,
                "body": a.text,
                "source": a.outlet,
                "url": a.url,
                "published": a.published_at.isoformat(),
            }
            jsonl.setdefault(a.outlet, []).append(json.dumps(record, ensure_ascii=False))
        else:
            path = folder / f"{a.key}.{a.fmt}"
            path.write_text(_markdown(a) if a.fmt == "md" else _html(a), encoding="utf-8")
            paths.append(path)
    for outlet, lines in sorted(jsonl.items()):
        path = folder / f"feed-{_slug(outlet)}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def floor_tokens(corpus: Corpus, model: str = "gpt-4.1-mini") -> int:
    """Tokens of every distinct article (title and text) read once: the input floor."""
    tok = tokenizer_for(model)
    return sum(tok.count(f"{a.title}\n\n{a.text}") for a in corpus.distinct)
