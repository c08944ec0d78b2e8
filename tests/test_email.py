"""The email digest: rendering (subject, text, HTML), the MIME message, and sending it through a
real SMTP server (aiosmtpd) on 127.0.0.1: plain, AUTH, STARTTLS and implicit TLS with a
self-signed certificate made here.

``UPDATE_GOLDEN=1 pytest tests/test_email.py`` rewrites ``golden/email-seed/`` after an intended
change; review the diff.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import ipaddress
import logging
import os
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from loopback import reserved_port

from briefing.config import EmailConfig
from briefing.deliver import Channel, Deferred
from briefing.deliver.email import EmailChannel, SmtpSettings, build_message, send_email
from briefing.exceptions import ConfigError, DeliveryError
from briefing.models import (
    ArticleRef,
    Briefing,
    BriefingSection,
    Bullet,
    Grounding,
    LeftOut,
    Usage,
)
from briefing.render.email import SUBJECT_MAX, EmailContent, render_email

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden" / "email-seed"
PASSWORD = "s3cret-Pa55word-xyz"
USER = "digest@example.org"
HOSTILE = '<script>alert(1)</script> & "quotes"'
SENT_AT = dt.datetime(2026, 11, 25, 6, 30, tzinfo=dt.UTC)


# -- briefings ------------------------------------------------------------------------------


def hostile_briefing() -> Briefing:
    articles = [
        ArticleRef(
            id="a1",
            title=HOSTILE,
            outlet="<b>Outlet</b> & Co",
            url="https://example.com/a?x=1&y=<2>",
            published_at=dt.datetime(2026, 11, 25, 9, 14, tzinfo=dt.UTC),
            source="in/a.txt",
        ),
        ArticleRef(
            id="a2",
            title="Click me",
            outlet="Evil",
            url="javascript:alert(document.cookie)",
            published_at=None,
            source="in/b.txt",
        ),
        ArticleRef(
            id="a3",
            title="Data <img src=x onerror=alert(1)>",
            outlet=None,
            url='http://example.org/"onmouseover="alert(1)',
            published_at=None,
            source="in/c.txt",
        ),
        ArticleRef(
            id="a4", title="Plain", outlet="Wire", url=None, published_at=None, source="in/d.txt"
        ),
    ]
    return Briefing(
        date=dt.date(2026, 11, 25),
        overview=f"Overview with {HOSTILE}\r\nand a second line.",
        sections=[
            BriefingSection(
                title=f"Markets {HOSTILE}",
                bullets=[
                    Bullet(text=f"Bullet one {HOSTILE}.", source_ids=["a1", "a2"]),
                    Bullet(text="Bullet <i>two</i>.", source_ids=["a3"]),
                ],
                status="new",
            ),
            BriefingSection(
                title="Weather",
                bullets=[Bullet(text="Rain & wind.", source_ids=["a4", "missing"])],
                status="developing",
            ),
        ],
        articles=articles,
        left_out=[
            LeftOut(id="x1", title="Old news", reason="already briefed"),
            LeftOut(id="x2", title="Gossip", reason="off topic"),
        ],
        grounding=Grounding(checked=3),
        usage=Usage(backend="offline", model="extractive"),
        notices=["skipped <feed>: timed out"],
    )


def seed_briefing() -> Briefing:
    return Briefing.model_validate_json((ROOT / "golden/seed/briefing.json").read_text("utf-8"))


class Links(HTMLParser):
    """Every ``href`` and every tag name in an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.hrefs += [v or "" for k, v in attrs if k == "href"]


