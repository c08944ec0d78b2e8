"""Measure ``briefing.clean.clean_text`` on real-world furniture: the site chrome and boilerplate
that real feeds and real extracted pages carry, in the wordings real platforms use.

Data: ``bench/data/furniture/articles.jsonl`` (see the README beside it): one record per article
text, shaped as ``briefing`` receives it, with ``junk`` listing the lines that are furniture.
Every other non-empty line of ``text`` is news. The news is fictional; the furniture wordings are
the platforms' own. ``split`` is ``tune`` or ``aside`` (sha256 of the id, even = ``aside``);
the ``aside`` split is kept from tuning: look at it only for a blind measurement, once.

A second part, ``bench/data/furniture/articles2.jsonl``, by another writer, is all one split,
``aside2``: the blind measure of the cleaning rules. It is read only with ``--blind`` (which runs
that split alone); the default run and ``--tune-only`` never read it, so their output is what it
was before the part existed.

A third part, ``bench/data/furniture/articles3.jsonl``, by a third writer, is all one split,
``aside3``, kept aside from tuning for the next blind look. It is read only with
``--blind aside3`` (which runs that split alone); a bare ``--blind`` still means ``aside2``, and
neither the default run nor ``--tune-only`` reads it.

A fourth part, ``bench/data/furniture/articles4.jsonl``, by a fourth writer, is all one split,
``aside4``, kept aside from tuning until its one blind look (the fifteenth session's start,
2026-12-02), tuning material since. It is read with ``--blind aside4`` (which runs that split
alone); no other mode reads it.

A fifth part, ``bench/data/furniture/articles5.jsonl``, by a fifth writer, is all one split,
``aside5``, kept aside from tuning until its one blind look (the sixteenth session, 2026-12-03),
tuning material since. It is read with ``--blind aside5`` (which runs that split alone); no other
mode reads it.

A sixth part, ``bench/data/furniture/articles6.jsonl``, by a sixth writer, is all one split,
``aside6``, kept aside from tuning until its one blind look (the seventeenth session,
2026-12-03), tuning material since. It is read with ``--blind aside6`` (which runs that split
alone); no other mode reads it.

A seventh part, ``bench/data/furniture/articles7.jsonl``, by a seventh writer, is all one split,
``aside7``, kept aside from tuning until its one blind look (the eighteenth session,
2026-12-03), tuning material since. It is read with ``--blind aside7`` (which runs that split
alone); no other mode reads it.

An eighth part, ``bench/data/furniture/articles8.jsonl``, by an eighth writer, is all one split,
``aside8``, kept aside from tuning until its one blind look (the nineteenth session,
2026-12-03), tuning material since. It is read with ``--blind aside8`` (which runs that split
alone); no other mode reads it.

A ninth part, ``bench/data/furniture/articles9.jsonl``, by a ninth writer, is all one split,
``aside9``, kept aside from tuning until its one blind look (the twentieth session,
2026-12-03), tuning material since. It is read with ``--blind aside9`` (which runs that split
alone); no other mode reads it.

A tenth part, ``bench/data/furniture/articles10.jsonl``, by a tenth writer, is all one split,
``aside10``, kept aside from tuning until its one blind look (the twenty-first session's start,
2026-12-03), tuning material since. It is read with ``--blind aside10`` (which runs that split
alone); no other mode reads it.

An eleventh part, ``bench/data/furniture/articles11.jsonl``, by an eleventh writer, is all one
split, ``aside11``, kept aside from tuning until its one blind look (the twenty-second
session's start, 2026-12-03), tuning material since. It is read with ``--blind aside11`` (which
runs that split alone); no other mode reads it.

A twelfth part, ``bench/data/furniture/articles12.jsonl``, by a twelfth writer, is all one
split, ``aside12``, kept aside from tuning until its one blind look (the twenty-third
session's start, 2026-12-03), tuning material since. It is read with ``--blind aside12`` (which
runs that split alone); no other mode reads it.

A thirteenth part, ``bench/data/furniture/articles13.jsonl``, by a thirteenth writer, is all one
split, ``aside13``, kept aside from tuning until its one blind look (the twenty-fourth
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside13`` (which
runs that split alone); no other mode reads it.

A fourteenth part, ``bench/data/furniture/articles14.jsonl``, by a fourteenth writer, is all one
split, ``aside14``, kept aside from tuning until its one blind look (the twenty-fifth
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside14`` (which
runs that split alone); no other mode reads it.

A fifteenth part, ``bench/data/furniture/articles15.jsonl``, by a fifteenth writer, is all one
split, ``aside15``, kept aside from tuning until its one blind look (the twenty-sixth
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside15`` (which
runs that split alone); no other mode reads it.

A sixteenth part, ``bench/data/furniture/articles16.jsonl``, by a sixteenth writer, is all one
split, ``aside16``, kept aside from tuning until its one blind look (the twenty-seventh
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside16`` (which
runs that split alone); no other mode reads it.

A seventeenth part, ``bench/data/furniture/articles17.jsonl``, by a seventeenth writer, is all one
split, ``aside17``, kept aside from tuning until its one blind look (the twenty-eighth
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside17`` (which
runs that split alone); no other
mode reads it.

An eighteenth part, ``bench/data/furniture/articles18.jsonl``, by an eighteenth writer, is all one
split, ``aside18``, kept aside from tuning until its one blind look (the twenty-ninth
session's start, 2026-12-04), tuning material since. It is read with ``--blind aside18`` (which
runs that split alone); no other mode reads it.

A nineteenth part, ``bench/data/furniture/articles19.jsonl``, by a nineteenth writer, is all one
split, ``aside19``, kept aside from tuning until its one blind look (the thirtieth session's
start, 2026-12-04), tuning material since. It is read with ``--blind aside19`` (which runs that
split alone); no other
mode reads it.

A twentieth part, ``bench/data/furniture/articles20.jsonl``, by a twentieth writer, is all one
split, ``aside20``, kept aside from tuning until its one blind look (the thirty-first session's
start, 2026-12-04), tuning material since. It is read with ``--blind aside20`` (which runs that
split alone); no other mode reads it.

A twenty-first part, ``bench/data/furniture/articles21.jsonl``, by a twenty-first writer, is all
one split, ``aside21``, kept aside from tuning until its one blind look (the thirty-second
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside21`` (which
runs that split alone); no other mode reads it.

A twenty-second part, ``bench/data/furniture/articles22.jsonl``, by a twenty-second writer, is
all one split, ``aside22``, kept aside from tuning until its one blind look (the thirty-third
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside22`` (which
runs that split alone); no other mode reads it.

A twenty-third part, ``bench/data/furniture/articles23.jsonl``, by a twenty-third writer, is all
one split, ``aside23``, kept aside from tuning until its one blind look (the thirty-fourth
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside23`` (which
runs that split alone); no other mode reads it.

A twenty-fourth part, ``bench/data/furniture/articles24.jsonl``, by a twenty-fourth writer, is all
one split, ``aside24``, kept aside from tuning until its one blind look (the thirty-fifth
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside24`` (which
runs that split alone); no other mode reads it.

A twenty-fifth part, ``bench/data/furniture/articles25.jsonl``, by a twenty-fifth writer, is all
one split, ``aside25``, kept aside from tuning until its one blind look (the thirty-sixth
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside25`` (which
runs that split alone); no other mode reads it.

A twenty-sixth part, ``bench/data/furniture/articles26.jsonl``, by a twenty-sixth writer, is all
one split, ``aside26``, kept aside from tuning until its one blind look (the thirty-seventh
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside26`` (which
runs that split alone); no other mode reads it.

A twenty-seventh part, ``bench/data/furniture/articles27.jsonl``, by a twenty-seventh writer, is
all one split, ``aside27``, kept aside from tuning until its one blind look (the thirty-eighth
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside27`` (which
runs that split alone); no other mode reads it.

A twenty-eighth part, ``bench/data/furniture/articles28.jsonl``, by a twenty-eighth writer, is
all one split, ``aside28``, kept aside from tuning until its one blind look (the thirty-ninth
session's start, 2026-12-05), tuning material since. It is read with ``--blind aside28`` (which
runs that split alone); no other mode reads it.

A twenty-ninth part, ``bench/data/furniture/articles29.jsonl``, by a twenty-ninth writer, is all
one split, ``aside29``, kept aside from tuning until its one blind look (the fortieth session's
start, 2026-12-05), tuning material since. It is read with ``--blind aside29`` (which runs that
split alone); no other mode reads it.

A thirtieth part, ``bench/data/furniture/articles30.jsonl``, by a thirtieth writer, is all one
split, ``aside30``, kept aside from tuning until its one blind look (the forty-first session's
start, 2026-12-05), tuning material since. It is read with ``--blind aside30`` (which runs that
split alone); no other mode reads it.

A thirty-first part, ``bench/data/furniture/articles31.jsonl``, by a thirty-first writer, is all
one split, ``aside31``, kept aside from tuning until its one blind look (the forty-second
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside31`` (which
runs that split alone); no other mode reads it.

A thirty-second part, ``bench/data/furniture/articles32.jsonl``, by a thirty-second writer, is all
one split, ``aside32``, kept aside from tuning until its one blind look (the forty-third
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside32`` (which
runs that split alone); no other mode reads it.

A thirty-third part, ``bench/data/furniture/articles33.jsonl``, by a thirty-third writer, is all
one split, ``aside33``, kept aside from tuning until its one blind look (the forty-fourth
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside33`` (which
runs that split alone); no other mode reads it.

A thirty-fourth part, ``bench/data/furniture/articles34.jsonl``, by a thirty-fourth writer, is all
one split, ``aside34``, kept aside from tuning until its one blind look (the forty-fifth
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside34`` (which
runs that split alone); no other mode reads it.

A thirty-fifth part, ``bench/data/furniture/articles35.jsonl``, by a thirty-fifth writer, is all
one split, ``aside35``, kept aside from tuning until its one blind look (the forty-sixth
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside35`` (which
runs that split alone); no other mode reads it.

A thirty-sixth part, ``bench/data/furniture/articles36.jsonl``, by a thirty-sixth writer, is all
one split, ``aside36``, kept aside from tuning until its one blind look (the forty-seventh
session's start, 2026-12-06), tuning material since. It is read with ``--blind aside36`` (which
runs that split alone); no other mode reads it.

A thirty-seventh part, ``bench/data/furniture/articles37.jsonl``, by a thirty-seventh writer, is
all one split, ``aside37``, kept aside from tuning for its one blind look; nobody has seen the
cleaner's output on it. It is read only with ``--blind aside37`` (which runs that split alone); no
other mode reads it.

Two paths are measured:

* ``clean_text``: every record's text through ``clean_text(text, outlet=outlet)``.
* ``feed path``: each feed record written as an RSS 2.0 file on disk (channel title = outlet,
  item title = title, description = the text as HTML, one ``<p>`` per line, a gap of two spaces
  or more as no-break spaces) and read by the
  project's own ``briefing.ingest.ingest`` (feed sniffing, the feed parser's HTML-to-text, then
  ``article_from_draft``, which cleans). The markup is a simplification of what the platforms
  send (no links, images or inline markup), so this path checks the line shapes survive the
  parser, not the parser's handling of every platform's HTML.

A junk line is *left* when it is still a whole line of the cleaned text. A news line is *lost*
when it is no longer a whole line of the cleaned text (dropped or cut). Whitespace is compared
after collapsing runs of spaces.

Usage::

    python bench/eval_furniture.py --tune-only          # while tuning: the aside split is not run
    python bench/eval_furniture.py --tune-only --list   # ... and each junk line left / news lost
    python bench/eval_furniture.py                      # both splits (the blind look)
    python bench/eval_furniture.py --blind              # the second part only (aside2), once
    python bench/eval_furniture.py --blind aside3       # the third part only (aside3), once
    python bench/eval_furniture.py --blind aside4       # the fourth part only (aside4)
    python bench/eval_furniture.py --blind aside5       # the fifth part only (aside5)
    python bench/eval_furniture.py --blind aside6       # the sixth part only (aside6)
    python bench/eval_furniture.py --blind aside7       # the seventh part only (aside7)
    python bench/eval_furniture.py --blind aside8       # the eighth part only (aside8)
    python bench/eval_furniture.py --blind aside9       # the ninth part only (aside9)
    python bench/eval_furniture.py --blind aside10      # the tenth part only (aside10)
    python bench/eval_furniture.py --blind aside11      # the eleventh part only (aside11)
    python bench/eval_furniture.py --blind aside12      # the twelfth part only (aside12)
    python bench/eval_furniture.py --blind aside13      # the thirteenth part only (aside13)
    python bench/eval_furniture.py --blind aside14      # the fourteenth part only (aside14)
    python bench/eval_furniture.py --blind aside15      # the fifteenth part only (aside15)
    python bench/eval_furniture.py --blind aside16      # the sixteenth part only (aside16)
    python bench/eval_furniture.py --blind aside17      # the seventeenth part only (aside17)
    python bench/eval_furniture.py --blind aside18      # the eighteenth part only (aside18)
    python bench/eval_furniture.py --blind aside19      # the nineteenth part only (aside19)
    python bench/eval_furniture.py --blind aside20      # the twentieth part only (aside20)
    python bench/eval_furniture.py --blind aside21      # the twenty-first part only (aside21)
    python bench/eval_furniture.py --blind aside22      # the twenty-second part only (aside22)
    python bench/eval_furniture.py --blind aside23      # the twenty-third part only (aside23)
    python bench/eval_furniture.py --blind aside24      # the twenty-fourth part only (aside24)
    python bench/eval_furniture.py --blind aside25      # the twenty-fifth part only (aside25)
    python bench/eval_furniture.py --blind aside26      # the twenty-sixth part only (aside26)
    python bench/eval_furniture.py --blind aside27      # the twenty-seventh part only (aside27)
    python bench/eval_furniture.py --blind aside28      # the twenty-eighth part only (aside28)
    python bench/eval_furniture.py --blind aside29      # the twenty-ninth part only (aside29)
    python bench/eval_furniture.py --blind aside30      # the thirtieth part only (aside30)
    python bench/eval_furniture.py --blind aside31      # the thirty-first part only (aside31)
    python bench/eval_furniture.py --blind aside32      # the thirty-second part only (aside32)
    python bench/eval_furniture.py --blind aside33      # the thirty-third part only (aside33)
    python bench/eval_furniture.py --blind aside34      # the thirty-fourth part only (aside34)
    python bench/eval_furniture.py --blind aside35      # the thirty-fifth part only (aside35)
    python bench/eval_furniture.py --blind aside36      # the thirty-sixth part only (aside36)
    python bench/eval_furniture.py --blind aside37      # the thirty-seventh part (aside37), once
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from briefing.clean import clean_text
from briefing.ingest import ingest

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data" / "furniture" / "articles.jsonl"
DATA2 = ROOT / "data" / "furniture" / "articles2.jsonl"
DATA3 = ROOT / "data" / "furniture" / "articles3.jsonl"
DATA4 = ROOT / "data" / "furniture" / "articles4.jsonl"
DATA5 = ROOT / "data" / "furniture" / "articles5.jsonl"
DATA6 = ROOT / "data" / "furniture" / "articles6.jsonl"
DATA7 = ROOT / "data" / "furniture" / "articles7.jsonl"
DATA8 = ROOT / "data" / "furniture" / "articles8.jsonl"
DATA9 = ROOT / "data" / "furniture" / "articles9.jsonl"
DATA10 = ROOT / "data" / "furniture" / "articles10.jsonl"
DATA11 = ROOT / "data" / "furniture" / "articles11.jsonl"
DATA12 = ROOT / "data" / "furniture" / "articles12.jsonl"
DATA13 = ROOT / "data" / "furniture" / "articles13.jsonl"
DATA14 = ROOT / "data" / "furniture" / "articles14.jsonl"
DATA15 = ROOT / "data" / "furniture" / "articles15.jsonl"
DATA16 = ROOT / "data" / "furniture" / "articles16.jsonl"
DATA17 = ROOT / "data" / "furniture" / "articles17.jsonl"
DATA18 = ROOT / "data" / "furniture" / "articles18.jsonl"
DATA19 = ROOT / "data" / "furniture" / "articles19.jsonl"
DATA20 = ROOT / "data" / "furniture" / "articles20.jsonl"
DATA21 = ROOT / "data" / "furniture" / "articles21.jsonl"
DATA22 = ROOT / "data" / "furniture" / "articles22.jsonl"
DATA23 = ROOT / "data" / "furniture" / "articles23.jsonl"
DATA24 = ROOT / "data" / "furniture" / "articles24.jsonl"
DATA25 = ROOT / "data" / "furniture" / "articles25.jsonl"
DATA26 = ROOT / "data" / "furniture" / "articles26.jsonl"
DATA27 = ROOT / "data" / "furniture" / "articles27.jsonl"
DATA28 = ROOT / "data" / "furniture" / "articles28.jsonl"
DATA29 = ROOT / "data" / "furniture" / "articles29.jsonl"
DATA30 = ROOT / "data" / "furniture" / "articles30.jsonl"
DATA31 = ROOT / "data" / "furniture" / "articles31.jsonl"
DATA32 = ROOT / "data" / "furniture" / "articles32.jsonl"
DATA33 = ROOT / "data" / "furniture" / "articles33.jsonl"
DATA34 = ROOT / "data" / "furniture" / "articles34.jsonl"
DATA35 = ROOT / "data" / "furniture" / "articles35.jsonl"
DATA36 = ROOT / "data" / "furniture" / "articles36.jsonl"
DATA37 = ROOT / "data" / "furniture" / "articles37.jsonl"
SPLITS = ("tune", "aside", *(f"aside{n}" for n in range(2, 38)))
# The blind parts' splits: each part is its own file, all one split, read only when ``--blind``
# names it (``aside2``: DATA2, ``aside3``: DATA3, ``aside4``: DATA4, ``aside5``: DATA5,
# ``aside6``: DATA6, ``aside7``: DATA7, ``aside8``: DATA8, ``aside9``: DATA9, ``aside10``:
# DATA10, ``aside11``: DATA11, ``aside12``: DATA12, ``aside13``: DATA13, ``aside14``: DATA14,
# ``aside15``: DATA15, ``aside16``: DATA16, ``aside17``: DATA17, ``aside18``: DATA18,
# ``aside19``: DATA19, ``aside20``: DATA20, ``aside21``: DATA21, ``aside22``: DATA22,
# ``aside23``: DATA23, ``aside24``: DATA24, ``aside25``: DATA25, ``aside26``: DATA26,
# ``aside27``: DATA27, ``aside28``: DATA28, ``aside29``: DATA29, ``aside30``: DATA30,
# ``aside31``: DATA31, ``aside32``: DATA32, ``aside33``: DATA33, ``aside34``: DATA34,
# ``aside35``: DATA35, ``aside36``: DATA36, ``aside37``: DATA37).
BLIND_PARTS = SPLITS[2:]
FIELDS = ("id", "kind", "platform", "outlet", "title", "text", "junk", "split")
_NOW = dt.datetime(2033, 9, 3, 12, 0, tzinfo=dt.UTC)

# Platform families for the per-kind counts: the first family whose words occur in the
# record's free-text ``platform`` (so "newspaper live blog" is a live blog, and "wordpress news
# site page (newspaper theme)" is WordPress).
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wordpress", ("wordpress",)),
    ("substack", ("substack",)),
    ("ghost", ("ghost",)),
    ("medium", ("medium",)),
    ("blogger", ("blogger",)),
    ("google news", ("google news",)),
    ("reddit", ("reddit",)),
    ("hacker news", ("hacker news",)),
    ("syndication portal", ("syndication",)),
    ("live blog", ("live",)),
    ("wire service", ("wire service",)),
    ("broadcaster", ("broadcaster", "public radio", "local tv")),
    ("press release / government", ("press release", "government")),
    ("newsletter", ("newsletter",)),
    ("magazine", ("magazine",)),
    ("tech / trade / science", ("tech", "trade", "science", "business news")),
    ("newspaper / other", ("",)),
)


@dataclass(frozen=True)
class Record:
    """One labelled article text."""

    id: str
    kind: str
    platform: str
    outlet: str
    title: str
    text: str
    junk: tuple[str, ...]
    split: str

    @property
    def family(self) -> str:
        return family(self.platform)

    @property
    def news(self) -> tuple[str, ...]:
        """The non-empty lines that are not junk."""
        junk = set(self.junk)
        return tuple(ln for ln in self.text.split("\n") if ln.strip() and ln not in junk)


@dataclass
class Tally:
    """Counts for one group of records."""

    records: int = 0
    junk: int = 0
    junk_left: int = 0
    news: int = 0
    news_lost: int = 0
    left_lines: list[tuple[str, str]] = field(default_factory=list)
    lost_lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, record: Record, cleaned: str) -> None:
        whole = {_squash(ln) for ln in cleaned.split("\n") if ln.strip()}
        self.records += 1
        for line in record.junk:
            self.junk += 1
            if _squash(line) in whole:
                self.junk_left += 1
                self.left_lines.append((record.id, line))
        for line in record.news:
            self.news += 1
            if _squash(line) not in whole:
                self.news_lost += 1
                self.lost_lines.append((record.id, line))

    def row(self, name: str) -> str:
        return (
            f"  {name:<28} {self.records:>3} records  junk left {self.junk_left:>3}/{self.junk:<3}"
            f" ({_pct(self.junk_left, self.junk)})  news lost {self.news_lost:>3}/{self.news:<3}"
            f" ({_pct(self.news_lost, self.news)})"
        )


def family(platform: str) -> str:
    """The platform family of a free-text platform description."""
    low = platform.lower()
    for name, words in FAMILIES:
        if any(word in low for word in words):
            return name
    return FAMILIES[-1][0]


def load(path: Path = DATA) -> list[Record]:
    """Every record of the data file, in order."""
    records: list[Record] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if not isinstance(raw, dict) or set(raw) != set(FIELDS):
            raise ValueError(f"{path}:{n}: a record needs exactly the fields {FIELDS}")
        records.append(
            Record(
                id=str(raw["id"]),
                kind=str(raw["kind"]),
                platform=str(raw["platform"]),
                outlet=str(raw["outlet"]),
                title=str(raw["title"]),
                text=str(raw["text"]),
                junk=tuple(str(j) for j in raw["junk"]),
                split=str(raw["split"]),
            )
        )
    return records


def select(records: Iterable[Record], *, tune_only: bool, blind: str | None = None) -> list[Record]:
    """The records a run measures: ``tune`` with ``tune_only``, the blind part ``blind`` names
    (``aside2`` to ``aside37``) alone, else ``tune`` and ``aside`` (never a blind part
    unless ``blind`` names it)."""
    if tune_only and blind:
        raise ValueError("--tune-only and --blind exclude each other")
    if blind is not None and blind not in BLIND_PARTS:
        raise ValueError(f"no blind part {blind!r}; the parts are {BLIND_PARTS}")
    wanted = ("tune",) if tune_only else (blind,) if blind else ("tune", "aside")
    return [r for r in records if r.split in wanted]


def _squash(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def _html_line(line: str) -> str:
    """A line as HTML text: escaped, its gaps of two spaces or more as as many no-break spaces."""
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), escape(line, quote=False))


def rss(record: Record) -> str:
    """The record as a one-item RSS 2.0 document (its text as HTML, one paragraph a line; a gap
    of two spaces or more as no-break spaces, as HTML must write a visible gap: an aggregator's
    "<headline>&nbsp;&nbsp;<Outlet>")."""
    body = "".join(f"<p>{_html_line(ln)}</p>" for ln in record.text.split("\n"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(record.outlet)}</title><link>https://feed.example/</link>"
        "<description>furniture benchmark</description>"
        f"<item><title>{escape(record.title)}</title>"
        f"<link>https://feed.example/{escape(record.id)}</link>"
        "<pubDate>Tue, 02 Sep 2033 09:00:00 +0000</pubDate>"
        f"<description>{escape(body)}</description></item></channel></rss>\n"
    )


def through_feed(record: Record, folder: Path) -> str:
    """The text ``briefing`` keeps of the record read as a feed file by ``briefing.ingest``."""
    path = folder / f"{record.id}.xml"
    path.write_text(rss(record), encoding="utf-8")
    result = ingest([str(path)], now=_NOW)
    return "\n".join(article.text for article in result.articles)


def measure(
    records: Iterable[Record], clean: Callable[[Record], str]
) -> dict[str, dict[str, Tally]]:
    """Per split: a tally for all records (key ``all``), per kind and per platform family."""
    out: dict[str, dict[str, Tally]] = {}
    for record in records:
        cleaned = clean(record)
        groups = out.setdefault(record.split, {})
        for key in ("all", f"kind: {record.kind}", f"family: {record.family}"):
            groups.setdefault(key, Tally()).add(record, cleaned)
    return out


def report(title: str, tallies: dict[str, dict[str, Tally]], *, listing: bool) -> None:
    print(f"== {title}")
    for split in SPLITS:
        if split not in tallies:
            continue
        groups = tallies[split]
        print(f"-- split {split}")
        print(groups["all"].row("all"))
        for key in sorted(k for k in groups if k.startswith("kind: ")):
            print(groups[key].row(key))
        for key in sorted(k for k in groups if k.startswith("family: ")):
            print(groups[key].row(key))
        if listing:
            for rid, line in groups["all"].left_lines:
                print(f"    junk left  [{rid}] {line}")
            for rid, line in groups["all"].lost_lines:
                print(f"    news lost  [{rid}] {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--tune-only", action="store_true", help="run only the tune split")
    parser.add_argument("--list", action="store_true", help="print each junk left / news lost")
    parser.add_argument(
        "--blind",
        nargs="?",
        const="aside2",
        choices=BLIND_PARTS,
        metavar="PART",
        help="run only a blind part's split: aside2 (the default), or aside3 to aside37",
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--data2", type=Path, default=DATA2, help="the second part (--blind)")
    parser.add_argument("--data3", type=Path, default=DATA3, help="the third part (--blind aside3)")
    parser.add_argument(
        "--data4", type=Path, default=DATA4, help="the fourth part (--blind aside4)"
    )
    parser.add_argument("--data5", type=Path, default=DATA5, help="the fifth part (--blind aside5)")
    parser.add_argument("--data6", type=Path, default=DATA6, help="the sixth part (--blind aside6)")
    parser.add_argument(
        "--data7", type=Path, default=DATA7, help="the seventh part (--blind aside7)"
    )
    parser.add_argument(
        "--data8", type=Path, default=DATA8, help="the eighth part (--blind aside8)"
    )
    parser.add_argument("--data9", type=Path, default=DATA9, help="the ninth part (--blind aside9)")
    parser.add_argument(
        "--data10", type=Path, default=DATA10, help="the tenth part (--blind aside10)"
    )
    parser.add_argument(
        "--data11", type=Path, default=DATA11, help="the eleventh part (--blind aside11)"
    )
    parser.add_argument(
        "--data12", type=Path, default=DATA12, help="the twelfth part (--blind aside12)"
    )
    parser.add_argument(
        "--data13", type=Path, default=DATA13, help="the thirteenth part (--blind aside13)"
    )
    parser.add_argument(
        "--data14", type=Path, default=DATA14, help="the fourteenth part (--blind aside14)"
    )
    parser.add_argument(
        "--data15", type=Path, default=DATA15, help="the fifteenth part (--blind aside15)"
    )
    parser.add_argument(
        "--data16", type=Path, default=DATA16, help="the sixteenth part (--blind aside16)"
    )
    parser.add_argument(
        "--data17", type=Path, default=DATA17, help="the seventeenth part (--blind aside17)"
    )
    parser.add_argument(
        "--data18", type=Path, default=DATA18, help="the eighteenth part (--blind aside18)"
    )
    parser.add_argument(
        "--data19", type=Path, default=DATA19, help="the nineteenth part (--blind aside19)"
    )
    parser.add_argument(
        "--data20", type=Path, default=DATA20, help="the twentieth part (--blind aside20)"
    )
    parser.add_argument(
        "--data21", type=Path, default=DATA21, help="the twenty-first part (--blind aside21)"
    )
    parser.add_argument(
        "--data22", type=Path, default=DATA22, help="the twenty-second part (--blind aside22)"
    )
    parser.add_argument(
        "--data23", type=Path, default=DATA23, help="the twenty-third part (--blind aside23)"
    )
    parser.add_argument(
        "--data24", type=Path, default=DATA24, help="the twenty-fourth part (--blind aside24)"
    )
    parser.add_argument(
        "--data25", type=Path, default=DATA25, help="the twenty-fifth part (--blind aside25)"
    )
    parser.add_argument(
        "--data26", type=Path, default=DATA26, help="the twenty-sixth part (--blind aside26)"
    )
    parser.add_argument(
        "--data27", type=Path, default=DATA27, help="the twenty-seventh part (--blind aside27)"
    )
    parser.add_argument(
        "--data28", type=Path, default=DATA28, help="the twenty-eighth part (--blind aside28)"
    )
    parser.add_argument(
        "--data29", type=Path, default=DATA29, help="the twenty-ninth part (--blind aside29)"
    )
    parser.add_argument(
        "--data30", type=Path, default=DATA30, help="the thirtieth part (--blind aside30)"
    )
    parser.add_argument(
        "--data31", type=Path, default=DATA31, help="the thirty-first part (--blind aside31)"
    )
    parser.add_argument(
        "--data32", type=Path, default=DATA32, help="the thirty-second part (--blind aside32)"
    )
    parser.add_argument(
        "--data33", type=Path, default=DATA33, help="the thirty-third part (--blind aside33)"
    )
    parser.add_argument(
        "--data34", type=Path, default=DATA34, help="the thirty-fourth part (--blind aside34)"
    )
    parser.add_argument(
        "--data35", type=Path, default=DATA35, help="the thirty-fifth part (--blind aside35)"
    )
    parser.add_argument(
        "--data36", type=Path, default=DATA36, help="the thirty-sixth part (--blind aside36)"
    )
    parser.add_argument(
        "--data37", type=Path, default=DATA37, help="the thirty-seventh part (--blind aside37)"
    )
    args = parser.parse_args(argv)
    if args.tune_only and args.blind:
        parser.error("--tune-only and --blind exclude each other")
    paths = {
        "aside2": args.data2,
        "aside3": args.data3,
        "aside4": args.data4,
        "aside5": args.data5,
        "aside6": args.data6,
        "aside7": args.data7,
        "aside8": args.data8,
        "aside9": args.data9,
        "aside10": args.data10,
        "aside11": args.data11,
        "aside12": args.data12,
        "aside13": args.data13,
        "aside14": args.data14,
        "aside15": args.data15,
        "aside16": args.data16,
        "aside17": args.data17,
        "aside18": args.data18,
        "aside19": args.data19,
        "aside20": args.data20,
        "aside21": args.data21,
        "aside22": args.data22,
        "aside23": args.data23,
        "aside24": args.data24,
        "aside25": args.data25,
        "aside26": args.data26,
        "aside27": args.data27,
        "aside28": args.data28,
        "aside29": args.data29,
        "aside30": args.data30,
        "aside31": args.data31,
        "aside32": args.data32,
        "aside33": args.data33,
        "aside34": args.data34,
        "aside35": args.data35,
        "aside36": args.data36,
        "aside37": args.data37,
    }
    records = select(
        load(paths[args.blind] if args.blind else args.data),
        tune_only=args.tune_only,
        blind=args.blind,
    )
    report(
        "clean_text(text, outlet=outlet)",
        measure(records, lambda r: clean_text(r.text, outlet=r.outlet)),
        listing=args.list,
    )
    feeds = [r for r in records if r.kind == "feed"]
    with tempfile.TemporaryDirectory(prefix="furniture-") as tmp:
        folder = Path(tmp)
        report(
            "feed path: RSS file -> briefing.ingest (feed records only)",
            measure(feeds, lambda r: through_feed(r, folder)),
            listing=args.list,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
