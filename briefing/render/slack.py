"""The briefing as Slack Block Kit messages for an incoming webhook.

One briefing becomes one or more message payloads, in reading order: a header with the date,
the overview, one section block per briefing section (title in bold, the status tag, one line per
bullet with ``<url|outlet>`` source links) and a context block with the date, counts and cost.
Every payload has a top-level ``text`` (what notifications and some clients show) and keeps
Slack's limits; a briefing too long for one message is split between bullets, never inside one.

Everything from articles or the model is untrusted: whitespace is folded onto one line and only
``&``, ``<`` and ``>`` are escaped (what Slack asks for), so ``<https://evil|click>`` or
``<!channel>`` in a title prints as written. Links are made only for http(s) URLs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from briefing.models import ArticleRef, Briefing, BriefingSection, Bullet
from briefing.render._common import References, conflict_text, pack_words, references
from briefing.render.usage import usage_line

__all__ = [
    "MAX_BLOCKS",
    "MAX_HEADER_TEXT",
    "MAX_MESSAGE_TEXT",
    "MAX_SECTION_TEXT",
    "escape_slack",
    "message_chars",
    "slack_link",
    "slack_messages",
]

# Limits from Slack's Block Kit reference (https://docs.slack.dev/reference/block-kit/blocks):
MAX_BLOCKS = 50  # "You can include up to 50 blocks in each message"
MAX_SECTION_TEXT = 3000  # section block: "text ... Maximum length for the text is 3000 characters"
MAX_HEADER_TEXT = 150  # header block: "Maximum length for the text in this field is 150 characters"
# Text over 40,000 characters is truncated, and messages far below that have been rejected with
# ``msg_blocks_too_long`` (docs/FACTS.md); we keep all text of one message (top-level ``text``
# and every block) at or under this budget.
MAX_MESSAGE_TEXT = 12_000

UNKNOWN_OUTLET = "Unknown outlet"
ELLIPSIS = "…"
MAX_TITLE_TEXT = 300  # a section title longer than this is shortened (it is a heading)
MAX_LABEL_TEXT = 80  # an outlet name (link label) longer than this is shortened
MAX_NOTIFICATION_TEXT = 300  # the top-level ``text`` of a payload
# Room kept free in every message for the blocks added after packing: the footer context block
# (or the "continued" marker) and the top-level text.
_RESERVED_BLOCKS = 2
_MIN_BULLET_TEXT = 40  # below this, drop the links before cutting the bullet's own text further


def escape_slack(text: str) -> str:
    """``text`` on one line with ``&``, ``<`` and ``>`` escaped: safe in any Slack text."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_char(char: str) -> str:
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(char, char)


def _fit(text: str, limit: int) -> str:
    """``escape_slack(text)`` if it fits in ``limit`` characters, else its longest prefix that
    fits with "…" appended (cut at a space when one is near), never inside an escape."""
    escaped = escape_slack(text)
    if len(escaped) <= limit:
        return escaped
    if limit < len(ELLIPSIS):
        return ""
    room = limit - len(ELLIPSIS)
    out: list[str] = []
    used = 0
    for char in " ".join(text.split()):
        piece = _escape_char(char)
        if used + len(piece) > room:
            break
        out.append(piece)
        used += len(piece)
    cut = "".join(out)
    space = cut.rfind(" ")
    if space >= room * 0.8:  # prefer a word boundary unless it throws away too much
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def _is_http(url: str | None) -> bool:
    return bool(url) and urlsplit(str(url).strip()).scheme.lower() in ("http", "https")


def slack_link(url: str | None, label: str) -> str:
    """``<url|label>`` for an http(s) URL, else the escaped label alone.

    The URL is percent-encoded where it would end the link (``|``, ``>``, spaces) and ``&`` is
    escaped; in the label ``|`` becomes ``¦`` and ``<``/``>`` are escaped.
    """
    text = _fit(label.replace("|", "¦"), MAX_LABEL_TEXT)
    if url is None or not _is_http(url):
        return text
    safe = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")
    return f"<{safe.replace('&', '&amp;')}|{text}>"


def _source_label(article: ArticleRef) -> str:
    if article.outlet and article.outlet.strip():
        return article.outlet
    if article.url and _is_http(article.url):
        host = urlsplit(article.url.strip()).hostname
        if host:
            return host.removeprefix("www.")
    return UNKNOWN_OUTLET


def _sources(bullet: Bullet, refs: References) -> list[ArticleRef]:
    return [refs.sources[n - 1] for n in refs.of(bullet)]


def _bullet_line(bullet: Bullet, refs: References, limit: int) -> str:
    """``• text <url|outlet> · <url|outlet>`` in at most ``limit`` characters.

    A bullet that does not fit is shortened as a last resort: its text is cut with "…" and, if
    the links alone leave too little room, the outlets are named without links.
    """
    sources = _sources(bullet, refs)
    room = limit - len("• ")
    tail = " " + " · ".join(slack_link(a.url, _source_label(a)) for a in sources)
    if room - len(tail) < _MIN_BULLET_TEXT:  # absurd URLs or very many sources: name them only
        names = [_fit(_source_label(a), MAX_LABEL_TEXT) for a in sources]
        while names and room - len(tail := _names_tail(names, len(sources))) < _MIN_BULLET_TEXT:
            names.pop()
        tail = _names_tail(names, len(sources))
    tail = tail if sources else ""
    return "• " + _fit(bullet.text, max(room - len(tail), 0)) + tail


def _names_tail(names: list[str], total: int) -> str:
    more = total - len(names)
    return " " + " · ".join([*names, *([f"+{more} more"] if more else [])])


