"""A scored line classifier: the lines the regex rules miss, by how much they look like chrome.

The regex rules of ``briefing.clean`` are precise but only catch the wordings they were written
for. A line they keep is scored here by a few general predicates (``FEATURES``): a prompt-like
imperative opening, the page talking to its reader (you, your) or as itself (we, our), interface
and self-reference words, separators, shortness, position (first or last line), a high share of
capitalised words (bylines, credits, captions), credit and disclaimer words, the outlet's own
name; a digit counts against. Each feature adds its naive-Bayes log-odds (``WEIGHTS``: present,
absent), fit by ``bench/fit_junk.py`` on the labelled offline days and capped so that no single
feature decides. A line scoring ``DROP`` or more is removed.

Some lines are never scored (``vetoed``): a line with quote marks or an attribution verb (reported
speech is news), a line opening with a dateline or a live blog's entry time, and an article's only
line (a teaser is all its article has). A line of several sentences whose whole does not pass is
news with perhaps a note glued on ("... killing 20 people. Updates to follow."): its last sentence
alone is scored and cut if it passes ``CUT`` (fit to be at least ``DROP``).

Same-day recurrence (wire copy shared by outlets) is not a feature: cleaning sees one article at
a time, and an article's id is the hash of its cleaned text, so a line's fate must not depend on
what else arrived that day (``clean.strip_recurring`` works on the day's articles together).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from briefing.text import split_sentences

__all__ = [
    "CUT",
    "DROP",
    "FEATURES",
    "MIN_SIGNALS",
    "SIGNALS",
    "WEIGHTS",
    "Line",
    "LineScorer",
    "article_lines",
    "drop_scored",
    "features",
    "score",
    "signals",
    "vetoed",
]


@dataclass(frozen=True)
class Line:
    """A kept line of an article and what the scorer may know about it."""

    text: str
    first: bool = False  # the article's first non-empty line
    last: bool = False  # the article's last non-empty line
    outlets: tuple[str, ...] = ()  # the outlet's names (``clean.outlet.outlet_names``)
    only: bool = False  # the only line the regex rules left: a teaser, never dropped
    dated: bool = False  # opens with a dateline or a live entry time (``strip_dateline``)
    subhead: bool = False  # no sentence end, between two lines that end like sentences
    wrapped: bool = False  # part of a hard-wrapped paragraph: not a line of its own
    reader_voice: bool = False  # another line of the article, a long one, talks to the reader
    own_voice: bool = False  # another long line speaks as "we": first-person reporting


_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# A prompt's verb opening the line, after an optional short label ("Stay ahead: get ...").
_PROMPT_VERB = re.compile(
    r"^(?:[^:.!?]{1,25}:\s*)?(?:subscribe|sign|follow|share|send|pass|get|download|install|tap"
    r"|click|press|listen|watch|read|see|join|register|log|enter|allow|enable|gift|unlock"
    r"|message|email|e-mail|contact|tell|support|donate|visit|scroll|refresh|swipe|try|want"
    r"|have|got|don't|don’t|never|stay|find|discover|explore|become)(?=\s)",
    re.I,
)
# A verb that is also a noun is a sentence's subject when a preposition follows it ("Support for
# the bill grew"), or follows a plain noun after it ("Share prices of ..."), or a finite verb
# comes within the next three words ("Share prices fell", "Press freedom groups condemned ...").
_SUBJECT_OF = frozenset("of for at by from with between among".split())
_OBJECT = frozenset("this these it them us our your the a an up in on out".split())
_FINITE = frozenset(
    "is are was were has had will would could can may might fell rose grew won lost came went "
    "took made gave began".split()
)
_YOU = re.compile(r"\byou(?:r|rs|['’](?:ve|re|ll|d))?\b", re.I)
_WE = re.compile(r"\b(?:we|our|ours|us|we['’](?:ve|re|ll|d))\b", re.I)
# Interface words and the page naming itself; not bare "live", "page" or "updates" (news too).
_UI = re.compile(
    r"\b(?:apps?|inbox|e-?mails?|newsletters?|subscri(?:be[rsd]?|ption)|sign\s+up|comments"
    r"|(?:leave|post|add)\s+a\s+comment|comment\s+(?:section|below|here)|(?:^|\.\s)all\s+times"
    r"|share\s+(?:this|it|on|via)|print|cookies?|audio|podcast|scroll|refresh|whatsapp|facebook"
    r"|linkedin|instagram"
    r"|bluesky|tiktok|youtube|copy\s+link|website|click|tap|download|ad\s+blocker|paywall"
    r"|edition|live\s+(?:updates|blog|coverage|page)|this\s+(?:article|story|page|report|column"
    r"|explainer|feature|piece|newsletter|blog|post|video|episode|issue))\b",
    re.I,
)
# A live page's clock ("Times are GMT.", "All times local.").
_CLOCK = re.compile(r"\b[Tt]imes\s+are\s+(?:local|[A-Z]{2,5}\b|[A-Z][a-z]+\s+[Tt]ime)")
# A byline's or an agency credit's opening ("By Ana Ruiz | Culture", "From Harbour Wire").
_BYLINE = re.compile(r"^(?:by|from)\s+(?-i:[A-Z])", re.I)
# A newsletter's greeting or sign-off ("Good morning, and welcome ...", "That's all for today.").
_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|morning|welcome|dear|greetings"
    r"|that(?:'s|’s|\s+is)\s+(?:it|all)\s+(?:from|for)|see\s+you\b|thanks?\s+(?:you\s+)?for"
    r"\s+(?:reading|following|joining))\b",
    re.I,
)
_SEPARATORS = re.compile(r"\s[|·•»→]\s|\s(?:->|--)\s|^--\s|\s/\s")
# The words of who made the page; not "reporter", "editor" or "correspondent", which a report
# uses of itself ("Our reporter saw ...") and of the people in the news.
_CREDIT_WORDS = re.compile(
    r"\b(?:written|edited|editing|desk|filed|contributors?|photographs?|photo|pictured|credits?"
    r"|copy\s+edit|byline)\b",
    re.I,
)
_DISCLAIMER_WORDS = re.compile(
    r"\b(?:advice|recommendations?|indicative|views|opinions?|grants?|funded|funding|sponsored"
    r"|disclaimer|investors?|information\s+only|not\s+suitable|the\s+author|liability)\b",
    re.I,
)
_FINAL = re.compile(r"""[.!?…:;"'”’)\]][*_\s]*$""")  # Markdown emphasis may close after it
_QUOTES = re.compile(r"[\"“”«»„]")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according|added|warned|urged|asked|announced|stated|wrote|confirmed)\b",
    re.I,
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def prompt_opening(line: Line) -> bool:
    """Opens with a prompt's verb ("Send this story:", "Get breaking news first: ..."), not a
    noun that is a sentence's subject ("Share prices fell 3%.")."""
    match = _PROMPT_VERB.match(line.text)
    if not match:
        return False
    words = line.text[match.end() :].split()[:3]
    after = [w.strip(",.;:!?").lower() for w in words]
    if after and after[0] in _SUBJECT_OF:
        return False  # "Support for the bill grew."
    if (
        len(after) > 1
        and after[1] in _SUBJECT_OF
        and words[0].islower()
        and after[0] not in _OBJECT
    ):
        return False  # "Share prices of the insurer fell."
    return not any(w in _FINITE or (k > 0 and w.endswith("ed")) for k, w in enumerate(after))


