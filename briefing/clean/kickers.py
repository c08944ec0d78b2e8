"""Rows a page prints above an article's first paragraph: its genre, its date, its writer.

Pages open with a row of parts set apart by separators (" — ", " | ", " · ", " ~ ", " / "), in
their own language as often as in English:

- a *genre kicker*: "ANALYSIS — Climate Signal · listening time 6 min", "COLUMN · views of the
  writer", "FILM | Critic's view · spoilers: mild", "EXPLAINER / updated with Danish
  confirmation". The first part is a genre's name (``_GENRES``); where the rest is a sentence of
  news ("Analysis: The bank cut rates on Tuesday."), only the label goes;
- a *dated row*: "CASTRO — Jueves 21 de julio de 2033", "PONTA DELGADA ~ segunda-feira, 1 agosto
  ~ text Rui Cabral", "4 aug 2033, 14:52 · bijgewerkt 16:10": two parts or more, no sentence, and
  a date in one of them: a year, a clock time, a day and month in figures, or a month's or a
  weekday's name in any of the languages Babel knows (``_date_words``);
- a *byline row*: "BRIGHSTONE, Thursday | by Sam Whitcombe, chief reporter", "Art Market Column
  — by Philippa Strand, who writes on the art trade every Wednesday": a part that opens "by" and
  a person's name (two capitalised words), no sentence.

Dated and byline rows are asked only above the first paragraph, a kicker there and on the first
paragraph's own line. A text file's first line is its headline, and a headline is one part, or
a sentence's parts ("Storm kills 4 — thousands flee"): with no date and no byline in it, it is
no row.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["drop_kickers", "genre_kicker"]

_MAX_WORDS = 25  # a kicker with its note
_ROW_WORDS = 16  # a dated or byline row
_SEPARATOR = re.compile(r"\s+[—–|·~/│]\s+|\s*[|·~│]\s*|:\s+")
_SENTENCE_END = re.compile(r"""[.!?…]['"’”)\]]*$""")
_GENRES = frozenset(
    "analysis explainer explained comment commentary column opinion op-ed editorial review "
    "feature interview obituary essay podcast video letters profile factcheck fact-check "
    "q&a briefing newsletter perspective viewpoint film theatre music books opinión opinião "
    "análisis análise analyse kommentar meinung commentaire éditorial editoriale".split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{3,4}\s?(?:GMT|UTC|[A-Z]{2}T)\b")
_DAY_MONTH = re.compile(r"\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_MERIDIEM = re.compile(r"\s?[ap]\.m\.$", re.I)
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z]")
_BY_NAME = re.compile(r"^(?:[\w']+\s+){0,3}?by\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_LOCALES = (
    "en de fr es pt it nl da sv nb nn fi is pl cs sk sl hr sr ro hu tr et lv lt el id fil ms "
    "ca eu gl ga cy sq bg uk ru"
).split()


@functools.lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Months' and weekdays' names, wide and abbreviated, in the languages of ``_LOCALES``, lower
    case and without a final dot; short ones (three letters or fewer) left out, as they are
    words too ("mar", "set", "die")."""
    from babel.dates import get_day_names, get_month_names

    names: set[str] = set()
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for table in (
                    get_month_names(width, context, locale=locale),
                    get_day_names(width, context, locale=locale),
                ):
                    names.update(n.lower().rstrip(".") for n in table.values())
    return frozenset(n for n in names if len(n) > 3)


def _dated(text: str) -> bool:
    if _YEAR.search(text) or _CLOCK.search(text) or _DAY_MONTH.search(text):
        return True
    words = _date_words()
    return any(w.lower() in words for w in _WORD.findall(text))


def genre_kicker(line: str) -> str | None:
    """What is left of ``line`` without its genre kicker: "" when the whole line is the kicker
    and its note, the sentence after it where one follows ("Analysis: The bank cut rates."), and
    None when the line opens with no genre's name."""
    words = line.split()
    if len(words) > _MAX_WORDS:
        return None
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or parts[0].strip().lower() not in _GENRES:
        return None
    rest = parts[1].strip()
    sentence = _SENTENCE_END.search(rest) is not None and len(rest.split()) >= 6
    return rest if sentence and rest[:1].isupper() and not _SEPARATOR.search(rest[:40]) else ""


def _is_row(line: str) -> bool:
    """A dated or byline row: two parts or more, or a byline run into its dates ("By CEN staff,
    published 14/10/2033 09:55, last modified ..."), no sentence (a clock's final "p.m." is
    none)."""
    if len(line.split()) > _ROW_WORDS or _SENTENCE_END.search(_MERIDIEM.sub("", line)):
        return False
    if _BYLINE.match(line):
        return _dated(line)
    parts = [p for p in _SEPARATOR.split(line) if p.strip()]
    if len(parts) < 2:
        return False
    return _dated(line) or any(_BY_NAME.match(p.strip()) for p in parts)


def drop_kickers(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Above the first paragraph (the first kept line that ``is_body`` and is no row), unmark
    dated and byline rows and genre kickers; on the first paragraph's own line, cut a kicker off
    (or unmark the line when it is only a kicker and its note). A row that ends like a sentence
    ("... | Oct. 3, 2033, 12:31 p.m.") is no paragraph. Nothing goes from a text with no
    paragraph (a teaser is all its article has)."""
    if not any(keep[i] and is_body(line) and not _is_row(line) for i, line in enumerate(lines)):
        return
    for i, line in enumerate(lines):
        if not keep[i] or not line:
            continue
        rest = genre_kicker(line)
        if rest == "":
            keep[i] = False
            continue
        if rest is not None:
            lines[i] = rest
            return
        if _is_row(line):
            keep[i] = False
        elif is_body(line):
            return