def parse_html(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    parser.close()
    return parser


# -- rendering ------------------------------------------------------------------------------


def test_subject_has_the_date_and_the_first_section_on_one_short_line() -> None:
    content = render_email(hostile_briefing(), subject_prefix="Morning\nnews")
    assert content.subject.startswith("Morning news — Wed 25 Nov 2026: Markets <script>")
    assert "\n" not in content.subject and "\r" not in content.subject
    assert len(content.subject) <= SUBJECT_MAX

    seed = render_email(seed_briefing())
    assert seed.subject == "Briefing — Wed 25 Nov 2026: US approves $322m in arms sales to Ukraine"
    long = seed_briefing()
    long.sections[0].title = "State Department approves $322 million in proposed weapons sales"
    cut = render_email(long).subject
    assert cut.startswith("Briefing — Wed 25 Nov 2026: State Department approves")
    assert cut.endswith("…") and len(cut) <= SUBJECT_MAX

    empty = hostile_briefing().model_copy(update={"sections": []})
    assert render_email(empty).subject == "Briefing — Wed 25 Nov 2026"


def test_html_escapes_every_article_string_and_links_only_http() -> None:
    html = render_email(hostile_briefing()).html
    assert "<script" not in html.lower()
    assert "<img" not in html.lower() and "<i>" not in html and "<b>Outlet" not in html
    # In text, the serialiser leaves " as it is (harmless there); < > & are always escaped.
    assert html.count('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"') >= 3
    for escaped in (
        "&lt;b&gt;Outlet&lt;/b&gt; &amp; Co",  # outlet
        "Bullet &lt;i&gt;two&lt;/i&gt;.",
        "Data &lt;img src=x onerror=alert(1)&gt;",
        "skipped &lt;feed&gt;: timed out",
    ):
        assert escaped in html
    doc = parse_html(html)
    assert doc.hrefs, "expected source links"
    assert all(re.match(r"https?://", h) for h in doc.hrefs), doc.hrefs
    assert "javascript:" not in html
    # Quotes and angle brackets in a URL cannot leave the attribute.
    assert all('"' not in h and "<" not in h and " " not in h for h in doc.hrefs)
    assert "https://example.com/a?x=1&y=%3C2%3E" in doc.hrefs
    assert not any(attrs.get("onmouseover") for _tag, attrs in doc.tags)
    # Each source is linked next to its bullet, by outlet, with its reference number.
    assert (
        '<a class="link" href="https://example.com/a?x=1&amp;y=%3C2%3E"' in html
        and "&lt;b&gt;Outlet&lt;/b&gt; &amp; Co</a> [1]" in html
    )
    assert "Evil [2]" in html  # javascript: URL: the outlet, not a link


def test_html_is_an_email_safe_table_layout_with_dark_mode() -> None:
    content = render_email(hostile_briefing(), unsubscribe="https://example.org/u?id=1&k=2")
    html = content.html
    doc = parse_html(html)
    tags = [tag for tag, _ in doc.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags
    tables = [attrs for tag, attrs in doc.tags if tag == "table"]
    assert tables and all(t.get("role") == "presentation" for t in tables)
    assert any(t.get("width") == "600" for t in tables)
    assert '<meta name="color-scheme" content="light dark">' in html
    assert '<meta name="supported-color-schemes" content="light dark">' in html
    assert "prefers-color-scheme: dark" in html
    assert not re.search(r"display:\s*(flex|grid)", html)
    # CSS is inlined: the body's classes carry style attributes, only @media rules stay.
    assert 'class="bullet text" style="' in html
    style_blocks = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert all(block.lstrip().startswith("@media") for block in style_blocks)
    # Status tags, the left-out count, usage and unsubscribe in the footer.
    assert ">NEW</span>" in html and ">DEVELOPING</span>" in html
    assert "2 articles left out" in html
    assert "offline extractive" in html
    assert '<a class="link" href="https://example.org/u?id=1&amp;k=2"' in html


def test_text_part_is_plain_with_numbered_references_and_urls() -> None:
    text = render_email(hostile_briefing(), unsubscribe="mailto:unsub@example.org").text
    assert text.startswith("Briefing — Wed 25 Nov 2026\n")
    assert f"Markets {HOSTILE} [NEW]" in text
    assert "Weather [DEVELOPING]" in text
    assert f"- Bullet one {HOSTILE}. [1][2]" in text
    assert "- Rain & wind. [4]" in text  # the unknown id gets no number
    assert "[1] <b>Outlet</b> & Co — " in text
    assert "    https://example.com/a?x=1&y=%3C2%3E" in text
    assert "javascript:" not in text
    assert "[3] Unknown outlet — Data <img src=x onerror=alert(1)>" in text
    assert "2 articles left out" in text
    assert "Unsubscribe: mailto:unsub@example.org" in text
    assert "\r" not in text
    assert all(len(line) <= 72 or "://" in line for line in text.splitlines())


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} missing: run UPDATE_GOLDEN=1 pytest {__file__}"
    assert actual == path.read_text(encoding="utf-8"), f"{path} differs"


def test_seed_golden() -> None:
    content = render_email(seed_briefing(), unsubscribe="https://example.org/unsubscribe")
    check_golden("subject.txt", content.subject + "\n")
    check_golden("email.txt", content.text)
    check_golden("email.html", content.html)


# -- settings --------------------------------------------------------------------------------


def settings(url: str, password: str | None = None, **changes: Any) -> SmtpSettings:
    options: dict[str, Any] = {
        "from_addr": "Briefing <briefing@news.example.org>",
        "to": ["alice@example.org", "Bob <bob@example.net>"],
        "password": password,
    }
    options.update(changes)
    return SmtpSettings.parse(url, **options)


def test_urls_choose_tls_and_default_ports() -> None:
    s = settings("smtp://digest%40example.org@mail.example.org", PASSWORD)
    assert (s.scheme, s.host, s.port, s.user) == ("smtp", "mail.example.org", 587, USER)
    assert s.url == "smtp://mail.example.org:587"
    assert PASSWORD not in repr(s)
    assert settings("smtps://u@mail.example.org", PASSWORD).port == 465
    assert settings("smtp+plain://127.0.0.1:2525").port == 2525
    assert settings("smtp+plain://relay").port == 25
    assert settings("smtp://[::1]:25").url == "smtp://[::1]:25"
    assert s.recipients == ["alice@example.org", "bob@example.net"]


@pytest.mark.parametrize(
    ("url", "password", "expected"),
    [
        (f"smtp://u:{PASSWORD}@mail.example.org:587", None, "contains a password"),
        ("smtp+plain://u@mail.example.org:25", PASSWORD, "in clear"),
        ("smtp://u@mail.example.org", None, "BRIEFING_SMTP_PASSWORD is not set"),
        ("smtp://mail.example.org", PASSWORD, "names no user"),
        ("http://mail.example.org", None, "should start with"),
        ("smtp://", None, "no host"),
        ("smtp://mail.example.org:99999", None, "(?i)port"),
    ],
)
def test_bad_settings_are_refused_without_the_password(
    url: str, password: str | None, expected: str
) -> None:
    with pytest.raises(ConfigError, match=expected) as info:
        settings(url, password)
    assert PASSWORD not in str(info.value)


def test_password_over_plain_is_allowed_to_loopback_only() -> None:
    assert settings("smtp+plain://u@127.0.0.1:2525", PASSWORD).password == PASSWORD
    assert settings("smtp+plain://u@localhost:2525", PASSWORD).user == "u"


def test_bad_addresses_are_refused() -> None:
    with pytest.raises(ConfigError, match="no recipients"):
        settings("smtp+plain://127.0.0.1", to=[])
    with pytest.raises(ConfigError, match="line breaks"):
        settings("smtp+plain://127.0.0.1", to=["a@example.org\r\nBcc: x@evil.example"])
    with pytest.raises(ConfigError, match="not an email address"):
        settings("smtp+plain://127.0.0.1", from_addr="nobody")
    with pytest.raises(ConfigError, match="list_unsubscribe"):
        settings("smtp+plain://127.0.0.1", list_unsubscribe="javascript:alert(1)")


# -- the message ----------------------------------------------------------------------------


def check_structure(message: EmailMessage, content: EmailContent) -> None:
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert parts[0].get_content().replace("\r\n", "\n") == content.text
    assert parts[1].get_content().replace("\r\n", "\n") == content.html
    assert message["Subject"] == content.subject


def test_build_message_headers_and_parts() -> None:
    content = render_email(hostile_briefing())
    s = settings("smtp+plain://127.0.0.1", list_unsubscribe="https://example.org/u?id=1")
    message = build_message(content, s, date=SENT_AT)
    check_structure(message, content)
    assert message["From"] == "Briefing <briefing@news.example.org>"
    assert message["To"] == "alice@example.org, Bob <bob@example.net>"
    assert email.utils.parsedate_to_datetime(message["Date"]) == SENT_AT
    assert re.fullmatch(r"<[^@<>\s]+@news\.example\.org>", message["Message-ID"])
    assert message["List-Unsubscribe"] == "<https://example.org/u?id=1>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    wire = message.as_bytes()
    assert all(len(line) <= 998 for line in wire.split(b"\r\n"))

    mailto = settings("smtp+plain://127.0.0.1", list_unsubscribe="mailto:u@example.org")
    message = build_message(content, mailto, date=SENT_AT)
    assert message["List-Unsubscribe"] == "<mailto:u@example.org>"
    assert message["List-Unsubscribe-Post"] is None
    plain = dataclasses.replace(s, list_unsubscribe=None)
    assert build_message(content, plain, date=SENT_AT)["List-Unsubscribe"] is None


# -- a real SMTP server ---------------------------------------------------------------------


@dataclass
class Collector:
    envelopes: list[Envelope] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        if session.authenticated:
            self.logins.append(bytes(session.login_data).decode())
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        out = []
        for envelope in self.envelopes:
            raw = envelope.original_content or envelope.content
            assert isinstance(raw, bytes)
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            out.append(parsed)
        return out


def authenticator(
    server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data == (USER.encode(), PASSWORD.encode())
    # handled=False: the server answers 535 itself on failure
    return AuthResult(success=ok, handled=False, auth_data=data if ok else None)


@contextmanager
def smtp_server(**kwargs: Any) -> Iterator[tuple[Collector, int]]:
    collector = Collector()
    with reserved_port() as port:
        controller = Controller(collector, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        try:
            yield collector, port
        finally:
            controller.stop()


@dataclass(frozen=True)
class Certificate:
    cert_pem: bytes
    key_pem: bytes

    def server_context(self, tmp: Path) -> ssl.SSLContext:
        (tmp / "cert.pem").write_bytes(self.cert_pem)
        (tmp / "key.pem").write_bytes(self.key_pem)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tmp / "cert.pem", tmp / "key.pem")
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cadata=self.cert_pem.decode())


@pytest.fixture(scope="module")
def certificate() -> Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Certificate(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        key_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


def test_send_plain_to_several_recipients() -> None:
    briefing = hostile_briefing()
    with smtp_server() as (collector, port):
        s = settings(f"smtp+plain://127.0.0.1:{port}")
        content = render_email(briefing)
        send_email(build_message(content, s, date=SENT_AT), s, timeout_s=5)
    [envelope] = collector.envelopes
    assert envelope.mail_from == "briefing@news.example.org"
    assert envelope.rcpt_tos == ["alice@example.org", "bob@example.net"]
    [message] = collector.messages()
    check_structure(message, content)
    html = message.get_body(("html",))
    assert html is not None
    body = html.get_content()
    for article in briefing.articles:
        assert article.title not in body or "<" not in article.title
    assert '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"' in body
    assert all(re.match(r"https?://", h) for h in parse_html(body).hrefs)


def test_login_over_starttls(certificate: Certificate, tmp_path: Path) -> None:
    with smtp_server(
        tls_context=certificate.server_context(tmp_path),
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    ) as (collector, port):
        s = settings(f"smtp://digest%40example.org@127.0.0.1:{port}", PASSWORD)
        channel = EmailChannel(
            s, "Daily", ssl_context=certificate.client_context(), key_dir=tmp_path
        )
        [part] = channel.parts(hostile_briefing())
        channel.send(part)
    [message] = collector.messages()
    assert message["Subject"].startswith("Daily — Wed 25 Nov 2026: ")
    assert collector.logins == [USER]


def test_wrong_password_is_one_redacted_line(
    certificate: Certificate, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "not-the-Pa55word-abc"
    with smtp_server(
        tls_context=certificate.server_context(tmp_path),
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    ) as (collector, port):
        s = settings(f"smtp://digest%40example.org@127.0.0.1:{port}", wrong)
        message = build_message(render_email(hostile_briefing()), s, date=SENT_AT)
        with pytest.raises(DeliveryError, match=re.escape(f"login as {USER!r} refused")) as info:
            send_email(message, s, timeout_s=5, ssl_context=certificate.client_context())
    assert not collector.envelopes
    text = str(info.value)
    assert "\n" not in text and wrong not in text
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert all(wrong not in r.getMessage() for r in caplog.records)


def test_starttls_required_even_without_a_password() -> None:
    with smtp_server() as (collector, port):
        with_password = settings(f"smtp://digest%40example.org@127.0.0.1:{port}", PASSWORD)
        message = build_message(render_email(hostile_briefing()), with_password, date=SENT_AT)
        with pytest.raises(
            DeliveryError,
            match="server does not offer STARTTLS; refusing to send the password in clear",
        ) as info:
            send_email(message, with_password, timeout_s=5)
        assert PASSWORD not in str(info.value)
        without = settings(f"smtp://127.0.0.1:{port}")
        with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
            send_email(message, without, timeout_s=5)
    assert not collector.envelopes


def test_untrusted_certificate_is_refused(certificate: Certificate, tmp_path: Path) -> None:
    with smtp_server(tls_context=certificate.server_context(tmp_path)) as (collector, port):
        s = settings(f"smtp://127.0.0.1:{port}")
        message = build_message(render_email(hostile_briefing()), s, date=SENT_AT)
        with pytest.raises(DeliveryError, match="TLS certificate not trusted"):
            send_email(message, s, timeout_s=5)  # the system trust store, not the test's
    assert not collector.envelopes


def test_implicit_tls(certificate: Certificate, tmp_path: Path) -> None:
    # aiosmtpd does not count implicit TLS as TLS for AUTH, hence auth_require_tls=False.
    with smtp_server(
        ssl_context=certificate.server_context(tmp_path),
        authenticator=authenticator,
        auth_require_tls=False,
    ) as (collector, port):
        s = settings(f"smtps://digest%40example.org@127.0.0.1:{port}", PASSWORD)
        message = build_message(render_email(hostile_briefing()), s, date=SENT_AT)
        send_email(message, s, timeout_s=5, ssl_context=certificate.client_context())
    assert len(collector.messages()) == 1
    assert collector.logins == [USER]


def test_connection_refused_is_a_delivery_error() -> None:
    with reserved_port() as port:  # bound, not listening: a connection is refused
        s = settings(f"smtp+plain://u@127.0.0.1:{port}", PASSWORD)
        message = build_message(render_email(hostile_briefing()), s, date=SENT_AT)
        with pytest.raises(DeliveryError, match="connection refused") as info:
            send_email(message, s, timeout_s=5)
    assert str(info.value).startswith("email via smtp+plain://127.0.0.1:")
    assert PASSWORD not in str(info.value)


# -- the channel ----------------------------------------------------------------------------


def test_channel_label_hash_and_parts(tmp_path: Path) -> None:
    s = settings("smtp://digest%40example.org@mail.example.org:587", PASSWORD)
    channel: Channel = EmailChannel(s, key_dir=tmp_path)
    assert channel.name == "email"
    assert channel.destination_label == "smtp://mail.example.org:587 → 2 recipients"
    reordered = settings(
        "smtp://digest%40example.org@mail.example.org:587",
        PASSWORD,
        to=["bob@example.net", "alice@example.org"],
    )
    other = settings("smtp://digest%40example.org@mail.example.org:587", PASSWORD, to=["c@x.org"])
    assert channel.destination_hash == EmailChannel(reordered, key_dir=tmp_path).destination_hash
    assert channel.destination_hash != EmailChannel(other, key_dir=tmp_path).destination_hash
    assert "mail.example.org" not in channel.destination_hash
    [part] = channel.parts(hostile_briefing())
    assert part.index == 0 and isinstance(part.payload, Deferred)
    assert isinstance(part.payload.value, EmailMessage)
    assert PASSWORD not in part.summary and USER not in part.summary
    assert USER not in channel.destination_label


def test_channel_sends_through_the_server(tmp_path: Path) -> None:
    with smtp_server() as (collector, port):
        config = EmailConfig(
            smtp_url=f"smtp+plain://127.0.0.1:{port}",
            from_addr="briefing@news.example.org",
            to=["alice@example.org"],
            subject_prefix="News",
            list_unsubscribe="https://example.org/unsubscribe",
        )
        channel = EmailChannel.from_config(config, {}, key_dir=tmp_path)
        for part in channel.parts(seed_briefing()):
            channel.send(part)
    [message] = collector.messages()
    assert message["List-Unsubscribe"] == "<https://example.org/unsubscribe>"
    assert message["Subject"].startswith("News — Wed 25 Nov 2026: US approves $322m")


def test_from_config_names_what_is_missing() -> None:
    with pytest.raises(ConfigError) as info:
        EmailChannel.from_config(EmailConfig(), {})
    for name in ("smtp_url", "from_addr", "to", "BRIEFING_SMTP_URL", "BRIEFING_EMAIL_TO"):
        assert name in str(info.value)
    with pytest.raises(ConfigError, match=r"^email is not configured: missing to \("):
        EmailChannel.from_config(
            EmailConfig(smtp_url="smtps://mail.example.org", from_addr="a@example.org"), {}
        )
    channel = EmailChannel.from_config(
        EmailConfig(smtp_url="smtps://u@mail.example.org", from_addr="a@b.org", to=["c@d.org"]),
        {"BRIEFING_SMTP_PASSWORD": PASSWORD},
    )
    assert channel.settings.password == PASSWORD
