"""Article records in JSON (an object, a list, or a wrapper with an ``articles`` list) and JSONL.

Field names are flexible and matched without regard to case, ``_`` or ``-``:
title/headline; text/content/body/summary/description; url/link; outlet/source/site/publisher
(a nested ``{"name": ...}`` is fine); published_at/published/date/pubDate/timestamp.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

from briefing.ingest.draft import Draft, Parsed, UnusableInput
from briefing.ingest.html import looks_like_html, strip_tags
from briefing.ingest.times import parse_time

__all__ = ["parse_json", "parse_jsonl", "record_to_draft"]

logger = logging.getLogger(__name__)

_TITLE = ("title", "headline", "heading")
_TEXT = (
    "text",
    "content",
    "body",
    "articlebody",
    "articletext",
    "fulltext",
    "summary",
    "description",
    "abstract",
    "lede",
)
_URL = ("url", "link", "href", "permalink", "canonicalurl", "webur", "weburl")
_OUTLET = (
    "outlet",
    "source",
    "site",
    "publisher",
    "sitename",
    "sourcename",
    "publication",
    "feed",
    "newspaper",
)
_PUBLISHED = (
    "publishedat",
    "published",
    "date",
    "pubdate",
    "datepublished",
    "publicationdate",
    "timestamp",
    "time",
    "createdat",
    "updatedat",
    "updated",
)
_WRAPPERS = ("articles", "items", "entries", "results", "data", "stories", "news", "records")
_KEY_NOISE = re.compile(r"[_\-\s]")


def _key(name: str) -> str:
    return _KEY_NOISE.sub("", name).lower()


def _pick(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    keyed = {_key(k): v for k, v in record.items()}
    for name in names:
        value = keyed.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    if isinstance(value, dict):
        for inner in ("text", "value", "rendered", "name", "title"):
            if isinstance(value.get(inner), str):
                return str(value[inner])
    return None


def record_to_draft(record: dict[str, Any], *, now: dt.datetime, part: int | None) -> Draft:
    """A draft from one record; raises ``UnusableInput`` when it has no text."""
    text = _as_text(_pick(record, _TEXT))
    if not text or not text.strip():
        raise UnusableInput("record has no text (text/content/body/summary)")
    if looks_like_html(text) or re.search(r"</?p>|<br\s*/?>", text):
        text = strip_tags(text)
    title = _as_text(_pick(record, _TITLE))
    url = _as_text(_pick(record, _URL))
    outlet = _as_text(_pick(record, _OUTLET))
    if outlet and outlet.startswith(("http://", "https://")):
        url = url or outlet
        outlet = None
    raw_time = _pick(record, _PUBLISHED)
    published = parse_time(raw_time, now)
    if raw_time is not None and published is None:
        logger.debug("record %s: unreadable date %r", part, raw_time)
    return Draft(
        text=text,
        title=title.strip() if title else None,
        outlet=outlet.strip() if outlet else None,
        url=url.strip() if url else None,
        published_at=published,
        part=part,
    )


def _records(value: Any) -> tuple[list[Any], bool]:
    """The records in a JSON value, and whether they came as a list (numbered parts)."""
    if isinstance(value, list):
        return value, True
    if isinstance(value, dict):
        if _pick(value, _TEXT) is None:
            keyed = {_key(k): v for k, v in value.items()}
            for name in _WRAPPERS:
                if isinstance(keyed.get(name), list):
                    return keyed[name], True
        return [value], False
    raise UnusableInput("JSON is neither an article object nor a list of them")


def _drafts(items: list[Any], *, numbered: bool, now: dt.datetime, label: str) -> Parsed:
    drafts: list[Draft] = []
    problems: list[str] = []
    for n, item in enumerate(items, start=1):
        where = f"{label} {n}: " if numbered else ""
        if not isinstance(item, dict):
            problems.append(f"{where}not a JSON object")
            continue
        try:
            drafts.append(record_to_draft(item, now=now, part=n if numbered else None))
        except UnusableInput as exc:
            problems.append(f"{where}{exc}")
    if not drafts and not problems:
        raise UnusableInput("no article records in the JSON")
    return Parsed(drafts=drafts, problems=problems)


def parse_json(text: str, *, now: dt.datetime) -> Parsed:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnusableInput(f"invalid JSON: {exc.msg} (line {exc.lineno})") from exc
    items, numbered = _records(value)
    return _drafts(items, numbered=numbered, now=now, label="record")


def parse_jsonl(text: str, *, now: dt.datetime) -> Parsed:
    """One record a line; a bad line is reported and the others still load."""
    drafts: list[Draft] = []
    problems: list[str] = []
    lines = [line for line in text.splitlines() if line.strip()]
    for n, line in enumerate(lines, start=1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(item, dict):
            problems.append(f"line {n}: not a JSON object")
            continue
        try:
            drafts.append(record_to_draft(item, now=now, part=n))
        except UnusableInput as exc:
            problems.append(f"line {n}: {exc}")
    if not drafts and problems and all("invalid JSON" in p for p in problems):
        raise UnusableInput(f"invalid JSON lines ({problems[0]})")
    return Parsed(drafts=drafts, problems=problems)
