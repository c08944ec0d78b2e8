"""A list of other articles under its heading: "Most Read from ...", "Related posts", "Read
more" (or such a heading in another language, ``clean.foreign.is_related_head``: "İlgili
Haberler"), then headlines.

The heading is chrome by its words (``clean.is_boilerplate`` drops it); the headlines under it
are lines of words that a newsroom wrote, so no rule on its own can tell them from a subheading.
Their place does: right under a dropped list heading, after the article's body has begun, a run
of headline-shaped lines (short, no sentence's end) is the list's items when it has two lines or
more, or when what follows it is chrome or the text's end. A single short line under a "Read
more" heading that a paragraph follows is a subheading and stays. A heading that names a
site's other list ("Trending on <Outlet>", "More <Town> news", "Latest podcast") may be kept
by the other rules; with such a list of headlines under it, it goes with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.clean.foreign import is_related_head

__all__ = ["drop_list_items"]

_ITEM_MAX_WORDS = 16
_HEAD_MAX_WORDS = 8
_HEAD = re.compile(
    r"(?:related(?:\s+[\w'’-]+){0,2}|more\s+(?:from|on|in|stories|like\s+this|to\s+read)\b"
    r"[^.!?]*|most\s+(?:read|popular|viewed|shared)\b[^.!?]*|recommended(?:\s+[\w'’-]+)?"
    r"|read\s+(?:more|next|also)|also\s+read|you\s+(?:may|might)\s+also\s+(?:like|enjoy)"
    r"|explore\s+more|further\s+reading|see\s+also)\s*:?",
    re.I,
)
# A site's other lists by name, which the other rules may keep: "Trending on <Outlet>", "More
# <Town> news", "More coverage", "Latest podcast" (not a letter's own "Top stories" or "More
# news", whose items are its news)
_SITE_LIST = re.compile(
    r"(?:trending(?:\s+(?:now|today|on\s+[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}))?"
    r"|more\s+(?:[\w'’-]+\s+){1,2}news|more\s+coverage|latest\s+(?:podcasts?|videos?|episodes?)"
    r"|what\s+to\s+read\s+next)\s*:?",
    re.I,
)


def _is_head(line: str, *, kept: bool = False) -> bool:
    """A list's heading; one the other rules kept only when it names a site's list."""
    if not 0 < len(line.split()) <= _HEAD_MAX_WORDS:
        return False
    if kept:
        return _SITE_LIST.fullmatch(line.strip()) is not None or is_related_head(line)
    return _HEAD.fullmatch(line.strip()) is not None or is_related_head(line)


def drop_list_items(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop the headlines listed under a dropped list heading (see the module), in place."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    seen_body = False
    k = 0
    while k < len(filled):
        i = filled[k]
        if seen_body and _is_head(lines[i], kept=keep[i]):
            run = []
            j = k + 1
            while j < len(filled) and keep[filled[j]] and _is_item(lines[filled[j]], is_body):
                run.append(filled[j])
                j += 1
            closes = j == len(filled) or not keep[filled[j]]
            if len(run) >= 2 or (run and closes):
                for item in [i, *run]:
                    keep[item] = False
                k = j
                continue
        seen_body = seen_body or (keep[i] and is_body(lines[i]))
        k += 1


def _is_item(line: str, is_body: Callable[[str], bool]) -> bool:
    """A headline's shape: a short line that is not a sentence, opening with a capital."""
    text = line.strip()
    return (
        not is_body(text)
        and len(text.split()) <= _ITEM_MAX_WORDS
        and text[:1].isupper()
        and not text.endswith(":")
    )
