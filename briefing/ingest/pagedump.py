"""Plain-text pages: one article, or a saved aggregator page holding several.

A page dump is recognised by *article headers*, found by shape, never by site strings:

* an outlet line, a time line and a marker line naming the same outlet, in either order::

      The Guardian          The Guardian
      14 minutes ago        - The Guardian
      - The Guardian        14 minutes ago

* an outlet line directly followed by a marker naming it (``X`` / ``- X`` or ``by X``);
* one line joining an outlet and a time with ``·``, ``•``, ``|`` or a spaced dash, optionally
  after ``Source:`` / ``Via``: ``Source: Associated Press · 3 hours ago``, ``yesterday | BBC``.

Each header starts an article whose title is the next line. The text before the first header
is the lead article, found like a single article: the title is the last title-like line above the
first line of running text, so navigation rows and banners above it fall away. Site chrome
between articles is removed by ``briefing.clean``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from briefing.clean import is_body_line, is_boilerplate
from briefing.ingest.draft import Draft
from briefing.ingest.times import is_time_line, parse_time
from briefing.text import normalize_space

__all__ = ["parse_article", "split_page"]

logger = logging.getLogger(__name__)

_MARKER = re.compile(r"^(?:[-–—•·|]\s*|by\s+|via\s+|source\s*:\s*|from\s+)(?P<name>.+)$", re.I)
_INLINE = re.compile(
    r"^(?:(?:source|via|from)\s*:?\s+)?(?P<a>.+?)\s*(?:[·•|]|\s[-–—]\s)\s*(?P<b>.+)$", re.I
)
_OUTLET_MAX_WORDS = 6
_OUTLET_MAX_CHARS = 50
_TITLE_MAX_WORDS = 30


@dataclass
class _Header:
    size: int
    outlet: str
    time: str | None


def _outlet_like(line: str, now: dt.datetime) -> bool:
    text = line.strip()
    if not text or len(text) > _OUTLET_MAX_CHARS or len(text.split()) > _OUTLET_MAX_WORDS:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or is_body_line(text) or text.endswith(":"):
        return False
    return not is_time_line(text, now) and not is_boilerplate(text)


def _names(marker: str, outlet: str) -> bool:
    match = _MARKER.match(marker.strip())
    if match is None:
        return False
    return match.group("name").strip().casefold() == outlet.strip().casefold()


def _inline_header(line: str, now: dt.datetime) -> _Header | None:
    match = _INLINE.match(line.strip())
    if not match:
        return None
    a, b = match.group("a").strip(), match.group("b").strip()
    if _outlet_like(a, now) and is_time_line(b, now):
        return _Header(1, a, b)
    if is_time_line(a, now) and _outlet_like(b, now):
        return _Header(1, b, a)
    return None


def _match_header(lines: list[str], k: int, now: dt.datetime) -> _Header | None:
    """The header starting at non-blank line ``k``, if there is one."""
    inline = _inline_header(lines[k], now)
    if inline is not None:
        return inline
    first = lines[k]
    if not _outlet_like(first, now):
        return None
    after = lines[k + 1 : k + 3]
    if after and _names(after[0], first):
        if len(after) > 1 and is_time_line(after[1], now):
            return _Header(3, first, after[1])
        return _Header(2, first, None)
    if len(after) > 1 and is_time_line(after[0], now) and _names(after[1], first):
        return _Header(3, first, after[0])
    return None


def _is_title_candidate(line: str, now: dt.datetime) -> bool:
    return (
        bool(line)
        and not is_boilerplate(line)
        and not is_time_line(line, now)
        and not is_body_line(line)
        and len(line.split()) <= _TITLE_MAX_WORDS
    )


def parse_article(lines: list[str], *, now: dt.datetime) -> Draft | None:
    """One article from lines: title above the first running text, the rest as text.

    Returns None when there is nothing at all; a draft with empty text when there is a title but
    no running text.
    """
    first_body = next(
        (i for i, line in enumerate(lines) if is_body_line(line) and not is_boilerplate(line)),
        None,
    )
    end = len(lines) if first_body is None else first_body
    title: str | None = None
    published: dt.datetime | None = None
    for i in range(end - 1, -1, -1):
        line = lines[i]
        if published is None and is_time_line(line, now):
            published = parse_time(line, now)
        if _is_title_candidate(line, now):
            title = line
            break
    if first_body is None:
        return Draft(text="", title=title, published_at=published) if title else None
    text = "\n".join(lines[first_body:])
    return Draft(text=text, title=title, published_at=published)


def split_page(text: str, *, now: dt.datetime) -> list[Draft] | None:
    """Articles of a page dump, in order; None when ``text`` has no article headers."""
    lines = normalize_space(text).split("\n")
    positions = [i for i, line in enumerate(lines) if line]
    nonblank = [lines[i] for i in positions]
    headers: list[tuple[int, int, _Header]] = []  # (first line, line after header, header)
    k = 0
    while k < len(nonblank):
        header = _match_header(nonblank, k, now)
        if header is not None and k + header.size < len(nonblank):
            headers.append((positions[k], positions[k + header.size - 1] + 1, header))
            k += header.size
        else:
            k += 1
    if not headers:
        return None
    logger.debug("page dump: %d article headers", len(headers))

    drafts: list[Draft] = []
    lead = parse_article(lines[: headers[0][0]], now=now)
    pending_title: str | None = None
    if lead is not None and lead.text.strip():
        drafts.append(lead)
    elif lead is not None:
        pending_title = lead.title  # "Title / Source: X · 2 hours ago / text": a one-article page

    for n, (_, body_start, header) in enumerate(headers):
        body_end = headers[n + 1][0] if n + 1 < len(headers) else len(lines)
        body = lines[body_start:body_end]
        title: str | None = pending_title
        if title is None:
            for i, line in enumerate(body):
                if line and not is_boilerplate(line) and not is_time_line(line, now):
                    title, body = line, body[i + 1 :]
                    break
        pending_title = None
        published = parse_time(header.time, now) if header.time else None
        drafts.append(
            Draft(
                text="\n".join(body),
                title=title,
                outlet=header.outlet,
                published_at=published,
            )
        )
    return drafts
