"""A feature about another thing in the story's own town goes back out of the story: the last
step of grouping (``briefing.cluster``), asked of every group after all the lone-piece steps.

An undated local piece about another thing in a story's town (a museum's new gallery beside a
railway's washout, a school's robotics team beside a factory blast, a football club's new coach
beside a port strike) shares the story's street, district and landmark names, and the lone-piece
steps (``briefing.angles``, ``briefing.story_links``, ``briefing.day_story``) join it on them.
An angle piece whose own news the event causes shares the same kind of names and says the
event as seldom (a sculptor whose studio is "suddenly the busiest in town" beside a quarry's
landslide, women who walk a reef beside an octopus fishery's closure). What tells them apart
is how the piece speaks of the story: the angle piece tells the event as the cause or the time
of its own news ("because nobody knows when the quarry reopens after the landslide", "a year
when the reef was left alone for three whole months"), or says the story's thing as a thing
("barrels that sat near a fire"); the other piece says the story's words only as its setting,
a place it is near or a kind of its people ("a short walk from the train station", "children
of factory workers", "fans work at the port").

So a member of a group of two or more (a piece beside the one report it joined is judged as
one beside several) goes back to a story of its own when:

- it is a feature (``_feature``): written in English, 60 words or more, filed from nowhere (no
  dateline), no month, weekday or day word in its first two sentences but a habit's ("every
  Thursday", "each August"), nobody said anything in its first sentence (a report leads with
  who said what: "local officials said the ban would bring the refineries"), and a headline
  that neither asks ("Why ...", "?"), quotes anyone, lists a roundup's items (two commas or
  more) nor opens with the label of a piece written on the news ("Opinion:", "Analysis:");
- it is about a thing of its own (``_own_thing``): the stems of the lower-case words it says
  most (``day_story._subject``, words the day writes in lower case, no name) are at most a
  quarter words any other English member says, its headline's lower-case words at most a third
  words their headlines say, and its headline says no uncommon word that they say;
- and it never tells the story's event (``tells_event``): no clause after a word of cause or
  time ("because", "after", "since", "once", "when", "until" ...; not "once a week", a
  habit: a musher who "once a week drives into town" tells no avalanche; nor a clause dated by
  a decade: a noodle counter "rebuilt after a fire in the 1970s" tells no engine fire of a
  plane's emergency landing, fresh41's d984) says a thing of the story (a lower-case word
  half its other members' headlines say, not as a part of a name of two words or more the way
  they write it, "Town" of "Stone Town"; or a word three quarters
  of them, and two at least, say anywhere); no such headline thing stands as a thing of its
  own (a word alone, not one name with a lower-case word beside it: "train station", "quarry
  workers"; not two words after a place's preposition: "from the town", "near the port"; not
  a verb on an object the story never says: "the giants who strike the bells" beside a
  drivers' strike, while "Ibarra wins the Mexico City Grand Prix" tells its race); and it
  states no quantity half the others state ("three whole months" of a three-month closure).

Nothing here reads a place's name: the piece's own names and the story's are what joined it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from briefing.clean.dateline import opening_dateline
from briefing.day_story import (
    _DAY_WORDS,
    _POSSESSIVE,
    _TIMES,
    _WORD,
    _said,
    _subject,
    _things,
    _words,
)
from briefing.features import CALENDAR_WORDS, content_word
from briefing.language import DEFAULT_LANGUAGE, article_language
from briefing.models import Article
from briefing.text import split_sentences
from briefing.tokens import common_word

__all__ = ["is_feature", "send_out_other_things", "tells_event"]

_MIN_GROUP = 2  # a group of two or more: a piece beside the story it joined
_MIN_FEATURE_WORDS = 60  # a feature: this many words or more
_UNDATED_SENTENCES = 2  # ... no date in its first two sentences
_ROUNDUP_COMMAS = 2  # a headline with this many commas or semicolons lists a roundup's items
_SUBJECT_SHARE = 1 / 4  # its subject: at most this share said by the others
_HEADLINE_SHARE = 1 / 3  # its headline's words: at most this share said by their headlines
_THING_SHARE = 3 / 4  # a story's thing: a word three quarters of the others say ...
_THING_SAYERS = 2  # ... and two of them at least (a story is what two pieces agree on)
_QUANTITY_SHARE = 1 / 2  # a quantity of the story: stated by half of the others
_MODIFIED_LENGTH = 3  # a word of three letters or more beside a thing: one name of the two
_SETTING_WINDOW = 2  # a thing two words after a place's preposition is a setting
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = frozenset(  # a word just before one of these is a verb: "strike the bells"
    "the a an its their his her our my your this these those".split()
)
_NOUN_BEFORE = _DETERMINERS | frozenset(  # ... but a word just after one of these is a noun
    "every each no any another one".split()
)

_HABITUAL = frozenset({"every", "each"})  # "every Thursday": a habit, not a date
_ON_THE_NEWS = re.compile(  # a headline's label for a piece written on the day's news
    r"^(?:opinion|comment|commentary|column|editorial|analysis|explainer|explained|live)\s*:",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"^(?:why|how|what|who|when|where|which|will|can|should|could|would|is|are|does|do|did)\b",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"[\"\u201c\u201d\u2018]|(?:^|\s)'")
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|according)\b", re.IGNORECASE)
# "once" before a span of time counts a habit ("once a week", "once every two years", "once an
# hour"); before anything else "once a" is the conjunction, and dates the event as "once the"
# does ("once a rescue team reached the quarry", "once an engineer has checked the wall")
_A_SPAN = (
    r"(?:a|an|every|each|per)\s+(?:\w+\s+)?(?:hour|day|night|week|fortnight|month|year|season"
    r"|decade|century|lifetime|generation|morning|evening|afternoon|weekend|summer|winter"
    r"|spring|autumn|term|shift)s?"
)
_CAUSE = re.compile(
    rf"\b(?:because|after|since|once(?!\s+(?:{_A_SPAN}|more|again|upon|or|twice)\b)"
    r"|when|until|till|following|amid|due to|now that|thanks to|as a result of)\b",
    re.IGNORECASE,
)  # "once" of a habit or a count ("once a week", "once more") is no time of a news
_CLAUSE_END = re.compile(r"[,;:\u2014]")
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d,.]*")
_SETTING = frozenset(
    "at in on near by from along behind beside outside off towards toward past opposite around "
    "across inside into through".split()
)
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|hundred|dozen)"
)
# a thing dated in a decade ("a fire in the 1970s"); not a comparison with one ("the worst
# floods since the 1950s" is the story's own flood)
_DECADE = re.compile(r"\b(?:in|during)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d0s\b", re.I)
_QUANTITY = re.compile(
    rf"\b({_NUMBER})(?:[\s-]+(?:whole|full|more|long|straight|extra))?[\s-]+([^\W\d_]{{3,}})",
    re.IGNORECASE,
)


def send_out_other_things(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], lower: frozenset[str]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every member that is a feature
    about another thing in the story's town (the module's rule) sent back to a group of its
    own; ``lower``: the words the day writes in lower case
    (``briefing.shared_names.day_words``). Each member is judged against all the others of its
    group as grouping left it, so the result does not depend on order."""
    out: list[list[int]] = []
    for group in groups:
        members = list(group)
        gone: list[int] = []
        if len(members) >= _MIN_GROUP:
            for j in members:
                others = [arts[i] for i in members if i != j]
                if (
                    _feature(arts[j])
                    and _own_thing(arts[j], others, lower)
                    and not tells_event(arts[j], others, lower)
                ):
                    gone.append(j)
        out.append([j for j in members if j not in gone])
        out += [[j] for j in gone]
    return [g for g in out if g]


