"""Conflicts: articles of one story that give different values for the same thing.

A *fact* is a number and the words next to it: the first content word after it ("12 *dead*",
"30 *missing*", "1,100 *homes*") and the nearest before it ("*killing* at least 12", "death
*toll* rose to 19"). Casualty words share one key ("killed", "dead", "deaths", "toll", "died"
are all ``dead``; "injured", "wounded", "hurt" are ``injured``). Two articles conflict on a key
when each states a value for it that the other does not state for it: an article that says
"19 dead, up from 12" agrees with one that says "12 dead" on 12 and adds 19, which is still a
conflict with the earlier report, since that one never says 19. Each value is set against a
value of the other article about the same thing (their sentences share a word besides the key)
that could be another report of its figure: within a factor of four ("two nurses short" and
"36,000 nurses walked out" count different things), casualty counts excepted (a toll of two in
the morning may be fourteen by night). On the bench days' stories this took the conflicts
from 340 to 263, those of which the day's reference gives two values from 214 to 208 and the
others from 126 to 55: a conflict names the figures that differ (1,200 against 1,500 hectares,
no longer against a 40-hectare plot), and a figure of another scale makes none ("fourteen"
treated against "68" on board). The same digits ten or a thousand times apart are still two
reports of one figure, one with its decimal point or unit slipped ("1.2 million" against "1.2
billion" euros, "110" against "1,100" tonnes).

A vote's tally ("voted 20 to 4", "a 19-5 vote", "by 20 votes to 4") is one fact, written
whole: two outlets' tallies of one vote conflict as two reports of one figure (fresh45's d1079).

Years, clock times and dates are not facts (they are not counts). Percentages only conflict
with percentages. Values are ordered latest first: by ``published_at``, else by the order the
articles were given (a later one is newer).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from briefing.evidence import sentences_of
from briefing.features import CALENDAR_WORDS, stem, terms
from briefing.ground import NumberSpan, number_spans, numbers_in
from briefing.language import DEFAULT_LANGUAGE, article_language, base_language
from briefing.local_facts import (
    KEYS,
    SAID_AS,
    SECONDARY,
    condition_before,
    local_figures,
    part_after,
    past,
    reads,
    received_before,
    years,
)
from briefing.models import Article, Conflict, ReportedValue

__all__ = [
    "Fact",
    "as_read",
    "counted",
    "display_key",
    "estimated",
    "facts_of",
    "find_conflicts",
    "other_figures",
    "said",
    "sentence_facts",
]

_CLASSES = {
    "dead": ("kill", "dead", "death", "die", "toll", "fatal", "fatalitie", "fatality", "live"),
    "injured": ("injur", "injury", "injurie", "wound", "hurt"),
    "missing": ("miss", "unaccount"),
    "evacuated": ("evacu", "evacuat", "evacuee", "flee", "fled", "displac"),
    "arrested": ("arrest", "detain", "detaine"),
}
_CLASS_OF = {stem: key for key, stems in _CLASSES.items() for stem in stems}
# Words next to a number that say nothing about what it counts.
_FILLER = frozenset(
    """
    least more than about around nearly almost some over under up down rose risen rise fell
    fallen climbed reached stood total another other further thousand million billion trillion
    hundred dozen slipped gained dropped jumped lost declined added edged surged plunged
    tumbled closed opened ended traded was were is are
    """.split()
)
# Keys that are units of time or generic: values differ without anything being wrong.
_PEOPLE = frozenset(w for word in ("people", "person") for w in terms(word)) | {"people", "person"}
_GENERIC = (
    frozenset(
        w
        for word in "year month week day hour minute time point percent cent".split()
        for w in terms(word)
    )
    | _PEOPLE
    | frozenset("year month week day hour minute time".split())
)
# Units a number can move by: they measure the subject of the clause, like a percentage.
_MEASURE = re.compile(r"\s*(?:per ?cent|percentage points?|basis points?|bps|points?)\b", re.I)
_UNIT_STEMS = frozenset(
    w
    for word in "percent percentage point points basis bps quarter half".split()
    for w in terms(word)
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_HISTORY = re.compile(
    r"\b(?:in|since|of|from) (?:1[89]|20)\d\d\b|\byears? ago\b|\blast year\b", re.I
)
# A timeline's entry, its date first ("* March 2038 - A rock burst ... kills nine workers at a
# depth of 2,900 metres.", "- 2044: ..."): a factbox's background, an earlier event's figures,
# which today's reports do not contradict (d1093's "reports differ on metres: 2,900 ... 1,900").
_TIMELINE = re.compile(
    r"^[\s*•·–—-]*(?:\d{1,2}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\s*[-–—:]\s",
    re.I,
)
_DATE_BEFORE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\d[:.])\s*$"
)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b)", re.I)
# A time of day written "8.40" or "8:40" with the word for o'clock after it, as many languages
# print it ("a las 8.50 horas", "sobre as 8.40 horas", "um 8.45 Uhr", "à 8h40" aside): a clock
# time, not a count of hours (d1087's Spanish and Galician pages read as "horas" 8.40 vs 8.50).
_CLOCK_WRITTEN = re.compile(r"^\d{1,2}[.:][0-5]\d$")
_HOURS_AFTER = re.compile(r"\s*(?:h|hrs?|horas?|heures?|hores|Uhr|ore|uur|tímar|óra)\b", re.I)
# A year of an era ("around AD 650", "in 44 BC", "300 BCE") or an old year after "in", "since"
# or "until" with nothing it counts after it ("Smoke Imix, who died in 695, ..."): a date,
# which two outlets may give differently without disagreeing on any count (d417's "AD 650"
# read as a toll against "died in 695").
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.|CE|C\.E\.)\s*$")
_ERA_AFTER = re.compile(r"\s*(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![\w.])")
_OLD_YEAR = re.compile(r"^\d{3,4}$")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|circa|c\.)\s*$", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$|\s(?:and|or|when|after|before)\b)")
_WINDOW_AFTER = 4
_WINDOW_BEFORE = 4
_RATIO = 4.0  # two reports of one figure differ by less than this factor: "two nurses short"
# and "36,000 nurses walked out" count different things (a toll may rise further in a day)


@dataclass(frozen=True)
class Fact:
    source_id: str
    key: str
    value: float
    written: str
    percent: bool
    sentence: str
    rough: bool = False  # written as an estimate: "about 300", "nearly 40", "more than 10"
    other_end: float | None = None  # the range's other end: 25 for the 21 of "21-25 boats"
    estimate: bool = False  # "about 300": an estimate, not a bound ("more than 10", "nearly 40")
    at: int = 0  # where the number starts in ``sentence``
    language: str = ""  # the page's language when not English, its figure read by it
    lead: bool = False  # in its article's title or its first sentences
    sole: bool = False  # the one figure its article's lead gives for ``key``


def _key(stem: str) -> str:
    for prefix, key in _CLASS_OF.items():
        if stem.startswith(prefix):
            return key
    return stem


def _content(words: list[str]) -> list[str]:
    return [w for w in words if not w[0].isdigit() and w not in _FILLER]


def _stems(text: str) -> list[str]:
    return [w for w in terms(text) if not w[0].isdigit()]


_FILLER_STEMS = frozenset(w for word in _FILLER for w in terms(word))


def _clause(text: str) -> str:
    """``text`` up to the end of its clause (a comma, a full stop, "and", "but", "while")."""
    return re.split(r"[,;.:!?]|\s(?:and|but|while|as)\s", text + " ", maxsplit=1)[0]


# "five of the nine members voted to hold": a share of a group of a stated size that did
# something. What it counts is the action (synonyms share a stance), of that group's size.
_SHARE_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'|’)s\s+)?(\S+)(?:\s|$)", re.I
)
_VOTED = re.compile(
    r"\b(?:voted|votes?|backed|favou?red|supported|preferred|wanted|sought|opposed|dissented)"
    r"\b\s*(?:to\s+|for\s+(?:an?\s+|the\s+)?)?((?:[\w'-]+\s*){1,6})",
    re.I,
)
_STANCES = {
    "hold": (
        "hold",
        "keep",
        "leave",
        "left",
        "maintain",
        "unchang",
        "steady",
        "pause",
        "freez",
        "no chang",
    ),
    "cut": ("cut", "lower", "reduc", "trim", "eas"),
    "raise": ("rais", "hike", "increas", "tighten", "higher"),
}


def _share(text: str, start: int, end: int) -> str | None:
    """What a share of a group counts ("five of the nine members voted to hold": "votes to
    hold (of 9)", as "Four of the nine voted to keep rates unchanged" does), else None."""
    match = _SHARE_OF.match(text, end)
    total = numbers_in(match.group(1)) if match else set()
    if len(total) != 1:
        return None
    voted = _VOTED.search(_clause(text[end : end + 400]))
    if voted is None:
        return None
    action = " ".join(voted.group(1).lower().split())
    stance = next(
        (k for k, stems in _STANCES.items() if any(re.search(rf"\b{s}", action) for s in stems)),
        None,
    )
    if stance is None:
        words = _stems(action)
        stance = words[0] if words else None
    size = next(iter(total))
    return f"votes to {stance} (of {size:g})" if stance else None


def _mid_sentence(written: str) -> str:
    """A value as read inside a line: "Four" (it began its sentence) as "four"."""
    return written.lower() if written[:1].isupper() and written[1:].islower() else written


_VOTE_KEY = re.compile(r"votes to (.+) \(of (.+)\)")  # the key written just above


def said(value: str, about: str) -> str:
    """``value`` and what it counts (a conflict's ``about``) as prose: "12 dead"; a share's
    key ("votes to hold (of 9)") as "five of 9 voted to hold"."""
    if about == TALLY:  # "a vote of 19 to 5"; one side's count alone, "210 votes"
        return (
            f"a vote of {value}" if re.search(r"\d\s*(?:to|[-–])\s*\d", value) else f"{value} votes"
        )
    vote = _VOTE_KEY.fullmatch(about)
    if vote:
        return f"{value} of {_like(value, vote.group(2))} voted to {vote.group(1)}"
    return f"{value} {about}"


_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _like(value: str, total: str) -> str:
    """A share's whole written as its part is, where a reader would: "four of nine", not "four
    of 9" (a spelled part and a whole under ten, as the style books spell such numbers); "six of
    11" and "5 of 9" stay."""
    if value.isalpha() and total.isdigit() and 1 <= int(total) <= len(_SMALL):
        return _SMALL[int(total) - 1]
    return total


# "5-5", "7-6": two small whole numbers joined by a dash, as a score or a range is written...
_PAIR = re.compile(r"(?<![\w.,–-])\d{1,2}[-–]\d{1,2}(?![\w.,%]|[-–]\d)")
# ... and a score, not a range, when no word follows it that it could count ("5-5 in the third
# set", "won 7-5.", "a 3-2 lead" counts a lead; "20-25 people" is a range of people).
_AFTER_SCORE = re.compile(
    r"\s*(?:$|[,.;:)!?]|(?:in|at|on|to|for|with|after|before|and|or|but|as|from|against|over"
    r"|under|when|while|during|until|since)\b)",
    re.I,
)


def _is_score(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is one side of a score."""
    # No end position: the pair's lookahead must see what follows it ("10-20%" is no score).
    for match in _PAIR.finditer(text, max(0, start - 3)):
        if match.start() > start:
            break
        if end <= match.end():
            return bool(_AFTER_SCORE.match(text, match.end()))
    return False


TALLY = "vote tally"
"""What the first side of a vote's tally counts ("voted 20 to 4", "a 7-2 vote", "by 9 votes to
2"): the tally, written whole as the fact's value; its other side counts nothing alone."""
_TALLY = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:\s*[-–]\s*|\s+to\s+|\s+votes?\s+to\s+)(\d{1,3})(?![\d%]|[.,]\d|[-–]\d)",
    re.I,
)
_VOTE_BEFORE = re.compile(r"\bvot(?:e|ed|es|ing)\b(?:\s+(?:was|were|of|by|went))*\s*$", re.I)
_VOTE_AFTER = re.compile(r"\s*vot(?:e|es|ing)\b", re.I)


