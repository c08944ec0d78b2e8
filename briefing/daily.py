"""The daily job: what ``brief today`` does with configured sources.

fetch sources → store what is new (nothing fetched is lost if a later step fails) → choose the
window and filter (``briefing.select``) → cluster and rank stories (favoured topics first) →
brief through the response cache → store the briefing, dated by ``briefing.dates``, and mark
its articles briefed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from briefing.backends import Backend, make_backend
from briefing.backends.cached import CachingBackend
from briefing.config import Config, Settings
from briefing.dates import briefing_date, format_time
from briefing.exceptions import (
    ConfigError,
    InputError,
    LLMError,
    NothingToBriefError,
    SourcesFailedError,
)
from briefing.fetch import SourceReport, fetch_sources
from briefing.fetch.inputs import gather_inputs
from briefing.models import Article, Briefing, CallRecord, InputProblem, Plan, StoryStatus
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
from briefing.select import (
    favoured_topics,
    filter_articles,
    rank_by_topics,
    select_window,
    window_start,
)
from briefing.servers import KnownServer, know_server, window_from, with_window
from briefing.store import BriefingKind, SourceStatus, Store
from briefing.summarize import Prepared, brief, prepare
from briefing.tokens import tokenizer_for

if TYPE_CHECKING:
    from briefing.backends.batch import BatchProgress
    from briefing.site import SiteReport

__all__ = ["Reporter", "TodayOptions", "TodayOutcome", "run_today"]

log = logging.getLogger(__name__)


class Reporter(Protocol):
    """What a progress display is told (the CLI draws rich progress bars from it)."""

    def fetching(self, total: int) -> None: ...
    def fetched(self, location: str, ok: bool) -> None: ...
    def summarizing(self, calls: int) -> None: ...
    def called(self, record: CallRecord) -> None: ...
    def batch(self, progress: BatchProgress) -> None: ...

    # Optional: ``streaming(progress: StreamProgress)``, told as a streamed answer arrives.


@dataclass(frozen=True)
class TodayOptions:
    inputs: Sequence[str] = ()
    now: dt.datetime | None = None
    since: dt.timedelta | None = None
    topics: Sequence[str] = ()
    dry_run: bool = False
    max_cost: float | None = None
    repair: bool = True
    verify: bool = True  # the verification pass (also off with ``verify = false`` in the config)
    max_input_tokens: int | None = None
    context_window: int | None = None
    no_cache: bool = False  # ask the model again (the answers are still kept)
    batch: bool = False  # map calls through the Batch API (discounted, may take hours)
    batch_poll_interval_s: float = 30.0  # the longest wait between two polls of a batch
    language: str | None = None  # the briefing's language (default: the config's `language`)


@dataclass
class TodayOutcome:
    plan: Plan
    briefing: Briefing | None  # None for a dry run
    problems: list[InputProblem]
    articles: int
    window: tuple[dt.datetime, dt.datetime] | None = None
    site: SiteReport | None = None  # the configured site, rebuilt with the new briefing


def _planner(
    settings: Settings, config: Config, options: TodayOptions, known: KnownServer | None = None
) -> Planner:
    offline = settings.resolved_backend == "offline"
    model = "extractive" if offline else settings.model
    context = options.context_window or (known.context if known else None)
    max_output = known.max_output if known and not offline else None
    small = known.small if known and not offline else None
    per_item = known.output_per_item if known and not offline else None
    return Planner(
        info=model_info(
            model,
            context=context,
            max_output=max_output,
            prices=config.prices_for(model),
            small=small,
            output_per_item=per_item,
        ),
        tokenizer=tokenizer_for(settings.model),
        max_input_tokens=options.max_input_tokens or DEFAULT_MAX_INPUT_TOKENS,
        batch=options.batch,
        verify=options.verify and config.verify and not offline,
        # A server known to answer below json_schema is sent the prompts' worked examples.
        sends_examples=settings.start_mode in ("json_object", "text"),
    )


def _backend(
    settings: Settings,
    options: TodayOptions,
    factory: Callable[[Settings], Backend],
    reporter: Reporter | None,
) -> Backend:
    """The backend of the run: with ``options.batch``, map calls go through the Batch API."""
    backend = factory(settings)
    streaming = getattr(reporter, "streaming", None)
    if streaming is not None and hasattr(backend, "on_progress"):
        backend.on_progress = streaming
    if not options.batch:
        return backend
    from briefing.backends.batch import BatchingBackend
    from briefing.backends.openai import OpenAIBackend

    if not isinstance(backend, OpenAIBackend):
        raise ConfigError(f"--batch needs an OpenAI backend, not {backend.name!r}")
    return BatchingBackend(
        backend,
        poll_interval_s=options.batch_poll_interval_s,
        on_progress=reporter.batch if reporter else None,
    )


def _record(store: Store, now: dt.datetime) -> Callable[[SourceReport], None]:
    """Keep each source's articles and its run status as soon as it was read (the fetcher keeps
    its new validators only after this returned), so a killed run loses nothing fetched."""

    def record(report: SourceReport) -> None:
        status: SourceStatus = (
            "failed" if not report.ok else "not modified" if report.not_modified else "ok"
        )
        error = report.problems[0].reason if report.problems else None
        store.record_source_run(
            report.source.location, report.articles, at=now, status=status, error=error
        )

    return record


@dataclass
class _Gathered:
    articles: list[Article]
    problems: list[InputProblem]
    window: tuple[dt.datetime, dt.datetime] | None = None
    left_out: list[tuple[Article, str]] = field(default_factory=list)


async def _gather(
    options: TodayOptions, config: Config, store: Store, now: dt.datetime, reporter: Reporter | None
) -> _Gathered:
    """Explicit inputs as given (no window), else the configured sources' new articles."""
    if options.inputs:
        result = await gather_inputs(options.inputs, config=config.fetch, now=options.now)
        if not result.articles:
            detail = "; ".join(f"{p.source}: {p.reason}" for p in result.problems[:3])
            raise InputError("no articles found in the input" + (f" ({detail})" if detail else ""))
        store.upsert_articles(result.articles, seen_at=now)
        return _Gathered(result.articles, result.problems)
    if not config.sources:
        raise InputError(
            "no input and no sources configured: give files, folders or URLs, or add a source "
            "with `brief sources add URL`"
        )
    if reporter:
        reporter.fetching(len(config.sources))
    fetched = await fetch_sources(
        config.sources,
        config=config.fetch,
        validators=store,
        on_progress=reporter.fetched if reporter else None,
        on_source=_record(store, now),
        undated_after=window_start(store, now=now, since=options.since),
    )
    start, end, articles = select_window(store, now=now, since=options.since)
    return _Gathered(articles, list(fetched.problems), (start, end), fetched.left_out)