def _feature(piece: Article) -> bool:
    """Whether ``piece`` is a feature, not a report (see the module's text)."""
    return is_feature(piece.title, piece.text, dated=piece.dateline is not None)


def is_feature(title: str, text: str, *, dated: bool = False) -> bool:
    """Whether an article of headline ``title`` and text ``text`` (``dated``: filed under a
    place dateline) is a feature, not a report: the module's rule, written in English, 60 words
    or more, filed from nowhere, undated in its first two sentences, nobody said anything in its
    first, and a headline that neither asks, quotes, lists nor labels a piece on the news."""
    title = title.strip()
    if (
        dated
        or opening_dateline(text)
        or len(text.split()) < _MIN_FEATURE_WORDS
        or _ASKS.match(title)
        or _ON_THE_NEWS.match(title)
        or "?" in title
        or _QUOTES.search(title)
        or title.count(",") + title.count(";") >= _ROUNDUP_COMMAS
    ):
        return False
    sentences = split_sentences(text)
    if sentences and _SAYS.search(sentences[0]):
        return False
    for sentence in sentences[:_UNDATED_SENTENCES]:
        tokens = _WORD.findall(sentence)
        for k, tok in enumerate(tokens):
            word = _POSSESSIVE.sub("", tok.lower())
            if (word in CALENDAR_WORDS or word in _DAY_WORDS) and not (
                k and tokens[k - 1].lower() in _HABITUAL
            ):
                return False
    return article_language(title, text) == DEFAULT_LANGUAGE


