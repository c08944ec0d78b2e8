"""Ingest: files, folders, stdin → ``Article`` objects (the first pipeline stage).

::

    read_inputs (files.py)      paths, folders, "-"  → RawInput | InputProblem
    by format                   feeds by content (feedfile.py: RSS, Atom, JSON Feed),
                                .json .jsonl (records.py), .html (html.py),
                                .txt .md and anything else (plain.py → pagedump.py)
    article_from_draft          (article.py) the one Draft → Article step (cleaning, title)
    merge_exact_duplicates      (article.py) one Article, the others' sources in ``also_from``

Bytes become text by the one decoding policy in ``decode.py`` (BOM, declared charset, UTF-8,
detection), which fetched pages use too.

Bad input never raises: it becomes an ``InputProblem`` with a one-line reason and the other
inputs still load.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import TextIO

from briefing.ingest.article import article_from_draft, merge_exact_duplicates
from briefing.ingest.draft import Parsed, UnusableInput
from briefing.ingest.feedfile import looks_like_feed, parse_feed_text
from briefing.ingest.files import MAX_INPUT_BYTES, RawInput, read_inputs
from briefing.ingest.html import looks_like_html, parse_html
from briefing.ingest.plain import looks_like_markdown, parse_text
from briefing.ingest.records import parse_json, parse_jsonl
from briefing.ingest.times import as_aware
from briefing.models import Article, IngestResult, InputProblem

__all__ = ["MAX_INPUT_BYTES", "ingest", "parse_content"]

logger = logging.getLogger(__name__)

_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_NO_TEXT = "no article text after cleaning"


def _sniff(text: str, now: dt.datetime) -> Parsed:
    head = text.lstrip()
    if head.startswith(("{", "[")):
        try:
            return parse_json(text, now=now)
        except UnusableInput:
            if head.startswith("{") and "\n" in head.strip():
                return parse_jsonl(text, now=now)
            raise
    if head.startswith("<") and looks_like_html(text):
        return parse_html(text, now=now)
    return parse_text(text, now=now, markdown=looks_like_markdown(text))


def parse_content(raw: RawInput, *, now: dt.datetime) -> Parsed:
    """Drafts from one decoded input, by extension or, failing that, by sniffing the content."""
    suffix = raw.suffix
    if looks_like_feed(raw.text):  # .xml, .rss, .atom, .json or any name: by content
        return parse_feed_text(raw.text, source=raw.source)
    if suffix == ".json":
        return parse_json(raw.text, now=now)
    if suffix in _JSONL_SUFFIXES:
        return parse_jsonl(raw.text, now=now)
    if suffix in _HTML_SUFFIXES:
        return parse_html(raw.text, now=now)
    if suffix in _MARKDOWN_SUFFIXES:
        return parse_text(raw.text, now=now, markdown=True)
    if suffix in _TEXT_SUFFIXES:
        return parse_text(raw.text, now=now, markdown=False)
    return _sniff(raw.text, now)


def ingest(
    inputs: Sequence[str], *, now: dt.datetime | None = None, stdin: TextIO | None = None
) -> IngestResult:
    """Read every input into articles; problems are collected, never raised.

    ``now`` is the reference for relative times ("an hour ago"); by default each file's
    modification time (stdin: the current time).
    """
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for item in read_inputs(inputs, stdin=stdin):
        if isinstance(item, InputProblem):
            logger.debug("input problem: %s: %s", item.source, item.reason)
            problems.append(item)
            continue
        reference = as_aware(now) if now is not None else item.mtime
        try:
            parsed = parse_content(item, now=reference)
        except UnusableInput as exc:
            problems.append(InputProblem(source=item.source, reason=str(exc)))
            continue
        problems.extend(InputProblem(source=item.source, reason=r) for r in parsed.problems)
        if not parsed.drafts and not parsed.problems:
            problems.append(InputProblem(source=item.source, reason=_NO_TEXT))
        many = len(parsed.drafts) > 1
        for n, draft in enumerate(parsed.drafts, start=1):
            part = draft.part if draft.part is not None else (n if many else None)
            source = f"{item.source}#{part}" if part is not None else item.source
            article = article_from_draft(draft, source=source, headline_only=draft.headline_only)
            if article is None:
                problems.append(InputProblem(source=source, reason=_NO_TEXT))
            else:
                articles.append(article)
    merged = merge_exact_duplicates(articles)
    logger.debug("ingested %d articles, %d problems", len(merged), len(problems))
    return IngestResult(articles=merged, problems=problems)