def _tallies(text: str) -> Iterator[re.Match[str]]:
    """The tallies of votes ``text`` gives: two numbers joined by a dash or "to" after a word
    of voting ("voted 20 to 4", "the vote was 19-5") or before one ("a 7-2 vote"), or "9 votes
    to 2". Two outlets' tallies of one vote are two reports of one figure (Tynwald's "voted 20
    to 4" and "voted 19 to 5"), where each side alone reads as a count of what follows it."""
    for match in _TALLY.finditer(text):
        if (
            "vote" in match.group(0).lower()
            or _VOTE_BEFORE.search(text[: match.start()])
            or _VOTE_AFTER.match(text, match.end())
        ):
            yield match


def _tally_at(text: str, start: int) -> str | None:
    """The tally written whole ("20 to 4", "7-2"; "9 votes to 2" as "9 to 2") whose first side
    is the number at ``start``."""
    for match in _tallies(text):
        if match.start(1) == start:
            written = match.group(0)
            return f"{match.group(1)} to {match.group(2)}" if "vote" in written.lower() else written
    return None


def counted(text: str, start: int, end: int) -> str | None:
    """``_counted``, a count of votes ("210 votes in favour") read as a tally's side, which
    two reports of one vote may give instead of its whole tally ("by 212 votes to 130")."""
    key = _counted(text, start, end)
    if key != _VOTES:
        return key
    # the votes a vote needs ("would need 10 votes to override", "short of the 92 required")
    # are no side of its tally
    near = text[max(0, start - 30) : start] + text[end : end + 30]
    return key if _THRESHOLD.search(near) else TALLY


