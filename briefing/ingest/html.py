"""HTML pages: the main text with ``trafilatura``, metadata from the page's own tags.

``trafilatura`` separates the article from navigation, headers, footers and related links. When
it finds nothing, a plain tag strip (without script, style, nav, header, footer, aside, form)
is used instead. Title, outlet, URL and the publication and revision times come from trafilatura's
metadata, the page's ``<meta>`` / ``<time>`` tags and its JSON-LD, whichever is more precise;
titles lose the site name pages append to them ("| CNN Politics").
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser
from typing import Any

from briefing.ingest.draft import Draft, Parsed, UnusableInput
from briefing.ingest.jsonld import ARTICLE_TYPES, ld_objects, ld_types
from briefing.ingest.times import parse_date, parse_relative
from briefing.text import normalize_space

__all__ = ["looks_like_html", "parse_html", "strip_tags", "without_site_suffix"]

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
_COLUMN_GAP = re.compile(r"(?<=[^\s.!?;:])[ \t\r\n]*\u00a0(?:[ \t\r\n]*\u00a0)+[ \t\r\n]*(?=\S)")
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
_PUBLISHED_KEYS = ("article:published_time", "og:published_time")
_OTHER_TIME_KEYS = (
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")
_SUFFIX_SEPARATORS = re.compile(r"\s+(\||::|·|-|–|—)\s+")
_PIPES = frozenset({"|", "::", "·"})
_MAX_SUFFIX_WORDS = 5
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
        self.lang: str | None = None
        self.blocks: list[str] = []
        self.ld_blocks: list[str] = []
        self._ld: list[str] | None = None
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._current: list[str] = []

    def _flush(self) -> None:
        # Two no-break spaces or more between words are a column's gap, kept as two spaces:
        # an aggregator's "<headline>&nbsp;&nbsp;<Outlet>" row (``briefing.clean.cues``), not
        # a sentence's double spacing ("said.&nbsp;&nbsp;The", which collapses).
        parts = _COLUMN_GAP.split("".join(self._current))
        text = "  ".join(" ".join(part.split()) for part in parts).strip()
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.lang = values["lang"]
        elif tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self._ld = []
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
        if tag == "script" and self._ld is not None:
            self.ld_blocks.append("".join(self._ld))
            self._ld = None
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
        if self._ld is not None:
            self._ld.append(data)
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


def _ld_times(page: _PageReader) -> tuple[str | None, str | None]:
    """``datePublished`` and ``dateModified`` of the page's JSON-LD, an article's first."""
    objects = ld_objects(page.ld_blocks)
    objects.sort(key=lambda node: not (ld_types(node) & ARTICLE_TYPES))
    published = next((str(o["datePublished"]) for o in objects if o.get("datePublished")), None)
    modified = next((str(o["dateModified"]) for o in objects if o.get("dateModified")), None)
    return published, modified


def _has_time(raw: str) -> bool:
    return bool(re.search(r"\d{1,2}:\d{2}", raw))


def _times(
    page: _PageReader, found: dict[str, Any], now: dt.datetime
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(published, updated): the publication time the page states most precisely, from
    ``article:published_time``, JSON-LD ``datePublished`` (with its zone), other date tags,
    ``<time>``, then trafilatura's date; a date with a time of day beats a bare date. The
    revision time (``article:modified_time``, JSON-LD ``dateModified``) is kept apart and
    never taken for the publication time."""
    languages = [page.lang] if page.lang else []
    ld_published, ld_modified = _ld_times(page)
    candidates = [
        _first(page.meta, _PUBLISHED_KEYS),
        ld_published,
        _first(page.meta, _OTHER_TIME_KEYS),
        page.time,
        _str(found.get("date")),
    ]
    raws = [raw for raw in candidates if raw]
    published = None
    for raw in sorted(raws, key=lambda r: not _has_time(r)):  # stable: priority kept
        published = parse_relative(raw, now) or parse_date(raw, languages=languages)
        if published is not None:
            break
    modified_raw = _first(page.meta, _MODIFIED_KEYS) or ld_modified
    updated = parse_date(modified_raw, languages=languages) if modified_raw else None
    return published, updated


def without_site_suffix(title: str, outlet: str | None = None) -> str:
    """The title without the site's name that pages append: "Senate passes bill | CNN
    Politics" → "Senate passes bill". A suffix after "|", "::" or "·" goes when it is short; one
    after a dash only when it names the outlet (a dash is also used inside headlines)."""
    text = " ".join(title.split())
    site = (outlet or "").casefold()
    for _ in range(3):
        matches = list(_SUFFIX_SEPARATORS.finditer(text))
        if not matches:
            break
        last = matches[-1]
        head, separator, suffix = text[: last.start()], last.group(1), text[last.end() :]
        short = len(suffix.split()) <= _MAX_SUFFIX_WORDS
        names_outlet = bool(site) and (site in suffix.casefold() or suffix.casefold() in site)
        if len(head.split()) < 2 or not short or not (separator in _PIPES or names_outlet):
            break
        text = head
    return text


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
    published, updated = _times(page, found, now)
    draft = Draft(
        text=text,
        title=without_site_suffix(title, outlet) if title else None,
        outlet=outlet,
        url=url,
        published_at=published,
        updated_at=updated,
    )
    return Parsed(drafts=[draft], problems=[])
