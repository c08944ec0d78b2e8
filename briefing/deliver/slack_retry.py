"""Retries of a Slack webhook post, as ``slack_sdk`` retry handlers of our own.

The built-in ones fit poorly: ``RateLimitErrorRetryHandler`` parses ``Retry-After`` with
``int()`` (a fractional value or an HTTP date raises ``ValueError`` out of ``send``) and adds up to
a second of random delay; ``ServerErrorRetryHandler`` retries only 500 and 503. Ours wait exactly
what ``Retry-After`` asks (seconds or an HTTP date, up to a cap) on 429, and back off
exponentially on any 5xx. A connection that failed before the request was sent is retried too; a
connection that dropped after it (the message may have been posted) is not, so a retry never
posts twice. Each handler sleeps through the ``sleep`` it is given and counts its retries.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from collections.abc import Callable
from urllib.error import URLError

from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RetryHandler,
    RetryIntervalCalculator,
    RetryState,
)
from slack_sdk.http_retry.jitter import Jitter

__all__ = ["ConnectRetry", "RateLimitRetry", "ServerErrorRetry", "retry_after_seconds"]

logger = logging.getLogger("briefing.deliver.slack")


class _NoJitter(Jitter):
    def recalculate(self, duration: float) -> float:
        return duration


def _header(response: HttpResponse, name: str) -> str | None:
    for key, values in response.headers.items():
        if key.lower() == name and values:
            return str(values[0])
    return None


def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """A ``Retry-After`` value in seconds: a number (fractions allowed) or an HTTP date."""
    if value is None or not value.strip():
        return None
    try:
        return max(float(value.strip()), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - (now or dt.datetime.now(dt.UTC))).total_seconds(), 0.0)


class _Counting:
    """What every handler here does to retry: say why, sleep, count, ask for the next attempt."""

    sleep: Callable[[float], None]
    retried: int

    def _again(self, state: RetryState, wait: float, why: str) -> None:
        logger.info("slack: %s; retrying in %.2f s", why, wait)
        state.next_attempt_requested = True
        self.retried += 1
        self.sleep(wait)
        state.increment_current_attempt()


def _backoff(backoff_s: float) -> BackoffRetryIntervalCalculator:
    return BackoffRetryIntervalCalculator(backoff_factor=backoff_s, jitter=_NoJitter())


class _BackingOff(_Counting):
    """Waits ``backoff_s`` × 2^attempt seconds before the next attempt."""

    interval_calculator: RetryIntervalCalculator

    def _why(self, response: HttpResponse | None) -> str:
        raise NotImplementedError

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = self.interval_calculator.calculate_sleep_duration(state.current_attempt)
        self._again(state, wait, self._why(response))


class RateLimitRetry(_Counting, RetryHandler):
    """429: wait exactly what ``Retry-After`` asks (1 s when absent), if it is under the cap."""

    def __init__(
        self, max_retry_count: int, *, max_wait_s: float, sleep: Callable[[float], None]
    ) -> None:
        super().__init__(max_retry_count)
        self.max_wait_s = max_wait_s
        self.sleep = sleep
        self.last_wait: float | None = None
        self.retried = 0

    def _wait(self, response: HttpResponse) -> float:
        wait = retry_after_seconds(_header(response, "retry-after"))
        return 1.0 if wait is None else wait

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        self.last_wait = self._wait(response)
        return self.last_wait <= self.max_wait_s

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = self._wait(response) if response is not None else 1.0
        self._again(state, wait, "rate limited (HTTP 429)")


class ServerErrorRetry(_BackingOff, RetryHandler):
    """Any 5xx: retry after ``backoff_s`` × 2^attempt seconds."""

    def __init__(
        self, max_retry_count: int, *, backoff_s: float, sleep: Callable[[float], None]
    ) -> None:
        super().__init__(max_retry_count, _backoff(backoff_s))
        self.sleep = sleep
        self.retried = 0

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and 500 <= response.status_code <= 599

    def _why(self, response: HttpResponse | None) -> str:
        return f"server error (HTTP {response.status_code if response is not None else '?'})"


class ConnectRetry(_BackingOff, ConnectionErrorRetryHandler):
    """A connection that could not be made (``URLError``: the request never reached the
    server). A dropped connection or a read timeout is not retried: the message may have been
    posted already, and a retry would post it twice."""

    def __init__(
        self, max_retry_count: int, *, backoff_s: float, sleep: Callable[[float], None]
    ) -> None:
        super().__init__(max_retry_count, _backoff(backoff_s), error_types=[URLError])
        self.sleep = sleep
        self.retried = 0

    def _why(self, response: HttpResponse | None) -> str:
        return "could not connect"
