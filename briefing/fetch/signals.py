"""What an HTML page says about itself: the feeds it links to and whether it is an article.

``page_signals`` reads ``<link rel="alternate">`` feed links (RSS, Atom, JSON Feed; comment feeds
last), ``og:type`` and the JSON-LD ``@type`` s (``@graph`` included). ``is_article`` combines them
with the length of the extracted text: a page that calls itself an article is one; a page that
calls itself a web site, a collection or a profile is not; otherwise it needs
``MIN_ARTICLE_WORDS`` words of main text, so a "Document Moved" or cookie-wall page is no
article.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from briefing.ingest.jsonld import ARTICLE_TYPES, ld_objects, ld_types
from briefing.urls import is_http_url

__all__ = ["MIN_ARTICLE_WORDS", "FeedLink", "PageSignals", "is_article", "page_signals"]

logger = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 40
"""Fewer words of main text than this, and no article markup: not an article (a news brief is
longer; redirect stubs, error and consent pages are shorter)."""

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
_NOT_ARTICLE_TYPES = frozenset(
    {"website", "webpage", "collectionpage", "itemlist", "profilepage", "searchresultspage"}
)
_NOT_ARTICLE_OG = frozenset({"website", "profile", "book", "music.song", "video.other"})


@dataclass(frozen=True)
class FeedLink:
    url: str
    title: str | None = None
    type: str | None = None

    @property
    def is_comments(self) -> bool:
        text = f"{self.title or ''} {self.url}".lower()
        return "comment" in text


@dataclass
class PageSignals:
    feeds: list[FeedLink] = field(default_factory=list)
    og_type: str | None = None
    ld_types: set[str] = field(default_factory=set)

    @property
    def says_article(self) -> bool:
        og = (self.og_type or "").lower()
        return og.startswith("article") or bool(self.ld_types & ARTICLE_TYPES)

    @property
    def says_not_article(self) -> bool:
        og = (self.og_type or "").lower()
        listing = bool(self.ld_types) and self.ld_types <= _NOT_ARTICLE_TYPES
        return og in _NOT_ARTICLE_OG or listing


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.signals = PageSignals()
        self._ld: list[str] | None = None
        self._ld_blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"])
        elif tag == "link":
            rels = values.get("rel", "").lower().split()
            kind = values.get("type", "").lower().split(";")[0].strip()
            href = values.get("href", "")
            if "alternate" in rels and kind in FEED_TYPES and href:
                url = urljoin(self.base, href)
                if is_http_url(url):
                    self.signals.feeds.append(
                        FeedLink(url=url, title=values.get("title") or None, type=kind)
                    )
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key == "og:type" and values.get("content") and self.signals.og_type is None:
                self.signals.og_type = values["content"]
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._ld = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld is not None:
            self._ld_blocks.append("".join(self._ld))
            self._ld = None

    def handle_data(self, data: str) -> None:
        if self._ld is not None:
            self._ld.append(data)

    def ld_types(self) -> set[str]:
        return {kind for node in ld_objects(self._ld_blocks) for kind in ld_types(node)}


def page_signals(html: str, url: str) -> PageSignals:
    """The feed links (comment feeds last), og:type and JSON-LD types of a decoded page."""
    reader = _Reader(url)
    reader.feed(html)
    reader.close()
    signals = reader.signals
    signals.ld_types = reader.ld_types()
    unique: dict[str, FeedLink] = {}
    for link in signals.feeds:
        unique.setdefault(link.url, link)
    signals.feeds = sorted(unique.values(), key=lambda link: link.is_comments)
    return signals


def is_article(signals: PageSignals, words: int) -> bool:
    """An article page: it says so, or it does not say otherwise and has enough text."""
    if signals.says_article:
        return True
    return not signals.says_not_article and words >= MIN_ARTICLE_WORDS
