"""Grounding: code checks every bullet against the articles it cites.

A bullet passes when it cites at least one article that was given, every number in it (amounts,
percentages, counts, dates, years; "$322m" and "$322 million" are the same number) appears in one
of its cited articles, and every proper name in it does too (with light tolerance for inflection:
"Ukrainian" matches "Ukraine", and a few common aliases such as "US"/"United States").
The overview, which cites nothing, is checked against all articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from briefing.models import Article, BriefingDraft, Bullet

__all__ = ["Failure", "check_bullet", "check_draft", "check_text", "numbers_in"]

_NUMBER = re.compile(
    r"(?<![\w.])(?:[$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(%|per\s?cent|percent))?"
    r"(?:\s?(trillion|billion|million|thousand|bn|tn|m|k)\b)?",
    re.I,
)
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "half": 0.5,
}  # fmt: skip
_WORD_NUMBER = re.compile(
    r"\b(" + "|".join(_WORD_NUMBERS) + r")(?:\s(trillion|billion|million|thousand))?\b", re.I
)
_NAME = re.compile(r"\b(?:[A-Z][\w'’\-]*[A-Za-z]|[A-Z]{2,})\b")
# Capitalised words that are not names: sentence openers, pronouns, function words.
_NOT_NAMES = frozenset(
    """
    a an the this that these those there their they them he she his her it its we our you your
    i in on at of for from to by with without as and but or nor if then than after before while
    when where which who whom whose what why how all some any many most more less few several
    each every both either neither no not new also meanwhile however still yet so since until
    about over under into onto up down out off between among across during despite although
    though because once later earlier today yesterday tomorrow tonight officials official
    according president minister prime secretary spokesman spokeswoman spokesperson chief
    government state department agency ministry police court army military forces troops
    """.split()
)
_ALIASES = {
    "us": ("united states", "u.s", "america", "washington"),
    "u.s": ("united states", "us", "america"),
    "united": ("u.s", "us", "uk", "u.k"),
    "america": ("u.s", "us", "united states"),
    "american": ("u.s", "us", "united states", "america"),
    "uk": ("united kingdom", "britain", "u.k"),
    "britain": ("uk", "u.k", "united kingdom", "british"),
    "british": ("uk", "u.k", "britain", "united kingdom"),
    "eu": ("european union",),
    "un": ("united nations",),
    "kyiv": ("kiev",),
    "kiev": ("kyiv",),
}


def _value(digits: str, decimals: str | None) -> float:
    return float(digits.replace(",", "") + (decimals or ""))


def numbers_in(text: str) -> set[float]:
    """Every number ``text`` states, both as written and scaled ("$322m" → 322 and 322e6)."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        raw = _value(match.group(1), match.group(2))
        found.add(raw)
        scale = (match.group(4) or "").lower()
        if scale:
            found.add(raw * _SCALE[scale])
    for match in _WORD_NUMBER.finditer(text):
        raw = _WORD_NUMBERS[match.group(1).lower()]
        found.add(float(raw))
        if match.group(2):
            found.add(raw * _SCALE[match.group(2).lower()])
    return found


def _claimed_numbers(text: str) -> list[tuple[str, float]]:
    """Numbers a bullet claims, at their full scale ("$322m" claims 322e6, not 322)."""
    claims: list[tuple[str, float]] = []
    for match in _NUMBER.finditer(text):
        value = _value(match.group(1), match.group(2))
        scale = (match.group(4) or "").lower()
        claims.append((match.group(0).strip(), value * _SCALE[scale] if scale else value))
    return claims


def _names(text: str) -> list[str]:
    names: list[str] = []
    for match in _NAME.finditer(text):
        word = match.group(0).strip("'’-")
        if word.lower() in _NOT_NAMES or len(word) < 2:
            continue
        names.append(word)
    return names


def _name_found(name: str, haystack: str) -> bool:
    lower = name.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if re.search(r"\b" + re.escape(lower), haystack):
        return True
    if len(lower) >= 6 and re.search(r"\b" + re.escape(lower[:5]), haystack):
        return True  # inflection: Ukrainian/Ukraine, Russian/Russia, Chinese/China
    return any(alias in haystack for alias in _ALIASES.get(lower.rstrip("."), ()))


@lru_cache(maxsize=4096)
def _facts(text: str) -> tuple[frozenset[float], str]:
    return frozenset(numbers_in(text)), text.lower().replace("’", "'")


def check_text(text: str, sources: Iterable[Article]) -> list[str]:
    """Problems with ``text`` given the articles it may draw on (empty list: it passes)."""
    source_list = list(sources)
    numbers: set[float] = set()
    haystacks: list[str] = []
    for article in source_list:
        nums, hay = _facts(f"{article.title}\n{article.outlet or ''}\n{article.text}")
        numbers |= nums
        haystacks.append(hay)
    haystack = "\n".join(haystacks)
    problems: list[str] = []
    for written, value in _claimed_numbers(text):
        if value not in numbers:
            problems.append(f"number {written!r} is not in its sources")
    missing = [n for n in dict.fromkeys(_names(text)) if not _name_found(n, haystack)]
    if missing:
        problems.append("name(s) not in its sources: " + ", ".join(repr(m) for m in missing))
    return problems


@dataclass(frozen=True)
class Failure:
    section: int
    index: int
    bullet: Bullet
    problems: list[str]

    @property
    def text(self) -> str:
        return self.bullet.text

    @property
    def source_ids(self) -> list[str]:
        return self.bullet.source_ids


def check_bullet(bullet: Bullet, articles: Mapping[str, Article]) -> tuple[Bullet, list[str]]:
    """The bullet with unknown ids removed, and its problems."""
    known = [i for i in dict.fromkeys(bullet.source_ids) if i in articles]
    unknown = [i for i in bullet.source_ids if i not in articles]
    cleaned = Bullet(text=bullet.text, source_ids=known)
    if not known:
        reason = "cites no given article"
        if unknown:
            reason += f" (unknown ids: {', '.join(unknown[:5])})"
        return cleaned, [reason]
    return cleaned, check_text(bullet.text, (articles[i] for i in known))


def check_draft(
    draft: BriefingDraft, articles: Mapping[str, Article]
) -> tuple[BriefingDraft, list[Failure]]:
    """The draft with unknown ids stripped from bullets, and every failing bullet."""
    failures: list[Failure] = []
    sections = []
    for s, section in enumerate(draft.sections):
        bullets = []
        for b, bullet in enumerate(section.bullets):
            cleaned, problems = check_bullet(bullet, articles)
            bullets.append(cleaned)
            if problems:
                failures.append(Failure(section=s, index=b, bullet=cleaned, problems=problems))
        sections.append(section.model_copy(update={"bullets": bullets}))
    return draft.model_copy(update={"sections": sections}), failures
