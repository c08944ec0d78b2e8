"""``fetch_sources``: every configured source → articles, one problem line per failing source.

::

    source            kind "folder" (or a bare path with "auto") → briefing.ingest.ingest
    Fetcher.get       (http.py) limits, politeness, redirects, conditional request → 200 | 304
    sniff             (feeds.py) feed, JSON Feed, HTML page, or "not a feed or article page"
    parse_feed        (feeds.py) → FeedItem → Article; teasers fetch their page if full_text
    page_article      (pages.py) → Article

Sources run concurrently; results keep the configured order. An exception in one source becomes
one ``InputProblem`` and never stops the others. Articles with exactly the same text collapse
into one, the other sources listed in ``also_from`` (``merge_exact_duplicates``, as ``ingest``
does); every article is made by ``article_from_draft``, as in ``ingest``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from briefing.clean import clean_text
from briefing.config import FetchConfig, SourceConfig
from briefing.fetch.feeds import BrokenFeed, Feed, FeedItem, NotAFeed, parse_feed, sniff
from briefing.fetch.http import Fetcher, FetchError, Response, ValidatorStore
from briefing.fetch.pages import NotAnArticle, page_article
from briefing.fetch.urls import canonical_url, is_http_url
from briefing.ingest import ingest
from briefing.ingest.article import article_from_draft, merge_exact_duplicates
from briefing.ingest.draft import Draft
from briefing.models import Article, InputProblem

__all__ = ["TEASER_WORDS", "FetchResult", "fetch_sources"]

logger = logging.getLogger(__name__)

TEASER_WORDS = 60
"""An item with fewer words than this is a teaser (its page is fetched when ``full_text``)."""

MAX_FEED_ITEMS = 1000
"""Items read from one feed (a news feed carries tens; the rest of a bigger one is reported)."""


@dataclass
class FetchResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)


@dataclass
class _Outcome:
    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    not_modified: bool = False
    ok: bool = True  # the source itself was read (a failed full-text page does not count)


@dataclass(frozen=True)
class _Item:
    """One feed item's article; whether its page was fetched for full text, and why that failed."""

    article: Article | None
    tried: bool = False
    failure: str | None = None


class _Refused(Exception):
    """A fetched document this source cannot use; the message is the reason."""


def _kind_of(response: Response) -> str:
    return response.content_type or "none"


class _Run:
    def __init__(
        self, fetcher: Fetcher, validators: ValidatorStore | None, now: dt.datetime
    ) -> None:
        self.fetcher = fetcher
        self.validators = validators
        self.now = now

    async def source(self, source: SourceConfig) -> _Outcome:
        location = source.location.strip()
        if source.kind == "folder" or (source.kind == "auto" and "://" not in location):
            found = await asyncio.to_thread(ingest, [location])
            ok = bool(found.articles) or not found.problems
            return _Outcome(articles=found.articles, problems=found.problems, ok=ok)
        if not is_http_url(location):
            raise _Refused("not an http(s) URL")
        stored = self.validators.get_validators(location) if self.validators else None
        response = await self.fetcher.get(location, validators=stored)
        if response.not_modified:
            logger.debug("%s: not modified", location)
            return _Outcome(not_modified=True)
        outcome = await self._document(source, location, response)
        if self.validators is not None and (response.validators or stored):
            # after a 200 read successfully; empty validators make the store forget old ones
            self.validators.put_validators(location, response.validators)
        return outcome

    async def _document(self, source: SourceConfig, location: str, response: Response) -> _Outcome:
        found = sniff(response.body, response.content_type)
        content_type = f"content-type {_kind_of(response)}"
        if source.kind == "page" or (source.kind == "auto" and found == "html"):
            if found != "html":
                raise _Refused(f"not an article page ({content_type})")
            try:
                article = self._page(response, source=location, outlet=source.name)
            except NotAnArticle as exc:
                raise _Refused(str(exc)) from None
            return _Outcome(articles=[article])
        if found not in ("feed", "json"):
            what = "a feed" if source.kind == "feed" else "a feed or article page"
            raise _Refused(f"not {what} ({content_type})")
        try:
            feed = parse_feed(response.body, url=response.url, content_type=response.content_type)
        except BrokenFeed as exc:
            raise _Refused(str(exc)) from None
        except NotAFeed as exc:
            logger.debug("%s: %s", location, exc)
            what = "a feed" if source.kind == "feed" else "a feed or article page"
            raise _Refused(f"not {what} ({content_type})") from None
        logger.debug("%s: %s feed, %d items", location, feed.format, len(feed.items))
        items = feed.items[:MAX_FEED_ITEMS]
        results = await asyncio.gather(
            *(self._item(item, feed, source, location) for item in items)
        )
        outcome = _Outcome(articles=[r.article for r in results if r.article is not None])
        if len(feed.items) > MAX_FEED_ITEMS:
            outcome.problems.append(
                InputProblem(
                    source=location,
                    reason=f"feed has {len(feed.items):,} items; read the first {MAX_FEED_ITEMS:,}",
                )
            )
        failed = [r.failure for r in results if r.failure is not None]
        if failed:
            tried = sum(1 for r in results if r.tried)
            outcome.problems.append(
                InputProblem(
                    source=location,
                    reason=f"full text of {len(failed)} of {tried} teasers unavailable, "
                    f"teasers kept (first: {failed[0]})",
                )
            )
        return outcome

    def _page(self, response: Response, *, source: str, outlet: str | None) -> Article:
        return page_article(
            response.body,
            url=response.url,
            source=source,
            charset=response.charset,
            outlet=outlet,
            now=self.now,
        )

    async def _full_text(self, link: str, source: str) -> Article:
        response = await self.fetcher.get(link)
        if sniff(response.body, response.content_type) != "html":
            raise NotAnArticle(f"not an article page (content-type {_kind_of(response)})")
        return self._page(response, source=source, outlet=None)

    async def _item(self, item: FeedItem, feed: Feed, source: SourceConfig, location: str) -> _Item:
        title = item.title
        text = clean_text(item.text) if item.text else ""
        if not title and not text:
            logger.debug("%s: skipped an item with no title and no text", location)
            return _Item(article=None)
        tried, failure = False, None
        published = item.published_at
        if source.full_text and item.link and len(text.split()) < TEASER_WORDS:
            tried = True
            try:
                page = await self._full_text(item.link, location)
            except (FetchError, NotAnArticle) as exc:
                logger.debug("%s: full text of %s: %s", location, item.link, exc)
                failure = f"{item.link}: {exc}"
            else:
                if len(page.text) > len(text):
                    text = page.text
                    published = published or page.published_at
        draft = Draft(
            text=text,
            title=title,
            outlet=source.name or feed.title,
            url=canonical_url(item.link) if item.link else None,
            published_at=published,
        )
        article = article_from_draft(draft, source=location, headline_only=True)
        return _Item(article=article, tried=tried, failure=failure)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


