"""Fetching configured sources: feeds, article pages and local folders → ``Article`` objects.

::

    urls.py      canonical_url, is_http_url
    http.py      Fetcher: limits, per-host politeness, redirects, size cap, conditional requests
    feeds.py     sniffing; RSS / Atom (feedparser) and JSON Feed → FeedItem
    pages.py     HTML article pages (trafilatura via briefing.ingest.html) → Article
    sources.py   fetch_sources: every source, concurrently, one problem line per failure
"""

from __future__ import annotations

from briefing.fetch.http import FetchError, Validators, ValidatorStore
from briefing.fetch.sources import TEASER_WORDS, FetchResult, fetch_sources
from briefing.fetch.urls import canonical_url, is_http_url

__all__ = [
    "TEASER_WORDS",
    "FetchError",
    "FetchResult",
    "ValidatorStore",
    "Validators",
    "canonical_url",
    "fetch_sources",
    "is_http_url",
]
