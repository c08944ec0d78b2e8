"""Inputs given on the command line: files, folders and ``-`` through ``ingest``, and http(s)
URLs fetched directly (a feed, JSON Feed or article page, as a configured source would be, with
full text for teasers), without the config's sources or the store's validators."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import TextIO

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch.sources import fetch_sources
from briefing.ingest import ingest
from briefing.ingest.article import merge_exact_duplicates
from briefing.models import IngestResult
from briefing.urls import is_http_url

__all__ = ["gather_inputs", "split_inputs"]


def split_inputs(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    """(local inputs, http(s) URLs), each in the order given."""
    urls = [name for name in inputs if is_http_url(name)]
    return [name for name in inputs if name not in urls], urls


async def gather_inputs(
    inputs: Sequence[str],
    *,
    config: FetchConfig,
    now: dt.datetime | None = None,
    stdin: TextIO | None = None,
) -> IngestResult:
    """Articles from every input, in the order given; problems collected, never raised."""
    local, urls = split_inputs(inputs)
    found = await asyncio.to_thread(ingest, local, now=now, stdin=stdin) if local else None
    fetched = (
        await fetch_sources([SourceConfig(location=url) for url in urls], config=config)
        if urls
        else None
    )
    articles = merge_exact_duplicates(
        [*(found.articles if found else []), *(fetched.articles if fetched else [])]
    )
    problems = [*(found.problems if found else []), *(fetched.problems if fetched else [])]
    return IngestResult(articles=articles, problems=problems)