def addresses_reader(line: Line) -> bool:
    """Talks to its reader: you, your, you're..."""
    return bool(_YOU.search(line.text))


def page_voice(line: Line) -> bool:
    """Speaks as the outlet or newsroom: we, our, us (also first-person reporting: weak)."""
    return bool(_WE.search(line.text))


def ui_words(line: Line) -> bool:
    """Interface words or the page naming itself ("newsletter", "this article", "copy link"),
    or a live page's clock ("All times GMT.")."""
    return bool(_UI.search(line.text) or _CLOCK.search(line.text))


def byline_opening(line: Line) -> bool:
    """Opens like a byline or an agency credit: "By" or "From" and a capitalised word."""
    return bool(_BYLINE.match(line.text))


def greeting(line: Line) -> bool:
    """A newsletter's greeting or sign-off ("Hello, and welcome ...", "Thanks for reading.")."""
    return bool(_GREETING.match(line.text))


def separators(line: Line) -> bool:
    """Separators of share bars and byline rows: " | ", " · ", " -> ", " -- ", " / "."""
    return bool(_SEPARATORS.search(line.text))


def very_short(line: Line) -> bool:
    """Twelve words or fewer."""
    return len(line.text.split()) <= 12


def short(line: Line) -> bool:
    """Twenty words or fewer."""
    return len(line.text.split()) <= 20


def no_final_punctuation(line: Line) -> bool:
    """Does not end like a sentence. Artefact-prone: real pages have subheads and list items,
    so its weight is capped lower than the others'."""
    return not _FINAL.search(line.text)


def first_line(line: Line) -> bool:
    """The article's first line (where bylines and headers sit)."""
    return line.first


