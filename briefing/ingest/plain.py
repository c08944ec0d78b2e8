"""Plain text and Markdown: front matter, headings as titles, markup stripped, page dumps split.

Front matter is a block of ``key: value`` lines between ``---`` fences at the top of the file;
``title``, ``url``/``link``, ``date``/``published``, ``source``/``outlet`` are honoured.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.clean import is_boilerplate
from briefing.ingest.draft import Draft, Parsed
from briefing.ingest.pagedump import parse_article, split_page
from briefing.ingest.times import is_time_line, parse_time
from briefing.text import normalize_space

__all__ = ["parse_text", "split_front_matter", "strip_markdown"]

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_FRONT_KEYS = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "pubdate": "date",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "site": "outlet",
}

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s*[*+-]\s+")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MARKDOWN_HINT = re.compile(r"^(?:#{1,6}\s|\s*[*-]\s)|\*\*|\]\(", re.M)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The recognised front-matter fields (normalised names) and the text after the block."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        field = _FRONT_LINE.match(line.strip())
        if not field:
            continue
        key = _FRONT_KEYS.get(field.group(1).lower())
        value = field.group(2).strip().strip("\"'").strip()
        if key and value and key not in meta:
            meta[key] = value
    return meta, text[match.end() :]


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\2", line)
    return _TAG.sub("", line)


def strip_markdown(text: str) -> tuple[str | None, str]:
    """(the heading above all text, if any; the text without markup and without that heading).

    Subheadings stay as lines of their own; list items keep a ``- `` marker.
    """
    lines = text.split("\n")
    out: list[str] = []
    first_heading: tuple[int, str] | None = None  # (index in out, text), if above any text
    in_fence = False
    skip_next = False
    for i, raw in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading: str | None = None
        atx = _ATX.match(raw)
        if atx:
            heading = _inline(atx.group(2)).strip()
        elif raw.strip() and _SETEXT.match(nxt) and not _BULLET.match(raw):
            heading, skip_next = _inline(raw.strip()), True
        if heading is not None:
            if first_heading is None and not any(line.strip() for line in out):
                first_heading = (len(out), heading)
            out.extend([heading, ""])
            continue
        if _RULE.match(raw) or _REF_DEF.match(raw):
            out.append("")
            continue
        line = _QUOTE.sub("", raw)
        line = _BULLET.sub("- ", line)
        out.append(_inline(line))
    title: str | None = None
    if first_heading is not None and first_heading[1]:
        title = first_heading[1]
        out[first_heading[0]] = ""
    return title, normalize_space("\n".join(out))


def looks_like_markdown(text: str) -> bool:
    return bool(_MARKDOWN_HINT.search(text[:4000])) or bool(_FRONT_MATTER.match(text))


def _article_with_title(body: str, title: str, now: dt.datetime) -> Draft:
    """Known title: leading bylines and time lines are read off, the rest is text."""
    lines = body.split("\n")
    published: dt.datetime | None = None
    start = 0
    for i, line in enumerate(lines):
        if not line or is_boilerplate(line):
            continue
        if is_time_line(line, now):
            published = published or parse_time(line, now)
            continue
        start = i
        break
    else:
        start = len(lines)
    return Draft(text="\n".join(lines[start:]), title=title, published_at=published)


def parse_text(text: str, *, now: dt.datetime, markdown: bool) -> Parsed:
    """One or more drafts from a text or Markdown document."""
    meta, body = split_front_matter(text)
    heading: str | None = None
    if markdown:
        heading, body = strip_markdown(body)
    body = normalize_space(body)
    title = meta.get("title") or heading

    drafts = None if title else split_page(body, now=now)
    if drafts is None:
        if title:
            drafts = [_article_with_title(body, title, now)]
        else:
            single = parse_article(body.split("\n"), now=now)
            drafts = [single] if single is not None else []
    if len(drafts) == 1:
        draft = drafts[0]
        draft.url = meta.get("url") or draft.url
        draft.outlet = meta.get("outlet") or draft.outlet
        if "date" in meta:
            draft.published_at = parse_time(meta["date"], now) or draft.published_at
    return Parsed(drafts=drafts, problems=[])