_VOTES = _key(stem("votes"))
_THRESHOLD = re.compile(
    r"\b(?:need(?:s|ed)?|requir(?:e|es|ed|ing)|short of|majority of|threshold)\b", re.I
)


def _counted(text: str, start: int, end: int) -> str | None:
    """What the number at ``text[start:end]`` counts: the first content word after it ("12
    *homes*", "three of its nine *members*"); for a share of a group that acted, the action and
    the group's size ("five of the nine members voted to hold" counts "votes to hold (of 9)", as
    "Four of the nine voted to keep rates unchanged" does); for people, the casualty word around
    it ("*killing* 12 people", "30 people still *missing*", "death *toll* rose to 19"), else
    ``people``. None for the total in "three of its nine" ("11 of Kenya's 47") and for units
    of time, and for either side of a score ("broke serve at 5-5 in the third set", "won 7-5")."""
    if re.search(
        r"\bof\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'|’)s\s+)?$", text[:start]
    ) and numbers_in(" ".join(text[:start].split()[-4:-1])):
        return None  # the nine in "three of its nine members"
    for tally in _tallies(text):
        if tally.start(1) == start:
            return TALLY
        if tally.start(2) == start:
            return None  # the 4 of "voted 20 to 4": told with the 20
    if _is_score(text, start, end):
        return None
    share = _share(text, start, end)
    if share is not None:
        return share
    written = text[start:end].rstrip()
    if written.endswith("%") or _MEASURE.match(text[end:]) or _MEASURE.search(written):
        # A percentage or a move in points measures the subject of its clause: "*Shares* in X
        # fell 6%", "the *yield* on the 10-year gilt dropped 7 basis points": the unit itself
        # ("points", "a quarter point to 3.5%") says nothing about what is measured.
        clause = re.split(r"[,;:]|\s(?:and|but|while|as|after|which)\s", text[:start])[-1]
        tokens = clause.split()
        common = " ".join(w for k, w in enumerate(tokens) if k == 0 or not w[:1].isupper())
        words = [w for w in _stems(common) if w not in _FILLER_STEMS and w not in _UNIT_STEMS]
        if not words or _key(words[-1]) in _GENERIC:
            return None
        # What the subject is said to be of ("10-year" gilt, "two-year" gilt) is part of it.
        qualifier = re.findall(r"\b[\w.]+-(?:year|month|week|day)\b", clause)
        key = _key(words[-1])
        return f"{key} ({qualifier[-1].lower()})" if qualifier else key
    unit = re.match(r"-([A-Za-z]+)", text[end:])  # "11-year", "60-day", "6.8-magnitude"
    if unit:
        words = terms(unit.group(1))
        key = _key(words[0]) if words else unit.group(1).lower()
        return None if key in _GENERIC or unit.group(1).lower() in _GENERIC else key
    following = _clause(text[end:])
    tokens = [t for t in following.split()[:_WINDOW_AFTER] if not numbers_in(t)]
    after = [w for w in _stems(" ".join(tokens)) if w not in _FILLER_STEMS]
    if after and _key(after[0]) not in _GENERIC:
        return _key(after[0])
    if after and _key(after[0]) not in _PEOPLE:
        return None  # a unit of time
    later = _stems(" ".join(following.split()[: _WINDOW_AFTER + 4]))
    before = _stems(" ".join(text[:start].split()[-_WINDOW_BEFORE:]))
    for word in [*later, *reversed(before)]:
        if _key(word) in _CLASSES:
            return _key(word)
    return "people" if after else None  # "12 people": what they are is not said


