"""Lines that are chrome because of a cue elsewhere in the text: a print page's jump head, an
audio player's duration.

- A print story that jumps pages prints "See BARRIER, Page A5" where it breaks and the jump
  word alone ("BARRIER") where it goes on: a line of one to three capitalised words that a jump
  line in the same text names is that head. A word in capitals alone that no jump line names
  stays (it may be a section's or a subhead's).
- An audio player prints its clock, then the article's duration ("00:00", "03:41"), or its
  button, then the duration ("Listen", "3:41"): a clock alone right after a dropped player's
  start or button is the duration. A clock alone anywhere else stays (a live page's entry time
  is news).
"""

from __future__ import annotations

import re

__all__ = ["drop_cued_lines"]

# "See BARRIER, Page A5", "Please see FLOOD WALL, page 4"; "Continued from Page A3" names none.
_JUMP = re.compile(
    r"^(?:please\s+)?(?:see|turn\s+to)\s+(?-i:([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}))\s*,?\s+"
    r"(?:on\s+)?(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}\.?$",
    re.I,
)
_PLAYER = re.compile(
    r"0?0:00|listen(?:\s+now)?|listen\s+to\s+(?:this|the)\s+(?:article|story|episode)|play"
    r"|audio",
    re.I,
)
_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def drop_cued_lines(lines: list[str], keep: list[bool]) -> None:
    """Drop the jump heads and the players' durations of ``lines`` (see the module), in place."""
    heads = {m.group(1) for line in lines if (m := _JUMP.match(line.strip()))}
    previous: int | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if keep[i] and text in heads:
            keep[i] = False
        if keep[i] and previous is not None and _is_duration(text, lines[previous], keep[previous]):
            keep[i] = False
        previous = i


def _is_duration(text: str, before: str, before_kept: bool) -> bool:
    """A clock alone right after a dropped player's start or button."""
    return (
        not before_kept
        and _DURATION.fullmatch(text) is not None
        and _PLAYER.fullmatch(before.strip()) is not None
    )
