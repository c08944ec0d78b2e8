"""A page's button repeated under each of its posts: a live page or a thread prints its share
or link ask under every entry ("Copy this post's link", "Compartir esta actualización", "Link
to this storm entry", "Partager ce post"), word for word each time. A story's own short lines
are not repeated word for word: its subheads differ, and a live page's entry markers, which do
repeat a shape, carry a clock or a count (``clean_text``'s entry markers keep them).

So a short line with no sentence end, no figure and a word in lower case (not a speaker's or a
place's name, which a transcript or a list may repeat: "Farah Quayyum", "Zwolle"), written
twice or more in one text with a paragraph kept beside it, is the page's and goes, in any
language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

__all__ = ["drop_repeated_buttons"]

_MAX_WORDS = 8
_MIN_TIMES = 2
_SENTENCE_END = re.compile(r"""[.!?…;:।。！？؟۔]['"’”)\]」』]*$""")
_FIGURE = re.compile(r"\d")


def _button_shape(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= _MAX_WORDS
        and not _SENTENCE_END.search(text)
        and not _FIGURE.search(text)
        and any(w[:1].islower() for w in words)
    )


def drop_repeated_buttons(
    lines: list[str], keep: list[bool], is_body: Callable[[str], bool]
) -> None:
    """Drop the short lines written twice or more in the text (see the module), in place."""
    if not any(keep[i] and is_body(line) for i, line in enumerate(lines)):
        return
    counts = Counter(" ".join(line.split()) for line in lines if line.strip())
    repeated = {text for text, n in counts.items() if n >= _MIN_TIMES and _button_shape(text)}
    if not repeated:
        return
    for i, line in enumerate(lines):
        if keep[i] and " ".join(line.split()) in repeated:
            keep[i] = False
