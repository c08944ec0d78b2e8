"""The predicates of ``clean.score``: what a line of an article looks like, each a small test.

Each feature is a function of a ``Line`` (its text and what the scorer knows about its place):
a prompt-like imperative opening, the page talking to its reader (you, your) or as itself (we,
our), interface and self-reference words, a byline's opening, a greeting, separators, shortness,
no sentence end, position (first or last line), a high share of capitalised words (bylines,
credits), credit and disclaimer words, the outlet's own name, a digit (which counts against).
``SIGNALS`` are those that say what a line is, not its length, place or ending: ``clean.score``
drops a line only when ``MIN_SIGNALS`` of them agree. No site's string is here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.clean.outlet import is_newsroom_line

__all__ = [
    "FEATURES",
    "MIN_SIGNALS",
    "SIGNALS",
    "Line",
    "addresses_reader",
    "byline_opening",
    "capitalised",
    "credit_words",
    "disclaimer_words",
    "ends_sentence",
    "features",
    "first_line",
    "greeting",
    "has_digit",
    "interface_terms",
    "last_line",
    "names_outlet",
    "no_final_punctuation",
    "page_voice",
    "prompt_opening",
    "separators",
    "short",
    "signals",
    "site_voice",
    "ui_words",
    "very_short",
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
    writer_voice: bool = False  # another line of the article, a sentence, speaks as "I"
    # interface words another long line of the article uses: the story's own subject ("a
    # paywall in front of most of it" above "Edit: ... so the paywall should not be a problem")
    topic: frozenset[str] = frozenset()


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
# The writer speaking as "I" (a forum post, a column): case-sensitive, not the Roman numeral of
# "World War I" (an article or "War" before it).
_I = re.compile(r"(?<![Ww]ar\s)(?<!\bthe\s)(?<!\bPart\s)\bI(?:['’](?:d|m|ve|ll))?(?![\w'’.-])")
_WE = re.compile(r"\b(?:we|our|ours|us|we['’](?:ve|re|ll|d))\b", re.I)
# Interface words and the page naming itself; not bare "live", "page" or "updates" (news too).
_UI = re.compile(
    r"\b(?:apps?|inbox|e-?mails?|newsletters?|subscri(?:be[rsd]?|ption)|sign\s+up|comments"
    r"|(?:leave|post|add)\s+a\s+comment|comment\s+(?:section|below|here)|(?:^|\.\s)all\s+times"
    # (not a verb denied: "if your city has the data but doesn't share it, ask ...")
    r"|(?<!n't\s)(?<!n’t\s)(?<!not\s)share\s+(?:this|it|on|via)"
    r"|print|cookies?|audio|podcast|scroll|refresh|whatsapp|facebook"
    r"|linkedin|instagram"
    # (a tap that is a noun after a determiner, water's: "What it means for your tap.")
    r"|bluesky|tiktok|youtube|copy\s+link|website|click"
    r"|(?<!your\s)(?<!the\s)(?<!a\s)(?<!my\s)(?<!every\s)(?<!kitchen\s)tap|download|ad\s+blocker|paywall"
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
    # a newsroom's desk, not a counter the public goes to ("any station's information desk")
    r"\b(?:written|edited|editing|(?<!information\s)(?<!help\s)(?<!front\s)(?<!reception\s)"
    r"(?<!check-in\s)(?<!ticket\s)(?<!service\s)(?<!enquiry\s)(?<!inquiry\s)desk|filed|contributors?|photographs?|photo|pictured|byline"
    r"|copy\s+edit|(?:photo|image|picture|video)\s+credits?)\b"
    # a credit's label, not the noun of news ("freeze their credit", "a tax credit")
    r"|\bcredits?\s*:",
    re.I,
)
_DISCLAIMER_WORDS = re.compile(
    r"\b(?:advice|recommendations?|indicative|views|opinions?|grants?|funded|funding|sponsored"
    r"|disclaimer|investors?|information\s+only|not\s+suitable|the\s+author|liability)\b",
    re.I,
)
# The site talking about itself or its access: "we", "our", "you" or "this" next to the medium's
# nouns ("one of our editors", "this site", "our links", "advertise with us"), or the words of
# access and funding ("Register free", "log in", "start a trial", "Plus members", "advertisers").
_SITE_VOICE = re.compile(
    r"\b(?:our|your|this)\s+(?:[\w'’-]+\s+){0,2}?(?:editors?|writers?|journalists?|newsroom|site"
    r"|website|links|app|magazine|members|advertisers|series|transcript|summary|edition"
    r"|newsletter|device|subscribers?|subscription)\b"
    r"|\badvertis\w*\s+with\s+us\b|\badvertisers\s+(?:fund|pay\s+for|support)\b"
    r"|\b(?:subscribe|paywall)\b|\b(?:register|sign\s+up)\s+(?:free|for\s+free|now|today)\b"
    r"|(?:^|[.!?]\s+|\b(?:or|then|and)\s+)(?:log|sign)\s+in\b|\b(?:start|begin)\s+(?:a|your)"
    r"\s+(?:free\s+)?trial\b|\b(?:plus|pro|premium|paying|digital)\s+members\b"
    r"|\bmembers\s+(?:only|see|get)\b",
    re.I,
)
_FINAL = re.compile(r"""[.!?…:;"'”’)\]][*_\s]*$""")  # Markdown emphasis may close after it


