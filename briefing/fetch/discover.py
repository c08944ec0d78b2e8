"""``brief sources add``: check a URL once, and find a site's feeds from its pages.

``check_location`` fetches the URL (private addresses allowed: the user typed it) and says what
to add:

* a feed (RSS, Atom, JSON Feed) → that feed, with its title and item count;
* an HTML page that links feeds with ``<link rel="alternate">`` → the first one that reads as
  a feed (comment feeds last), the others listed; without such links, the usual feed paths of
  the site (``/feed``, ``/rss``, ``/atom.xml``, …) are tried;
* an article page with no feed to be found → the page itself, with a warning;
* an HTML page that is neither a feed nor an article and leads to none → ``NotUsable``;
* a URL that cannot be fetched now (404, timeout, refused) → added as given, with a warning.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from briefing.config import FetchConfig, SourceKind
from briefing.fetch.feeds import BrokenFeed, NotAFeed, parse_feed, sniff
from briefing.fetch.guard import Resolver
from briefing.fetch.http import Fetcher, FetchError, Response
from briefing.fetch.pages import NotAnArticle, page_article
from briefing.fetch.signals import is_article, page_signals
from briefing.fetch.sources import http_client
from briefing.ingest.decode import decode_bytes
from briefing.text import word_count

if TYPE_CHECKING:
    import httpx

__all__ = ["COMMON_FEED_PATHS", "Checked", "Found", "NotUsable", "check_location"]

logger = logging.getLogger(__name__)

COMMON_FEED_PATHS = (
    "/feed",
    "/rss",
    "/feed.xml",
    "/rss.xml",
    "/atom.xml",
    "/index.xml",
    "/feed.json",
    "/feeds/posts/default",
    "/?feed=rss2",
)
"""Where sites without ``<link rel="alternate">`` usually keep their feed (WordPress, Ghost,
Hugo, Jekyll, Blogger, …), tried at the site root and below the page's own path."""

_MAX_ALTERNATES = 4  # feed links tried before giving up on a page's own links


class NotUsable(Exception):
    """The URL answers with something no source can read; the message says what and why."""


@dataclass(frozen=True)
class Found:
    """A source to add: its URL, kind, and what the check saw there."""

    location: str
    kind: SourceKind
    title: str | None = None
    items: int | None = None

    def describe(self) -> str:
        what = "feed" if self.kind == "feed" else "article page" if self.kind == "page" else ""
        parts = [p for p in (what, self.title and f"“{self.title}”") if p]
        if self.items is not None:
            parts.append(f"{self.items} item{'s' if self.items != 1 else ''}")
        return f"{self.location} ({', '.join(parts)})" if parts else self.location