_READ_WINDOW = 4
_NEXT_WORDS = re.compile(r"[\s-]*(([^\W\d_][\w'’]*)(?:-[^\W\d_][\w'’]*)*)")


def as_read(text: str, written: str, end: int, key: str) -> str:
    """A counted number as the text writes it, with its word whole ("$172 million for
    surface-to-air", "14 people"), not a float and a stem: problems are shown to the model and
    to the reader. The word is the first of the next few whose stem is ``key``, else ``key``."""
    at = end
    for _ in range(_READ_WINDOW):
        match = _NEXT_WORDS.match(text, at)
        if match is None:
            break
        if stem(match.group(2)) == key:
            return " ".join(f"{written}{text[end : match.end()]}".split())
        at = match.end()
    return f"{written} ({key})"


# A round number in words made vague by the word before it: "a few hundred", "several
# thousand" ("some 300" is a figure, about 300).
_VAGUE_BEFORE = re.compile(r"\b(?:few|several|many|some)\s*$", re.I)
# Words that make the number after them an estimate, which an exact figure it rounds agrees with.
_ROUGH_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|some|nearly|almost|close to|an estimated|"
    r"estimated|more than|over|under|fewer than|less than|up to|upwards of|just over|"
    r"just under|at least|at most|as many as|as much as|as few as)\s*[$€£¥]?\s*$",
    re.I,
)
# Of those, the words of an estimate (not a bound: "more than 1,800" or "nearly 2,000" and
# "about 2,000" agree).
_ESTIMATE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|some|close to|an estimated|estimated)"
    r"\s*[$€£¥]?\s*$",
    re.I,
)
# An end of a range is no exact figure either: "40-42 cents", "between 15 and 20", "ten or
# twenty times" (the number on the range's other side in digits or in words).
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)"
)
_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s*|\b{_NUMBER}\s*(?:-|–|\bto|\bor)\s*|\bbetween\s+\S+\s+and\s*)$",
    re.I,
)
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|to\b|or\b)\s*[$€£¥]?\s*{_NUMBER}\b", re.I)


# A figure a condition sets, not one a report gives: the level something must pass, under an
# "if" or a need ("si la visibilité dépasse 800 mètres", an airline's threshold for a flight,
# beside the fog's "moins de 200 mètres" in fresh48's d1151, was noted as "another report says
# 800 mètres"; "if the river rises above 5 metres", "flights need at least 550 metres", "a
# minimum of 800 metres is required"). No other report's figure for the count it is beside.
_CONDITION = (
    r"\b(?:if|unless|once|whenever|si|wenn|falls|sofern|indien|als|om|hvis|jeśli|jeżeli|если"
    r"|ако|qualora|caso)\b"
)
_PASSES = (
    r"(?:exceeds?|exceeding|tops|passes|surpasses|reaches|hits|rises\s+above|rises\s+to"
    r"|goes\s+above|climbs\s+above|falls\s+below|drops\s+below|dips\s+below|(?:is|stays"
    r"|remains|gets)\s+(?:above|below|over|under)|above|below|dépasse|dépassent|atteint"
    r"|franchit|(?:est\s+)?(?:supérieure?s?|inférieure?s?)\s+à|au-dessus\s+de|en\s+dessous\s+de"
    r"|überschreitet|übersteigt|unterschreitet|erreicht|über|unter|supera|superan|excede"
    r"|alcanza|ultrapassa|atinge|overschrijdt|bereikt|boven|onder|overstiger|överstiger"
    r"|przekroczy|przekracza|превысит|превышает|надхвърли)"
)
_CONDITIONED = re.compile(
    rf"{_CONDITION}[^,;:.!?]{{0,60}}?{_PASSES}\s+(?:(?:the|a|an|le|la|les|de|des|du|die|der"
    r"|das|den|el|los|las|o|os|a|as)\s+)?(?:(?:level\s+of|mark\s+of|threshold\s+of|seuil\s+de"
    r")\s+)?(?:at\s+least\s+|au\s+moins\s+|mindestens\s+)?[$€£¥]?\s*$",
    re.I,
)
_NEEDED_BEFORE = re.compile(
    r"\b(?:minimum(?:\s+of)?|need(?:s|ed)?|requires?|required|requiring|il\s+faut|au\s+minimum"
    r"|mínimo\s+de|mindestens\s+(?=\S*\s*$))\s+(?:(?:at\s+least|au\s+moins|the|a|an)\s+)?"
    r"[$€£¥]?\s*$",
    re.I,
)
_NEEDED_AFTER = re.compile(
    r"(?:(?!\s(?:and|but|while|et|und|y|e)\s)[^,;:.!?]){0,40}?\b(?:(?:is|are|was|were|be)\s+"
    r"(?:needed|required|necessary)|requis|nécessaires?|erforderlich|nötig|notwendig"
    r"|necesarios?|necessários?|nodig|kreves|krävs)\b",
    re.I,
)