def _stems(words: set[str]) -> set[str]:
    return {stem for w in words if (stem := content_word(w))}


def _own_thing(piece: Article, others: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether ``piece`` is about a thing of its own (see the module's text)."""
    english = [o for o in others if article_language(o.title, o.text) == DEFAULT_LANGUAGE]
    said = [_said(o) for o in english]
    theirs = _stems({w for words in said for w in words})
    subject = _subject(piece) & _stems(set(lower))
    if not subject or len(subject & theirs) > _SUBJECT_SHARE * len(subject):
        return False
    headline = _stems({w for w in _words(piece.title) if w in lower})
    heads = _stems({w for o in english for w in _words(o.title)})
    if headline and len(headline & heads) > _HEADLINE_SHARE * len(headline):
        return False
    uncommon = {w for w in _words(piece.title) if w in lower and not common_word(w)}
    return not uncommon & {w for words in said for w in words}


def tells_event(piece: Article, others: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether ``piece`` tells the event of the story its ``others`` tell: as the cause or
    time of its own news, as a thing, or by a quantity of the story (see the module's text)."""
    things = _things(others, lower) - _name_parts(others) - _settings(others) - _time_stems()
    need = max(_THING_SAYERS, math.ceil(_THING_SHARE * len(others) - 1e-9))
    count = Counter(w for o in others for w in _said(o))
    causes = things | _stems({w for w, n in count.items() if n >= need and w in lower})
    sentences = split_sentences(piece.text)
    for sentence in sentences:
        for cause in _CAUSE.finditer(sentence):
            clause = _CLAUSE_END.split(sentence[cause.end() :])[0]
            if _stems(_words(clause)) & causes and not _dated_past(clause):
                return True
    said = _stems(set(count))
    if any(_says_thing(s, things, said) for s in sentences):
        return True
    need = math.ceil(_QUANTITY_SHARE * len(others) - 1e-9)
    stated = Counter(q for o in others for q in _quantities(f"{o.title}\n{o.text}"))
    return bool({q for q, n in stated.items() if n >= need} & _quantities(piece.text))


def _dated_past(clause: str) -> bool:
    """Whether a ``clause`` dates its thing by a decade ("after a fire in the 1970s"): a thing
    of another time, not the story's event. A year may be the story's own, or the last of its
    kind that an angle piece compares it with ("after Cyclone Pam in 2015"); a decade the event
    is measured against dates nothing ("after the worst floods since the 1950s")."""
    return _DECADE.search(clause) is not None


def _time_stems() -> set[str]:
    """The stems of the spans of time (``day_story._TIMES``: "summer", "night"): when the
    story's event happened, no thing of it ("at height of summer" of a lifeguards' strike is
    no thing an ice-cream maker's "more summers of heatwaves" tells; fresh47's d1121)."""
    return _stems(set(_TIMES))


def _settings(others: Sequence[Article]) -> set[str]:
    """The stems of the words ``others``' headlines say only as their event's setting: just
    after a place's preposition, with nothing between but names and articles ("on street in
    ...'s ... district" of a sinkhole, "through warehouse roof" of a fire: the street, the
    district, the warehouse). Where the event happened is no thing a feature of the same
    street tells (fresh47's d1128, d1132: a roaster's warehouse, a bookshop's street); what
    happened there ("fire", "sinkhole", "roof") is."""
    setting: set[str] = set()
    other: set[str] = set()
    for art in others:
        tokens = _TOKEN.findall(art.title)
        for k, tok in enumerate(tokens):
            if not tok[0].islower() or (stem := content_word(tok)) is None:
                continue
            p = k - 1
            while p >= 0 and (_capital(tokens[p]) or tokens[p].lower() in _ARTICLES):
                p -= 1  # the names and articles between
            placed = p >= 0 and tokens[p].lower() in _SETTING
            (setting if placed else other).add(stem)
    return setting - other


def _name_parts(others: Sequence[Article]) -> set[str]:
    """The stems of words ``others`` write inside a sentence as a part of a name of two words or
    more ("Town" of "Stone Town", "Park" of "Apia Park") more often than in lower case: not the
    story's thing, though the day writes them in lower case too (a word capitalised alone, "won
    the Chair", may be the story's thing)."""
    upper: Counter[str] = Counter()
    small: Counter[str] = Counter()
    for art in others:
        for sentence in split_sentences(art.text):
            tokens = _TOKEN.findall(sentence)
            for k, tok in enumerate(tokens[1:], 1):
                if (stem := content_word(tok)) is None or not tok[0].isalpha():
                    continue
                if tok[0].islower():
                    small[stem] += 1
                elif any(_capital(w) for w in tokens[k - 1 : k] + tokens[k + 1 : k + 2]):
                    upper[stem] += 1
    return {stem for stem, n in upper.items() if n > small[stem]}


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _says_thing(sentence: str, things: set[str], said: set[str]) -> bool:
    """Whether a ``sentence`` says one of the story's ``things`` as a thing: written in
    lower case, not one name with a word beside it ("train station", "quarry workers"), not
    just after a place's preposition ("from the town"), not a verb on an object none of the
    story's articles say (``said``: the stems of their words): "the carved giants who strike
    the bells" says no strike, "Ibarra wins the Mexico City Grand Prix" says the win."""
    found = list(_TOKEN.finditer(sentence))
    tokens = [match.group() for match in found]
    for k, tok in enumerate(tokens):
        if not tok[0].islower() or content_word(tok) not in things:
            continue
        before = tokens[k - 1] if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if any(_names(w) for w in (before, after)):
            continue
        if any(t.lower() in _SETTING for t in tokens[max(0, k - _SETTING_WINDOW) : k]):
            continue
        if _verb_on_other_thing(sentence, found, k, said):
            continue
        return True
    return False


def _verb_on_other_thing(
    sentence: str, found: Sequence[re.Match[str]], k: int, said: set[str]
) -> bool:
    """Whether the word ``found[k]`` of ``sentence`` is a verb (an article or a possessive just
    after it in the same clause, no determiner just before: "who strike the bells", not "gave
    the drivers the day off" nor "no strike this bitter") whose object, the word after the
    article, is no word of the story (``said``). The tokens drop the marks between clauses,
    and "of strike, their third", "strikes a year" (a rate) or "wins the 24 Hours" (a number)
    have no object of letters to read: a noun, as such words in news mostly are."""
    if k + 2 >= len(found) or sentence[found[k].end() : found[k + 1].start()].strip():
        return False
    before = found[k - 1].group().lower() if k else ""
    if found[k + 1].group().lower() not in _DETERMINERS or before in _NOUN_BEFORE:
        return False
    obj = found[k + 2].group()
    stem = content_word(obj) if obj[0].isalpha() else None
    return stem is not None and stem not in said


def _names(word: str) -> bool:
    """Whether a word beside a thing makes one name of the two: a content word in lower case
    ("train station", "quarry workers", "factory workers")."""
    return word[:1].islower() and len(word) >= _MODIFIED_LENGTH and content_word(word) is not None


def _quantities(text: str) -> set[tuple[str, str]]:
    """The quantities ``text`` states: a number (figures or a word) and the stem of the word it
    counts ("three whole months": ("three", "month"))."""
    found = set()
    for number, unit in _QUANTITY.findall(text):
        if stem := content_word(unit):
            found.add((number.lower(), stem))
    return found
