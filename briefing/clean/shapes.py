"""Chrome by its shape alone, whatever the site's words: rows, glyphs, buttons, stamps.

No site's string is written here; each rule is a shape that any site's chrome has:

- a separator row: three or more short segments split by the same separator (" · ", " │ ",
  " // ", " ▪ ", " ▸ ", " — "), with no sentence among them ("DEPORTES · GOLF · 12 min read",
  "KØBENHAVN ▪ onsdag ▪ by our reporter", "NPA — Cairo bureau — Saturday 14 May — 11:52");
- a line that opens with an icon glyph (a symbol: ▶ ▲ ✉ ⊕ ☰ ↗), a short line with an arrow in
  it and no sentence end ("LIVE: rates → updated hourly"), a row of two or more bracketed
  buttons ("[Accept all] [Only necessary]"), a bracketed label over a title ("[Transcript] ...");
- the page pointing at its own layout ("add your address below", "Sign in above.");
- a thread's furniture: a counter ("Replies (0)", "Comments (12)"), an age ("38 minutes ago"),
  an empty thread's prompt ("Nothing here yet — start the thread."), a signature ("— Outlet
  Name" alone), a publication stamp ("First published at 07:40, refreshed at 11:15");
- a link or a postal address alone on its line ("https://example.org/a-123", "12 Quay St, Suite
  4, Harbour City, HC 10003, United States": a newsletter's footer), a contact row (a phone
  number and an e-mail address, no sentence), a photo's credit alone ("UN Photo/Ana Ruiz");
- a desk row: a place in capitals and a separator, then only a desk, a date or a "by"
  ("CANBERRA – Wed 27 Apr", "SÃO PAULO ▸ agribusiness desk", "BEAUNE — from our wine
  correspondent"), or the correspondents credited ("From the Dispatch's correspondents in Lima").

A line that carries a sentence of news after its chrome (a caption, a button, then "The
government owns the vault and pays for its running costs.") is news with chrome glued on:
``glued_news`` finds that sentence, and ``clean_text`` keeps the line whole.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.angles import is_place
from briefing.clean.credits import corrects_earlier_message
from briefing.features import content_word
from briefing.language import in_dictionary

__all__ = [
    "glued_news",
    "icon_item",
    "is_separator_row",
    "is_shape_chrome",
    "is_thread_head",
    "item_text",
]

_MAX_WORDS = 30
# Separators of rows, each spaced on both sides; "/" alone is left out ("Fine / No thanks" is a
# choice, "3 / 4" a fraction).
_ROW_SEPARATORS = ("·", "│", "|", "//", "▪", "•", "▸", "►", "›", "»", "—", "–")
_SEGMENT_MAX_WORDS = 8  # no segment of a row is longer
_SHORT_SEGMENT = 5  # and most are this short
_SENTENCE_END = re.compile(r"""[.!?…]['"’”)\]]*$""")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according|added|warned|urged|asked|announced|confirmed)\b", re.I
)
# Symbols that are not icons: arithmetic, degrees, currency-like marks.
_NOT_ICON = set("+<=>±×÷−∓~¬°^`´¨¯¸|")
_ARROWS = re.compile(r"[\u2190-\u21ff\u25b6\u25b8\u25ba\u27a4\u279c\u2794]")
_BUTTONS = re.compile(r"(?:\[[^\[\]]{1,30}\]\s*){2,}$")
_BRACKET_LABEL = re.compile(r"^\[[^\[\]]{1,20}\]\s+\S")
_COUNTER = re.compile(
    r"^(?:replies|comments?|responses|reactions|shares|likes|votes|reviews)\s*[(:]\s*\d[\d,.]*k?"
    r"\s*\)?$",
    re.I,
)
_AGE = re.compile(
    r"^(?:(?:updated|posted|published|edited)\s+)?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?"
    r"|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago\.?$|^(?:just\s+now|yesterday|today)$",
    re.I,
)
# An empty thread's prompt: "Nothing here yet — start the thread.", "No comments yet. Be the first."
_EMPTY_THREAD = re.compile(
    # an imperative that opens a clause and ends the line
    r"(?:^|[—–-]\s*|[.!?]\s+)(?:start|begin|open)\s+the\s+(?:thread|conversation|discussion)"
    r"[.!]?$"
    r"|^(?:nothing|no\s+(?:comments?|replies|posts))\s+(?:here\s+)?yet\b",
    re.I,
)
# A signature alone: a dash, then a short name with no sentence end ("— Irish Coast Post").
_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[A-Z][\w'’&.-]*(?:\s+[A-Z&][\w'’&.-]*){0,4}$")
# A band between dashes: "— Advertisement — scroll on —".
_BAND = re.compile(r"^[—–-]{1,2}\s+[^.!?]{1,40}\s+[—–-]{1,2}$")
# A publication stamp: "First published at 07:40, refreshed at 11:15 local time", "Published
# 10 May 2033, updated 14:02". After the clock come only a stamp's words: a time zone, a date,
# another stamp, a place in capitals, who posted it ("... by PIO Delhi"); "Issued 12:00 BST: amber
# warning for heavy rain across Wales" is a warning's news.
_STAMP_WORD = (
    r"[:.]\d{2}|\d{1,2}[:.h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4}(?:st|nd|rd|th)?\b|[ap]\.?m\b\.?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?"
    r"|(?:local\s+time|on|at|and|today|yesterday|first|last|originally|published|posted|updated"
    r"|refreshed|modified|issued|edited|(?-i:[A-Z]{2,}))\b(?:[+-]\d{1,2})?"
    r"|\((?-i:[A-Z])[\w ]{1,20}\)|[,·|/–—-]"
)
_STAMP = re.compile(
    r"^(?:first\s+|last\s+|originally\s+)?(?:published|posted|updated|refreshed|modified|issued)\b"
    r"(?:\s+(?:at|on|:))?\s+[^.!?]{0,50}?\d{1,2}[:.h]\d{2}(?!\d)"
    rf"(?:\s*(?:{_STAMP_WORD}))*(?:\s*\bby\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*"
    r"|with|and|of|the))*)?\s*$",
    re.I,
)
# Capital letters of a place ("SÃO PAULO", "KØBENHAVN").
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
_PLACE = re.compile(rf"^[{_CAPS}][{_CAPS}.'’-]+(?:\s+[{_CAPS}0-9][{_CAPS}0-9.'’-]*){{0,3}}$")
# What a desk row says after its place: a desk, a date, a time, who filed it.
_DESK_REST = re.compile(
    r"\b(?:desk|bureau|newsroom|correspondents?|reporters?|staff|team|editors?)\b"
    r"|^(?:by|from|door|par|por|von|di|de)\s"
    r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?$"
    r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?$",
    re.I,
)
_DESK_SEPARATOR = re.compile(r"\s+(?:[—–▸►›»|│·▪•]|-{1,2}|//)\s+")
# "From the Dispatch's correspondents in Lima, Santiago and Buenos Aires", "From our staff".
_FROM_DESK = re.compile(
    r"^from\s+(?:the\s+|our\s+)(?:[\w'’-]+\s+){0,3}(?:correspondents?|reporters?|bureaus?"
    r"|desks?|staff|newsroom|team)\b[^.!?]{0,60}$",
    re.I,
)
# A row's label, cut before its segments are counted ("Related guides: A · B · C").
_LABEL = re.compile(r"^[^:.!?]{1,30}:\s+")
# A choice of two buttons ending the line: "... for analytics. Fine by me / No thanks", "Yes / No".
_CHOICE = re.compile(
    r"(?:^|[.!?:]\s+)[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+/\s+[A-Z][^\W\d_]*"
    r"(?:\s+[^\W\d_]+){0,3}$"
)
# The words of an access wall; two kinds on one short line make one ("The rest of this report is
# for Plus members. Already one? Sign in above.", "Register free to keep going, or log in."); a
# tier's name before "members" is capitalised whatever the flags ("Plus members"), so a register
# "of members" in the news is none.
_ACCESS = (
    re.compile(
        r"\bthe\s+rest\s+of\s+(?:this|the)\s+(?:report|article|story|piece)\b"
        r"|\b\w+\s+members\s+see\s+the\s+rest\b|\bkeep\s+(?:going|reading)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:(?-i:[A-Z])\w*|paying|premium|digital)\s+(?-i:members)\b|\bfor\s+members\b"
        r"|\b(?:subscribers|guests)\b|\balready\s+(?:one|a\s+(?:member|subscriber))\?",
        re.I,
    ),
    re.compile(
        r"\b(?:sign|log)\s+in\b|\bregister\b|\b(?:start|begin)\s+(?:a|your)\s+"
        r"(?:free\s+)?trial\b|\bsubscribe\b",
        re.I,
    ),
    re.compile(
        r"\b(?:free|three|two|\d+)\s+(?:free\s+)?(?:stories|articles)\s+(?:a|per|each)\s+"
        r"(?:week|month)\b",
        re.I,
    ),
)
# A credit row of labelled parts, no sentence among them: "Science desk. Visuals: handout.
# Corrections: desk@example.org".
_LABELLED = re.compile(r"(?:^|[.;|·]\s+)[A-Z][a-z]{2,}(?:\s+[a-z]+)?:\s")
# A correction or clarification note, with a time before its colon ("Correction 23:20: ...").
_NOTE = re.compile(r"^(?:correction|clarification)\s*(?:,?\s*\d{1,2}[:.]\d{2})?\s*:\s", re.I)
# An outlet's tagline: its name, then what it does since a year ("Valley Star: covering the
# valley since 1921").
_TAGLINE = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s*){1,4}[:—–-]\s+[a-z]+ing\b[^.!?]{0,80}\bsince\s+(?:1[6-9]|20)\d\d\b"
    # ... or in a sentence of its own that ends there: "The Sentinel is printed Thursdays and
    # read on the west coast since 1898." ("..., but it will close in May" is news)
    r"|^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}(?:is|has\s+been)\s+(?:printed|published|read|made"
    r"|written|delivered)\b[^.!?]{0,80}\bsince\s+(?:1[6-9]|20)\d\d\s*\.?$"
)
# A presenter's sign-off: "I'm Ana Reyes; more news at eight."
_SIGN_OFF = re.compile(
    r"\bI['’]m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[;,.—–-]+\s*(?:more|the\s+next|back|join\s+us)\b"
)
# The page pointing at its own layout: "add your address below", "earlier questions are listed
# below", "Already one? Sign in above." (a place word that ends its clause, not "below zero";
# nor a list the news gives, within a sentence that goes on about it: "free water points,
# listed below, where residents can fill containers").
_PAGE_PLACE = re.compile(
    r"\b(?:add|enter|leave|type|put|drop|see|find|sign\s+in|log\s+in|scroll|listed|shown|linked"
    r"|click|tap)\b(?:\s+[\w'’]+){0,3}?\s+(?:below|above)(?=\s*(?:[.;:!?—–]|,(?!\s*(?:where|which|who|whom|whose|when)\b)|and\b|$))",
    re.I,
)
# A link alone ("https://example.org/a-123"), a postal address alone (a newsletter's footer:
# "12 Quay St, Suite 4, Harbour City, HC 10003, United States").
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$")
_ADDRESS = re.compile(
    r"^\d{1,6}[A-Za-z]?\s+[A-Z][\w.'’ -]{1,40}(?:,\s*#?[\w.'’ -]{1,40}){2,6},\s*"
    r"(?:United\s+States(?:\s+of\s+America)?|USA|U\.S\.A?\.|United\s+Kingdom|UK|Canada|Australia"
    r"|Ireland|New\s+Zealand|Germany|France|Netherlands|[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}|\d{4,5})$"
)
# A contact row: a phone number and an e-mail address on one short line with no sentence
# ("Ana Ruiz, Harbour Trust, +44 20 7946 0000, aruiz@trust.example").
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}\b")
# A photo's credit alone: an agency or an outlet, a slash, the photographer ("UN Photo/Ana
# Ruiz", "AFP/Jon Berg").
_PHOTO_CREDIT = re.compile(
    r"^(?:[A-Z]{2,}(?:[-\s][A-Z]{2,})*(?:\s+Photo)?|[A-Z][\w'’-]+\s+(?:Photo|Images|Pictures|Press))"
    r"\s?/\s?[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){1,2}$"
)
_GLUED_MIN_WORDS = 8  # a sentence of news after chrome on the same line