async def _guarded(
    run: _Run, source: SourceConfig, on_progress: Callable[[str, bool], None] | None
) -> _Outcome:
    try:
        outcome = await run.source(source)
    except (FetchError, _Refused) as exc:
        problem = InputProblem(source=source.location, reason=str(exc))
        outcome = _Outcome(problems=[problem], ok=False)
    except Exception as exc:  # one source must never stop the others
        logger.debug("%s: unexpected error", source.location, exc_info=True)
        reason = f"{type(exc).__name__}: {_one_line(exc)}"
        problem = InputProblem(source=source.location, reason=reason)
        outcome = _Outcome(problems=[problem], ok=False)
    for problem in outcome.problems:
        logger.debug("%s: %s", problem.source, problem.reason)
    if on_progress is not None:
        on_progress(source.location, outcome.ok)
    return outcome


async def fetch_sources(
    sources: Sequence[SourceConfig],
    *,
    config: FetchConfig,
    validators: ValidatorStore | None = None,
    client: httpx.AsyncClient | None = None,
    on_progress: Callable[[str, bool], None] | None = None,
) -> FetchResult:
    """Fetch and read every source; failures are collected as one problem line each.

    ``validators`` keeps ETag / Last-Modified per source URL: they are sent as a conditional
    request and replaced after a 200 that was read successfully; a 304 puts the source in
    ``not_modified``. A ``client`` passed in is used as is and left open. ``on_progress`` is
    called once per source as it finishes, with its location and whether the source was read
    (False when it failed; a 304 is True).
    """
    own = client is None
    http = client or httpx.AsyncClient(
        timeout=config.timeout_s,
        follow_redirects=False,
        headers={"User-Agent": config.user_agent},
        limits=httpx.Limits(
            max_connections=config.concurrency, max_keepalive_connections=config.concurrency
        ),
    )
    try:
        run = _Run(Fetcher(http, config), validators, dt.datetime.now(dt.UTC))
        outcomes = await asyncio.gather(*(_guarded(run, s, on_progress) for s in sources))
    finally:
        if own:
            await http.aclose()
    result = FetchResult()
    for source, outcome in zip(sources, outcomes, strict=True):
        result.articles.extend(outcome.articles)
        result.problems.extend(outcome.problems)
        if outcome.not_modified:
            result.not_modified.append(source.location)
    result.articles = merge_exact_duplicates(result.articles)
    logger.info(
        "fetched %d sources: %d articles, %d problems, %d not modified",
        len(sources),
        len(result.articles),
        len(result.problems),
        len(result.not_modified),
    )
    return result
