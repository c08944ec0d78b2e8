"""The email channel: build a ``multipart/alternative`` message and send it with ``smtplib``.

The SMTP server is one URL (``BRIEFING_SMTP_URL`` or ``email.smtp_url`` in the config)::

    smtp://user@mail.example.org:587     STARTTLS, required (port 587 by default)
    smtps://user@mail.example.org:465    implicit TLS (port 465 by default)
    smtp+plain://127.0.0.1:2525          no TLS: a local relay or a test server (port 25 by default)

The password comes from ``BRIEFING_SMTP_PASSWORD`` only: a URL that carries one is refused, a
password is never sent in clear (over ``smtp+plain`` only to a loopback host), and no error or
log line contains it. Every failure is one ``DeliveryError`` line.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import logging
import smtplib
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

from briefing.config import EmailConfig
from briefing.deliver import Deferred, Part, destination_hash
from briefing.exceptions import ConfigError, DeliveryError, redact
from briefing.models import Briefing
from briefing.render.email import EmailContent, email_date, email_subject, render_email
from briefing.urls import is_loopback_host

__all__ = [
    "PASSWORD_ENV",
    "EmailChannel",
    "SmtpSettings",
    "build_message",
    "send_email",
]

logger = logging.getLogger(__name__)

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"
Scheme = Literal["smtp", "smtps", "smtp+plain"]
_SCHEMES: dict[str, Scheme] = {"smtp": "smtp", "smtps": "smtps", "smtp+plain": "smtp+plain"}
_DEFAULT_PORTS: dict[Scheme, int] = {"smtp": 587, "smtps": 465, "smtp+plain": 25}


def _address(value: str, what: str) -> str:
    """``value`` checked as one mailbox (``me@example.org`` or ``Me <me@example.org>``)."""
    value = value.strip()
    if any(c in value for c in "\r\n\0"):
        raise ConfigError(f"email {what}: an address may not contain line breaks")
    _name, addr = email.utils.parseaddr(value)
    if not addr or "@" not in addr or addr.startswith("@") or addr.endswith("@"):
        raise ConfigError(f"email {what}: {value!r} is not an email address")
    return value


def _addr_spec(value: str) -> str:
    return email.utils.parseaddr(value)[1]


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send: the server, who from, to whom. ``password`` is never shown."""

    scheme: Scheme
    host: str
    port: int
    from_addr: str
    to: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    list_unsubscribe: str | None = None

    @classmethod
    def parse(
        cls,
        url: str,
        *,
        from_addr: str,
        to: list[str] | tuple[str, ...],
        password: str | None = None,
        list_unsubscribe: str | None = None,
    ) -> SmtpSettings:
        """Settings from an ``smtp://``, ``smtps://`` or ``smtp+plain://`` URL; raises
        ``ConfigError`` naming what is wrong (the password is never part of the message)."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as exc:
            raise ConfigError(f"email smtp_url: {redact(str(exc), password)}") from None
        scheme = _SCHEMES.get(parts.scheme.lower())
        if scheme is None:
            raise ConfigError(
                "email smtp_url: should start with smtp://, smtps:// or smtp+plain://"
            )
        if parts.password is not None:
            raise ConfigError(
                "email smtp_url: the URL contains a password; remove it "
                f"(smtp://user@host:587) and set {PASSWORD_ENV} instead"
            )
        host = parts.hostname
        if not host:
            raise ConfigError("email smtp_url: no host (e.g. smtp://user@mail.example.org:587)")
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise ConfigError("email smtp_url: only scheme, user, host and port are allowed")
        user = unquote(parts.username) if parts.username else None
        password = password or None
        if password and not user:
            raise ConfigError(
                f"{PASSWORD_ENV} is set but the SMTP URL names no user (smtp://user@host:587)"
            )
        if user and not password:
            raise ConfigError(f"{PASSWORD_ENV} is not set (the SMTP URL names user {user!r})")
        if password and scheme == "smtp+plain" and not is_loopback_host(host):
            raise ConfigError(
                f"email smtp_url: refusing to send the password in clear to {host} over "
                "smtp+plain://; use smtp:// (STARTTLS) or smtps://"
            )
        recipients = tuple(_address(a, "to") for a in to if a.strip())
        if not recipients:
            raise ConfigError("email to: no recipients")
        unsubscribe = (list_unsubscribe or "").strip() or None
        if unsubscribe and urlsplit(unsubscribe).scheme.lower() not in ("https", "http", "mailto"):
            raise ConfigError("email list_unsubscribe: should be an https:// or mailto: URL")
        if unsubscribe and any(c in unsubscribe for c in "\r\n<> "):
            raise ConfigError("email list_unsubscribe: may not contain spaces, <, > or line breaks")
        return cls(
            scheme=scheme,
            host=host,
            port=port or _DEFAULT_PORTS[scheme],
            from_addr=_address(from_addr, "from_addr"),
            to=recipients,
            user=user,
            password=password,
            list_unsubscribe=unsubscribe,
        )

    @property
    def url(self) -> str:
        """The server without user or password: ``smtp://mail.example.org:587``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def recipients(self) -> list[str]:
        """The envelope recipients (bare addresses), in the configured order."""
        return [_addr_spec(a) for a in self.to]