def last_line(line: Line) -> bool:
    """The article's last line (where credits, prompts and notes sit)."""
    return line.last


def capitalised(line: Line) -> bool:
    """Six tenths or more of its words after the first are capitalised (the names of a credit,
    an agency line); a sentence with a few names stays below."""
    words = _words(line.text)[1:]
    return len(words) >= 1 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def credit_words(line: Line) -> bool:
    """Words of credits and captions ("edited", "desk", "photo", "correspondent")."""
    return bool(_CREDIT_WORDS.search(line.text))


def disclaimer_words(line: Line) -> bool:
    """Words of disclaimers and notes ("advice", "views", "grant", "the author")."""
    return bool(_DISCLAIMER_WORDS.search(line.text))


def names_outlet(line: Line) -> bool:
    """Names the article's own outlet (without a leading "The")."""
    text = line.text.lower()
    names = {n.lower().removeprefix("the ") for n in line.outlets}
    return any(len(n) >= 4 and re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def has_digit(line: Line) -> bool:
    """Has a digit: news carries numbers, so this counts against."""
    return any(ch.isdigit() for ch in line.text)


FEATURES: tuple[Callable[[Line], bool], ...] = (
    prompt_opening,
    addresses_reader,
    page_voice,
    ui_words,
    byline_opening,
    greeting,
    separators,
    very_short,
    short,
    no_final_punctuation,
    first_line,
    last_line,
    capitalised,
    credit_words,
    disclaimer_words,
    names_outlet,
    has_digit,
)
"""The scored predicates, in the order of ``WEIGHTS``."""


SIGNALS: tuple[Callable[[Line], bool], ...] = (
    prompt_opening,
    addresses_reader,
    page_voice,
    ui_words,
    byline_opening,
    greeting,
    separators,
    capitalised,
    credit_words,
    disclaimer_words,
    names_outlet,
    no_final_punctuation,
)
"""The features that say what a line is (not its length or place): a line is dropped only when
``MIN_SIGNALS`` of them agree, so no single one decides, however short and late the line."""
MIN_SIGNALS = 2


def signals(line: Line) -> int:
    """How many of ``SIGNALS`` the line has; talking to the reader (or telling them what to do)
    or as "we" does not count where the article's own long lines do too (a service piece,
    first-person reporting)."""
    voice: dict[Callable[[Line], bool], bool] = {
        addresses_reader: line.reader_voice,
        prompt_opening: line.reader_voice,  # a service piece's advice is in the imperative
        page_voice: line.own_voice,
    }
    return sum(f(line) and not voice.get(f, False) for f in SIGNALS)


_MAX_WORDS = 25  # chrome is short: of the 207 lines the regex rules missed, one had over 20 words
_LIST_ITEM = re.compile(r"^(?:[-*+•–]\s|\d{1,3}[.)]\s)")


def vetoed(line: Line) -> bool:
    """Never scored: a line of more than 25 words, quote marks, an attribution verb, a dateline or
    entry time, the only line, a subhead, a piece of a hard-wrapped paragraph, or an item of a
    list (the article's own structure: a service piece's steps)."""
    return (
        line.only
        or len(line.text.split()) > _MAX_WORDS
        or line.dated
        or line.subhead
        or line.wrapped
        or bool(_LIST_ITEM.match(line.text))
        or bool(_QUOTES.search(line.text))
        or bool(_ATTRIBUTION.search(line.text))
    )


def features(line: Line) -> tuple[bool, ...]:
    """The value of each of ``FEATURES`` for ``line``."""
    return tuple(f(line) for f in FEATURES)


# Fit by `python bench/fit_junk.py --write` on the labelled offline days of every part not in
# bench.data_parts.KEPT_ASIDE (log-odds when present, when absent; capped). Do not edit by hand.
# fmt: off
WEIGHTS: dict[str, tuple[float, float]] = {
    "prompt_opening": (+3.00, -0.29),
    "addresses_reader": (+2.79, -0.13),
    "page_voice": (+3.00, -0.16),
    "ui_words": (+3.00, -0.60),
    "byline_opening": (+2.33, -0.01),
    "greeting": (+2.33, -0.01),
    "separators": (+3.00, -0.09),
    "very_short": (+1.04, -0.84),
    "short": (+0.28, -1.88),
    "no_final_punctuation": (+1.50, -0.39),
    "first_line": (-0.78, +0.14),
    "last_line": (+1.58, -1.36),
    "capitalised": (+3.00, -0.28),
    "credit_words": (+3.00, -0.27),
    "disclaimer_words": (+1.40, -0.03),
    "names_outlet": (+3.00, -0.21),
    "has_digit": (-1.29, +0.63),
}
DROP = 2.21
CUT = 5.47
# fmt: on


@dataclass(frozen=True)
class LineScorer:
    """Weights by feature name (present, absent), the score at which a line is dropped, and the
    (higher or equal) score at which a last sentence is cut from a line that stays: a sentence
    talking to the reader is chrome at a line's end less often than a whole such line is (a
    service piece's "Contact your tour operator, not the airline.")."""

    weights: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(WEIGHTS))
    drop: float = DROP
    cut: float = CUT
    min_signals: int = MIN_SIGNALS

    def score(self, line: Line) -> float:
        """The line's log-odds of being chrome (``-inf`` when vetoed)."""
        return score(line, self.weights)

    def passes(self, line: Line, threshold: float) -> bool:
        """Scores ``threshold`` or more, with at least ``min_signals`` signals of chrome."""
        return self.score(line) >= threshold and signals(line) >= self.min_signals