def _readers_own(text: str) -> bool:
    """Whether every time ``text`` names the site, it is the reader's thing ("your banking app",
    "your airline's app")."""
    found = [m.group(0) for m in _SITE_VOICE.finditer(text)]
    return bool(found) and all(f.lower().startswith("your ") for f in found)


def interface_terms(text: str) -> frozenset[str]:
    """The interface and site words of ``text`` (``ui_words``, ``site_voice``), lower case."""
    found = [*_UI.finditer(text), *_SITE_VOICE.finditer(text)]
    return frozenset(" ".join(m.group(0).lower().split()) for m in found)


def _on_topic(line: Line, pattern: re.Pattern[str]) -> bool:
    """Whether every word of ``pattern`` the line has is one the article's own long lines use
    (``Line.topic``): a story about a paywall or a newsletter names it in its text too."""
    found = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(line.text)}
    return bool(found) and found <= line.topic


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


def speaks_as_i(text: str) -> bool:
    """Says "I" (the writer's own voice)."""
    return bool(_I.search(text))


def page_voice(line: Line) -> bool:
    """Speaks as the outlet or newsroom: we, our, us (also first-person reporting: weak)."""
    return bool(_WE.search(line.text))


def ui_words(line: Line) -> bool:
    """Interface words or the page naming itself ("newsletter", "this article", "copy link"),
    or a live page's clock ("All times GMT.")."""
    return bool(_UI.search(line.text) or _CLOCK.search(line.text))


def byline_opening(line: Line) -> bool:
    """Opens like a byline or an agency credit: "By" or "From" and a capitalised word; not a
    heading over what follows, which ends in a colon ("FROM THE ISLAND:", "By the numbers:"):
    a byline or a credit never does."""
    return bool(_BYLINE.match(line.text)) and not line.text.rstrip().endswith(":")


def greeting(line: Line) -> bool:
    """A newsletter's greeting or sign-off ("Hello, and welcome ...", "Thanks for reading.")."""
    return bool(_GREETING.match(line.text))


def separators(line: Line) -> bool:
    """Separators of share bars and byline rows: " | ", " · ", " -> ", " -- ", " / "."""
    return bool(_SEPARATORS.search(line.text))


def site_voice(line: Line) -> bool:
    """The site talking about itself, its access or its funding ("checked by one of our editors",
    "this site keeps small files", "Register free", "Plus members", "advertise with us")."""
    return bool(_SITE_VOICE.search(line.text))


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
    """Names the article's own outlet (without a leading "The"), but not where the line opens
    with the newsroom's own reporting ("Reuters could not independently verify ...",
    ``clean.outlet.is_newsroom_line``): that line is news of the outlet, not its tagline."""
    if is_newsroom_line(line.text, tuple(line.outlets)):
        return False
    text = line.text.lower()
    names = {n.lower().removeprefix("the ") for n in line.outlets}
    return any(len(n) >= 4 and re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def has_digit(line: Line) -> bool:
    """Has a digit: news carries numbers, so this counts against."""
    return any(ch.isdigit() for ch in line.text)


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
    names_outlet,
    site_voice,
)
"""The features that say what a line is, not how long it is, where it is or how it ends: a line
is dropped only when ``MIN_SIGNALS`` of them agree, so no single one decides, however short and
late the line (a title-case headline, capitalised and without a full stop, stays)."""
FEATURES: tuple[Callable[[Line], bool], ...] = (
    *SIGNALS,
    disclaimer_words,
    no_final_punctuation,
    very_short,
    short,
    first_line,
    last_line,
    has_digit,
)
"""Every scored predicate, each with its pair of ``WEIGHTS``."""
MIN_SIGNALS = 2


def _muted(line: Line) -> dict[Callable[[Line], bool], bool]:
    """The features that do not count where the line's context explains them: talking to the
    reader (or telling them what to do) or as "we" where the article's own long lines do too (a
    service piece, first-person reporting), and capitalised words on a line with no sentence end
    and no separators (a headline's or subhead's case, "Download Festival Cancelled After Storm
    Damage", not a credit's names)."""
    return {
        # a writer who says "I" talking to the reader in the post's own voice ("If you work at
        # an agency, I'd be interested in print runs too."), as the post's other lines do
        addresses_reader: line.reader_voice or (line.writer_voice and speaks_as_i(line.text)),
        prompt_opening: line.reader_voice,  # a service piece's advice is in the imperative
        page_voice: line.own_voice,
        capitalised: no_final_punctuation(line) and not separators(line),
        # "your banking app" in a service piece is the reader's, not the site's; a word the
        # story's long lines use too is its subject (junk46)
        site_voice: (line.reader_voice and _readers_own(line.text)) or _on_topic(line, _SITE_VOICE),
        ui_words: _on_topic(line, _UI),
    }


def signals(line: Line) -> int:
    """How many of ``SIGNALS`` the line has, not counting those its context mutes."""
    muted = _muted(line)
    return sum(f(line) and not muted.get(f, False) for f in SIGNALS)


def features(line: Line) -> tuple[bool, ...]:
    """The value of each of ``FEATURES`` for ``line``; a feature its context mutes is absent
    (it neither counts as a signal nor adds its weight to the score)."""
    muted = _muted(line)
    return tuple(f(line) and not muted.get(f, False) for f in FEATURES)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (Markdown emphasis may close after the mark)."""
    return bool(_FINAL.search(text))
