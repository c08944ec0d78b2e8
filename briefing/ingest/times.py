"""Publication times: absolute dates in any common shape, and relative ones ("an hour ago").

Every datetime returned is timezone-aware; a time without a zone is taken as UTC. Relative times
resolve against ``now``, the reference the caller chose (a file's modification time, or the
current time for stdin).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import warnings
from collections.abc import Sequence

from dateutil import parser as date_parser

__all__ = [
    "DATE_LANGUAGES",
    "as_aware",
    "is_time_line",
    "parse_date",
    "parse_relative",
    "parse_time",
]

logger = logging.getLogger(__name__)

_UNITS: dict[str, dt.timedelta] = {
    "s": dt.timedelta(seconds=1),
    "sec": dt.timedelta(seconds=1),
    "second": dt.timedelta(seconds=1),
    "m": dt.timedelta(minutes=1),
    "min": dt.timedelta(minutes=1),
    "minute": dt.timedelta(minutes=1),
    "h": dt.timedelta(hours=1),
    "hr": dt.timedelta(hours=1),
    "hour": dt.timedelta(hours=1),
    "d": dt.timedelta(days=1),
    "day": dt.timedelta(days=1),
    "w": dt.timedelta(weeks=1),
    "wk": dt.timedelta(weeks=1),
    "week": dt.timedelta(weeks=1),
}

_PREFIX = re.compile(r"^(?:updated|published|posted|last updated|modified)\s*:?\s*", re.I)
_AGO = re.compile(
    r"^(?P<n>\d+|an?|one)\s*(?P<unit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
    r"|d|days?|w|wks?|weeks?)\s+ago$",
    re.I,
)
_NOW_WORDS = frozenset({"just now", "now", "moments ago", "a moment ago", "a few seconds ago"})
_FEW = re.compile(r"^a few (?P<unit>minutes|hours|days)\s+ago$", re.I)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b")
_MAX_TIME_LINE = 48
_HOUR = 3600
# Zone abbreviations dateutil does not know; news sites use them all the time.
_TZINFOS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "BST": _HOUR,
    "CET": _HOUR,
    "CEST": 2 * _HOUR,
    "EET": 2 * _HOUR,
    "EEST": 3 * _HOUR,
    "MSK": 3 * _HOUR,
    "IST": 5 * _HOUR + 1800,
    "JST": 9 * _HOUR,
    "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR,
    "ET": -5 * _HOUR,
    "EST": -5 * _HOUR,
    "EDT": -4 * _HOUR,
    "CT": -6 * _HOUR,
    "CST": -6 * _HOUR,
    "CDT": -5 * _HOUR,
    "MT": -7 * _HOUR,
    "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR,
    "PT": -8 * _HOUR,
    "PST": -8 * _HOUR,
    "PDT": -7 * _HOUR,
}


def as_aware(value: dt.datetime) -> dt.datetime:
    """``value`` with UTC attached when it has no zone."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _unit(name: str) -> dt.timedelta:
    key = name.lower().rstrip("s") or "s"
    if key not in _UNITS:
        key = key[0]
    return _UNITS[key]


def parse_relative(text: str, now: dt.datetime) -> dt.datetime | None:
    """Resolve "14 minutes ago", "an hour ago", "2h ago", "yesterday", "just now" against now."""
    phrase = _PREFIX.sub("", " ".join(text.split())).strip(" .·•").lower()
    now = as_aware(now)
    if phrase in _NOW_WORDS:
        return now
    if phrase == "today":
        return now
    if phrase == "yesterday":
        return now - dt.timedelta(days=1)
    match = _AGO.match(phrase)
    if match:
        raw = match.group("n")
        count = int(raw) if raw.isdigit() else 1
        return now - count * _unit(match.group("unit"))
    few = _FEW.match(phrase)
    if few:
        return now - 3 * _unit(few.group("unit"))
    return None


def _looks_like_date(text: str) -> bool:
    if not any(ch.isdigit() for ch in text):
        return False
    return bool(_MONTH.search(text) or _ISO_DATE.search(text) or _NUMERIC_DATE.search(text))


