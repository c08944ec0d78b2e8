"""One wire's two events of one day stay two stories: a cannot-link over the grouping's result.

A wire files many reports a day, and two of its reports on two events of one kind are written
from one template: the same dateline, the same kind words ("roof", "fire"), often the same
city, minister or company. Fresh43's d1036: "PORTO, Portugal, Feb 25 (IAW) - A fire at a
municipal bus depot in the Campanhã district ..." and, from the same desk, "PORTO, Portugal, Feb
25 (IAW) - A fire swept through a row of small workers' cottages in the Bonfim district ..."
were one story, and the local paper's page on the cottages with them. On the grouping set's
tuning days, of the pairs of one outlet's articles of one day, 3 are one story (two refiles
headed "UPDATE 2-", a live page and its checklist) and 165 are two; the grouping joined three
of the 165 (d433, d450, d1036), each by another step (the agglomeration, ``lone_pairs``,
``story_links``).

What tells a wire's refile of its report from its report of another event is the text: a
refile carries the first version's paragraphs over (``_carried``: a run of
``_CARRIED_WORDS`` words both say), and one event's reports name its own place, firm or people
in their leads. So two articles are *one wire's two events* (``wire_apart``) when

* both open with a wire's dateline, of one agency (its code, "(IAW)", or the same outlet),
* neither carries a run of ``_CARRIED_WORDS`` words of the other, and
* they were filed from two places and no headline of either names a thing of its own (not a
  country or region) that the other's headlines say (``apart.filed_apart``'s test: one big
  event filed from two towns names its own name in both headlines); or they were filed from
  one place and each lead names something, a capitalised word it writes mid-sentence (not the
  dateline's place, a month or a weekday, nor a word the day writes in lower case), that the
  other's headline and text never say: the Campanhã depot's report never says "Bonfim", the
  cottages' never "Campanhã". A sidebar or a reaction of the same wire names its event's
  place or firm, which the report says.

A live page, a checklist, a local paper's pages have no wire's dateline and are never judged.
A state or province that either text calls so ("India's Kerala state", "the state of Kerala":
``apart.named_regions``) is where both events happen, no name of one, as a country is not
(apart48, fresh45's d1083: one wire's boat rescue off Vizhinjam and hostel poisoning in
Kottayam, both headlines saying "Kerala's").

Two reports of any outlets whose datelines name one town qualified by two countries or states,
neither text saying the other's qualifier (``apart.datelines_apart``: "VICTORIA, Seychelles"
and "VICTORIA, British Columbia", fresh45's d1081; fresh30's d719's two Córdobas), are two
events too, kept apart here after the steps that read no dateline joined them.

``keep_wires_apart`` runs after every joining step: a group that holds one wire's two events
is split around them, each other member going, most similar first, to the side whose members
it is closest to on average (the grouping's own linkage), never to a side holding an article
it is one wire's other event to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.angles import is_place, lead_text, roots
from briefing.apart import (
    datelines_apart,
    headlines_share_no_own_name,
    named_regions,
    qualified_place,
    text_names,
)
from briefing.clean.dateline import filed_from, opening_dateline
from briefing.features import Vector, content_word, cos, first_item, terms
from briefing.models import Article
from briefing.text import split_sentences

__all__ = ["keep_wires_apart", "wire_apart"]

_CARRIED_WORDS = 8  # a refile's carried-over sentence shares a run of this many words
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _filed(dateline: str | None, text: str) -> tuple[str, str] | None:
    """The agency and place an article's wire dateline gives (``filed_from``), read from the
    dateline kept apart from the text (a dateline alone on its line is cut from it) or from the
    text's opening."""
    if dateline and (found := filed_from(dateline.strip() + " x")) is not None:
        return found
    return filed_from(text)