def _threshold(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a level a condition or a need sets
    (``_CONDITIONED``, ``_NEEDED_BEFORE``, ``_NEEDED_AFTER``), not a figure a report gives."""
    before = text[max(0, start - 90) : start]
    clause = re.split(r"[,;:!?]|\.(?!\d)", before)[-1]
    if _CONDITIONED.search(clause) or _NEEDED_BEFORE.search(clause):
        return True
    return _NEEDED_AFTER.match(text, end) is not None


def sentence_facts(text: str) -> Iterator[tuple[str, NumberSpan]]:
    """Every counted number of the sentence ``text``: what it counts, and the number."""
    if _HISTORY.search(text) or _TIMELINE.match(text):
        return  # "in 2019", "two years ago", "March 2038 - ...": an earlier event
    for span in number_spans(text):
        raw = span.written.strip("$€£¥ ")
        if _YEAR.match(raw) or text[span.end : span.end + 1] == ":":
            continue
        if re.search(r"[A-Za-z]-$", text[: span.start]):
            continue  # "Helios-2", "COVID-19": part of a name
        if _DATE_BEFORE.search(text[max(0, span.start - 12) : span.start]):
            continue  # "March 4", "Nov 26", "3:12": a date or a clock time, not a count
        if _CLOCK_AFTER.match(text, span.end):
            continue  # "around 11 am", "8 p.m.": a clock time
        if _CLOCK_WRITTEN.match(raw) and _HOURS_AFTER.match(text, span.end):
            continue  # "a las 8.50 horas": a clock time
        if _ERA_BEFORE.search(text[max(0, span.start - 6) : span.start]) or _ERA_AFTER.match(
            text, span.end
        ):
            continue  # "AD 650", "44 BC": a year
        if (
            _OLD_YEAR.match(raw)
            and _YEAR_BEFORE.search(text[max(0, span.start - 8) : span.start])
            and _YEAR_AFTER.match(text, span.end)
        ):
            continue  # "who died in 695, or ...": a year
        if not any(c.isdigit() for c in raw) and _VAGUE_BEFORE.search(
            text[max(0, span.start - 12) : span.start]
        ):
            continue  # "a few hundred metres", "several thousand": no figure to disagree with
        if _threshold(text, span.start, span.end):
            continue  # "si la visibilité dépasse 800 mètres": a condition's level, no report's
        key = counted(text, span.start, span.end)
        if key is not None and len(key) >= 3:
            yield key, span


def facts_of(article: Article) -> Iterator[Fact]:
    """Every counted number of ``article`` with what it counts. A page in another language
    than English has its casualty counts and unit figures read by its language
    (``local_facts``), keyed as English keys them, so that another outlet's English report
    of the same count is set against it."""
    sentences = sentences_of(article)
    language = _language(article)
    found: list[Fact] = []
    current = max(years(f"{article.title} {article.text}"), default=0)
    order = [*enumerate(sentences)]
    for n, sentence in [*order[1:], *order[:1]]:
        # the title last: a body sentence says more; a sentence of an earlier event ("a 2049
        # crash killed 12") is no lead's count
        lead = n <= _LEAD and not past(sentence.text, current)
        local = local_figures(sentence.text, language) if language else []
        taken = [(f.start, f.end) for f in local]
        for fact in _facts_in(article.id, sentence.text):
            if not any(start <= fact.at < end for start, end in taken):
                found.append(replace(fact, lead=lead))
        for figure in local:
            for key in KEYS[figure.kind]:
                found.append(
                    Fact(
                        article.id,
                        key,
                        figure.value,
                        figure.written,
                        False,
                        sentence.text,
                        figure.rough,
                        None,
                        figure.estimate,
                        figure.start,
                        language,
                        lead,
                    )
                )
    leads: dict[str, set[float]] = {}
    for fact in found:
        if fact.lead:
            leads.setdefault(fact.key, set()).add(fact.value)
    for fact in found:
        yield replace(fact, sole=fact.lead and len(leads[fact.key]) == 1)


_LEAD = 3  # the title and the first three sentences: where a report gives its main counts


def _language(article: Article) -> str:
    """The base code of ``article``'s language when this module reads its figures by it, else
    "" (English, or a language ``local_facts`` has no words for)."""
    code = base_language(article_language(article.title, article.text))
    return code if code != DEFAULT_LANGUAGE and reads(code) else ""


def _facts_in(source_id: str, text: str) -> Iterator[Fact]:
    """Every counted number of the sentence ``text`` (of the article ``source_id``)."""
    for key, span in sentence_facts(text):
        before = text[max(0, span.start - 24) : span.start]
        after = text[span.end : span.end + 12]
        tally = _tally_at(text, span.start) if key == TALLY else None
        if tally is not None:  # "20 to 4": no range, and written whole
            yield Fact(source_id, key, span.value, tally, span.percent, text, at=span.start)
            continue
        ranged = _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after)
        rough = bool(_ROUGH_BEFORE.search(before) or ranged)
        yield Fact(
            source_id,
            key,
            span.value,
            span.written,
            span.percent,
            text,
            rough,
            _other_end(ranged.group(0)) if ranged else None,
            bool(_ESTIMATE_BEFORE.search(before)),
            span.start,
        )


def other_figures(told: str, other: str) -> bool:
    """Whether the sentence ``other`` gives another report's figure for a count the sentence
    ``told`` states, and no figure of its own besides: each of its counted figures ``told``
    states too or differs from ``told``'s for the same thing (the same count, said with a
    common word beside both figures, of a size that could be another report of it:
    ``_said_alike``, ``_comparable``), at least one of them. "A cruise liner was fined 1.2
    million kroner ..." beside "Bergen's port issued its largest emissions fine yet, 1.4
    million kroner, ..." tells the other's fact with another figure: a conflict to note, not a
    second fact."""
    mine = list(_facts_in("", told))
    theirs = list(_facts_in("", other))
    stated = {span.value for span in number_spans(other)}
    differs = False
    for fact in theirs:
        if any(f.key == fact.key and _agree(f, fact) for f in mine):
            continue
        against = [
            f for f in mine if f.key == fact.key and _comparable(f, fact) and _said_alike(f, fact)
        ]
        if not against:
            return False  # a figure of its own
        if any(f.value in stated for f in against):
            # both figures: it tells the change ("had burned about 1,300 hectares, more than
            # Sunday's estimate of 900"), a fact of its own
            return False
        differs = True
    return differs


_AROUND = 6  # words either side of a number that say what it is of


def _around(fact: Fact) -> set[str]:
    """The common words (no names: not capitalised) next to ``fact``'s number in its sentence."""
    before = fact.sentence[: fact.at].split()[-_AROUND:]
    after = fact.sentence[fact.at :].split()[1 : _AROUND + 1]
    words = [w for w in before + after if not w[:1].isupper() and not numbers_in(w)]
    return set(_stems(" ".join(words))) - _FILLER_STEMS - {fact.key}