def parse_time(value: object, now: dt.datetime | None = None) -> dt.datetime | None:
    """A timezone-aware datetime from a string, a Unix timestamp or a datetime; None if unknown.

    Strings may be relative (needs ``now``), ISO 8601, RFC 2822 (``pubDate``) or any
    common written date ("July 23, 2026 14:05"). A string that does not look like a date (no
    month name, no digits in date shape) is not guessed at.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return as_aware(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if isinstance(value, int | float):
        seconds = float(value) / 1000 if value > 10**11 else float(value)
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = _PREFIX.sub("", " ".join(value.split())).strip()
    if not text:
        return None
    if now is not None:
        relative = parse_relative(text, now)
        if relative is not None:
            return relative
    try:
        return as_aware(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    if not _looks_like_date(text):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
            parsed = date_parser.parse(
                text, fuzzy=True, default=dt.datetime(2000, 1, 1), tzinfos=_TZINFOS
            )
    except (ValueError, OverflowError):
        logger.debug("not a date: %r", text)
        return None
    return as_aware(parsed)


def is_time_line(line: str, now: dt.datetime | None = None) -> bool:
    """True for a short line that is only a time: "14 minutes ago", "Nov 3, 2026 09:15 GMT"."""
    text = line.strip()
    if not text or len(text) > _MAX_TIME_LINE:
        return False
    reference = now or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    if parse_relative(text, reference) is not None:
        return True
    if not _looks_like_date(text):
        return False
    # A written date has few words that are not date parts.
    words = re.findall(r"[A-Za-z]+", _PREFIX.sub("", text))
    extra = [
        w
        for w in words
        if not _MONTH.fullmatch(w)
        and w.lower() not in {"am", "pm", "utc", "gmt", "et", "bst", "cet", "at", "on"}
        and not re.fullmatch(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*", w, re.I)
        and not (w.isupper() and len(w) <= 4)
    ]
    return len(extra) == 0 and parse_time(text) is not None


DATE_LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "sv", "da", "nb", "fi",
    "cs", "sk", "hu", "ro", "el", "bg", "hr", "ja", "zh", "ko", "ar", "he", "id", "vi", "th",
)  # fmt: skip
"""Languages tried for a date in words that dateutil cannot read ("Seg, 24 Set 2018"): the
common European and Asian ones. A hint (the feed's ``<language>``, the page's ``lang``) is
tried first, alone: dateparser is fast with one language and slow with all of them."""

_DATE_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "STRICT_PARSING": False,
}
_HAS_DAY_AND_YEAR = re.compile(r"\d{1,4}\D+\d{1,4}")


def _language(hint: str) -> str | None:
    code = hint.strip().replace("_", "-").split("-", 1)[0].lower()
    if code == "no":
        code = "nb"
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, languages: tuple[str, ...]) -> dt.datetime | None:
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=_DATE_SETTINGS)
    except (ValueError, OverflowError, LookupError) as exc:
        logger.debug("dateparser could not read %r: %s", text, exc)
        return None
    return as_aware(parsed) if parsed is not None else None


def parse_date(value: object, *, languages: Sequence[str] = ()) -> dt.datetime | None:
    """An absolute date in any common language: ``parse_time`` first (ISO 8601, RFC 2822,
    English), then ``dateparser`` with the hinted languages, then with ``DATE_LANGUAGES``.

    For fields known to hold a date (a feed's ``pubDate``, a page's ``datePublished``); free
    text goes through ``parse_time``, which guesses less."""
    found = parse_time(value)
    if found is not None or not isinstance(value, str):
        return found
    text = _PREFIX.sub("", " ".join(value.split())).strip()
    if not text or len(text) > 80 or not _HAS_DAY_AND_YEAR.search(text):
        return None
    hints = tuple(dict.fromkeys(code for h in languages if (code := _language(h))))
    known = tuple(code for code in hints if code in DATE_LANGUAGES)
    if known:
        found = _dateparser(text, known)
    return found or _dateparser(text, DATE_LANGUAGES)
