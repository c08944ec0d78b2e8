"""``fetch_sources``: every configured source → articles, one problem line per failing source.

::

    source            kind "folder" (or a bare path with "auto") → briefing.ingest.ingest
    Fetcher.get       (http.py) limits, politeness, redirects, conditional request → 200 | 304
    sniff             (feeds.py) feed, JSON Feed, HTML page, or "not a feed or article page"
    parse_feed        (feeds.py) → FeedItem → Article; teasers fetch their page (full_text)
    page_article      (pages.py) → Article, when the page is an article (signals.py)

Sources run concurrently; results keep the configured order. An exception in one source becomes
one ``InputProblem`` and never stops the others. A feed that yields no usable item, and an HTML
page that is neither a feed nor an article, fail with the reason. As soon as one source is read,
``on_source`` gets its ``SourceReport`` (the daily job stores its articles there, so a run
killed later loses nothing fetched), and only then are its new validators kept. Item links and
redirects may not lead to private addresses unless the source itself is on one or
``allow_private`` is set (``guard.py``). Articles with exactly the same text collapse
into one, the other sources listed in ``also_from`` (``merge_exact_duplicates``, as
``ingest`` does); every article is made by ``article_from_draft``, as in ``ingest``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch.feeds import BrokenFeed, Feed, FeedItem, NotAFeed, parse_feed, sniff
from briefing.fetch.guard import Resolver
from briefing.fetch.http import Fetcher, FetchError, Response
from briefing.fetch.pages import NotAnArticle, page_article
from briefing.fetch.signals import is_article, page_signals
from briefing.ingest import ingest
from briefing.ingest.article import article_from_draft, merge_exact_duplicates
from briefing.ingest.decode import decode_bytes
from briefing.ingest.draft import Draft
from briefing.models import Article, InputProblem
from briefing.text import word_count
from briefing.tls import httpx_context
from briefing.urls import Validators, ValidatorStore, canonical_url, is_http_url

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_FEED_ITEMS", "TEASER_WORDS", "FetchResult", "SourceReport", "fetch_sources"]

logger = logging.getLogger(__name__)

TEASER_WORDS = 60
"""An item with fewer words than this is a teaser (its page is fetched unless full_text=false)."""

MAX_FEED_ITEMS = 1000
"""Items read from one feed (a news feed carries tens; the rest of a bigger one is reported)."""

PRIVATE_HINT = "set allow_private = true on the source to allow it"


@dataclass
class FetchResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # sources that could not be read at all
    left_out: list[tuple[Article, str]] = field(default_factory=list)  # read, not kept: why


@dataclass
class SourceReport:
    """What one source gave in this run, handed to ``on_source`` as soon as it was read."""

    source: SourceConfig
    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    not_modified: bool = False
    ok: bool = True  # the source itself was read (a failed full-text page does not count)
    validators: Validators | None = None  # to keep for the next conditional request
    left_out: list[tuple[Article, str]] = field(default_factory=list)  # items read, not kept

    @property
    def error(self) -> str | None:
        """The reason the source failed, or None."""
        return None if self.ok or not self.problems else self.problems[0].reason


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
        self,
        fetcher: Fetcher,
        config: FetchConfig,
        validators: ValidatorStore | None,
        now: dt.datetime,
        undated_after: dt.datetime | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.config = config
        self.validators = validators
        self.now = now
        self.undated_after = undated_after

    async def source(self, source: SourceConfig) -> SourceReport:
        location = source.location.strip()
        if source.kind == "folder" or (source.kind == "auto" and "://" not in location):
            found = await asyncio.to_thread(ingest, [location])
            ok = bool(found.articles) or not found.problems
            return SourceReport(source, articles=found.articles, problems=found.problems, ok=ok)
        if not is_http_url(location):
            raise _Refused("not an http(s) URL")
        # Private destinations only when the configured source itself is on one (or allowed).
        allow = (
            source.allow_private
            or self.config.allow_private
            or await self.fetcher.private_reason(location) is not None
        )
        stored = self.validators.get_validators(location) if self.validators else None
        response = await self.fetcher.get(location, validators=stored, allow_private=allow)
        if response.not_modified:
            logger.debug("%s: not modified", location)
            return SourceReport(source, not_modified=True)
        report = await self._document(source, location, response, allow_private=allow)
        if response.validators or stored:
            # after a 200 read successfully; empty validators make the store forget old ones
            report.validators = response.validators
        return report

    async def _document(
        self, source: SourceConfig, location: str, response: Response, *, allow_private: bool
    ) -> SourceReport:
        found = sniff(response.body, response.content_type)
        content_type = f"content-type {_kind_of(response)}"
        if source.kind == "page" or (source.kind == "auto" and found == "html"):
            if found != "html":
                raise _Refused(f"not an article page ({content_type})")
            return SourceReport(source, articles=[self._checked_page(source, location, response)])
        if found not in ("feed", "json"):
            what = "a feed" if source.kind == "feed" else "a feed or article page"
            raise _Refused(f"not {what} ({content_type})")
        try:
            feed = parse_feed(
                response.body,
                url=response.url,
                content_type=response.content_type,
                charset=response.charset,
            )
        except BrokenFeed as exc:
            raise _Refused(str(exc)) from None
        except NotAFeed as exc:
            logger.debug("%s: %s", location, exc)
            what = "a feed" if source.kind == "feed" else "a feed or article page"
            raise _Refused(f"not {what} ({content_type})") from None
        logger.debug("%s: %s feed, %d items", location, feed.format, len(feed.items))
        if not feed.items:
            raise _Refused("the feed has no items")
        items = feed.items[:MAX_FEED_ITEMS]
        results = await asyncio.gather(
            *(self._item(item, feed, source, location, allow_private) for item in items)
        )
        articles = [r.article for r in results if r.article]
        if not articles:
            raise _Refused(f"none of the feed's {len(items)} items has a title or text")
        report = SourceReport(source)
        self._date_policy(feed, articles, report)
        if len(feed.items) > MAX_FEED_ITEMS:
            report.problems.append(
                InputProblem(
                    source=location,
                    reason=f"feed has {len(feed.items):,} items; read the first {MAX_FEED_ITEMS:,}",
                )
            )
        failed = [r.failure for r in results if r.failure is not None]
        if failed:
            tried = sum(1 for r in results if r.tried)
            report.problems.append(
                InputProblem(
                    source=location,
                    reason=f"full text of {len(failed)} of {tried} teasers unavailable, "
                    f"teasers kept (first: {failed[0]})",
                )
            )
        return report

    def _date_policy(self, feed: Feed, articles: list[Article], report: SourceReport) -> None:
        """An undated item counts from when it is first seen, unless the feed's newest date is
        older than this run's window: then it is most likely as old, and left out, saying why."""
        newest = feed.newest
        stale = (
            self.undated_after is not None and newest is not None and newest < self.undated_after
        )
        for article in articles:
            if article.published_at is None and stale:
                assert newest is not None
                reason = (
                    "no date could be read, and its feed's newest date "
                    f"({newest:%Y-%m-%d}) is before this run's window"
                )
                report.left_out.append((article, reason))
            else:
                report.articles.append(article)

    def _checked_page(self, source: SourceConfig, location: str, response: Response) -> Article:
        """The page's article; with kind "auto", only when the page is an article."""
        try:
            article = self._page(response, source=location, outlet=source.name)
        except NotAnArticle as exc:
            raise _Refused(str(exc)) from None
        if source.kind == "auto":
            html = decode_bytes(response.body, declared=response.charset, source=response.url)
            signals = page_signals(html, response.url)
            if not is_article(signals, word_count(article.text)):
                hint = (
                    f"; it links to the feed {signals.feeds[0].url}: `brief sources add` it instead"
                    if signals.feeds
                    else ""
                )
                raise _Refused(f"an HTML page that is neither a feed nor an article{hint}")
        return article

    def _page(self, response: Response, *, source: str, outlet: str | None) -> Article:
        return page_article(
            response.body,
            url=response.url,
            source=source,
            charset=response.charset,
            outlet=outlet,
            now=self.now,
        )

    async def _full_text(self, link: str, source: str, allow_private: bool) -> Article:
        response = await self.fetcher.get(link, allow_private=allow_private)
        if sniff(response.body, response.content_type) != "html":
            raise NotAnArticle(f"not an article page (content-type {_kind_of(response)})")
        return self._page(response, source=source, outlet=None)

    async def _item(
        self, item: FeedItem, feed: Feed, source: SourceConfig, location: str, allow_private: bool
    ) -> _Item:
        title = item.title
        text = item.text  # plain already; cleaned once, by article_from_draft
        if not title and not text.strip():
            logger.debug("%s: skipped an item with no title and no text", location)
            return _Item(article=None)
        tried, failure = False, None
        published, updated = item.published_at, None
        if source.full_text and item.link and word_count(text) < TEASER_WORDS:
            tried = True
            try:
                page = await self._full_text(item.link, location, allow_private)
            except (FetchError, NotAnArticle) as exc:
                logger.debug("%s: full text of %s: %s", location, item.link, exc)
                failure = f"{item.link}: {exc}"
            except Exception as exc:  # one page must never cost the feed its other items
                logger.debug("%s: full text of %s", location, item.link, exc_info=True)
                failure = f"{item.link}: {type(exc).__name__}: {_one_line(exc)}"
            else:
                if len(page.text) > len(text):
                    text = page.text
                    published = published or page.published_at
                    updated = page.updated_at
        draft = Draft(
            text=text,
            title=title,
            # the name the user gave the source first; an aggregator's item names its own
            outlet=source.name or item.outlet or feed.title,
            url=canonical_url(item.link) if item.link else None,
            published_at=published,
            updated_at=updated,
        )
        article = article_from_draft(draft, source=location, headline_only=True)
        return _Item(article=article, tried=tried, failure=failure)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