def _photo_credit(text: str) -> bool:
    """A photo's credit (``_PHOTO_CREDIT``), not a headline that pairs two names with a slash
    ("NATO/Russia Talks Collapse", "EU/Mercosur Deal Signed"): after the slash comes a person,
    not a place nor a verb at the end."""
    if not _PHOTO_CREDIT.match(text):
        return False
    words = text.split("/", 1)[1].split()
    last = words[-1].lower()
    verb = in_dictionary(last) and last.endswith(("ed", "s"))
    stem = content_word(words[0])
    return not ((stem is not None and is_place(stem)) or verb)


def _words(text: str) -> int:
    return len(text.split())


def is_separator_row(text: str) -> bool:
    """Three or more short segments split by the same separator, no sentence among them."""
    if _SENTENCE_END.search(text) or _ATTRIBUTION.search(text):
        return False
    for sep in _ROW_SEPARATORS:
        if f" {sep} " not in text:
            continue
        parts = [p.strip(" " + sep) for p in _LABEL.sub("", text, count=1).split(f" {sep} ")]
        parts = [p for p in parts if any(ch.isalnum() for ch in p)]
        if len(parts) < 3:
            continue
        sizes = [_words(p) for p in parts]
        if max(sizes) <= _SEGMENT_MAX_WORDS and 3 * sum(s <= _SHORT_SEGMENT for s in sizes) >= (
            2 * len(sizes)
        ):
            return True
    return False


