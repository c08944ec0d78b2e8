"""Lines in which the page talks to its reader or about itself, not the news.

Three kinds, by general wording (no site's string is written here):

- the outlet asking the reader to install its app ("Read on the go: download our news app for iOS
  and Android.");
- the page asking its reader to comment or write in ("Join the discussion: 0 comments. Sign in or
  register to add yours.", "Comments on this story are now closed.", "Have an opinion? Write a
  letter to the editor.");
- the page's notes about itself: a labelled note ("Disclosure: ...", "Editor's note: ...",
  "Correction, 12 April: ...", "Third-party content: ..."), a series or opinion note, a holding
  disclosure, a market-data or advice disclaimer.

Only short lines count, and ``clean.is_boilerplate`` keeps a line with an attribution verb (a
quote saying "Download our app," the airline told passengers ... is news).
"""

from __future__ import annotations

import re

__all__ = ["is_page_note"]

MAX_WORDS = 30
"""Longest app or comment prompt; a page note may have up to ``NOTE_MAX_WORDS``."""
NOTE_MAX_WORDS = 40

# The outlet asking the reader to install its app ("Read on the go: download our news app for
# iOS and Android."); a quote saying so ("'Download our app,' the airline told ...") is news.
_OUR_APP = re.compile(r"\b(?:download|install)\s+our\s+(?:free\s+)?(?:[\w-]+\s+){0,2}apps?\b", re.I)

# The page asking its reader to comment or write in: "Join the discussion: 0 comments. Sign in
# or register to add yours.", "Comments on this story are now closed. Please read our house
# rules ...", "Have an opinion? Write a letter to the editor."
_COMMENT_PROMPT = re.compile(
    r"^join\s+the\s+(?:discussion|conversation|debate)\b|\bsign\s+in\s+or\s+register\b"
    r"|\bregister\s+to\s+(?:comment|reply)\b|\bcomments?\s+on\s+this\s+(?:story|article|post"
    r"|page)\s+(?:are|is|will\s+be)\s+(?:now\s+)?(?:closed|moderated|reviewed)\b"
    r"|^(?:have\s+(?:an\s+opinion|your\s+say)\?\s*)?write\s+(?:a\s+letter\s+)?to\s+the\s+editor\b",
    re.I,
)

# The page's notes about itself: a labelled note ("Disclosure: ...", "Editor's note: ...",
# "Correction, 12 April: ...", "Third-party content: ...", "Further reading: ..."), a series or
# opinion note ("This article is part of our ... series.", "The views expressed are the author's
# own."), a holding disclosure ("The author holds no position in ..."), a market-data or
# advice disclaimer ("Prices are delayed by at least 15 minutes.", "... not investment advice").
_PAGE_NOTE = re.compile(
    r"^(?:disclosure|disclaimer|editor(?:'|’)?s\s+note|correction,\s[^:]{1,30}|further\s+reading"
    r"|related\s+reading|third-party\s+content|sources?)\s*:\s"
    r"|^this\s+(?:article|story|report|piece|guide)\s+is\s+(?:part\s+of\s+(?:our|a)\s|for\s+general"
    r"\s+information\b)|\bviews\s+(?:expressed\s+)?(?:here\s+)?(?:are|is)\s+(?:the\s+author(?:'|’)?s"
    r"|his|her|their|my|our)\s+own\b|^(?:the\s+)?(?:author|writer)\s+(?:holds|owns|has)\s+no\s+"
    r"(?:position|shares|stake)\b|\bnot\s+(?:investment|legal|financial|tax)\s+advice\b"
    r"|\b(?:market\s+data|prices|quotes)\s+(?:shown\s+)?(?:are\s+)?delayed\b",
    re.I,
)


def is_page_note(text: str) -> bool:
    """Whether the line ``text`` is an app prompt, a comment prompt or a page note."""
    words = len(text.split())
    if words <= MAX_WORDS and (_OUR_APP.search(text) or _COMMENT_PROMPT.search(text)):
        return True
    return words <= NOTE_MAX_WORDS and bool(_PAGE_NOTE.search(text))