def build_message(
    content: EmailContent, settings: SmtpSettings, *, date: dt.datetime
) -> EmailMessage:
    """``multipart/alternative``: the text part first, then the HTML part, both UTF-8."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = settings.from_addr
    message["To"] = ", ".join(settings.to)
    message["Subject"] = content.subject
    when = date if date.tzinfo is not None else date.replace(tzinfo=dt.UTC)
    message["Date"] = email.utils.formatdate(when.timestamp(), localtime=False, usegmt=True)
    domain = _addr_spec(settings.from_addr).rpartition("@")[2].strip().lower() or "localhost"
    message["Message-ID"] = email.utils.make_msgid(idstring="briefing", domain=domain)
    if settings.list_unsubscribe:
        message["List-Unsubscribe"] = f"<{settings.list_unsubscribe}>"
        if settings.list_unsubscribe.lower().startswith("https://"):
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(content.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(content.html, subtype="html", charset="utf-8", cte="quoted-printable")
    # after the parts: set_content and add_alternative move Content-* headers into a part
    message["Content-Language"] = content.language
    return message


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {' '.join(_text(exc.smtp_error).split())}".strip()


def _describe(exc: BaseException, settings: SmtpSettings) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"login as {settings.user!r} refused ({_reply(exc)})"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(sorted(exc.recipients))
        return f"every recipient was refused ({refused})"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return f"sender {exc.sender!r} refused ({_reply(exc)})"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"server does not support a required extension ({exc})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"server answered {_reply(exc)}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"server closed the connection ({str(exc) or 'no reason given'})"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({exc.verify_message or exc})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve host {settings.host!r} ({exc.strerror or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError):
        return f"network error ({exc.strerror or exc})"
    return f"{type(exc).__name__}: {exc}"


def _fail(message: str, settings: SmtpSettings) -> DeliveryError:
    line = " ".join(f"email via {settings.url}: {message}".split())
    return DeliveryError(redact(line, settings.password))


def send_email(
    message: EmailMessage,
    settings: SmtpSettings,
    *,
    timeout_s: float = 30,
    ssl_context: ssl.SSLContext | None = None,
) -> dict[str, str]:
    """Send ``message`` to every recipient in ``settings``; raises ``DeliveryError``.

    ``ssl_context`` defaults to the system's trust store with hostname checks (tests pass one
    that trusts their own certificate). Returns the recipients the server refused while it
    accepted others, each with the server's reply: the message went out, so it is not sent
    again (that would duplicate it for the others), but the loss is the caller's to report.
    """
    # Made only for TLS: loading the trust store costs ~40 ms of CPU, for nothing to a relay.
    plain = settings.scheme == "smtp+plain"
    context = ssl_context or (None if plain else ssl.create_default_context())
    client: smtplib.SMTP | None = None
    try:
        if settings.scheme == "smtps":
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=timeout_s)
        client.ehlo()
        if settings.scheme == "smtp":
            if not client.has_extn("starttls"):
                if settings.password:
                    raise _fail(
                        "server does not offer STARTTLS; refusing to send the password in clear",
                        settings,
                    )
                raise _fail(
                    "server does not offer STARTTLS; use smtp+plain:// for a relay without TLS",
                    settings,
                )
            client.starttls(context=context)
            client.ehlo()
        if settings.user and settings.password:
            client.login(settings.user, settings.password)
        refused = client.send_message(
            message,
            from_addr=_addr_spec(settings.from_addr),
            to_addrs=settings.recipients,
        )
        logger.info(
            "email sent via %s to %d of %d recipients",
            settings.url,
            len(settings.to) - len(refused),
            len(settings.to),
        )
        return {
            address: f"{code} {' '.join(_text(reply).split())}".strip()
            for address, (code, reply) in refused.items()
        }
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise _fail(_describe(exc, settings), settings) from None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


class EmailChannel:
    """The email digest as a delivery ``Channel``: one part, the whole message."""

    def __init__(
        self,
        settings: SmtpSettings,
        subject_prefix: str = "Briefing",
        *,
        timeout_s: float = 30,
        ssl_context: ssl.SSLContext | None = None,
        key_dir: Path | None = None,
        timezone: str = "UTC",
    ) -> None:
        self.settings = settings
        self.subject_prefix = subject_prefix
        self.timezone = timezone  # the display zone of the times in the message
        self.timeout_s = timeout_s
        self.ssl_context = ssl_context
        self.key_dir = key_dir

    @classmethod
    def from_config(
        cls,
        config: EmailConfig,
        env: Mapping[str, str],
        *,
        timeout_s: float = 30,
        ssl_context: ssl.SSLContext | None = None,
        key_dir: Path | None = None,
        timezone: str = "UTC",
    ) -> EmailChannel:
        """The channel from ``[email]`` (after env overrides); the password from ``env``;
        times in the message shown in ``timezone``. Raises ``ConfigError`` naming every
        missing setting."""
        missing = [
            f"{key} ({var})"
            for key, var, value in (
                ("smtp_url", "BRIEFING_SMTP_URL", config.smtp_url),
                ("from_addr", "BRIEFING_EMAIL_FROM", config.from_addr),
                ("to", "BRIEFING_EMAIL_TO", config.to),
            )
            if not value
        ]
        if missing or config.smtp_url is None or config.from_addr is None:
            raise ConfigError("email is not configured: missing " + ", ".join(missing))
        settings = SmtpSettings.parse(
            config.smtp_url,
            from_addr=config.from_addr,
            to=config.to,
            password=env.get(PASSWORD_ENV) or None,
            list_unsubscribe=config.list_unsubscribe,
        )
        return cls(
            settings,
            config.subject_prefix,
            timeout_s=timeout_s,
            ssl_context=ssl_context,
            key_dir=key_dir,
            timezone=timezone,
        )

    @property
    def name(self) -> str:
        return "email"

    @property
    def destination_label(self) -> str:
        n = len(self.settings.to)
        return f"{self.settings.url} → {n} recipient" + ("" if n == 1 else "s")

    @property
    def destination_hash(self) -> str:
        recipients = ",".join(sorted(a.lower() for a in self.settings.recipients))
        return destination_hash(f"{self.settings.url}|{recipients}", directory=self.key_dir)

    def parts(self, briefing: Briefing, *, now: dt.datetime | None = None) -> list[Part]:
        date = now or dt.datetime.now(dt.UTC)
        n = len(self.settings.to)
        summary = (
            f"email {email_date(briefing.date)} to {n} recipient{'' if n == 1 else 's'}: "
            f"{email_subject(briefing, self.subject_prefix)!r}"
        )

        def build() -> EmailMessage:
            unsubscribe, zone = self.settings.list_unsubscribe, self.timezone
            content = render_email(
                briefing, subject_prefix=self.subject_prefix, unsubscribe=unsubscribe, timezone=zone
            )
            return build_message(content, self.settings, date=date)

        return [Part(index=0, payload=Deferred(build), summary=summary)]

    def send(self, part: Part) -> str | None:
        message = part.payload.value if isinstance(part.payload, Deferred) else part.payload
        if not isinstance(message, EmailMessage):
            raise TypeError(f"EmailChannel cannot send {type(message).__name__}")
        refused = send_email(
            message,
            self.settings,
            timeout_s=self.timeout_s,
            ssl_context=self.ssl_context,
        )
        if not refused:
            return None
        who = "; ".join(f"{address} ({reply})" for address, reply in sorted(refused.items()))
        return f"{len(refused)} of {len(self.settings.to)} recipients refused: {who}"
