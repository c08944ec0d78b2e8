"""URL checks, canonical URLs (so the same article read twice has one ``Article.url``), and the
conditional-request validators kept per URL.

A low-level module: the fetcher and the store both use it, and it imports nothing of theirs.

``canonical_url`` lower-cases the scheme and host, drops the fragment, the default port, tracking
parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, …), repeated slashes and the
trailing slash (the root stays ``/``), and sorts the parameters that remain.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "ValidatorStore",
    "Validators",
    "canonical_url",
    "host_of",
    "is_http_url",
    "is_loopback_host",
]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__hs", "_hs", "oly_", "vero_")
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "cmpid",
        "cmp",
        "icid",
        "ito",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "ocid",
        "smid",
        "sr_share",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "spm",
        "s_cid",
        "wt.mc_id",
        "_ga",
        "_gl",
    }
)
_SLASHES = re.compile(r"/{2,}")


def is_http_url(url: str) -> bool:
    """True for an absolute http:// or https:// URL with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def host_of(url: str) -> str:
    """The lower-cased host name of ``url`` (the key for per-host politeness)."""
    return (urlsplit(url).hostname or "").lower()


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1): a server on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_tracking(name: str) -> bool:
    key = name.lower()
    return key in _TRACKING or key.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """``url`` in one canonical spelling; a URL that does not parse comes back stripped.

    >>> canonical_url("HTTPS://Example.COM:443/World/?utm_source=rss&b=2&a=1#top")
    'https://example.com/World?a=1&b=2'
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return text
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{netloc}"
    path = _SLASHES.sub("/", parts.path).rstrip("/") or "/"
    params = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    ]
    query = urlencode(sorted(params), doseq=False)
    return urlunsplit((scheme, netloc, path, query, ""))


@dataclass(frozen=True)
class Validators:
    """Conditional-request state for one URL."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


class ValidatorStore(Protocol):
    """Where ETag / Last-Modified are kept between runs (the SQLite store implements it)."""

    def get_validators(self, url: str) -> Validators | None: ...

    def put_validators(self, url: str, validators: Validators) -> None: ...