def _said_alike(a: Fact, b: Fact) -> bool:
    """Whether two figures of one count are said of the same thing: a common word beside each
    besides the count ("fine", "liner" beside "1.4 million kroner" and "1.2 million kroner").
    "About 1,200 homes in Marlow and Ashby were flooded" and "the council evacuated 300 homes
    in Ashby" share only a town next to "homes": two acts, two figures (review49). Two tallies
    are of one vote when the clauses telling what was voted on share a word (``_related``):
    "voted" beside both is no such word."""
    if a.key == TALLY and b.key == TALLY:
        return _related(a, b)
    return bool(_around(a) & _around(b))


def estimated(value: str, sentence: str) -> str:
    """``value`` (a conflict's, as written in ``sentence``) with the word that makes it an
    estimate there, if one: "about 2,000" for the "2,000" of "said about 2,000 hectares had been
    affected". A note that says "another report says 2,000 hectares" would make an estimate a
    count."""
    found = re.search(rf"(?<![\w.,]){re.escape(value)}(?!\d|[.,]\d)", sentence, re.I)
    if found is None:
        return value
    word = _ESTIMATE_BEFORE.search(sentence[max(0, found.start() - 24) : found.start()])
    return f"{word.group(0).strip().lower()} {value}" if word else value


def _other_end(matched: str) -> float | None:
    """The number on a range's other side (``_RANGE_BEFORE``, ``_RANGE_AFTER``), if one."""
    values = numbers_in(matched)
    return min(values) if len(values) == 1 else None


def _related(a: Fact, b: Fact) -> bool:
    """Whether two facts are about the same thing: their sentences share a content word
    besides what the numbers count; for two tallies, the clauses that tell what was voted on
    (``_tally_words``)."""
    if a.language != b.language:
        return _across(a, b)
    if a.key == TALLY and b.key == TALLY:
        return bool(_tally_words(a) & _tally_words(b))
    shared = (set(_stems(a.sentence)) & set(_stems(b.sentence))) - _FILLER_STEMS
    return len({w for w in shared if _key(w) != a.key}) >= 1


def _across(a: Fact, b: Fact) -> bool:
    """Whether a figure of a page in another language and one of an English report are two
    reports of one count, where no shared word can tell it: each the one figure its article's
    lead (title and first sentences) gives for that count, within a factor of ``_RATIO``, told
    of today's event (``facts_of``: no earlier year, no "since"), not as a condition or limit
    ("if visibility exceeds 800 metres") nor as a part ("six of the injured", "seriously
    injured") nor as a place's share ("the hospital received 12 injured": ``received_before``).
    A length or a distance (metres, kilometres)
    measures too many things in one story (a queue, a stretch, a town's distance): two of them
    are one figure only when their sentences also share a name. Two pages in two other
    languages are not compared."""
    if a.language and b.language:
        return False
    if not (a.sole and b.sole) or a.percent or b.percent:
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    if not (low > 0 and high <= _RATIO * low):
        return False
    if any(
        condition_before(f.sentence, f.at)
        or part_after(f.sentence, f.at)
        or received_before(f.sentence, f.at)
        for f in (a, b)
    ):
        return False
    if a.key in _LENGTHS:
        return bool(_names(a.sentence) & _names(b.sentence))
    return True


