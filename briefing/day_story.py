"""A story that holds the day takes the lone pieces that say its words: the last step of
grouping (``briefing.cluster``), after every rule that reads links between articles.

On a day of one event told by several outlets, an angle piece can share almost nothing with
any single report: a profile of a cooper whose orders come from a fire in wine galleries
("Since the smoke in the galleries north of the capital, every winemaker wants new oak") has
its own names and trade on every line, and its cosine to each report is below the graph's
floor. What it shares is the story's own words, the ones nearly every report says ("fire",
"galleries", "smoke"), which no single pair of articles weighs much because each report says
them beside its own.

So, when one story *holds the day* (three or more members and two thirds of the day's
articles, the rule of ``briefing.story_links``), a piece left on its own joins it when its text
says two or more of the story's words: words of four letters or more (not numbers, stop
words, months or weekdays) that three quarters of the story's members say. Never when the piece
names another thing than the story does (``briefing.apart.angle_apart``: its headline names
what the story never says while the story's headlines name what it never says, or a place of
another country), nor when its lead names a thing of its own while the story names one it
never says (``briefing.apart.lead_apart``).

On the offline days' tuning parts this joined the lone pieces of 4 single-story days (fresh11,
fresh18 and two of fresh19), took none from another story, and left offline ROUGE-2 the same
or higher. Its cost, measured by adding one article of another day to a single-story day of
three or more articles (1,821 such made-up days, eight random articles for each real one):
8 of those articles were grouped with the day's story, against 6 before it
(``bench/foreign_piece.py``; docs/BENCHMARKS.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from briefing.apart import angle_apart, lead_apart
from briefing.features import CALENDAR_WORDS, STOP_WORDS, WORD_PATTERN
from briefing.models import Article

__all__ = ["attach_to_day_story", "story_words"]

_MIN_SIZE = 3  # a story of three or more ...
_DAY_SHARE = 2 / 3  # ... holding two thirds of the day's articles
_WORD_SHARE = 3 / 4  # its words: said by three quarters of its members
_MIN_WORDS = 2  # a lone piece says two of them or more
_MIN_LENGTH = 4  # a word of four letters or more


_WORD = re.compile(WORD_PATTERN)


def _words(art: Article) -> set[str]:
    """The words of an article's headline and text in lower case, four letters or more: no
    number, stop word or calendar word (a month or weekday tells a date, not a story). Whole
    words, not stems: "metres" is not "metro", "prices" not "price"."""
    found = (w.lower() for w in _WORD.findall(f"{art.title}\n{art.text}"))
    return {
        w
        for w in found
        if len(w) >= _MIN_LENGTH
        and w[0].isalpha()
        and w not in STOP_WORDS
        and w not in CALENDAR_WORDS
    }


def story_words(members: Sequence[Article]) -> set[str]:
    """The words of a story: words (``_words``) that three quarters of ``members`` say."""
    need = math.ceil(_WORD_SHARE * len(members) - 1e-9)
    count = Counter(w for art in members for w in _words(art))
    return {w for w, n in count.items() if n >= need}


def attach_to_day_story(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], lower: frozenset[str]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every lone piece that says two or
    more of the words of the story that holds the day moved into it; ``lower``: the words the
    day writes in lower case (``briefing.shared_names.day_words``)."""
    out = [list(g) for g in groups]
    if not out:
        return out
    home = max(range(len(out)), key=lambda k: (len(out[k]), -k))
    size = len(out[home])
    if size < _MIN_SIZE or size < _DAY_SHARE * len(arts):
        return out
    members = [arts[j] for j in out[home]]
    words = story_words(members)
    if len(words) < _MIN_WORDS:
        return out
    joined: list[int] = []
    for k, group in enumerate(out):
        if k == home or len(group) != 1:
            continue
        piece = arts[group[0]]
        if (
            len(words & _words(piece)) >= _MIN_WORDS
            and not angle_apart(piece, members, lower)
            and not lead_apart(piece, members, lower)
        ):
            joined.append(k)
    for k in joined:
        out[home].extend(out[k])
        out[k] = []
    return [g for g in out if g]
