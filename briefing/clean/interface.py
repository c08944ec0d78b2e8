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
  today?") and a letter's close with a wish ("Until next week, stay safe out there.");
- a live page's labels ("Pinned post", "Key moments"), a results widget's rows ("100% of
  precincts reporting", "Results provided by <Provider>", "Search for your county"), a
  newsroom page's "Information for journalists", and a share row, spaced or run together in a
  blog template's language;
- a newsletter's pitch, an app's install prompt and the comments' call in the page's language
  (French: "Newsletter <Town> : recevez l'essentiel chaque matin", "Installez l'appli <App> :
  ...", "Réagissez à cet article (12)"), a tip line after a question ("Ai o poveste? Scrie-ne
  pe WhatsApp: ..."), an ad blocker's plea and a video's bell.

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
# A live page's labels ("Pinned post", "Key moments", "LIVE UPDATES: <Event>", "Quick read"), a
# results widget's rows ("100% of precincts reporting", "162 / 165 seats declared", "Results
# provided by <Provider>", "Search for your county") and a newsroom page's label ("Information
# for journalists").
_LABELS = re.compile(
    r"(?:pinned\s+(?:post|entry|update|comment)|key\s+(?:moments|developments|events|points"
    r"|updates)(?:\s+so\s+far)?|live\s+updates?\s*:\s*[^.!?]{1,60}|quick\s+read"
    r"|\d{1,3}(?:[.,]\d)?\s*%\s+(?:of\s+)?(?:precincts|polling\s+(?:stations|places|districts)"
    r"|votes|ballots|wards)\s+(?:reporting|counted|in)|\d+\s*/\s*\d+\s+(?:seats|wards|results"
    r"|constituencies|precincts)\s+(?:declared|reported|counted|in)"
    r"|(?:results|data|figures)\s+(?:provided|supplied|powered)\s+by\s+[^.!?]{1,40}"
    r"|search\s+for\s+your\s+(?:county|district|constituency|ward|state|area|town|city|precinct"
    r"|riding|municipality)|information\s+for\s+(?:journalists|the\s+media|media|press))\s*:?",
    re.I,
)
# A share row: the buttons' words alone, spaced ("Facebook Twitter WhatsApp SMS Email Print Copy
# article link Save") or run together in a blog template's language ("Enviar por correo
# electrónicoEscribe un blogPublicar en XCompartir con FacebookCompartir en Pinterest").
_SHARE_WORDS = frozenset(
    "facebook twitter x whatsapp sms email e-mail print copy article link save share linkedin "
    "reddit pinterest telegram threads bluesky messenger flipboard pocket mail url comment "
    "comments bookmark".split()
)
_SHARE_WORDS_MIN = 4
_BLOG_SHARE = re.compile(
    r"(?:(?:share\s+to|publicar\s+en|compartir\s+(?:en|con)|partager\s+sur|teilen\s+auf"
    r"|condividi\s+su|compartilhar\s+(?:no|com)|delen\s+op)\s+(?:x|twitter|facebook|pinterest"
    r"|linkedin)|email\s+this|blogthis!?|enviar\s+por\s+(?:correo\s+electrónico|e-?mail)"
    r"|escribe\s+un\s+blog|envoyer\s+par\s+e-?mail|blogger\s+ce\s+billet|per\s+e-?mail"
    r"\s+senden|diesen\s+post\s+bloggen|invia\s+tramite\s+email|postalo\s+sul\s+blog)",
    re.I,
)
# The page's pitches and prompts in its language and a few more of its own: a newsletter's pitch
# ("Newsletter <Town> : recevez l'essentiel chaque matin"), an app's install prompt ("Installez
# l'appli <App> : alertes ..."), the comments' call ("Réagissez à cet article (12)"), a tip line
# after a question ("Ai o poveste? Scrie-ne pe WhatsApp: ..."), an ad blocker's plea ("Ad
# blockers stop us paying reporters. Please whitelist us."), a video's bell ("Hit the bell to be
# told when ...").
_PROMPTS = re.compile(
    r"^newsletter\s+[^:]{1,40}\s*:\s*(?:recevez\s+|recevoir\s+)?l['’]essentiel\b[^!?]{0,80}$"
    r"|^(?:installez|téléchargez|descarga|descargue|instala|baixe|scarica|installieren\s+sie"
    r"|laden\s+sie)\s+(?:l['’]appli(?:cation)?|la\s+app|el\s+app|o\s+app|l['’]app|die\s+app"
    r"|unsere\s+app|notre\s+appli(?:cation)?|nuestra\s+app)(?:\s+[^\s,:]+){0,3}\s*(?::\s*[^!?]{1,80})?$"
    r"|^(?:réagissez|commentez)\s+(?:à\s+)?cet\s+article\s*(?:\(\d+\))?$"
    r"|^[^?]{1,40}\?\s+(?:scrie-ne|scrieți-ne|trimite-ne|escríbenos|écrivez-nous|schreiben\s+sie"
    r"\s+uns|scrivici|escreva-nos|napisz\s+do\s+nas|pišite\s+nam)\s+(?:pe|en|sur|auf|su|no|na"
    r"|por)\s+(?:whatsapp|telegram|signal|viber|e-?mail)\b[^!?]{0,40}$"
    r"|^(?=[^!?]{0,80}\bad\s*-?\s*blockers?\b)[^!?]{0,80}\b(?:whitelist|allowlist|turn\s+off"
    r"|disable|pause)\s+(?:us|this\s+site|our\s+site|it|your\s+ad\s*-?\s*blocker)\b[^!?]{0,40}$"
    r"|^(?:hit|tap|click|ring|smash)\s+(?:the\s+)?(?:notification\s+)?bell\b[^!?]{0,60}$"
    # a live feed's close ("<Outlet> has wrapped up this live feed; later reports go on the
    # front page.") and the link to a topic's hub ("Read the <Paper>'s budget coverage, all in
    # one place, at our budget hub")
    r"|^(?:[\w'’&.-]+\s+){0,4}(?:has|have|we['’]ve|we\s+have)\s+(?:now\s+)?(?:wrapped\s+up|ended"
    r"|closed|paused|finished)\s+(?:this|our|the)\s+live\s+(?:feed|blog|coverage|page|updates)\b"
    r"[^!?]{0,80}$"
    r"|^read\s+(?:the\s+|our\s+)?[^.!?]{0,40}\bcoverage\b[^.!?]{0,40}\bat\s+our\s+[^.!?]{1,30}"
    r"\s+(?:hub|page|site|section)\s*\.?$",
    re.I,
)
# a word a run-together share row needs, asked before its search (a substring test is cheap)
_BLOG_SHARE_KEYS = (
    "share to", "publicar en", "compartir", "partager", "teilen auf", "condividi", "compartilhar",
    "delen op", "email this", "blogthis", "enviar por", "envoyer par", "per e-mail", "invia",
    "blog",
)  # fmt: skip
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
    if _INTERFACE.match(line) or _ASKED_FOLLOW.match(line) or _LABELS.fullmatch(line):
        return True
    if _PROMPTS.match(line):
        return True
    words = line.lower().split()
    if len(words) >= _SHARE_WORDS_MIN and all(w in _SHARE_WORDS for w in words):
        return True
    low = line.lower()
    if not any(key in low for key in _BLOG_SHARE_KEYS):
        return False
    found = _BLOG_SHARE.findall(line)
    return len(found) >= 2 and not _BLOG_SHARE.sub("", line).strip(" ·|•-")