def score(line: Line, weights: dict[str, tuple[float, float]]) -> float:
    """Sum of each feature's weight, present or absent; ``-inf`` for a vetoed line."""
    if vetoed(line) or not weights:
        return -math.inf
    return sum(
        weights[f.__name__][0 if on else 1] for f, on in zip(FEATURES, features(line), strict=True)
    )


def _wrapped(texts: Sequence[str], ends: Sequence[bool], k: int) -> bool:
    """Whether line ``k`` continues the sentence of the line before it, or the next line
    continues its own: a line that starts in lower case after one that did not end a sentence."""

    def continues(j: int) -> bool:
        return 0 < j < len(texts) and not ends[j - 1] and texts[j][:1].islower()

    return continues(k) or continues(k + 1)


_VOICE_MIN_WORDS = 20  # a line longer than chrome ever is (of the study's 207, one)


def article_lines(
    texts: Sequence[str], *, outlets: tuple[str, ...], dated: Callable[[str], bool]
) -> list[Line]:
    """The ``Line`` of each of an article's non-empty lines ``texts``, in order (``only`` unset)."""
    ends = [bool(_FINAL.search(text)) for text in texts]
    long = [len(text.split()) > _VOICE_MIN_WORDS for text in texts]
    you = [k for k, text in enumerate(texts) if long[k] and _YOU.search(text)]
    we = [k for k, text in enumerate(texts) if long[k] and _WE.search(text)]
    return [
        Line(
            text=text,
            first=k == 0,
            last=k == len(texts) - 1,
            outlets=outlets,
            dated=dated(text),
            subhead=0 < k < len(texts) - 1 and not ends[k] and ends[k - 1] and ends[k + 1],
            wrapped=_wrapped(texts, ends, k),
            reader_voice=any(j != k for j in you),
            own_voice=any(j != k for j in we),
        )
        for k, text in enumerate(texts)
    ]


def drop_scored(
    lines: list[str],
    keep: list[bool],
    *,
    outlets: tuple[str, ...],
    dated: Callable[[str], bool],
    scorer: LineScorer,
) -> None:
    """Drop (``keep[i] = False``) the kept lines that score ``scorer.drop`` or more, and cut a
    last sentence that scores ``scorer.cut`` on its own from a line that does not (``lines[i]``
    is shortened). Position comes from all non-empty lines, as written; a lone kept line is
    never dropped."""
    filled = [i for i, line in enumerate(lines) if line]
    kept = [i for i in filled if keep[i]]
    if not filled or (math.isinf(scorer.drop) and math.isinf(scorer.cut)):
        return
    facts = dict(
        zip(
            filled,
            article_lines([lines[i] for i in filled], outlets=outlets, dated=dated),
            strict=True,
        )
    )
    for i in kept:
        line = replace(facts[i], only=len(kept) == 1)
        if scorer.passes(line, scorer.drop):
            keep[i] = False
            continue
        sentences = split_sentences(lines[i])
        if len(sentences) < 2:
            continue
        tail = replace(line, text=sentences[-1], only=False, dated=dated(sentences[-1]))
        head = replace(line, text=" ".join(sentences[:-1]))
        if _same_voice(head, tail):
            continue  # a service piece's advice, a first-person report: not a note glued on
        if scorer.passes(tail, scorer.cut):
            lines[i] = lines[i][: lines[i].rindex(sentences[-1])].rstrip()


def _same_voice(head: Line, tail: Line) -> bool:
    """Whether the sentences before ``tail`` talk to the reader, or as "we", as it does."""
    return any(f(head) and f(tail) for f in (addresses_reader, page_voice))