async def _read(run: _Run, source: SourceConfig) -> SourceReport:
    try:
        return await run.source(source)
    except (FetchError, _Refused) as exc:
        reason = str(exc)
        if "private" in reason and "address" in reason and "allow_private" not in reason:
            reason += f" ({PRIVATE_HINT})"
        problem = InputProblem(source=source.location, reason=reason)
        return SourceReport(source, problems=[problem], ok=False)
    except Exception as exc:  # one source must never stop the others
        logger.debug("%s: unexpected error", source.location, exc_info=True)
        reason = f"{type(exc).__name__}: {_one_line(exc)}"
        return SourceReport(
            source, problems=[InputProblem(source=source.location, reason=reason)], ok=False
        )


async def _guarded(
    run: _Run,
    source: SourceConfig,
    on_source: Callable[[SourceReport], None] | None,
    on_progress: Callable[[str, bool], None] | None,
) -> SourceReport:
    report = await _read(run, source)
    for problem in report.problems:
        logger.debug("%s: %s", problem.source, problem.reason)
    if on_source is not None:
        on_source(report)  # the articles are kept before the validators that vouch for them
    if run.validators is not None and report.validators is not None:
        run.validators.put_validators(source.location.strip(), report.validators)
    if on_progress is not None:
        on_progress(source.location, report.ok)
    return report