def _opens_with_icon(text: str) -> bool:
    ch = text[0]
    return ch not in _NOT_ICON and (
        unicodedata.category(ch) in ("So", "Sm") or "\u2500" <= ch <= "\u25ff"
    )


# What may follow an emoji in one glyph: a variation selector, a skin tone, a joiner, a keycap.
_GLYPH_TAIL = re.compile(r"[\ufe0e\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff]")
_ITEM_MIN_WORDS = 3
_SENTENCE_MIN_WORDS = 6
# a word in lower case, in any script that has cases ("after", "прийняв", "über")
_LOWER_WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]+")


def _pictograph(ch: str) -> bool:
    """An emoji (pictographs, flags, the symbols a channel puts before its news: ⚡ ⛴ ✈), not a
    page's interface glyph (arrows, geometric shapes, box drawing, an envelope, a pencil)."""
    code = ord(ch)
    return code >= 0x1F000 or 0x2600 <= code <= 0x26FF or ch in _NEWS_DINGBATS


_NEWS_DINGBATS = frozenset("✈✅❌❗✨")


def _has_lower_word(text: str) -> bool:
    return any(word[0].islower() for word in _LOWER_WORD.findall(text))


def icon_item(text: str) -> tuple[str, bool] | None:
    """The item that an emoji bullet opens, and whether it is a sentence of news (``"🔴
    Scheduled power cuts will be applied ..."``) rather than a heading (``"⛴️ Norway's fjords go
    electric"``); or None. Newsletters and messaging channels put an emoji before each item of
    news; a page puts an interface glyph before its buttons (``"▶ Play"``, ``"✉ Email"``), and a
    reaction row is emoji and counts (``"❤️ 212 👍 84"``). So the glyphs must be emoji and what
    follows them words, three or more with one in lower case; the caller judges the item by its
    own words (``"📲 Subscribe: @channel"`` is a prompt), and a heading only between paragraphs."""
    stripped = text.strip()
    if not stripped or not _pictograph(stripped[0]):
        return None
    k = 0
    while k < len(stripped) and (
        _pictograph(stripped[k]) or _GLYPH_TAIL.match(stripped[k]) or stripped[k].isspace()
    ):
        k += 1
    rest = stripped[k:]
    if _words(rest) < _ITEM_MIN_WORDS or not _has_lower_word(rest):
        return None
    if not rest[0].isalnum() and rest[0] not in "\"'‘“(":
        return None
    return rest, _words(rest) >= _SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(rest))