_LENGTHS = frozenset(KEYS["metres"] + KEYS["km"])


def _names(sentence: str) -> set[str]:
    """The names of ``sentence`` (capitalised words not opening it), by their first five
    letters: "Mūša" and the Lithuanian "Mūšą" are one."""
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence)[1:]
    return {w[:5].lower() for w in words if w[:1].isupper() and len(w) >= 4}


# A clause's end: a comma, a semicolon, a full stop (not a decimal point or a thousands
# separator), "and", "but", "while".
_CLAUSE_BREAK = re.compile(r"[;:!?]|[,.](?!\d)|\s(?:and|but|while)\s")
_VOTE_STEMS = frozenset(terms("vote votes voted voting"))


def _tally_words(fact: Fact) -> set[str]:
    """The content words of the clause a tally is written in (no word of voting, no weekday or
    month), or of its sentence when that clause says nothing more ("In a 19-5 vote, parliament
    backed the hospital wing"). One sitting holds several votes: a sentence may tell the budget
    passing and then "voted 74 to 55 to reject a motion of no confidence", another vote of the
    same story (review52's probe), which the budget's "voted 88 to 41" is no other report of."""
    text = fact.sentence
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, fact.at)), default=0)
    end = _CLAUSE_BREAK.search(text, fact.at)
    words = _content_stems(text[start : end.start() if end else len(text)])
    return words or _content_stems(text)


def _content_stems(text: str) -> set[str]:
    return {
        w
        for w in _stems(text)
        if w not in _FILLER_STEMS and w not in _VOTE_STEMS and w not in CALENDAR_WORDS
    }


def _comparable(a: Fact, b: Fact) -> bool:
    """Whether two values of one kind could be two reports of one figure: both percentages or
    neither, and within a factor of ``_RATIO`` unless they count casualties (an early toll of
    two and a later one of twelve are two reports of one figure) or one is the other's digits
    slipped by a power of ten (``_slipped``)."""
    if a.percent != b.percent:
        return False
    if a.key in _CLASSES:
        return True
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and (high <= _RATIO * low or _slipped(low, high))


def _slipped(low: float, high: float) -> bool:
    """Whether ``high`` is ``low`` written with its decimal point slipped by a place or its
    unit by a thousand: the same digits, two or more of them, ten times or a power of a
    thousand apart ("1,100" and "110" tonnes a day, "1.2 million" and "1.2 billion" euros); one
    of two reports of one figure is wrong. One digit is not enough ("300" and "3,000" homes may
    count different things), and a hundred times is another unit of the same figure ("0.25
    percentage points" and "25 basis points", cents and dollars)."""
    power = round(math.log10(high / low))
    if not (power == 1 or (power > 0 and power % 3 == 0)):
        return False
    if not math.isclose(high, low * 10**power, rel_tol=1e-9):
        return False
    digits = f"{low:.12e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 2


def _when(article: Article, order: int) -> tuple[float, int]:
    stamp = article.published_at
    if stamp is None:
        return (-math.inf, order)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return (stamp.timestamp(), order)


def display_key(key: str, sentence: str) -> str:
    """The word of ``sentence`` that ``key`` stems from ("shares" for "shar"), else the key."""
    if key in _CLASSES:
        return key
    cubic = re.search(r"\bcubic\s+(met(?:re|er)s?)\b", sentence, re.I) if key == "cubic" else None
    if cubic:  # "9,000 cubic metres": no count of "cubic"
        return f"cubic {cubic.group(1).lower()}"
    for token in re.findall(r"[A-Za-z][\w'-]*", sentence):
        stems = terms(token)
        if stems and _key(stems[0]) == key:
            return str(token.lower())
    return key


def _agree(a: Fact, b: Fact) -> bool:
    """Equal, or one is the other rounded to one significant digit ("four million" and
    "4.1 million" agree; 12 and 19 do not). A whole number under a hundred agrees with the
    one it rounds only when written as an estimate or a range's end ("about 10" and 11,
    "40-42 cents" and 41) or rounding a fraction ("three seconds" and 2.8): "10 of the 19
    seats" and "11 of 19 seats" are two counts of one result, as 20 and 23 batches are. Two
    estimates more than ``_ESTIMATES`` apart ("about 1,800" and "about 2,000" hectares:
    fresh45's d1071) do not agree by rounding: each outlet rounded its own figure, and the
    finer one is no count the other rounds; a bound ("more than 1,800", "nearly 2,000") still
    agrees with an estimate it allows."""
    if a.value == b.value:
        return True
    for end, inside in ((a, b), (b, a)):  # "between 21 and 25 boats" and 23 (review50)
        if end.other_end is not None and (
            min(end.value, end.other_end) <= inside.value <= max(end.value, end.other_end)
        ):
            return True
    for rough, exact in ((a, b), (b, a)):
        # two estimates, one finer than the other ("about 1,800" and "about 2,000" hectares):
        # each outlet rounded its own figure, and they differ
        if (
            rough.value
            and exact.value
            and not (rough.estimate and exact.estimate and _apart(rough, exact) > _ESTIMATES)
        ):
            digits = math.floor(math.log10(abs(exact.value)))
            if (
                round(exact.value, -digits) == rough.value
                and rough.value % 10**digits == 0
                and (rough.rough or abs(rough.value) >= 100 or exact.value % 1)
            ):
                return True
    return _rounded_alike(a, b)


