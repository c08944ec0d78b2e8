"""Feeds from fetched bytes: RSS 0.9x/1.0/2.0 and Atom through ``feedparser``, and JSON Feed.

``sniff`` tells a feed from a JSON document, an HTML page or anything else by the document's
root element and, failing that, its content type. ``parse_feed`` turns the bytes into a ``Feed``
of ``FeedItem`` s whose text is plain (HTML stripped, one paragraph per block) but not yet
cleaned. ``feedparser`` always parses bytes handed to it — it never fetches or opens files — with
its HTML sanitizer on; it drops entity declarations, so entity-expansion ("billion laughs")
documents cannot blow up, and the fetcher has capped the size before this runs.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Literal
from xml.sax import SAXException

from briefing.ingest.article import without_outlet
from briefing.ingest.decode import decode_bytes
from briefing.ingest.html import looks_like_html, strip_tags
from briefing.ingest.times import parse_date
from briefing.text import normalize_space
from briefing.urls import is_http_url

__all__ = [
    "BrokenFeed",
    "Feed",
    "FeedItem",
    "NotAFeed",
    "Sniffed",
    "as_utf8",
    "parse_feed",
    "sniff",
]

logger = logging.getLogger(__name__)

Sniffed = Literal["feed", "json", "html", "unknown"]

JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_CONTENT = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_PROLOG = re.compile(
    r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^>\[]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)
_TAG = re.compile(r"<[a-z/!][^>]*>", re.IGNORECASE)
_HEAD_BYTES = 65_536
_HEADLINE_WORDS = 30
# An outlet's name after a headline: one to six capitalised words ("The Capital Wire", "WKDR
# Public Radio", "Ag Daily West"), not a dek ("Thousands without power as winds reach 120 km/h").
_OUTLET_NAME = re.compile(r"^(?:The\s+)?(?:[A-Z0-9][\w&.'’-]*(?:\s+|$)){1,6}$")
_SENTENCE_END = re.compile(r"""[.!?]['"’”)]*$""")
_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""", re.I)


class NotAFeed(Exception):
    """The document is not a feed this package reads."""


class BrokenFeed(NotAFeed):
    """A feed whose XML is so broken that no item could be read; the message says where."""


@dataclass(frozen=True)
class FeedItem:
    """One entry, format-neutral. ``text`` is plain text, paragraphs split by blank lines."""

    title: str
    text: str
    link: str | None = None
    published_at: dt.datetime | None = None
    outlet: str | None = None  # the item's own source (RSS <source>, Atom <source><title>)


@dataclass(frozen=True)
class Feed:
    format: str  # feedparser's version ("rss20", "atom10", "rss10", …) or "json1" / "json11"
    title: str | None
    items: list[FeedItem] = field(default_factory=list)
    updated: dt.datetime | None = None  # the channel's own date (lastBuildDate, updated)

    @property
    def newest(self) -> dt.datetime | None:
        """The newest date the feed states, of its items or its channel; None if it states none."""
        dates = [i.published_at for i in self.items if i.published_at is not None]
        if self.updated is not None:
            dates.append(self.updated)
        return max(dates) if dates else None


def _head(body: bytes) -> str:
    head = body[:_HEAD_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace").lstrip("\ufeff")
    return head.decode("latin-1").removeprefix("\xef\xbb\xbf")


def root_element(body: bytes) -> str | None:
    """The local name (lower case) of the first element after the prolog, or None."""
    head = _head(body)
    start = _PROLOG.match(head)
    match = _ROOT.match(head, start.end() if start else 0)
    return match.group(1).rsplit(":", 1)[-1].lower() if match else None


def sniff(body: bytes, content_type: str) -> Sniffed:
    """What a fetched document is, by its content first and its content type second."""
    head = _head(body).lstrip()
    if head.startswith(("{", "[")):
        return "json"
    root = root_element(body)
    if root in _FEED_ROOTS:
        return "feed"
    if root == "html" or content_type in _HTML_TYPES or looks_like_html(head):
        return "html"
    if "xml" in content_type or "rss" in content_type or "atom" in content_type:
        return "feed"
    if "json" in content_type:
        return "json"
    return "unknown"


def _plain(value: str, kind: str | None) -> str:
    """Plain text from a feed text construct (HTML stripped to paragraphs)."""
    if (kind or "text/html").lower() in _HTML_CONTENT or _TAG.search(value):
        return strip_tags(value)
    return normalize_space(value)


def _title(value: str) -> str:
    text = value
    if _TAG.search(text):
        text = strip_tags(text)
    for _ in range(2):  # feeds often escape twice: "AT&amp;amp;T" reaches us as "AT&amp;T"
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return " ".join(text.split())


def _struct_time(value: Any) -> dt.datetime | None:
    try:
        year, month, day, hour, minute, second = (int(part) for part in value[:6])
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content and summary, as plain text."""
    best = ""
    constructs: list[Any] = [*entry.get("content", [])]
    if entry.get("summary_detail"):
        constructs.append(entry["summary_detail"])
    for construct in constructs:
        value = construct.get("value") or ""
        text = _plain(value, construct.get("type")) if value else ""
        if len(text) > len(best):
            best = text
    return best


def _entry_outlet(entry: Any) -> str | None:
    """The item's own source, when it names one: an aggregator's feed carries each outlet's
    item with ``<source url="...">Outlet</source>`` (RSS 2.0) or a ``<source>`` feed (Atom)."""
    source = entry.get("source")
    title = source.get("title") if isinstance(source, dict) else None
    return (_title(title) or None) if isinstance(title, str) else None


def _named_in_text(title: str, text: str) -> str | None:
    """The outlet an aggregator's item names without a ``<source>``: its headline ends in " -
    <Outlet>" and its text opens with the headline and that name ("Storm hits - Coast News",
    "Storm hits  Coast News")."""
    head, found, name = title.rpartition(" - ")
    first = " ".join(text.split("\n", 1)[0].split())
    if not found or not head or not _OUTLET_NAME.match(name.strip()):
        return None
    return name.strip() if first == f"{' '.join(head.split())} {name.strip()}" else None


def _without_headlines(text: str, title: str, outlet: str | None) -> str:
    """Nothing when the item's text is only its own headline and its outlet's name, then maybe
    a list of related headlines (an aggregator's item, whose ``<source>`` names the outlet),
    which say no more than the title does; else the text. A headline followed by anything else
    (a dek of its own, even in capitalised words) keeps its text."""
    blocks = [" ".join(block.split()) for block in text.split("\n") if block.strip()]
    if not blocks or not title or not blocks[0].casefold().startswith(title.casefold()):
        return text
    rest = blocks[0][len(title) :].strip(" -–—|·")
    named = bool(outlet) and rest.casefold() == (outlet or "").casefold()
    if (rest and not named) or (not rest and len(blocks) > 1):
        return text  # a headline and a dek of its own
    headline_like = all(
        len(block.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(block)
        for block in blocks
    )
    return "" if headline_like else text


def _entry_link(entry: Any) -> str | None:
    for candidate in (entry.get("link"), entry.get("id")):
        if isinstance(candidate, str) and is_http_url(candidate):
            return candidate.strip()
    return None


def as_utf8(body: bytes, *, charset: str | None, url: str) -> bytes:
    """The feed's bytes as UTF-8 with an XML declaration that says so.

    Decoded by the project's one policy (``decode_bytes``: BOM, the charset the server
    declared, the XML declaration, UTF-8, then detection), so an undeclared Big5 or KOI8-R
    feed, or one declared wrongly, reads as written rather than as feedparser's Windows-1252
    guess."""
    text = decode_bytes(body, declared=charset, source=url).lstrip("\ufeff")
    return _XML_ENCODING.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")


def _parse_xml(body: bytes, *, url: str, content_type: str, charset: str | None) -> Feed:
    headers = {
        "content-location": url,
        "content-type": f"{content_type or 'application/xml'}; charset=utf-8",
    }
    # Imported here: a run that reads only files never parses a feed (feedparser and chardet
    # are about 40 ms of every start-up otherwise).
    import feedparser

    body = as_utf8(body, charset=charset, url=url)
    parsed = feedparser.parse(
        io.BytesIO(body),  # a stream, never a str or bytes that feedparser could take for a path
        response_headers=headers,
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        logger.debug("%s: feedparser found no feed (%s)", url, reason)
        raise NotAFeed("not a feed")
    if not parsed.entries and isinstance(parsed.get("bozo_exception"), SAXException):
        raise BrokenFeed(
            f"broken feed XML, no item read ({_one_line(parsed.get('bozo_exception'))})"
        )
    if parsed.get("bozo"):
        logger.debug("%s: feed is not well formed, read anyway: %s", url, parsed.bozo_exception)
    languages = [str(parsed.feed.get("language") or "")]
    items: list[FeedItem] = []
    for entry in parsed.entries:
        published = _entry_date(entry, ("published", "updated", "created"), languages)
        text = _entry_text(entry)
        outlet = _entry_outlet(entry) or _named_in_text(_title(entry.get("title", "")), text)
        title = without_outlet(_title(entry.get("title", "")), outlet)
        items.append(
            FeedItem(
                title=title,
                text=_without_headlines(text, title, outlet),
                link=_entry_link(entry),
                published_at=published,
                outlet=outlet,
            )
        )
    feed_title = _title(parsed.feed.get("title", "")) or None
    return Feed(
        format=parsed.get("version") or "xml",
        title=feed_title,
        items=items,
        updated=_entry_date(parsed.feed, ("updated", "published"), languages),
    )


def _entry_date(entry: Any, keys: tuple[str, ...], languages: list[str]) -> dt.datetime | None:
    """The first of ``keys`` that feedparser read, else that the date parsers can read (dates
    in other languages: "Seg, 24 Set 2018", "Di, 24. Nov 2026")."""
    # dict.get: feedparser's own .get maps a missing published_parsed to updated_parsed, with
    # a DeprecationWarning; the keys are tried in our order instead. A date written in another
    # script ("2026年11月24日 12時05分") is read by dateparser first: feedparser's handlers for
    # other languages misread some of them.
    for key in keys:
        raw = dict.get(entry, key)
        foreign = isinstance(raw, str) and not raw.isascii()
        found = parse_date(raw, languages=languages) if foreign else None
        found = found or _struct_time(dict.get(entry, f"{key}_parsed"))
        if found is None and isinstance(raw, str) and not foreign:
            found = parse_date(raw, languages=languages)
        if found is not None:
            return found
    return None


def _one_line(exc: object) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0][:120] if text else "not well formed"


def _json_text(item: dict[str, Any]) -> str:
    content_html = item.get("content_html")
    if isinstance(content_html, str) and content_html.strip():
        return strip_tags(content_html)
    for key in ("content_text", "summary"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return normalize_space(value)
    return ""


def _parse_json(body: bytes, *, url: str, charset: str | None) -> Feed:
    try:
        data = json.loads(decode_bytes(body, declared=charset, source=url).lstrip("\ufeff"))
    except ValueError as exc:
        raise NotAFeed(f"not a feed (invalid JSON: {exc})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or version.rstrip("/") not in JSON_FEED_VERSIONS:
        raise NotAFeed("not a feed (JSON without a JSON Feed version)")
    raw_items = data.get("items")
    languages = [str(data.get("language") or "")]
    items: list[FeedItem] = []
    for raw in raw_items if isinstance(raw_items, list) else []:
        if not isinstance(raw, dict):
            continue
        link = next(
            (
                str(raw[key]).strip()
                for key in ("url", "external_url", "id")
                if isinstance(raw.get(key), str) and is_http_url(str(raw[key]))
            ),
            None,
        )
        published = parse_date(raw.get("date_published"), languages=languages) or parse_date(
            raw.get("date_modified"), languages=languages
        )
        title = raw.get("title")
        items.append(
            FeedItem(
                title=_title(title) if isinstance(title, str) else "",
                text=_json_text(raw),
                link=link,
                published_at=published,
            )
        )
    title = data.get("title")
    return Feed(
        format="json11" if version.endswith("1.1") else "json1",
        title=_title(title) or None if isinstance(title, str) else None,
        items=items,
    )


def parse_feed(
    body: bytes, *, url: str, content_type: str = "", charset: str | None = None
) -> Feed:
    """A ``Feed`` from a fetched document; ``NotAFeed`` when it is none. ``content_type`` is
    the media type the server sent, ``charset`` the charset it declared (if any)."""
    kind = sniff(body, content_type)
    if kind == "json":
        return _parse_json(body, url=url, charset=charset)
    if kind == "html":
        raise NotAFeed("not a feed")
    return _parse_xml(body, url=url, content_type=content_type, charset=charset)
