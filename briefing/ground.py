"""Grounding facts: the numbers and names a text states, and whether articles state them too.

``check_text`` is the first check of every bullet (``briefing.anchor``): every number in it
appears in one of its cited articles, and every proper name in it does too. The overview, which
cites nothing, is checked against all articles.

Numbers: amounts, percentages, counts, dates and years written in digits ("$322m" and
"$322 million" are the same number), and cardinal number words ("twelve", "thirty-five",
"two hundred", "a dozen", "three million"); "twelve" is grounded by a source's "12". Words that
are often not counts ("one", "first", "second", "half") are not claimed.

Names: capitalised words, matched as whole words with a short list of inflection endings
("Ukrainian" matches "Ukraine", "Chinese" matches "China", "Israelis" matches "Israel"; "Austria"
does not match "Australia", "Mark" does not match "market"), plus a few aliases ("US"/"United
States"/"America", "UK"/"Britain", "EU"/"European Union", "UN"/"United Nations", "Kyiv"/"Kiev").
Acronyms, months and days must appear in a source in upper or title case ("US" is not "us",
"May" is not "may"). A capitalised word that opens a sentence is only a name when it is not a
common word: when the cited sources use it in lower case, or it is a common news word
("Lawmakers", "Shares", "Residents"), it is not checked; months and days always are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from briefing.features import CALENDAR_WORDS, designation_at, scale_pattern, scaled
from briefing.metonymy import stands_for
from briefing.models import Article

__all__ = [
    "NumberSpan",
    "check_text",
    "claimed_numbers",
    "is_title_word",
    "name_found",
    "names_in",
    "number_spans",
    "numbers_in",
]

# Thousands grouped by a space ("4 000", "12 500 000"), as French, the Nordic and Slavic
# languages and much of Europe and Africa write them; typeset text by a no-break or thin space.
# Only a group that stands alone is one number: not one of a row of digit groups (a phone
# number, "+60 4 000 7788", "in 2051 2 000 people", a date "9 3 2051"), nor one led by a 0.
_SPACES = "[ \u00a0\u202f\u2009]"
_TYPESET = "[\u00a0\u202f\u2009]"


def _number_pattern(space: str) -> re.Pattern[str]:
    grouped = rf"(?<!\d{_SPACES})(?<!\+)[1-9]\d{{0,2}}(?:{space}\d{{3}})+(?!\d|[.,]\d|{_SPACES}\d)"
    return re.compile(
        rf"(?<![\w.])(?:[$€£¥]\s?)?(\d{{1,3}}(?:,\d{{3}})+|{grouped}|\d+)(\.\d+)?"
        r"(?:\s?(%|per\s?cent|percent))?"
        rf"(?:\s?({scale_pattern()})\b)?",
        re.I,
    )


_NUMBER = _number_pattern(_TYPESET)  # a plain space groups no thousands in English
_NUMBER_SPACED = _number_pattern(_SPACES)
_PLAIN_GROUP = re.compile(r"(?<!\d )(?<!\+)\b[1-9]\d{0,2}(?: \d{3})+(?!\d| \d|[.,]\d)")
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Number words a source may state but a bullet is not held to: too often not counts
# ("one of the", "second round", "half of them").
_LOOSE_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "half": 0.5,
}  # fmt: skip
_WORD_NUMBERS = {**_UNITS, **_TEENS, **_TENS, "hundred": 100, "dozen": 12, **_LOOSE_WORDS}
_TEEN_OR_UNIT = "|".join([*_TEENS, *_UNITS])
_TEN = "|".join(_TENS)
_UNIT = "|".join(_UNITS)
# A spelled-out cardinal: "twelve", "thirty-five", "two hundred and ten", "a dozen",
# "three million". It may match the empty string; a match with no number word is none. The
# lookahead skips the places where no number word starts (without it every word boundary of a
# text is an empty match: 394,000 of them in a 512 KiB article); the matches are the same.
_WORD_NUMBER = re.compile(
    rf"\b(?=\s?(?:{_TEN}|{_TEEN_OR_UNIT}|hundred|dozen)\b)"
    rf"(?:(?P<tens>{_TEN})(?:[-\s](?P<unit>{_UNIT}))?|(?P<small>{_TEEN_OR_UNIT}))?"
    r"(?:\s?\b(?P<mult>hundred|dozen)"
    rf"(?:\s(?:and\s)?(?:(?P<rest_tens>{_TEN})(?:[-\s](?P<rest_unit>{_UNIT}))?"
    rf"|(?P<rest>{_TEEN_OR_UNIT})))?)?"
    r"(?:\s(?P<scale>trillion|billion|million|thousand))?\b",
    re.I,
)
_LOOSE_WORD = re.compile(r"\b(" + "|".join(_LOOSE_WORDS) + r")\b", re.I)
_WORDS = re.compile(r"[^\W\d_]{2,}")

_NAME = re.compile(r"\b(?:[A-Z][\w'\-]*[A-Za-z]|[A-Z]{2,})\b")
# Names of more than one word that aliases are written for, taken whole before single words.
_PHRASE = re.compile(r"\b(?:United (?:States|Kingdom|Nations)|European Union)\b")
# Capitalised words that are never names: pronouns, function words, titles, number words.
_NOT_NAMES = frozenset(
    """
    a an the this that these those there their they them he she his her it its we our you your
    i in on at of for from to by with without as and but or nor if then than after before while
    when where which who whom whose what why how all some any many most more less few several
    each every both either neither no not new also meanwhile however still yet so since until
    about over under into onto up down out off between among across during despite although
    though because once later earlier today yesterday tomorrow tonight officials official
    according president minister prime pm chancellor premier governor secretary spokesman
    spokeswoman spokesperson chief
    government state department agency ministry police court army military forces troops
    amid following ahead along against within through unlike like beyond around near via
    toward towards upon whether even only just such another other others here
    """.split()
) | frozenset(_WORD_NUMBERS)
# Common words that often open a sentence in news copy; at the start of a sentence they are
# not names even when the cited sources happen not to use them in lower case.
_COMMON = frozenset(
    """
    lawmakers legislators shares stocks markets prices investors traders residents locals
    villagers analysts economists experts observers protesters demonstrators rescuers
    firefighters medics doctors nurses workers employees staff unions voters critics
    supporters opponents witnesses survivors victims people families children students
    soldiers fighters militants rebels prosecutors judges lawyers investigators regulators
    lenders banks companies firms authorities leaders ministers negotiators diplomats
    envoys members researchers scientists sources talks sanctions aid funding exports imports
    inflation growth demand supply sales profits revenue oil gas gold fighting shelling
    attacks strikes airstrikes drones missiles hundreds thousands dozens millions billions
    nearly almost roughly around about only just further separately elsewhere overall
    together instead now last next recently previously currently shortly initially finally
    eventually already both most several the activists campaigners farmers drivers passengers
    pilots teachers patients migrants refugees civilians tenants buyers consumers shoppers
    customers users manufacturers producers retailers carmakers airlines insurers shareholders
    creditors borrowers taxpayers households businesses bonds yields rates costs wages
    earnings losses deaths casualties arrests
    """.split()
)
# Words after which a full stop does not end a sentence ("U.S. Treasury", "Mr. Smith").
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev".split())
# Inflection endings tried on a name: Russia/Russian, Ukraine/Ukrainian(s), China/Chinese,
# Israel/Israeli(s), Pakistan/Pakistani, Europe/European, Kenya/Kenyan, Egypt/Egyptian.
_ENDINGS = ("ians", "ian", "ese", "an", "is", "'s", "s", "n", "i")
_ENDING = "(?:" + "|".join(_ENDINGS) + ")?"
_ALIAS_GROUPS = (
    ("US", "U.S.", "United States", "America", "American"),
    ("UK", "U.K.", "United Kingdom", "Britain", "British", "Briton"),
    ("EU", "European Union"),
    ("UN", "United Nations"),
    ("Kyiv", "Kiev"),
    ("France", "French"),
    ("Netherlands", "Dutch"),
    ("Spain", "Spanish"),
    ("Turkey", "Turkish", "Türkiye"),
    ("Poland", "Polish", "Pole"),
    ("Greece", "Greek"),
    ("Switzerland", "Swiss"),
)
_ALIASES: dict[str, tuple[str, ...]] = {
    member.lower().rstrip("."): tuple(m for m in group if m != member)
    for group in _ALIAS_GROUPS
    for member in group
}
_ALIASES["us"] += ("Washington",)
_ALIASES["united"] = ("United States", "U.S.", "US", "UK", "U.K.", "United Kingdom")


def _value(digits: str, decimals: str | None) -> float:
    return float(re.sub(r"[^\d]", "", digits) + (decimals or ""))


@lru_cache(maxsize=2048)
def _numbers_of(text: str) -> re.Pattern[str]:
    """How ``text`` writes its numbers: with thousands grouped by a plain space ("près de
    5 000 volontaires", or a figure alone, "5 000") unless it is written in English, where
    "call 23 456" is a phone number."""
    if not _PLAIN_GROUP.search(text):
        return _NUMBER
    from briefing.language import DEFAULT_LANGUAGE, article_language  # only for such a text

    english = _WORDS.search(text) and article_language("", text) == DEFAULT_LANGUAGE
    return _NUMBER if english else _NUMBER_SPACED


def _words_value(*words: str | None) -> float | None:
    """ "thirty", "five" → 35.0; no words → None."""
    given = [w.lower() for w in words if w]
    return float(sum(_WORD_NUMBERS[w] for w in given)) if given else None


def _spelled(match: re.Match[str]) -> tuple[float, float] | None:
    """The number a spelled-out match states before and after its scale ("two hundred and ten
    million" → 210 and 210e6), or None when the match has no number word."""
    small = _words_value(match["tens"], match["unit"], match["small"])
    if small is None and not match["mult"]:
        return None
    value = 1.0 if small is None else small
    if match["mult"]:
        value *= _WORD_NUMBERS[match["mult"].lower()]
        value += _words_value(match["rest_tens"], match["rest_unit"], match["rest"]) or 0.0
    return value, scaled(value, match["scale"])


def numbers_in(text: str) -> set[float]:
    """Every number ``text`` states, both as written and scaled ("$322m" → 322 and 322e6,
    "three million" → 3 and 3e6), and each word of a spelled-out number alone
    ("thirty-five" → 35, 30 and 5). Every claim checks the numbers of the same evidence, so
    those of the last texts are kept (as for ``features.terms``)."""
    return set(_numbers_in(text))


@lru_cache(maxsize=512)
def _numbers_in(text: str) -> frozenset[float]:
    found: set[float] = set()
    for match in _numbers_of(text).finditer(text):
        raw = _value(match.group(1), match.group(2))
        found.add(raw)
        scale = (match.group(4) or "").lower()
        if scale:
            found.add(scaled(raw, scale))
    for match in _WORD_NUMBER.finditer(text):
        spelled = _spelled(match)
        if spelled is None:
            continue
        found.update(spelled)
        small = _words_value(match["tens"], match["unit"], match["small"])
        if small is not None:
            found.add(small)
        for group in ("tens", "unit", "small", "mult", "rest_tens", "rest_unit", "rest"):
            if match[group]:
                found.add(float(_WORD_NUMBERS[match[group].lower()]))
    for match in _LOOSE_WORD.finditer(text):
        found.add(float(_LOOSE_WORDS[match.group(1).lower()]))
    return frozenset(found)


@dataclass(frozen=True)
class NumberSpan:
    """A number ``text`` states, where (``start``, ``end``), at full scale, and whether it is a
    percentage."""

    start: int
    end: int
    written: str
    value: float
    percent: bool


def number_spans(text: str) -> list[NumberSpan]:
    """The quantities a text states (see ``claimed_numbers``), with their positions, in order;
    a number that is part of a name ("AIM-120", "COVID-19": ``features.designation_at``) is
    not one. Kept for the last texts, as ``numbers_in``."""
    return list(_number_spans(text))


@lru_cache(maxsize=512)
def _number_spans(text: str) -> tuple[NumberSpan, ...]:
    spans: list[NumberSpan] = []
    for match in _numbers_of(text).finditer(text):
        if designation_at(text, match.start()):
            continue
        value = _value(match.group(1), match.group(2))
        scale = (match.group(4) or "").lower()
        full = scaled(value, scale)
        written = match.group(0).rstrip()
        end = match.start() + len(written)
        spans.append(NumberSpan(match.start(), end, written, full, bool(match.group(3))))
    for match in _WORD_NUMBER.finditer(text):
        spelled = _spelled(match)
        bare_one = (match["small"] or "").lower() == "one" and not match["mult"]
        if spelled is None or (bare_one and not match["scale"]) or not match.group(0).strip():
            continue
        spans.append(NumberSpan(match.start(), match.end(), match.group(0), spelled[1], False))
    return tuple(sorted(spans, key=lambda s: s.start))


def claimed_numbers(text: str) -> list[tuple[str, float]]:
    """Numbers a bullet claims, at their full scale ("$322m" claims 322e6, not 322; "twelve"
    claims 12). "one" is only claimed with a multiplier ("one million"); ordinals and "half"
    never are."""
    claims: list[tuple[str, float]] = []
    for match in _numbers_of(text).finditer(text):
        value = _value(match.group(1), match.group(2))
        scale = (match.group(4) or "").lower()
        claims.append((match.group(0).strip(), scaled(value, scale)))
    for match in _WORD_NUMBER.finditer(text):
        spelled = _spelled(match)
        bare_one = (match["small"] or "").lower() == "one" and not match["mult"]
        if spelled is None or (bare_one and not match["scale"]):
            continue
        claims.append((match.group(0).strip(), spelled[1]))
    return claims


@dataclass(frozen=True)
class _Candidate:
    word: str
    opener: bool  # first word of the bullet or of a sentence inside it


def _opens_sentence(before: str) -> bool:
    before = before.rstrip().rstrip("\"'“‘([").rstrip()
    if not before:
        return True
    if before[-1] not in ".!?:;":
        return False
    if before[-1] != ".":
        return True
    last = before[:-1].split()[-1:] or [""]
    token = last[0].lower().lstrip("\"'“‘(")
    # "U.S. Treasury", "J. Smith", "Mr. Smith": an abbreviation, not the end of a sentence.
    return not (token in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", token))


def _candidates(text: str) -> Iterator[_Candidate]:
    text = text.replace("’", "'")
    for match in _PHRASE.finditer(text):
        yield _Candidate(match.group(0), _opens_sentence(text[: match.start()]))
    text = _PHRASE.sub(lambda m: " " * len(m.group(0)), text)
    for match in _NAME.finditer(text):
        opener = _opens_sentence(text[: match.start()])
        for i, part in enumerate(match.group(0).split("-")):
            word = part.strip("'")
            if word.endswith("'s"):
                word = word[:-2]
            if len(word) < 2 or not word[0].isupper() or word.lower() in _NOT_NAMES:
                continue
            yield _Candidate(word, opener and i == 0)


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    """Whole-word pattern for ``word`` and its inflections (case-insensitive)."""
    lower = word.lower()
    if word.isupper() or "." in word:  # an acronym takes only a plural: "NGOs"
        stem = re.escape(lower.rstrip("."))
        return re.compile(rf"(?<!\w){stem}(?:s|'s)?(?!\w)", re.I)
    # The word itself, or with a "y" (German → Germany).
    stems = [re.escape(lower).replace(r"\ ", r"\s+") + "y?"]
    bases = [lower] + ([lower[:-1]] if lower.endswith("s") and len(lower) > 4 else [])
    for base in bases:
        if base[-1] in "aeyo" and len(base) >= 4:  # Ukraine → Ukrain(ian), China → Chin(ese)
            stems.append(re.escape(base[:-1]))
        for ending in _ENDINGS:  # Ukrainian → Ukrain(e), Chinese → Chin(a), Israeli → Israel
            if base.endswith(ending) and len(base) - len(ending) >= 4:
                stems.append(re.escape(base[: -len(ending)]) + "[aeyo]?")
    alternatives = "|".join(dict.fromkeys(stems))
    return re.compile(rf"(?<!\w)(?:{alternatives}){_ENDING}(?!\w)", re.I)


def _matches(word: str, haystack: str) -> Iterator[str]:
    return (m.group(0) for m in _pattern(word).finditer(haystack))


def is_title_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a function word, a title or an institution rather than
    a name of its own ("President", "Ministry", "Police", "The")."""
    return word.lower() in _NOT_NAMES


def name_found(name: str, haystack: str) -> bool:
    """Whether ``haystack`` (a source's text, in its own case) states ``name``: as a whole word,
    inflected, or by an alias. Acronyms, months and days must not appear only in lower case."""
    name = name.replace("’", "'")
    if name.endswith("'s"):
        name = name[:-2]
    if name.endswith("s") and len(name) > 2 and name[:-1].isupper():
        name = name[:-1]  # "NGOs" is the acronym "NGO" in the plural
    key = name.lower().rstrip(".")
    keys = [key] + ([key[:-1]] if key.endswith("s") else [])
    for word in (name, *(a for k in keys for a in _ALIASES.get(k, ()))):
        strict = word.isupper() or "." in word or word.lower() in CALENDAR_WORDS
        if any(not strict or not found.islower() for found in _matches(word, haystack)):
            return True
    return False


def _is_common(word: str, haystack: str) -> bool:
    """Whether a sentence-opening ``word`` is a common word rather than a name."""
    lower = word.lower()
    # Month and day names carry dates: always checked, and only in title case ("May" is not
    # "may").
    if lower in CALENDAR_WORDS:
        return False
    if lower in _COMMON:
        return True
    return not word.isupper() and any(found.islower() for found in _matches(word, haystack))


def names_in(text: str, haystack: str = "") -> list[str]:
    """The proper names ``text`` states that its sources must contain, once each. A word that
    opens a sentence is left out when it is a common word (see ``_is_common``)."""
    names = (c.word for c in _candidates(text) if not (c.opener and _is_common(c.word, haystack)))
    return list(dict.fromkeys(names))


@lru_cache(maxsize=4096)
def _facts(text: str) -> tuple[frozenset[float], str]:
    return frozenset(numbers_in(text)), text.replace("’", "'")


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
    for written, value in claimed_numbers(text):
        if value not in numbers:
            problems.append(f"number {written!r} is not in its sources")
    missing = [
        n
        for n in names_in(text, haystack)
        if not name_found(n, haystack)
        and not any(name_found(m, haystack) for m in stands_for(n, text))
    ]
    if missing:
        problems.append("name(s) not in its sources: " + ", ".join(repr(m) for m in missing))
    return problems