@dataclass
class Checked:
    """What ``check_location`` found: ``add`` to add, ``others`` seen too, and warnings."""

    add: list[Found] = field(default_factory=list)
    others: list[Found] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Checker:
    def __init__(self, fetcher: Fetcher, config: FetchConfig) -> None:
        self.fetcher = fetcher
        self.config = config

    async def _allowed(self, url: str) -> bool:
        return self.config.allow_private or await self.fetcher.private_reason(url) is not None

    async def feed_at(self, url: str, *, allow_private: bool) -> Found | None:
        """The feed at ``url``, or None when it is none (or cannot be fetched)."""
        try:
            response = await self.fetcher.get(url, allow_private=allow_private)
        except FetchError as exc:
            logger.debug("%s: %s", url, exc)
            return None
        return self._as_feed(response, url)

    def _as_feed(self, response: Response, url: str) -> Found | None:
        try:
            return self._read_feed(response, url)
        except BrokenFeed as exc:
            logger.debug("%s: %s", url, exc)
            return None

    def _read_feed(self, response: Response, url: str) -> Found | None:
        """The feed in ``response``; None when it is none; ``BrokenFeed`` when it is broken."""
        if sniff(response.body, response.content_type) not in ("feed", "json"):
            return None
        try:
            feed = parse_feed(
                response.body,
                url=response.url,
                content_type=response.content_type,
                charset=response.charset,
            )
        except BrokenFeed:
            raise
        except NotAFeed as exc:
            logger.debug("%s: %s", url, exc)
            return None
        return Found(location=url, kind="feed", title=feed.title, items=len(feed.items))

    async def check(self, url: str, kind: SourceKind) -> Checked:
        allow = await self._allowed(url)
        try:
            response = await self.fetcher.get(url, allow_private=True)  # the user chose it
        except FetchError as exc:
            warning = f"{url}: {exc}; added without checking what it is"
            return Checked(add=[Found(location=url, kind=kind)], warnings=[warning])
        found = sniff(response.body, response.content_type)
        if found in ("feed", "json") and kind != "page":
            try:
                feed = self._read_feed(response, url)
            except BrokenFeed as exc:  # a feed, broken today: added, and every run says why
                warning = f"{url}: {exc}; added anyway"
                return Checked(add=[Found(location=url, kind="feed")], warnings=[warning])
            if feed is None:
                raise NotUsable(f"{url} is not a feed or article page ({_type(response)})")
            checked = Checked(add=[feed])
            if not feed.items:
                checked.warnings.append(f"{url}: the feed has no items (yet)")
            return checked
        if found != "html":
            what = "an article page" if kind == "page" else "a feed or article page"
            raise NotUsable(f"{url} is not {what} ({_type(response)})")
        return await self._page(url, response, kind, allow)

    async def _page(self, url: str, response: Response, kind: SourceKind, allow: bool) -> Checked:
        html = decode_bytes(response.body, declared=response.charset, source=response.url)
        signals = page_signals(html, response.url)
        try:
            article = page_article(response.body, url=response.url, source=url)
            words = word_count(article.text)
        except NotAnArticle:
            article, words = None, 0
        if kind == "page":
            title = article.title if article is not None else None
            checked = Checked(add=[Found(location=url, kind="page", title=title)])
            if article is None or not is_article(signals, words):
                checked.warnings.append(f"{url}: does not look like an article page")
            return checked
        feeds = [await self.feed_at(link.url, allow_private=allow) for link in signals.feeds]
        found = [f for f in feeds[:_MAX_ALTERNATES] if f is not None]
        if not found:
            found = await self._probe(response.url, allow)
        if found:
            return Checked(add=found[:1], others=found[1:])
        if article is not None and is_article(signals, words):
            warning = f"{url}: not a feed, and no feed found for it: added as one article page"
            return Checked(
                add=[Found(location=url, kind="page", title=article.title)], warnings=[warning]
            )
        tried = ", ".join(COMMON_FEED_PATHS[:4])
        raise NotUsable(
            f"{url} is an HTML page that is neither a feed nor an article, and no feed was found "
            f'for it (looked for <link rel="alternate"> and {tried}, …); '
            "give the feed's URL, or --kind page for this page alone"
        )

    async def _probe(self, page_url: str, allow: bool) -> list[Found]:
        parts = urlsplit(page_url)
        root = f"{parts.scheme}://{parts.netloc}"
        bases = [root]
        folder = parts.path.rstrip("/")
        if folder:
            bases.append(root + folder)
        candidates = list(
            dict.fromkeys(urljoin(b + "/", p.lstrip("/")) for b in bases for p in COMMON_FEED_PATHS)
        )
        results = await asyncio.gather(*(self.feed_at(c, allow_private=allow) for c in candidates))
        return [r for r in results if r is not None]


def _type(response: Response) -> str:
    return f"content-type {response.content_type or 'none'}"


async def check_location(
    url: str,
    *,
    config: FetchConfig,
    kind: SourceKind = "auto",
    client: httpx.AsyncClient | None = None,
    resolve: Resolver | None = None,
) -> Checked:
    """Fetch ``url`` once and say which source(s) to add for it (see the module docstring)."""
    own = client is None
    http = client or http_client(config)
    try:
        return await _Checker(Fetcher(http, config, resolve=resolve), config).check(url, kind)
    finally:
        if own:
            await http.aclose()
