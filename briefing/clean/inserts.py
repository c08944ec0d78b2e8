"""Another story's headline inserted between two paragraphs of the text: a page's in-text link to
a related story ("Third Mainland Bridge: FG announces 72-hour closure", "Autobuska linija 12
menja trasu zbog radova") that the extractor kept as a line of its own.

It is the one heading-shaped line between the text's paragraphs, two of them at least on each
side (a publisher puts the link inside the text; a subhead comes in a series,
or is the text's only one and reads as a section's name: "What it means for growers"), four
words or more, with a headline's marks: a colon or a comma inside, a figure, or a capitalised
word past the first (a name). A subhead that asks ("What changes for readers", "Was sonst
passiert ist") and a line that leads into what follows (its colon at the end) stay.

The link may carry its label before the headline, in the page's language: "Lês ek: <headline>",
"Чытайце таксама: <headline>", "Lesa tambe: <headline>": a label of one to three words, a colon,
and a headline of up to fourteen words that opens with a capital and ends in no full stop, is
heading-shaped too, however long (a label line alone is judged by its length).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.clean.features import Line, ui_words

__all__ = ["drop_inserted_head"]

_MIN_WORDS = 4
_PARAGRAPH_WORDS = 8
_SIDE_PARAGRAPHS = 2
_INNER_MARK = re.compile(r"\S[:,،、]\s+\S|\d")
_LABEL_WORDS = 3  # "Lês ek", "Чытайце таксама", "Potrebbe interessarti anche"
_LABELLED_WORDS = 16
_QUESTION_WORD = re.compile(
    r"^(?:what|how|why|when|where|who|which|was|wie|warum|wo|wer|que|qué|quoi|comment|pourquoi"
    r"|cómo|por\s+qué|dónde|quién|cosa|come|perché|hoe|waarom|wat|wat\s+is|hva|hvordan|hvorfor"
    r"|vad|hur|varför|mitä|miten|miksi)\b",
    re.I,
)


def _headline_marks(line: str) -> bool:
    # a line in capitals is a letter's section heading ("ALSO ON THE RIVER", its items under
    # it), not another story's headline, which is written in sentence or title case (an ad
    # slot's "SCROLL TO RESUME CONTENT" names the interface: not a heading)
    if line.isupper() and not ui_words(Line(text=line)):
        return False
    if _INNER_MARK.search(line):
        return True
    words = line.split()[1:]
    return any(w[:1].isupper() for w in words)


def _labelled_head(line: str) -> bool:
    """ "<label>: <Headline>": a label of one to three words, a colon, then a headline of three
    words or more that opens with a capital (or a letter of a script without case)."""
    label, colon, rest = line.partition(":")
    words, head = label.split(), rest.split()
    if not colon or not 1 <= len(words) <= _LABEL_WORDS or len(head) < _MIN_WORDS - 1:
        return False
    if len(words) + len(head) > _LABELLED_WORDS or not words[0][:1].isalpha():
        return False
    first = head[0][:1]
    return first.isalpha() and not first.islower()


def drop_inserted_head(
    lines: list[str],
    keep: list[bool],
    is_body: Callable[[str], bool],
    is_label: Callable[[str], bool],
) -> None:
    """Drop the one related story's headline between two kept paragraphs (see the module)."""
    kept = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    body = [k for k, i in enumerate(kept) if is_body(lines[i])]
    if not body:
        return
    # the heading-shaped lines between the first paragraph and the last (not the page's rows
    # after the text, which the later rules judge)
    between = [
        (k, kept[k])
        for k in range(body[0] + 1, body[-1])
        if (
            is_label(lines[kept[k]])
            or (not is_body(lines[kept[k]]) and _labelled_head(lines[kept[k]].strip()))
        )
        and not lines[kept[k]].rstrip().endswith(":")
    ]
    if len(between) != 1:
        return
    k, i = between[0]
    line = lines[i].strip()
    before, after = lines[kept[k - 1]], lines[kept[k + 1]]
    paragraphs = all(
        is_body(text) and len(text.split()) >= _PARAGRAPH_WORDS for text in (before, after)
    )
    # inside the text: paragraphs on both sides of it, two at least (a line under the first
    # paragraph may be a live entry's head or the deck's; one above the last, a closing head)
    above = sum(1 for j in kept[:k] if is_body(lines[j]))
    below = sum(1 for j in kept[k + 1 :] if is_body(lines[j]))
    paragraphs = paragraphs and min(above, below) >= _SIDE_PARAGRAPHS
    if (
        paragraphs
        and len(line.split()) >= _MIN_WORDS
        and _headline_marks(line)
        and not _QUESTION_WORD.match(line)
    ):
        keep[i] = False