def http_client(config: FetchConfig) -> httpx.AsyncClient:
    """The client ``fetch_sources`` makes when none is passed in (redirects are ours)."""
    import httpx  # here, not at the top: a run from files needs no httpx

    return httpx.AsyncClient(
        timeout=config.timeout_s,
        follow_redirects=False,
        headers={"User-Agent": config.user_agent},
        verify=httpx_context(),
        limits=httpx.Limits(
            max_connections=config.concurrency, max_keepalive_connections=config.concurrency
        ),
    )


async def fetch_sources(
    sources: Sequence[SourceConfig],
    *,
    config: FetchConfig,
    validators: ValidatorStore | None = None,
    client: httpx.AsyncClient | None = None,
    on_progress: Callable[[str, bool], None] | None = None,
    on_source: Callable[[SourceReport], None] | None = None,
    resolve: Resolver | None = None,
    undated_after: dt.datetime | None = None,
) -> FetchResult:
    """Fetch and read every source; failures are collected as one problem line each.

    ``validators`` keeps ETag / Last-Modified per source URL: they are sent as a conditional
    request and replaced after a 200 that was read successfully (after ``on_source`` returned);
    a 304 puts the source in ``not_modified``. A ``client`` passed in is used as is and left
    open. ``on_source`` gets each source's ``SourceReport`` as soon as it was read;
    ``on_progress`` is then called with its location and whether the source was read (False
    when it failed; a 304 is True). ``resolve`` maps host names to addresses for the private
    address rule (default: the system resolver). ``undated_after`` is the start of the run's
    window: undated items of a feed whose newest date is older go to ``left_out``.
    """
    own = client is None
    http = client or http_client(config)
    try:
        fetcher = Fetcher(http, config, resolve=resolve)
        run = _Run(fetcher, config, validators, dt.datetime.now(dt.UTC), undated_after)
        reports = await asyncio.gather(*(_guarded(run, s, on_source, on_progress) for s in sources))
    finally:
        if own:
            await http.aclose()
    result = FetchResult()
    for source, report in zip(sources, reports, strict=True):
        result.articles.extend(report.articles)
        result.problems.extend(report.problems)
        result.left_out.extend(report.left_out)
        if report.not_modified:
            result.not_modified.append(source.location)
        if not report.ok:
            result.failed.append(source.location)
    result.articles = merge_exact_duplicates(result.articles)
    logger.info(
        "fetched %d sources: %d articles, %d problems, %d not modified",
        len(sources),
        len(result.articles),
        len(result.problems),
        len(result.not_modified),
    )
    return result
