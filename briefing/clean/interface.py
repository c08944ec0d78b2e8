"""The page's interface lines, each a whole short line in a template's wording:

- a skip link in the page's language ("Jump to main content", "Langkau ke kandungan utama",
  "Aller au contenu principal", "Zum Hauptinhalt springen");
- a share button ("Send this to a friend", "Gửi bài viết qua Zalo") and a follow prompt on a
  messaging app ("<Headlines> on WhatsApp: tap to follow", "Breaking: follow our updates on
  the <Outlet>'s page", "Tetszett a cikk? Kövessen minket a Facebookon is!");
- a form's "Remember me on this device ...", the terms of a sign-up ("Signing up means you
  accept the <Outlet>'s Terms of Use; ..."), an account's notice ("Your account has been
  connected");
- the page asking how it did ("Did you find what you were looking for?", "How did we do
  today?") and a letter's close with a wish ("Until next week, stay safe out there.").

A sentence of news that opens alike goes on past the template or says what someone did.
"""

from __future__ import annotations

import re

__all__ = ["is_interface_line"]

MAX_WORDS = 30

_APPS = (
    r"(?:whatsapp|telegram|viber|signal|instagram|facebook|x|twitter|tiktok|youtube|threads"
    r"|bluesky|zalo|line|kakaotalk|wechat)"
)
_INTERFACE = re.compile(
    # a skip link
    r"^(?:jump|skip|go|move)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|article|story|navigation"
    r"|menu|search)$"
    r"|^(?:langkau|lompat)\s+ke\s+(?:kandungan|konten|isi)(?:\s+utama)?$"
    r"|^(?:aller|passer)\s+au\s+contenu(?:\s+principal)?$|^(?:saltar|ir)\s+al\s+contenido"
    r"(?:\s+principal)?$|^(?:zum|direkt\s+zum)\s+(?:haupt)?inhalt(?:\s+springen)?$"
    r"|^(?:ga|spring)\s+naar\s+(?:de\s+)?(?:hoofd)?inhoud$|^(?:passa|vai)\s+al\s+contenuto"
    r"(?:\s+principale)?$|^(?:pular|ir)\s+para\s+o\s+conteúdo(?:\s+principal)?$"
    r"|^(?:hoppa|gå)\s+(?:till|til)\s+(?:huvud)?innehåll(?:et)?$"
    # a share button
    r"|^(?:send|e-?mail|share)\s+(?:this|it|this\s+(?:story|article|page))\s+(?:to|with)\s+a\s+"
    r"friend$"
    rf"|^(?:gửi|chia\s+sẻ)\s+(?:bài\s+viết|bài|tin)?\s*(?:qua|lên|trên)\s+{_APPS}$"
    # a follow prompt on an app
    rf"|^[^.!?:]{{1,50}}\s+on\s+{_APPS}\s*:\s*(?:tap|click|press)\s+(?:here\s+)?to\s+"
    r"(?:follow|join|subscribe)\s*[.!]?$"
    r"|^(?:[\w ]{1,20}:\s+)?follow\s+(?:our|the\s+latest|all\s+our)\s+(?:updates|coverage|live"
    r"\s+coverage|news|stories)\s+on\s+(?:the\s+|our\s+)?[^.!?]{1,40}?\s*(?:page|channel|app"
    r"|account|feed)\s*[.!]?$"
    # a form's, a sign-up's and an account's lines
    r"|^remember\s+me(?:\s+on\s+this\s+(?:device|computer|browser))?(?:\s+so\s+[^.!?]{1,60})?"
    r"\s*[.!]?$"
    r"|^(?:by\s+)?signing\s+up\b[^.!?;]{0,40}\b(?:accept|agree\s+to)\b[^.!?;]{0,40}\bterms\b"
    r"[^!?]{0,100}$"
    r"|^your\s+account\s+(?:has\s+been|is\s+now)\s+(?:connected|linked|created|verified"
    r"|updated|activated)\s*[.!]?$"
    # the page asking how it did, a letter's close with a wish
    r"|^(?:did\s+you\s+find\s+what\s+you\s+(?:were\s+)?looking\s+for|how\s+did\s+we\s+do"
    r"(?:\s+today|\s+this\s+week)?|how\s+would\s+you\s+rate\s+(?:this|today['’]s)\s+\w+"
    r"|was\s+this\s+(?:page|information)\s+(?:useful|helpful))\s*\?$"
    r"|^until\s+next\s+(?:week|time|issue|month),\s+(?:stay\s+\w+|take\s+care|be\s+well"
    r"|keep\s+\w+)[^.!?]{0,30}[.!]?$",
    re.I,
)
# a follow prompt after the page's question: "Tetszett a cikk? Kövessen minket a Facebookon
# is!" (liked the article? follow us ...), "Liked this story? Follow us on Instagram."
_ASKED_FOLLOW = re.compile(
    r"^[^.!?]{1,40}\?\s+(?:follow\s+us|kövessen\s+minket|kövess\s+minket|suivez[- ]nous"
    r"|síguenos|seguici|folgen\s+sie\s+uns|volg\s+ons|siga[- ]nos|følg\s+oss|följ\s+oss"
    rf"|obserwuj\s+nas|takip\s+edin)\b[^.!?]{{0,40}}{_APPS}\w*(?:\s+is)?\s*[.!]?$",
    re.I,
)


def is_interface_line(text: str) -> bool:
    """Whether ``text`` is one of the page's interface lines (see the module)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    return bool(_INTERFACE.match(line) or _ASKED_FOLLOW.match(line))