def item_text(text: str) -> str:
    """``text`` without the emoji bullet that opens an item (``icon_item``), else as it is."""
    item = icon_item(text)
    return text if item is None else item[0]


def _is_desk_row(text: str) -> bool:
    """A place in capitals, a separator, then a desk, a date or a "by" with no sentence end."""
    if _SENTENCE_END.search(text):
        return False
    if _FROM_DESK.match(text):
        return True
    parts = _DESK_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2 or not _PLACE.match(parts[0]) or _words(parts[1]) > 8:
        return False
    return bool(_DESK_REST.search(parts[1]))


def is_shape_chrome(line: str) -> bool:
    """Chrome by shape: a separator row, an icon, buttons, a thread's furniture, a desk row."""
    text = line.strip()
    if not text or _words(text) > _MAX_WORDS:
        return False
    if _opens_with_icon(text):
        return True
    if _BUTTONS.search(text) or _COUNTER.match(text) or _AGE.match(text):
        return True
    note = _NOTE.match(text) and not corrects_earlier_message(text)
    if _CHOICE.search(text) or note or _TAGLINE.match(text) or _SIGN_OFF.search(text):
        return True
    if sum(bool(kind.search(text)) for kind in _ACCESS) >= 2:
        return True
    if _PAGE_PLACE.search(text) and not _ATTRIBUTION.search(text):
        return True
    if _words(text) <= 20 and len(_LABELLED.findall(text)) >= 2 and not _ATTRIBUTION.search(text):
        return True
    short = _words(text) <= 12
    if short and not _SENTENCE_END.search(text):
        if _ARROWS.search(text) or _BRACKET_LABEL.match(text):
            return True
        if _SIGNATURE.match(text) or _BAND.match(text) or _STAMP.match(text):
            return True
    if short and _EMPTY_THREAD.search(text):
        return True
    if _BARE_LINK.match(text) or _ADDRESS.match(text) or _photo_credit(text):
        return True
    if _words(text) <= 16 and not _SENTENCE_END.search(text) and _is_contact(text):
        return True
    return is_separator_row(text) or _is_desk_row(text)


def _is_contact(text: str) -> bool:
    return _EMAIL.search(text) is not None and _PHONE.search(text) is not None


def is_thread_head(line: str) -> bool:
    """A comment thread's head: its counter ("Replies (0)", "Comments (12)") or an empty thread's
    prompt ("Nothing here yet — start the thread."). After an article's body the thread ends the
    article: what follows it on the page is the comments or the page's other items."""
    text = line.strip()
    return bool(_COUNTER.match(text)) or (_words(text) <= 12 and bool(_EMPTY_THREAD.search(text)))


def glued_news(line: str) -> str | None:
    """The sentence of news that ``line`` ends with after chrome and a separator (a caption, a
    button, then "The Norwegian government owns the vault and pays for its running costs."), or
    None: the annotator's news with chrome glued on is kept whole when that sentence is not
    chrome itself."""
    text = line.strip()
    if not _SENTENCE_END.search(text):
        return None
    for sep in _ROW_SEPARATORS[:-2]:  # not a dash: news has asides between dashes
        if f" {sep} " in text:
            tail = text.rsplit(f" {sep} ", 1)[1]
            if _words(tail) >= _GLUED_MIN_WORDS and tail[:1].isupper():
                return tail
    return None