def _nothing(message: str, problems: Sequence[InputProblem]) -> NothingToBriefError:
    """ "Nothing new" (exit 9), or with failed sources one line each and exit 8."""
    if not problems:
        return NothingToBriefError(message)
    lines = [f"failed: {p.source}: {p.reason}" for p in problems]
    return SourcesFailedError("\n".join([*lines, f"{message} ({len(problems)} source problem(s))"]))


async def run_today(
    options: TodayOptions,
    *,
    config: Config,
    settings: Settings,
    store: Store,
    backend_factory: Callable[[Settings], Backend] = make_backend,
    reporter: Reporter | None = None,
) -> TodayOutcome:
    """The daily job. Raises ``NothingToBriefError`` when the window holds nothing new."""
    now = options.now or dt.datetime.now(dt.UTC)
    if options.batch and settings.resolved_backend == "offline":
        raise ConfigError(
            "--batch needs an OpenAI backend (set OPENAI_API_KEY); the offline one makes no calls"
        )
    gathered = await _gather(options, config, store, now, reporter)
    articles, problems, window = gathered.articles, gathered.problems, gathered.window
    if not articles:
        since = f" since {format_time(window[0], config.timezone)}" if window else ""
        left = ""
        if gathered.left_out:
            count = len(gathered.left_out)
            first, reason = gathered.left_out[0]
            left = f"; left out {count} undated item{'s' if count > 1 else ''}: {first.title}: "
            left += reason + (" (and the others likewise)" if count > 1 else "")
        raise _nothing(f"nothing new to brief{since}{left}", problems)
    kept, excluded = filter_articles(articles, config, topics=options.topics)
    excluded += gathered.left_out
    if not kept:
        raise _nothing(
            f"all {len(articles)} articles were filtered out (e.g. {excluded[0][1]})", problems
        )
    known = await know_server(settings, config, store, context=options.context_window)
    settings = known.settings
    planner = _planner(settings, config, options, known)
    rank = rank_by_topics(favoured_topics(config, options.topics))
    prepared = prepare(kept, planner, rank=rank)
    if options.dry_run:
        return TodayOutcome(prepared.plan, None, problems, len(articles), window)
    date = briefing_date(now, config.timezone)
    status: dict[str, StoryStatus] | None = None
    if store.has_briefing_before(date):
        ids = [s.id for s in prepared.clustering.stories]
        seen = store.latest_story_dates(ids, before=date)
        status = {i: "developing" if i in seen else "new" for i in ids}
    if reporter:
        reporter.summarizing(prepared.plan.calls)
    inner = _backend(settings, options, backend_factory, reporter)
    known.attach(inner, store)
    backend = CachingBackend(inner, store, served=known.served, read=not options.no_cache)

    async def run(prepared: Prepared, planner: Planner) -> Briefing:
        return await brief(
            prepared,
            backend,
            planner,
            date=date,
            max_cost=options.max_cost if options.max_cost is not None else config.max_cost,
            repair=options.repair,
            notices=[f"skipped {p.source}: {p.reason}" for p in problems],
            excluded=excluded,
            on_call=reporter.called if reporter else None,
            story_status=status,
            language=options.language or config.language,
        )

    try:
        try:
            briefing = await run(prepared, planner)
        except LLMError as exc:
            # A server with a smaller window than planned for says so: plan for it, once.
            found = None if options.context_window else window_from(exc, known, store)
            if found is None:
                raise
            planner = _planner(settings, config, options, with_window(known, found))
            prepared = prepare(kept, planner, rank=rank)
            briefing = await run(prepared, planner)
    finally:
        await backend.aclose()
    # Only the daily run over the configured sources moves the window and marks articles briefed;
    # a briefing of given files is kept (the digest can send it) and a --topic view is not the
    # day's briefing at all.
    kind: BriefingKind = "view" if options.topics else "inputs" if options.inputs else "daily"
    store.record_briefing(
        briefing,
        created_at=now,
        stories=prepared.clustering.stories if kind != "view" else (),
        briefed_ids=[a.id for a in prepared.articles] if kind == "daily" else [],
        kind=kind,
    )
    site = _publish(config, store, problems)
    return TodayOutcome(prepared.plan, briefing, problems, len(articles), window, site)


def _publish(config: Config, store: Store, problems: list[InputProblem]) -> SiteReport | None:
    """The ``[site] dir`` rebuilt with the new briefing (None when none is set). A site that
    cannot be written is a loss reported with the others: the briefing is stored all the same."""
    directory = config.site.path
    if directory is None:
        return None
    from briefing.site import build_site  # the site's templates only when one is configured

    try:
        return build_site(store, directory, base_url=config.site.base_url, timezone=config.timezone)
    except OSError as exc:
        reason = f"the site was not rebuilt: {exc.strerror or exc}"
        problems.append(InputProblem(source=str(directory), reason=reason))
        return None
