"""The Slack channel: post Block Kit messages to an incoming webhook with ``slack_sdk``.

The webhook URL comes from ``BRIEFING_SLACK_WEBHOOK_URL`` only. It is a secret (anyone who has
it can post to the channel), so it never appears in an error, a log line, ``repr`` or the
delivery log: errors pass through ``redact``, the label shows only its last four characters, and
``slack_sdk``'s own log lines (it writes the URL at DEBUG and INFO) go through a logger of ours
that removes every URL.

Retries: ``briefing.deliver.slack_retry`` (429 after ``Retry-After``, any 5xx with backoff, a
connection that could not be made; never a retry that could post twice).
"""

from __future__ import annotations

import http.client
import logging
import re
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.errors import SlackRequestError
from slack_sdk.http_retry import (
    RetryHandler,
)
from slack_sdk.webhook import WebhookClient

from briefing.config.models import SlackConfig
from briefing.deliver import Part, destination_hash
from briefing.deliver._logs import NoURLs
from briefing.deliver.slack_retry import (
    ConnectRetry,
    RateLimitRetry,
    ServerErrorRetry,
    retry_after_seconds,
)
from briefing.exceptions import ConfigError, DeliveryError, redact
from briefing.models import Briefing
from briefing.redact import register_secret
from briefing.render.slack import message_chars, slack_messages
from briefing.urls import is_loopback_host

__all__ = [
    "SLACK_ERRORS",
    "WEBHOOK_ENV",
    "SlackChannel",
    "retry_after_seconds",
    "send_slack",
    "webhook_label",
]

logger = logging.getLogger(__name__)

WEBHOOK_ENV = "BRIEFING_SLACK_WEBHOOK_URL"
MAX_RETRY_AFTER_S = 60.0  # a longer Retry-After fails the send instead of blocking the job
# ``[slack]``'s defaults: a channel spaces the messages of a split briefing ``min_interval_s``
# apart (Slack allows about one a second per webhook) instead of running into 429s.
_DEFAULTS = SlackConfig()

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


def _explain(status: int, body: str, *, attempts: int, rate: RateLimitRetry, url: str) -> str:
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
    backoff_s: float = _DEFAULTS.retry_backoff_s,
    max_retry_after_s: float = MAX_RETRY_AFTER_S,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Post one message payload to the webhook; raise ``DeliveryError`` (URL redacted) on
    failure. 429 is retried after ``Retry-After``, 5xx with exponential backoff from
    ``backoff_s``, a connection that could not be made once; at most ``max_retries`` retries
    in all."""
    rate = RateLimitRetry(max_retries, max_wait_s=max_retry_after_s, sleep=sleep)
    server = ServerErrorRetry(max_retries, backoff_s=backoff_s, sleep=sleep)
    connect = ConnectRetry(min(max_retries, 1), backoff_s=backoff_s, sleep=sleep)
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
    if parts.scheme == "http" and host and is_loopback_host(host):
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
        backoff_s: float = _DEFAULTS.retry_backoff_s,
        min_interval_s: float = _DEFAULTS.min_interval_s,
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
    def from_config(
        cls,
        config: SlackConfig,
        env: Mapping[str, str],
        *,
        variable: str = WEBHOOK_ENV,
        **options: Any,
    ) -> SlackChannel:
        """The channel for the webhook in ``variable`` (``BRIEFING_SLACK_WEBHOOK_URL``, or the
        one a team profile names), paced and retried as ``[slack]`` says; ``ConfigError`` when
        the variable is unset."""
        url = (env.get(variable) or "").strip()
        if not url:
            raise ConfigError(f"{variable} is not set: put the Slack webhook URL in it")
        register_secret(url)  # redacted from every log line and error, whatever its variable
        options = {
            "min_interval_s": config.min_interval_s,
            "backoff_s": config.retry_backoff_s,
        } | options
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
