"""A newsletter's own lines around its items: its greeting, its sign-off, its forward prompt and
its settings line, in any outlet's wording.

No site's string is written here. Kinds:

- the greeting that names the desk or the read it opens ("Hello from the Relay desk - your
  five-minute read for people on the move.", "Good morning from all of us at the business
  team.", "Hi, and welcome to your Friday briefing.");
- the sign-off that says when the next issue comes ("Relay signs off here; tomorrow's issue
  lands at 6:30.", "Our next newsletter arrives on Monday.", "See you tomorrow.");
- the question to a reader who got the issue from someone else ("Did someone pass this issue
  along?", "Was this email forwarded to you?", "Got this from a friend?");
- the settings line, where the page (we, us) tells its reader how to write less or leave
  ("Change how often we write to you, or leave the list, in your Relay settings.",
  "Unsubscribe at any time in your account preferences.").

Each kind needs its own words together (a greeting and a desk or a read of the reader's; an
issue and its arrival; a forward and this issue; leaving and the reader's settings), on a short
line: "The next edition of the festival arrives in 2035", "Did someone pass this document to the
press?" and "To opt out, update your preferences on the NHS website." are news and stay.
``clean.is_boilerplate`` keeps a line with an attribution verb.
"""

from __future__ import annotations

import re

__all__ = ["is_letter_line"]

MAX_WORDS = 30

# the issue's own names, and when it comes
_ISSUE = r"(?:issue|newsletter|briefing|bulletin|dispatch|digest|e-?mail|letter)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_GREETING = re.compile(
    r"^(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening)|welcome(?:\s+back)?)\b"
    r"[^.!?]{0,60}?(?:\bfrom\s+(?:all\s+of\s+us\s+at\s+)?(?:the\s+)?(?:[\w'’&-]+\s+){0,3}"
    r"(?:desk|team|newsroom)\b|\byour\s+(?:[\w'’-]+\s+){0,3}(?:read|briefing|newsletter|digest"
    r"|round-?up|dispatch|inbox|catch-?up)\b)",
    re.I,
)

_SIGN_OFF = re.compile(
    # "<Name> signs off here", "... signing off for today"
    r"\bsign(?:s|ing)?\s+off\s+(?:here|for\s+(?:today|now|this\s+week))\b"
    # "tomorrow's issue lands at 6:30", "Our next newsletter arrives on Monday"
    rf"|(?:^|[.;,]\s+|\b(?:and|but)\s+)(?:tomorrow['’]s|{_DAY}['’]s|next\s+week['’]s|the\s+next"
    rf"|our\s+next)\s+{_ISSUE}\s+(?:lands|arrives|drops|hits|is\s+out|goes\s+out"
    r"|will\s+(?:land|arrive|drop|hit|go\s+out|be\s+(?:in|with)\s+you))\b"
    # a sign-off alone: "See you tomorrow.", "See you on Monday!"
    rf"|^see\s+you\s+(?:tomorrow|next\s+week|on\s+{_DAY}|(?:again\s+)?(?:then|soon))\s*[.!]?$",
    re.I,
)

_FORWARD = re.compile(
    # "Did someone pass this issue along?", "Did a friend forward you this?"
    r"^(?:did|has)\s+(?:someone|somebody|a\s+(?:friend|colleague))\s+(?:pass(?:ed)?|forward(?:ed)?"
    rf"|sen[dt]|share[d]?)\s+(?:you\s+)?this(?:\s+{_ISSUE})?(?:\s+(?:along|on|to\s+you))?\s*\?"
    # "Was this email forwarded to you?", "Got this from a friend?"
    rf"|^(?:was|is)\s+this\s+{_ISSUE}\s+(?:forwarded|passed\s+(?:on|along)|sent|shared)"
    r"(?:\s+(?:to\s+you|by\s+a\s+(?:friend|colleague)))?\s*\?"
    r"|^(?:got|received|reading)\s+this\s+(?:from|via|through)\s+a\s+(?:friend|colleague)\s*\?",
    re.I,
)

# leaving the list or writing less ...
_LEAVE = re.compile(
    r"\b(?:unsubscribe|opt\s+out|leave\s+(?:the|this|our)\s+(?:mailing\s+)?list"
    r"|change\s+how\s+often\s+(?:we|you)|hear\s+from\s+us\s+less|(?:manage|update)\s+your\s+"
    r"(?:e-?mail\s+)?(?:subscription|preferences))\b",
    re.I,
)
# ... in the reader's settings ...
_SETTINGS = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+){0,2}?(?:settings|preferences|account|profile|subscription)\b", re.I
)
# ... said by the page: "we", "us", "our", or the imperative "Unsubscribe ..." opening the line
_PAGE = re.compile(r"\b(?:we|us|our)\b|^unsubscribe\b", re.I)


def is_letter_line(text: str) -> bool:
    """Whether the line ``text`` is a newsletter's greeting, sign-off, forward prompt or
    settings line (see the module's kinds)."""
    if len(text.split()) > MAX_WORDS:
        return False
    if _GREETING.search(text) or _SIGN_OFF.search(text) or _FORWARD.search(text):
        return True
    return bool(_LEAVE.search(text) and _SETTINGS.search(text) and _PAGE.search(text))