def _rounded_alike(a: Fact, b: Fact) -> bool:
    """Whether one of two figures of a hundred or more, one of them written as an estimate, is
    the other rounded to its own last digit ("roughly 1,050 euros" and "about 1,045 euros",
    d728's one wage converted by two outlets; "about 180 kilometres" and 176): one figure, not
    two. Figures further apart than ``_ESTIMATES`` stay two, however they round ("about 1,800"
    and "about 2,000" hectares, "about 700" and 1,000 seals)."""
    # an estimate, not a bound: "at least 310" or "more than 1,050" is no rounding of 306 or
    # 1,045 but another count ("nearly 490" says fewer than 492); review53
    if not (a.estimate or b.estimate) or min(abs(a.value), abs(b.value)) < 100:
        return False
    if a.value % 1 or b.value % 1 or _apart(a, b) > _ESTIMATES:
        return False  # "about 700" and 1,000 dead seals, 250,000 and 300,000 tonnes: two
    for coarse, fine in ((a, b), (b, a)):
        step = 10 ** _trailing_zeros(int(coarse.value))
        if (
            step > 1
            and step > 10 ** _trailing_zeros(int(fine.value))
            and math.floor(fine.value / step + 0.5) * step == coarse.value
        ):
            return True
    return False


def _trailing_zeros(n: int) -> int:
    """How many zeros ``n`` ends in (0 for 0)."""
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


_ESTIMATES = 0.05
"""How far apart (a share of the larger) two estimates may be and still be one figure rounded
twice ("about 4 billion" and "about 4.2 billion" euros, "some 40,000" and "about 38,000"
households); further, each is its own figure ("about 1,800" and "about 2,000" hectares, 10%;
"about 60" and "about 55" metres)."""


def _apart(a: Fact, b: Fact) -> float:
    return abs(a.value - b.value) / max(abs(a.value), abs(b.value))


Values = dict[tuple[float, bool], Fact]  # (value, is a percentage) → the fact stating it


def _disagreeing(a: Values, b: Values) -> tuple[list[Fact], list[Fact]]:
    """The facts of ``a`` that ``b`` does not state, and of ``b`` that ``a`` does not, each
    set against a fact of the other about the same thing (``_related``) that could be another
    report of its figure (``_comparable``)."""

    def against(mine: Values, theirs: Values) -> list[Fact]:
        return [
            mine[k]
            for k in sorted(mine)
            if not any(_agree(mine[k], theirs[j]) for j in theirs)
            and any(_comparable(mine[k], y) and _related(mine[k], y) for y in theirs.values())
        ]

    return against(a, b), against(b, a)


def _about(key: str, latest_first: Sequence[Fact]) -> str:
    """What a conflict counts, said as the latest English report says it; a page in another
    language names it in its own words ("metros"), so the English word of its kind."""
    english = next((f for f in latest_first if not f.language), None)
    if english is not None:
        return display_key(key, english.sentence)
    if latest_first[0].language:
        return SAID_AS.get(key, key)
    return display_key(key, latest_first[0].sentence)


def find_conflicts(articles: Sequence[Article]) -> list[Conflict]:
    """The conflicts between ``articles`` (one story's, with its near-duplicates), one per key,
    in the order their keys first appear."""
    order = {a.id: k for k, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    stated: dict[str, dict[str, Values]] = {}  # key → article id → values
    for article in articles:
        for fact in facts_of(article):
            values = stated.setdefault(fact.key, {}).setdefault(article.id, {})
            values.setdefault((fact.value, fact.percent), fact)
    conflicts: list[Conflict] = []
    for key, per_article in stated.items():
        if key in SECONDARY and all(
            f.language for values in per_article.values() for f in values.values()
        ):
            continue  # told under the kind's first key ("metr", not "meter" too)
        disagree: dict[str, Fact] = {}  # article id → its first disagreeing fact
        ids = list(per_article)
        for n, a in enumerate(ids):
            for b in ids[n + 1 :]:
                facts_a, facts_b = _disagreeing(per_article[a], per_article[b])
                for fact in facts_a[:1] + facts_b[:1]:
                    disagree.setdefault(fact.source_id, fact)
        if len({(f.value, f.percent) for f in disagree.values()}) < 2:
            continue
        latest_first = sorted(
            disagree.values(), key=lambda f: _when(by_id[f.source_id], order[f.source_id])
        )[::-1]
        conflicts.append(
            Conflict(
                # said as the English reports say it: a page in another language names the
                # count in its own words
                about=_about(key, latest_first),
                key=key,
                values=[
                    ReportedValue(
                        source_id=f.source_id,
                        value=_mid_sentence(f.written),
                        sentence=f.sentence,
                        published_at=by_id[f.source_id].published_at,
                    )
                    for f in latest_first
                ],
            )
        )
    return conflicts