def _title_line(section: BriefingSection, *, continued: bool = False) -> str:
    title = _fit(section.title, MAX_TITLE_TEXT) or "Untitled"
    line = f"*{title}*"
    if section.status:
        line += f" · _{section.status}_"
    if continued:
        line += " _(continued)_"
    return line


def _split_words(text: str, limit: int) -> list[str]:
    """Escaped ``text`` in pieces of at most ``limit`` characters, cut between words (a single
    "word" longer than ``limit`` is shortened with "…")."""
    return pack_words((_fit(word, limit) for word in text.split()), limit)


def _section_block(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context_block(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _block_chars(block: dict[str, Any]) -> int:
    count = 0
    text = block.get("text")
    if isinstance(text, dict):
        count += len(str(text.get("text", "")))
    for element in block.get("elements", []):
        if isinstance(element, dict):
            count += len(str(element.get("text", "")))
    return count


def message_chars(payload: dict[str, Any]) -> int:
    """All text of one payload: its top-level ``text`` and the text of every block."""
    return len(str(payload.get("text", ""))) + sum(
        _block_chars(b) for b in payload.get("blocks", [])
    )


@dataclass
class _Packer:
    """Fills messages with blocks in order, starting a new message when one is full."""

    reserved_chars: int
    messages: list[list[dict[str, Any]]] = field(default_factory=lambda: [[]])
    chars: int = 0

    @property
    def block_room(self) -> int:
        return MAX_BLOCKS - _RESERVED_BLOCKS - len(self.messages[-1])

    @property
    def char_room(self) -> int:
        return MAX_MESSAGE_TEXT - self.reserved_chars - self.chars

    def new_message(self) -> None:
        self.messages.append([])
        self.chars = 0

    def add(self, block: dict[str, Any]) -> None:
        size = _block_chars(block)
        if self.messages[-1] and (self.block_room < 1 or size > self.char_room):
            self.new_message()
        self.messages[-1].append(block)
        self.chars += size

    def _close(self, lines: list[str]) -> None:
        text = "\n".join(lines)
        self.messages[-1].append(_section_block(text))
        self.chars += len(text)

    def add_section(self, section: BriefingSection, refs: References) -> None:
        """The section's title and bullets in as few blocks as the limits allow; a block or a
        message ends only between two bullets, and a new message repeats the title."""
        title = _title_line(section)
        continued = _title_line(section, continued=True)
        line_limit = MAX_SECTION_TEXT - len(continued) - 1
        lines = [_bullet_line(b, refs, line_limit) for b in section.bullets]
        lines += [_fit("⚠ " + conflict_text(c, refs), line_limit) for c in section.conflicts]
        first = len(title) + (1 + len(lines[0]) if lines else 0)
        if self.messages[-1] and (self.block_room < 1 or first > self.char_room):
            self.new_message()
        block = [title]
        size = len(title)
        for line in lines:
            grown = size + 1 + len(line)
            if grown <= MAX_SECTION_TEXT and grown <= self.char_room:
                block.append(line)
                size = grown
                continue
            self._close(block)
            if self.block_room >= 1 and len(line) <= self.char_room:
                block = [line]  # the same section goes on in another block of this message
            else:
                self.new_message()
                block = [continued, line]
            size = len("\n".join(block))
        self._close(block)


def _counts(briefing: Briefing, refs: References) -> str:
    sections = len(briefing.sections)
    sources = len(refs.sources)
    return (
        f"{sections} section{'' if sections == 1 else 's'} · "
        f"{sources} source{'' if sources == 1 else 's'}"
    )


def _first_text(briefing: Briefing, refs: References, total: int) -> str:
    date = briefing.date.isoformat()
    part = f" (1/{total})" if total > 1 else ""
    lead = f"Briefing {date}{part}: {_counts(briefing, refs)}"
    titles = "; ".join(" ".join(s.title.split()) for s in briefing.sections)
    if not titles:
        return escape_slack(lead)
    return _fit(f"{lead} — {titles}", MAX_NOTIFICATION_TEXT)


def slack_messages(briefing: Briefing) -> list[dict[str, Any]]:
    """The briefing as incoming-webhook payloads, in the order they are to be posted."""
    refs = references(briefing)
    date = briefing.date.isoformat()
    footer = _context_block(
        escape_slack(f"{date} · {_counts(briefing, refs)} · {usage_line(briefing)}")
    )
    marker_size = len(f"Briefing {date} · continued, 999/999")
    reserved = max(_block_chars(footer), marker_size) + MAX_NOTIFICATION_TEXT
    packer = _Packer(reserved_chars=reserved)

    header_text = f"Briefing — {date}"[:MAX_HEADER_TEXT]
    packer.add({"type": "header", "text": {"type": "plain_text", "text": header_text}})
    for piece in _split_words(briefing.overview, MAX_SECTION_TEXT):
        packer.add(_section_block(piece))
    for section in briefing.sections:
        packer.add_section(section, refs)
    packer.messages[-1].append(footer)

    total = len(packer.messages)
    payloads: list[dict[str, Any]] = []
    for n, blocks in enumerate(packer.messages, start=1):
        if n == 1:
            text = _first_text(briefing, refs, total)
        else:
            text = f"Briefing {date} (continued, {n}/{total})"
            blocks = [_context_block(f"Briefing {date} · continued, {n}/{total}"), *blocks]
        payloads.append(
            {"text": text, "blocks": blocks, "unfurl_links": False, "unfurl_media": False}
        )
    return payloads
