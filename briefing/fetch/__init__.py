"""Fetching configured sources: feeds, article pages and local folders → ``Article`` objects.

::

    (briefing/urls.py: canonical_url, is_http_url, Validators: shared with the store)
    http.py      Fetcher: limits, per-host politeness, redirects, size cap, conditional requests
    guard.py     no loopback / private / metadata addresses unless the source is on one
    feeds.py     sniffing; RSS / Atom (feedparser) and JSON Feed → FeedItem
    pages.py     HTML article pages (trafilatura via briefing.ingest.html) → Article
    signals.py   what a page says about itself: feed links, og:type, JSON-LD types
    discover.py  `brief sources add`: check a URL once, find a site's feeds
    opml.py      OPML subscription lists in and out
    sources.py   fetch_sources: every source, concurrently, one problem line per failure
"""

from __future__ import annotations

from briefing.fetch.http import FetchError, RefusedAddress
from briefing.fetch.sources import TEASER_WORDS, FetchResult, SourceReport, fetch_sources
from briefing.urls import Validators, ValidatorStore, canonical_url, is_http_url

__all__ = [
    "TEASER_WORDS",
    "FetchError",
    "FetchResult",
    "RefusedAddress",
    "SourceReport",
    "ValidatorStore",
    "Validators",
    "canonical_url",
    "fetch_sources",
    "is_http_url",
]
