"""The one sanitiser at the boundary: text that came from outside never carries control codes.

Every string field of an ``Article`` (title, outlet, URL, text, source) and of what the model
writes into a briefing (overview, titles, bullets) is a ``SafeStr``: pydantic runs
:func:`sanitize` whenever the model is built or loaded from the store. It removes

* C0 control characters except newline and tab (ESC, BEL, NUL, backspace...), DEL, and
  carriage returns (``\\r\\n`` and a lone ``\\r`` become ``\\n``: a bare CR rewrites the line on
  a terminal);
* C1 control characters (U+0080–U+009F; U+009B is a one-byte CSI on some terminals);
* bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text display
  in another order than it reads ("Trojan Source"); the plain direction marks (LRM, RLM, ALM)
  stay, as right-to-left text needs them.

So an escape sequence that clears the screen, an OSC-8 hyperlink whose visible text differs
from its target, or a title that reverses itself on screen arrive as inert printable text.
Renderers still escape for their own format on top (HTML, Markdown, Slack mrkdwn, rich markup).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

__all__ = ["BIDI_CONTROLS", "SafeStr", "is_clean", "sanitize", "unsafe_characters"]

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEEP = {"\n", "\t"}
_REMOVED = frozenset(
    {chr(c) for c in range(0x00, 0x20) if chr(c) not in _KEEP}
    | {"\x7f"}
    | {chr(c) for c in range(0x80, 0xA0)}
    | BIDI_CONTROLS
)
_TABLE = {ord(c): None for c in _REMOVED}


def sanitize(text: str) -> str:
    """``text`` without control characters (except newline and tab) and bidi overrides."""
    if text.isprintable() and not BIDI_CONTROLS.intersection(text):
        return text  # the common case: nothing to do, no copy
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)


def unsafe_characters(text: str) -> set[str]:
    """The characters of ``text`` that ``sanitize`` removes (for tests and checks)."""
    return set(_REMOVED.intersection(text))


def is_clean(text: str) -> bool:
    return not _REMOVED.intersection(text)


SafeStr = Annotated[str, AfterValidator(sanitize)]
"""A ``str`` field that is sanitised whenever its model is validated."""
