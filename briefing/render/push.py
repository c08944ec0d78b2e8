"""The briefing as push messages (Apprise: Discord, ntfy, Telegram, Teams, Matrix, …).

One briefing becomes one or more ``PushMessage`` (title and body), in reading order, each within
the limits the service gives (Apprise's ``title_maxlen`` and ``body_maxlen`` per plugin). A
message ends only between two blocks (the overview, a section heading, a bullet, the footer),
never inside a bullet, like the Slack renderer; a section that goes on in the next message
repeats its heading marked "(continued)". Only a single block longer than a whole message is cut
(between words, with "…").

Markdown bodies escape what comes from articles or the model (``escape_markdown``) and link
sources by outlet name; plain-text bodies name the outlets. A service without a title
(``title_maxlen`` 0, e.g. Telegram) gets the title as the body's first line.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from briefing.models import ArticleRef, Briefing, BriefingSection, Bullet
from briefing.render._common import References, pack_words, references
from briefing.render.markdown import escape_markdown
from briefing.render.usage import usage_line

__all__ = ["PushMessage", "push_messages"]

ELLIPSIS = "…"
UNKNOWN_OUTLET = "Unknown outlet"
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"
MIN_BODY = 200  # below this a service cannot carry a briefing in any useful number of messages


@dataclass(frozen=True)
class PushMessage:
    title: str  # "" when the service has no title (it is then the body's first line)
    body: str


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cut(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its longest word-bounded prefix + "…"."""
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 0)
    cut = text[:room]
    space = cut.rfind(" ")
    if space >= room * 0.6:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def _outlet(article: ArticleRef) -> str:
    if article.outlet and article.outlet.strip():
        return _one_line(article.outlet)
    if article.url and urlsplit(article.url.strip()).hostname:
        return str(urlsplit(article.url.strip()).hostname).removeprefix("www.")
    return UNKNOWN_OUTLET


def _source(article: ArticleRef, markdown: bool) -> str:
    name = _outlet(article)
    if not markdown:
        return name
    label = escape_markdown(name)
    url = (article.url or "").strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return label
    return f"[{label}]({quote(url, safe=_URL_SAFE)})"


def _bullet(bullet: Bullet, refs: References, markdown: bool) -> str:
    text = escape_markdown(bullet.text) if markdown else _one_line(bullet.text)
    sources = [_source(refs.sources[n - 1], markdown) for n in refs.of(bullet)]
    tail = f" ({', '.join(sources)})" if sources else ""
    return f"- {text}{tail}" if markdown else f"• {text}{tail}"


def _heading(section: BriefingSection, markdown: bool, *, continued: bool = False) -> str:
    title = escape_markdown(section.title) if markdown else _one_line(section.title)
    tag = f" · {section.status}" if section.status else ""
    more = " (continued)" if continued else ""
    return f"**{title or 'Untitled'}**{tag}{more}" if markdown else f"{title}{tag}{more}"


def _words(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut between words."""
    return pack_words((_cut(word, limit) for word in text.split()), limit)


def _title(date: str, n: int, total: int) -> str:
    return f"Briefing {date}" + (f" ({n}/{total})" if total > 1 else "")


def push_messages(
    briefing: Briefing, *, body_limit: int, title_limit: int, markdown: bool
) -> list[PushMessage]:
    """The briefing as messages of at most ``body_limit`` body and ``title_limit`` title
    characters, in the order they are to be sent."""
    if body_limit < MIN_BODY:
        raise ValueError(f"a message body of {body_limit} characters cannot carry a briefing")
    refs = references(briefing)
    date = briefing.date.isoformat()
    in_body = title_limit <= 0
    # Room for the title line when it goes in the body ("Briefing 2026-11-30 (99/99)\n\n").
    room = body_limit - (len(_title(date, 99, 99)) + 2 if in_body else 0)
    blank = "\n\n"
    bodies: list[list[str]] = [[]]

    def size(blocks: list[str]) -> int:
        return len(blank.join(blocks))

    def add(block: str) -> None:
        block = _cut(block, room)
        if bodies[-1] and size([*bodies[-1], block]) > room:
            bodies.append([])
        bodies[-1].append(block)

    overview = briefing.overview.strip()
    text = escape_markdown(overview) if markdown else _one_line(overview)
    for piece in _words(text, room):
        add(piece)
    for section in briefing.sections:
        head = _heading(section, markdown)
        bullets = [_bullet(b, refs, markdown) for b in section.bullets]
        first = f"{head}\n{bullets[0]}" if bullets else head
        add(first)
        for line in bullets[1:]:
            current = bodies[-1]
            grown = [*current[:-1], f"{current[-1]}\n{line}"]
            if size(grown) <= room:
                bodies[-1] = grown
            else:  # the section goes on in the next message, under its heading again
                bodies.append(
                    [_cut(f"{_heading(section, markdown, continued=True)}\n{line}", room)]
                )
    counts = f"{len(briefing.sections)} sections · {len(refs.sources)} sources"
    footer = f"{counts} · {usage_line(briefing)}"
    add(escape_markdown(footer) if markdown else _one_line(footer))

    total = len(bodies)
    messages: list[PushMessage] = []
    for n, blocks in enumerate(bodies, start=1):
        title = _title(date, n, total)
        body = blank.join(blocks)
        if in_body:
            messages.append(PushMessage("", f"{title}{blank}{body}"))
        else:
            messages.append(PushMessage(_cut(title, title_limit), body))
    return messages
