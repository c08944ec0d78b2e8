"""Another story's headline inserted between two paragraphs of the text: a page's in-text link to
a related story ("Third Mainland Bridge: FG announces 72-hour closure", "Autobuska linija 12
menja trasu zbog radova") that the extractor kept as a line of its own.

It is the one heading-shaped line between the text's paragraphs, two of them at least on each
side (a publisher puts the link inside the text; a subhead comes in a series,
or is the text's only one and reads as a section's name: "What it means for growers"), four
words or more, with a headline's marks: a colon or a comma inside, a figure, or a capitalised
word past the first (a name). A subhead that asks ("What changes for readers", "Was sonst
passiert ist") and a line that leads into what follows (its colon at the end) stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["drop_inserted_head"]

_MIN_WORDS = 4
_PARAGRAPH_WORDS = 8
_SIDE_PARAGRAPHS = 2
_INNER_MARK = re.compile(r"\S[:,،、]\s+\S|\d")
_QUESTION_WORD = re.compile(
    r"^(?:what|how|why|when|where|who|which|was|wie|warum|wo|wer|que|qué|quoi|comment|pourquoi"
    r"|cómo|por\s+qué|dónde|quién|cosa|come|perché|hoe|waarom|wat|wat\s+is|hva|hvordan|hvorfor"
    r"|vad|hur|varför|mitä|miten|miksi)\b",
    re.I,
)


def _headline_marks(line: str) -> bool:
    if _INNER_MARK.search(line):
        return True
    words = line.split()[1:]
    return any(w[:1].isupper() for w in words)


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
        if is_label(lines[kept[k]]) and not lines[kept[k]].rstrip().endswith(":")
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
