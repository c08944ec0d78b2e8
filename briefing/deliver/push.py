"""Push channels through Apprise: Discord, Microsoft Teams, Telegram, ntfy, Matrix, Mattermost,
Pushover, email-to-SMS and every other service Apprise knows, each given as an Apprise URL
(``discord://webhook_id/token``, ``ntfy://host/topic``, ``json://host:port/path``, …).

An Apprise URL holds the service's secret (a webhook token, a bot token, a private topic), so it
is treated like the Slack webhook: it comes from the command line (``--notify``) or from an
environment variable named in a ``[[notify]]`` entry of the config, and it never appears in
output, a log line, an error or the store. The destination label shows only the service and a
tag made from the keyed destination hash; errors are built from our own words plus Apprise's
warnings with every URL and every piece of the URL removed; Apprise's and urllib3's log lines go
through the same filter (they log request URLs and paths at DEBUG).

The briefing is split by ``briefing.render.push`` to the plugin's own limits (``body_maxlen``,
``title_maxlen``), in Markdown where the service takes it and as text elsewhere. Each message is
one ``Part`` of the delivery log, so a rerun sends nothing already sent and a partial send
resumes at the first unsent message. Apprise is told not to retry (a retry after a lost answer
would post twice); the next ``brief digest`` retries what failed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise

from briefing.config import NotifyConfig
from briefing.deliver import Part, destination_hash
from briefing.deliver._logs import NoURLs
from briefing.exceptions import ConfigError, DeliveryError, redact
from briefing.models import Briefing
from briefing.redact import register_secret
from briefing.render.push import MIN_BODY, PushMessage, push_messages

__all__ = ["PushChannel", "push_channels"]

logger = logging.getLogger(__name__)

# Apprise logs through one logger ("apprise"); the HTTP plugins send with requests/urllib3,
# which logs request paths at DEBUG. Both get the filter; Apprise's own lines are collected
# while a message is sent (they explain a failure) and otherwise kept quiet.
_FILTER = NoURLs()
_APPRISE_LOG = logging.getLogger("apprise")
_APPRISE_LOG.addFilter(_FILTER)
logging.getLogger("urllib3.connectionpool").addFilter(_FILTER)


def url_secrets(url: str) -> list[str]:
    """Every piece of an Apprise URL that may be secret: the URL, its user, password, host
    (a Discord webhook id sits there), path segments and query values."""
    parts = urlsplit(url.strip())
    pieces = [url, url.strip(), parts.netloc, parts.path]
    pieces += [parts.username or "", parts.password or "", parts.hostname or ""]
    pieces += [unquote(segment) for segment in parts.path.split("/")]
    pieces += [value for _, value in parse_qsl(parts.query)]
    return sorted({p for p in pieces if len(p) >= 4}, key=len, reverse=True)


def _json_size(message: PushMessage) -> int:
    # What a JSON-posting plugin sends: the message, the title and room for its other fields.
    return len(json.dumps({"message": message.body, "title": message.title})) + 200


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@contextmanager
def _apprise_warnings() -> Iterator[_Collect]:
    """Apprise's warnings while the block runs, kept from the root handlers (the filter has
    already removed URLs and secrets from them)."""
    handler = _Collect()
    level, propagate = _APPRISE_LOG.level, _APPRISE_LOG.propagate
    _APPRISE_LOG.addHandler(handler)
    _APPRISE_LOG.setLevel(logging.DEBUG if logger.isEnabledFor(logging.DEBUG) else logging.WARNING)
    _APPRISE_LOG.propagate = logger.isEnabledFor(logging.DEBUG)  # --debug shows them, redacted
    try:
        yield handler
    finally:
        _APPRISE_LOG.removeHandler(handler)
        _APPRISE_LOG.setLevel(level)
        _APPRISE_LOG.propagate = propagate


class PushChannel:
    """One Apprise URL: one ``Part`` per message of the briefing."""

    def __init__(
        self,
        url: str,
        *,
        label: str | None = None,
        max_chars: int | None = None,
        key_dir: Path | None = None,
    ) -> None:
        self._url = url.strip()
        self._secrets = url_secrets(self._url)
        _FILTER.secrets.update(self._secrets)
        scheme = urlsplit(self._url).scheme.lower()
        with _apprise_warnings():
            plugin = apprise.Apprise.instantiate(self._url, suppress_exceptions=True)
        if plugin is None or not scheme:
            raise ConfigError(
                f"{label or scheme or 'a --notify URL'}: not a URL that Apprise can send to "
                "(Apprise's documentation lists the services and their URL forms)"
            )
        self._plugin = plugin
        self.scheme = scheme
        self.name = f"push:{scheme}"
        self._label = label
        self._key_dir = key_dir
        self._hash: str | None = None
        limit = int(plugin.body_maxlen)
        self.body_limit = min(limit, max_chars) if max_chars else limit
        self.title_limit = int(plugin.title_maxlen)
        markdown = apprise.NotifyFormat.MARKDOWN
        self.markdown = plugin.resolve_format(markdown) == markdown

    def __repr__(self) -> str:
        return f"PushChannel({self.destination_label!r})"

    @property
    def destination_hash(self) -> str:
        if self._hash is None:
            self._hash = destination_hash(self._url, directory=self._key_dir)
        return self._hash

    @property
    def destination_label(self) -> str:
        """``discord://…#3f9a1c`` (with the ``[[notify]]`` name in front when it has one): the
        service and a tag from the keyed hash, no part of the URL."""
        where = f"{self.scheme}://…#{self.destination_hash[:6]}"
        return f"{self._label} ({where})" if self._label else where

    def _messages(self, briefing: Briefing) -> list[PushMessage]:
        """The briefing split to the plugin's limits. Apprise's ntfy plugin also turns a message
        whose JSON payload passes ``ntfy_json_upstream_size_limit`` bytes into a file
        attachment (non-ASCII text counts six bytes per character there): such messages are
        made again with a smaller body until every payload fits."""
        json_limit = getattr(self._plugin, "ntfy_json_upstream_size_limit", None)
        limit = self.body_limit
        while True:
            messages = push_messages(
                briefing, body_limit=limit, title_limit=self.title_limit, markdown=self.markdown
            )
            if not isinstance(json_limit, int):
                return messages
            over = max(_json_size(m) for m in messages) - json_limit
            if over <= 0 or limit - over < MIN_BODY:
                return messages
            limit -= over

    def parts(self, briefing: Briefing) -> list[Part]:
        messages = self._messages(briefing)
        total = len(messages)
        kind = "markdown" if self.markdown else "text"
        return [
            Part(
                index=i,
                payload=message,
                summary=f"{self.scheme} message {i + 1}/{total}: {len(message.body):,} chars "
                f"of {kind}",
            )
            for i, message in enumerate(messages)
        ]

    def send(self, part: Part) -> str | None:
        message = part.payload
        if not isinstance(message, PushMessage):
            raise DeliveryError(f"{self.scheme}: part {part.index} holds no push message")
        body_format = apprise.NotifyFormat.MARKDOWN if self.markdown else apprise.NotifyFormat.TEXT
        failure: str | None = None
        with _apprise_warnings() as warnings:
            try:
                ok = self._plugin.notify(
                    body=message.body, title=message.title, body_format=body_format
                )
            except Exception as exc:  # a plugin bug must not reach the user as a traceback
                ok, failure = False, f"{type(exc).__name__}: {exc}"
        if ok:
            logger.info("%s: sent %s to %s", self.scheme, part.summary, self.destination_label)
            return None
        said = failure or (warnings.lines[-1] if warnings.lines else "no reason given")
        said = redact(" ".join(said.split())[:300], *self._secrets)
        raise DeliveryError(f"{self.scheme}: the service did not take the message: {said}")


def push_channels(
    urls: list[str], entries: list[NotifyConfig], env: Mapping[str, str]
) -> list[PushChannel]:
    """A channel per ``--notify`` URL and per ``[[notify]]`` entry (its URL read from the
    environment variable the entry names)."""
    for url in urls:
        register_secret(url)
    channels = [PushChannel(url) for url in urls]
    for entry in entries:
        url = (env.get(entry.url_env) or "").strip()
        if not url:
            raise ConfigError(
                f"[[notify]] {entry.name or entry.url_env}: {entry.url_env} is not set: put the "
                "service's Apprise URL in it"
            )
        register_secret(url)
        channels.append(PushChannel(url, label=entry.name, max_chars=entry.max_chars))
    return channels