@lru_cache(maxsize=4096)
def _runs(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    n = _CARRIED_WORDS
    return frozenset(tuple(words[k : k + n]) for k in range(len(words) - n + 1))


def _carried(a: Article, b: Article) -> bool:
    """Whether one article carries a run of ``_CARRIED_WORDS`` words of the other's text."""
    small, large = sorted((_runs(a.text), _runs(b.text)), key=len)
    return not small.isdisjoint(large)


def _lead_said(art: Article) -> set[str]:
    """Every term of an article's headline and lead, with its roots."""
    return {r for t in terms(lead_text(art)) for r in roots(t)}


def _lead_names(art: Article, lower: frozenset[str]) -> set[str]:
    """The stems of the names an article's lead writes mid-sentence (``apart.text_names``),
    but for its dateline's words (its place, its month, its agency's code) and a country's."""
    opening = art.dateline or opening_dateline(art.text) or ""
    dateline = {w for t in _WORD.findall(opening) if (w := content_word(t))}
    out: set[str] = set()
    for name in text_names(lead_text(art), lower):
        word = content_word(name)
        if word and word not in dateline and not is_place(word):
            out.add(word)
    return out


def wire_apart(a: Article, b: Article, lower: frozenset[str] = frozenset()) -> bool:
    """Whether ``a`` and ``b`` are one wire's reports of two events (the module docstring)."""
    fa, fb = _filed(a.dateline, a.text), _filed(b.dateline, b.text)
    if fa is None or fb is None:
        return False
    same_outlet = bool(a.outlet_key) and a.outlet_key == b.outlet_key
    if fa[0] != fb[0] and not same_outlet:
        return False
    if _carried(a, b):
        return False
    # a state or province either text calls so is where both events happen, no name of one
    regions = _regions(f"{a.title}\n{a.text}") | _regions(f"{b.title}\n{b.text}")
    mine, theirs = _lead_names(a, lower) - regions, _lead_names(b, lower) - regions
    if not mine.isdisjoint(_lead_said(b)) or not theirs.isdisjoint(_lead_said(a)):
        # the leads share a name: one event's place, firm or people, unless one calls its event
        # another of the other's kind and each names a thing the other's text never says
        return (_another_of(a, b) or _another_of(b, a)) and bool(
            mine - _text_said(b) and theirs - _text_said(a)
        )
    if fa[1] != fb[1]:
        return headlines_share_no_own_name(a, b, lower, regions)
    return bool(mine and theirs)


# "a second sinkhole", "another bomb", "a third World War Two bomb": a new event of a kind the
# day has had; not a span of time ("for a second day", "a third time": the same event goes on)
_ANOTHER = re.compile(
    r"\b(?:second|third|fourth|another)\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?",
    re.IGNORECASE,
)
_SPANS = frozenset(
    "time times day days night nights week weeks month months year years round rounds term terms "
    "quarter half leg stage wave".split()
)


def _another_of(a: Article, b: Article) -> bool:
    """Whether ``a``'s headline or first sentence calls its event a second, a third or another
    of a thing ``b``'s headline names ("Second sinkhole opens in ...'s eastern suburbs" beside
    "Sinkhole swallows car on street in ...": fresh47's d1132, whose second report's lead names
    the first's district, "across the city from the collapse in the ... district"). Of a
    wire's pairs of one day on the offline days, every one so written was two events."""
    sentences = split_sentences(first_item(a.text))
    words = [w for t in _WORD.findall(b.title) if (w := content_word(t))]
    heads = set(words)
    # "Another car falls into widening ... sinkhole" beside "Sinkhole swallows car ...": a
    # headline that names the thing the other's headline opens with, outside its "another",
    # tells that thing's update (review54's probe), not a second event of its kind
    rest = _ANOTHER.sub(" ", a.title)
    if words and any(content_word(t) == words[0] for t in _WORD.findall(rest)):
        return False
    for match in _ANOTHER.finditer(f"{a.title}\n{sentences[0] if sentences else ''}"):
        for word in match.groups():
            if word is None or word.casefold() in _SPANS:
                break
            if content_word(word) in heads:
                return True
    return False


def _text_said(art: Article) -> frozenset[str]:
    """Every term of an article's headline and text, with its roots."""
    return _said_in(f"{art.title}\n{art.text}")


@lru_cache(maxsize=4096)
def _said_in(text: str) -> frozenset[str]:
    return frozenset(r for t in terms(text) for r in roots(t))


@lru_cache(maxsize=4096)
def _regions(text: str) -> frozenset[str]:
    """``apart.named_regions`` of a text, once per text."""
    return frozenset(named_regions(text))


def keep_wires_apart(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    vectors: Sequence[Vector],
    lower: frozenset[str] = frozenset(),
) -> list[list[int]]:
    """``groups`` with each group that holds one wire's two events (``wire_apart``), or two
    reports from two towns of one name (``apart.datelines_apart``), split around them (the
    module docstring); the others as they are."""
    dated = [_filed(a.dateline, a.text) is not None or qualified_place(a) is not None for a in arts]
    out: list[list[int]] = []
    for group in groups:
        members = sorted(group)
        wired = [i for i in members if dated[i]]
        apart = {
            (i, j)
            for k, i in enumerate(wired)
            for j in wired[k + 1 :]
            if datelines_apart(arts[i], arts[j]) or wire_apart(arts[i], arts[j], lower)
        }
        if not apart:
            out.append(list(group))
            continue
        out.extend(_split(members, apart, vectors))
    return out


def _split(
    members: list[int], apart: set[tuple[int, int]], vectors: Sequence[Vector]
) -> list[list[int]]:
    """``members`` split so that no side holds a pair of ``apart``: the first pair's two
    articles seed two sides; every other member, most similar first, joins the side it is
    closest to on average and holds no article it is apart from (a side of its own if none)."""

    def held(i: int, side: list[int]) -> bool:
        return any((min(i, j), max(i, j)) in apart for j in side)

    def mean(i: int, side: list[int]) -> float:
        return sum(cos(vectors[i], vectors[j]) for j in side) / len(side)

    first = min(apart)
    sides: list[list[int]] = [[first[0]], [first[1]]]
    left = [i for i in members if i not in first]
    while left:
        best: tuple[float, int, int] | None = None
        for i in left:
            for s, side in enumerate(sides):
                if held(i, side):
                    continue
                score = (mean(i, side), -i, -s)
                if best is None or score > best:
                    best = score
        if best is None:  # every side holds an article each one left is apart from
            i = left[0]
            sides.append([i])
            left.remove(i)
            continue
        i, s = -best[1], -best[2]
        sides[s].append(i)
        left.remove(i)
    return [sorted(side) for side in sides]
