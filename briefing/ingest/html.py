"""HTML pages: the main text with ``trafilatura``, metadata from the page's own tags.

``trafilatura`` separates the article from navigation, headers, footers and related links. When
it finds nothing, a plain tag strip (without script, style, nav, header, footer, aside, form)
is used instead. Title, outlet, URL and publication time come from trafilatura's metadata and
the page's ``<meta>`` / ``<time>`` tags, whichever is more precise.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser
from typing import Any

from briefing.ingest.draft import Draft, Parsed, UnusableInput
from briefing.ingest.times import parse_time
from briefing.text import normalize_space

__all__ = ["looks_like_html", "parse_html", "strip_tags"]

logger = logging.getLogger(__name__)

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "template",
        "button",
        "select",
        "iframe",
    }
)
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "br",
        "hr",
    }
)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div|h1|meta)\b", re.I)
_TIME_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_URL_KEYS = ("og:url", "canonical")
_TITLE_KEYS = ("og:title", "twitter:title")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:2000]))


class _PageReader(HTMLParser):
    """Collects meta tags, the title, the first ``<time datetime>`` and text outside chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.time: str | None = None
        self.blocks: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._current: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"]
        elif tag == "title":
            self._in_title = True
        elif tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip_depth:
            self._skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_h1:
            self.h1 += data
        if not self._skip_depth and not self._in_title:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _read_page(html: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader


def strip_tags(html: str) -> str:
    """Visible text outside navigation and other chrome, one block a paragraph."""
    return "\n\n".join(_read_page(html).blocks)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key, "").strip()
        if value:
            return value
    return None


def _trafilatura(html: str) -> dict[str, Any]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            # Dates from the page's metadata and markup only: htmldate's extensive search
            # scans free text with dateparser's locale detection, seconds per page on some.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on odd markup
        logger.debug("trafilatura failed: %s", exc)
        return {}
    if doc is None:
        return {}
    result: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    return result


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_html(html: str, *, now: dt.datetime) -> Parsed:
    """One draft from an HTML page."""
    page = _read_page(html)
    found = _trafilatura(html)
    text = _str(found.get("text"))
    if text is None:
        logger.debug("trafilatura found no main text; falling back to a tag strip")
        text = "\n\n".join(page.blocks)
    if not normalize_space(text):
        raise UnusableInput("no text found in the HTML page")

    title = (
        _str(found.get("title"))
        or _first(page.meta, _TITLE_KEYS)
        or normalize_space(page.h1)
        or normalize_space(page.title)
        or None
    )
    outlet = _first(page.meta, _OUTLET_KEYS) or _str(found.get("sitename"))
    url = _first(page.meta, _URL_KEYS) or _str(found.get("url"))
    published = None
    for raw in (_first(page.meta, _TIME_KEYS), page.time, _str(found.get("date"))):
        published = parse_time(raw, now) if raw else None
        if published is not None:
            break
    draft = Draft(text=text, title=title, outlet=outlet, url=url, published_at=published)
    return Parsed(drafts=[draft], problems=[])
