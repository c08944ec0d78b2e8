"""Lines written in another language than the article: a page's chrome in its own language.

An English article collected from a local site keeps the site's own furniture in the site's
language: "Quer receber as notícias? Entre no nosso canal", "¿Te sirvió esta nota? Compártela
con tus vecinos.", "Þessi frétt er einnig á íslensku — smelltu hér", "Reacties (212) — log in om
te reageren". Such a line is no sentence of the English text around it, whatever it says, and no
list of words can know every language's wording of it; so it is told by its words: most of its
lower-case words are not English.

A line counts when its article is English (most of its lower-case words are English words),
when it has at least three lower-case words outside quotation marks (a quoted title, "Les Nuits
d'Ornans", is the English sentence's own) and fewer than ``_FOREIGN_SHARE`` of them are English
(the stop words of ``briefing.features`` or simplemma's English dictionary, through
``briefing.language.in_dictionary``), and when it is short (``_MAX_WORDS``): a paragraph in
another language is a translation or the article's own, and stays. Names are capitalised and not
counted either way.

An article in another language is left alone: its chrome is in its own language, and what
is English in it may be a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.features import STOP_WORDS
from briefing.language import in_dictionary

__all__ = ["drop_foreign_lines", "english_share"]

_MAX_WORDS = 30
_MIN_WORDS = 3  # lower-case words a line needs before its language is judged
_FOREIGN_SHARE = 0.6  # fewer English words than this share: another language
_ENGLISH_TEXT = 0.75  # an English article: at least this share of its lower-case words
_LABEL_LINE_WORDS = 20  # a line with a label in another language
_LABEL_SHARE = 0.5  # a label with fewer English words than this share
_LABEL_END = re.compile(r"\s*:\s|\s+[|—–]\s+|\?\s")  # where a label ends
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Text in quotation marks: a title or a quote in its own language, part of the sentence.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]")


def _lower_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_QUOTED.sub(" ", text)) if w[0].islower() and len(w) >= 2]


def english_share(text: str) -> float | None:
    """The share of ``text``'s lower-case words (outside quotation marks) that are English
    words; None when it has fewer than three."""
    words = _lower_words(text)
    if len(words) < _MIN_WORDS:
        return None
    # Stop words first: they are much of an English line, and need no dictionary; a line with
    # enough of them is English whatever its other words are.
    stops = sum(w in STOP_WORDS for w in words)
    if stops >= _FOREIGN_SHARE * len(words):
        return stops / len(words)
    english = stops + sum(w not in STOP_WORDS and in_dictionary(w) for w in words)
    return english / len(words)


def _foreign_label(line: str) -> bool:
    """A label in another language before the line's first separator: "Baca juga: <an English
    headline>", "Leia em português | Read in English", "Tem uma história? Envie-nos ... — tips
    welcome". Its first word counts with its lower-case ones (a label's first word is capitalised
    by its place), and two of them at least are not English: "Kyiv live:" and "Gaza ceasefire:"
    are English labels with a name."""
    if len(line.split()) > _LABEL_LINE_WORDS:
        return False
    label = _LABEL_END.split(line, maxsplit=1)[0]
    if label == line:
        return False
    found = _WORD.findall(_QUOTED.sub(" ", label))
    words = [w.lower() for k, w in enumerate(found) if (k == 0 or w[0].islower()) and len(w) >= 2]
    foreign = [w for w in words if w not in STOP_WORDS and not in_dictionary(w)]
    return len(foreign) >= 2 and len(foreign) > (1 - _LABEL_SHARE) * len(words)


def _is_foreign(line: str) -> bool:
    if len(line.split()) > _MAX_WORDS or line.lstrip()[:1] in "\"“«„'‘":
        return False
    share = english_share(line)
    return (share is not None and share < _FOREIGN_SHARE) or _foreign_label(line)


def drop_foreign_lines(lines: Sequence[str], keep: list[bool]) -> None:
    """Unmark (``keep[i] = False``) the kept short lines of ``lines`` written in another language
    than the English text around them; nothing when the text is not English."""
    found = [i for i, line in enumerate(lines) if keep[i] and line and _is_foreign(line)]
    if not found:
        return
    rest = " ".join(line for i, line in enumerate(lines) if keep[i] and i not in set(found))
    share = english_share(rest)
    if share is None or share < _ENGLISH_TEXT:
        return
    for i in found:
        keep[i] = False
