"""The Slack channel: post Block Kit messages to an incoming webhook with ``slack_sdk``.

The webhook URL comes from ``BRIEFING_SLACK_WEBHOOK_URL`` only. It is a secret (anyone who has
it can post to the channel), so it never appears in an error, a log line, ``repr`` or the
delivery log: errors pass through ``redact``, the label shows only its last four characters, and
``slack_sdk``'s own log lines (it writes the URL at DEBUG and INFO) go through a logger of ours
that removes every URL.

Retries use ``slack_sdk``'s retry-handler mechanism with two handlers of our own, because the
built-in ones fit poorly: ``RateLimitErrorRetryHandler`` parses ``Retry-After`` with ``int()``
(a fractional value or an HTTP date raises ``ValueError`` out of ``send``) and adds up to a second
of random delay; ``ServerErrorRetryHandler`` retries only 500 and 503. Ours wait exactly what
``Retry-After`` asks (seconds or an HTTP date, up to a cap) on 429, and back off exponentially on
any 5xx. A connection that failed before the request was sent is retried too; a connection that
dropped after it (the message may have been posted) is not, so a retry never posts twice.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import ipaddress
import logging
import re
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_sdk.errors import SlackRequestError
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.webhook import WebhookClient

from briefing.deliver import Part, destination_hash
from briefing.deliver._logs import NoURLs
from briefing.exceptions import ConfigError, DeliveryError, redact
from briefing.models import Briefing
from briefing.render.slack import message_chars, slack_messages

__all__ = [
    "SLACK_ERRORS",
    "WEBHOOK_ENV",
    "SlackChannel",
    "send_slack",
    "webhook_label",
]

logger = logging.getLogger(__name__)

WEBHOOK_ENV = "BRIEFING_SLACK_WEBHOOK_URL"
MAX_RETRY_AFTER_S = 60.0  # a longer Retry-After fails the send instead of blocking the job
# Slack allows about one message per second per webhook (docs/FACTS.md): a channel spaces the
# messages of a split briefing this far apart instead of running into 429s.
MIN_INTERVAL_S = 1.0

# Slack's plain-text error bodies for incoming webhooks, and what the user can do about each
# (https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks/).
SLACK_ERRORS: dict[str, str] = {
    "invalid_payload": "Slack could not read the message (malformed JSON or Block Kit); "
    "this is a bug in briefing, please report it",
    "no_text": "the message had no text; this is a bug in briefing, please report it",
    "no_service": "the webhook was disabled or removed; create a new one",
    "no_active_hooks": "the webhook was disabled; enable it or create a new one",
    "invalid_token": "the webhook's token is no longer valid; create a new webhook",
    "channel_not_found": "the webhook's channel no longer exists; create a webhook for another "
    "channel",
    "channel_is_archived": "the webhook's channel is archived; unarchive it or create a webhook "
    "for another channel",
    "action_prohibited": "a workspace admin has restricted what this webhook may post",
    "posting_to_general_channel_denied": "only admins may post to this channel; "
    "use a webhook for another channel",
    "too_many_attachments": "the message had too many attachments; "
    "this is a bug in briefing, please report it",
    "msg_blocks_too_long": "the message's blocks hold more text than Slack accepts; "
    "this is a bug in briefing's message splitting, please report it",
    "user_not_found": "the user the webhook posts as no longer exists; create a new webhook",
    "team_disabled": "the Slack workspace was disabled",
}

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,60}$")


# The logger handed to WebhookClient (it logs through no other): a child of ours, with every
# URL removed from its lines. It is quiet by default: every failure reaches the user once, as a
# DeliveryError, and slack_sdk would log it again at ERROR (and log requests at INFO/DEBUG).
# Set its level to DEBUG to see slack_sdk's requests and responses (URLs still removed).
_sdk_logger = logging.getLogger(f"{__name__}.sdk")
_sdk_logger.addFilter(NoURLs())
_sdk_logger.setLevel(logging.CRITICAL)


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


class _RateLimitRetry(RetryHandler):
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
        logger.info("slack: rate limited (HTTP 429); retrying in %.1f s", wait)
        state.next_attempt_requested = True
        self.retried += 1
        self.sleep(wait)
        state.increment_current_attempt()


class _ServerErrorRetry(RetryHandler):
    """Any 5xx: retry after ``backoff_s`` × 2^attempt seconds."""

    def __init__(
        self, max_retry_count: int, *, backoff_s: float, sleep: Callable[[float], None]
    ) -> None:
        calculator = BackoffRetryIntervalCalculator(backoff_factor=backoff_s, jitter=_NoJitter())
        super().__init__(max_retry_count, calculator)
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

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = self.interval_calculator.calculate_sleep_duration(state.current_attempt)
        status = response.status_code if response is not None else "?"
        logger.info("slack: server error (HTTP %s); retrying in %.2f s", status, wait)
        state.next_attempt_requested = True
        self.retried += 1
        self.sleep(wait)
        state.increment_current_attempt()


class _ConnectRetry(ConnectionErrorRetryHandler):
    """A connection that could not be made (``URLError``: the request never reached the
    server). A dropped connection or a read timeout is not retried: the message may have been
    posted already, and a retry would post it twice."""

    def __init__(
        self, max_retry_count: int, *, backoff_s: float, sleep: Callable[[float], None]
    ) -> None:
        calculator = BackoffRetryIntervalCalculator(backoff_factor=backoff_s, jitter=_NoJitter())
        super().__init__(max_retry_count, calculator, error_types=[URLError])
        self.sleep = sleep
        self.retried = 0

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        wait = self.interval_calculator.calculate_sleep_duration(state.current_attempt)
        logger.info("slack: could not connect; retrying in %.2f s", wait)
        state.next_attempt_requested = True
        self.retried += 1
        self.sleep(wait)
        state.increment_current_attempt()


def _explain(status: int, body: str, *, attempts: int, rate: _RateLimitRetry, url: str) -> str:
    code = body.strip()
    if code in SLACK_ERRORS:
        return f"slack: {code}: {SLACK_ERRORS[code]}"
    if status == 429:
        wait = rate.last_wait
        asked = f"; Slack asked to wait {wait:g} s" if wait is not None else ""
        return f"slack: rate limited (HTTP 429) after {attempts} attempt(s){asked}; try later"
    if 500 <= status <= 599:
        return (
            f"slack: the server failed (HTTP {status}) on all {attempts} attempt(s); "
            "try again later"
        )
    detail = code if _CODE.match(code) else redact(" ".join(code.split())[:200], url)
    return f"slack: the webhook answered HTTP {status}" + (f": {detail}" if detail else "")


def send_slack(
    payload: Mapping[str, Any],
    webhook_url: str,
    *,
    max_retries: int = 3,
    timeout_s: int = 15,
    backoff_s: float = 0.5,
    max_retry_after_s: float = MAX_RETRY_AFTER_S,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Post one message payload to the webhook; raise ``DeliveryError`` (URL redacted) on
    failure. 429 is retried after ``Retry-After``, 5xx with exponential backoff from
    ``backoff_s``, a connection that could not be made once; at most ``max_retries`` retries
    in all."""
    rate = _RateLimitRetry(max_retries, max_wait_s=max_retry_after_s, sleep=sleep)
    server = _ServerErrorRetry(max_retries, backoff_s=backoff_s, sleep=sleep)
    connect = _ConnectRetry(min(max_retries, 1), backoff_s=backoff_s, sleep=sleep)
    handlers: list[RetryHandler] = [rate, server, connect]
    client = WebhookClient(
        url=webhook_url,
        timeout=timeout_s,
        logger=_sdk_logger,
        retry_handlers=handlers,
        user_agent_prefix="briefing",
    )
    failure: str | None = None
    try:
        response = client.send_dict(dict(payload))
    except (OSError, http.client.HTTPException, SlackRequestError, ValueError) as exc:
        failure = redact(str(exc) or type(exc).__name__, webhook_url)
    if failure is not None:  # raised outside the handler: no exception chain holds the URL
        raise DeliveryError(f"slack: could not post to the webhook: {failure}")
    if response.status_code == 200:
        logger.debug("slack: posted (%s)", response.body.strip()[:20] or "no body")
        return
    attempts = 1 + rate.retried + server.retried + connect.retried
    raise DeliveryError(
        _explain(response.status_code, response.body, attempts=attempts, rate=rate, url=webhook_url)
    )


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_url(url: str) -> str:
    url = url.strip()
    bad = next((i for i, c in enumerate(url) if c.isspace() or not c.isprintable()), None)
    if bad is not None:
        # Never echo the URL: it is the secret. Its position is enough to find the typo.
        raise ConfigError(
            f"{WEBHOOK_ENV} contains a space or control character (at character {bad + 1}); "
            "copy the webhook URL again from Slack"
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise ConfigError(f"{WEBHOOK_ENV} is not a valid URL") from None
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and _is_loopback(host):
        return url  # a local test server
    raise ConfigError(
        f"{WEBHOOK_ENV} must be an https:// webhook URL (http:// only for a loopback host)"
    )


def webhook_label(url: str) -> str:
    """``hooks.slack.com/services/T…/B…/…XYZ1``: the host and the shape of the path, with only
    the last four characters of the secret part."""
    parts = urlsplit(url.strip())
    host = parts.hostname or "?"
    if parts.port:
        host = f"{host}:{parts.port}"
    segments = [s for s in parts.path.split("/") if s]
    shown: list[str] = []
    for i, segment in enumerate(segments):
        if i == len(segments) - 1:
            shown.append("…" + segment[-4:] if len(segment) >= 12 else "…")
        elif segment in ("services", "workflows", "triggers"):
            shown.append(segment)
        else:
            shown.append(segment[:1] + "…")
    return "/".join([host, *shown])


class SlackChannel:
    """A Slack incoming webhook: one ``Part`` per message of the briefing."""

    name = "slack"

    def __init__(
        self,
        webhook_url: str,
        *,
        max_retries: int = 3,
        timeout_s: int = 15,
        backoff_s: float = 0.5,
        min_interval_s: float = MIN_INTERVAL_S,
        key_dir: Path | None = None,
    ) -> None:
        self._webhook_url = _checked_url(webhook_url)
        self.max_retries = max_retries
        self.timeout_s = timeout_s
        self.backoff_s = backoff_s
        self.min_interval_s = min_interval_s
        self._key_dir = key_dir
        self._hash: str | None = None
        self._last_sent: float | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str], **options: Any) -> SlackChannel:
        """The channel for ``BRIEFING_SLACK_WEBHOOK_URL``; ``ConfigError`` when it is unset."""
        url = (env.get(WEBHOOK_ENV) or "").strip()
        if not url:
            raise ConfigError(f"{WEBHOOK_ENV} is not set: put the Slack webhook URL in it")
        return cls(url, **options)

    def __repr__(self) -> str:
        return f"SlackChannel({self.destination_label!r})"

    @property
    def destination_label(self) -> str:
        return webhook_label(self._webhook_url)

    @property
    def destination_hash(self) -> str:
        if self._hash is None:
            self._hash = destination_hash(self._webhook_url, directory=self._key_dir)
        return self._hash

    def parts(self, briefing: Briefing) -> list[Part]:
        messages = slack_messages(briefing)
        total = len(messages)
        return [
            Part(
                index=i,
                payload=message,
                summary=(
                    f"slack message {i + 1}/{total}: {len(message['blocks'])} blocks, "
                    f"{message_chars(message):,} chars"
                ),
            )
            for i, message in enumerate(messages)
        ]

    def send(self, part: Part) -> str | None:
        if not isinstance(part.payload, Mapping):
            raise DeliveryError(f"slack: part {part.index} holds no Slack message")
        if self._last_sent is not None:
            pause = self._last_sent + self.min_interval_s - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        try:
            send_slack(
                part.payload,
                self._webhook_url,
                max_retries=self.max_retries,
                timeout_s=self.timeout_s,
                backoff_s=self.backoff_s,
            )
        finally:
            self._last_sent = time.monotonic()
        logger.info("slack: sent %s to %s", part.summary, self.destination_label)
        return None
