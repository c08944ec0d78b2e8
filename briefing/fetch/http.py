"""HTTP for fetching: politeness, limits, redirects and conditional requests over ``httpx``.

``Fetcher.get`` fetches one URL and returns a ``Response`` (200 with the body, or 304), or raises
``FetchError`` whose message is the one line a user reads ("timed out after 20 s", "HTTP 404 Not
Found", "larger than 5000000 bytes"). It

* holds one of ``concurrency`` slots overall and one of ``per_host`` slots for the URL's host
  while a request is in flight (host first, so a busy host never holds up the others' slots);
* follows redirects itself, at most ``max_redirects``, and only to http(s) URLs;
* streams the body and stops reading past ``max_bytes`` (counted after decompression, so a
  gzip bomb stops there too);
* bounds each hop, from connecting to the last byte, by ``timeout_s``;
* sends the configured user agent, and If-None-Match / If-Modified-Since when given validators;
* with ``allow_private=False``, refuses every hop whose host is or resolves to a loopback,
  private, link-local or metadata address, and checks the address it connected to again
  (``briefing.fetch.guard``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from briefing.config import FetchConfig
from briefing.fetch.guard import Resolver, is_private_address, private_reason, system_resolver
from briefing.urls import Validators, host_of, is_http_url

if TYPE_CHECKING:
    import httpx

__all__ = ["FetchError", "Fetcher", "RefusedAddress", "Response"]

logger = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)


class FetchError(Exception):
    """One URL could not be fetched; ``str(exc)`` is the one-line reason."""


class RefusedAddress(FetchError):
    """The URL (or a redirect) leads to a private address this fetch may not reach."""


@dataclass(frozen=True)
class Response:
    """A final answer: 200 with a body, or 304 (``not_modified``) with none."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters ("" when the server sent none)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip(" \"'"):
                return value.strip(" \"'")
        return None

    @property
    def validators(self) -> Validators:
        return Validators(
            etag=self.headers.get("etag") or None,
            last_modified=self.headers.get("last-modified") or None,
        )


def _peer_address(response: httpx.Response) -> str | None:
    """The IP address the response came from, when the transport tells (real sockets do)."""
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    if get_extra_info is None:
        return None
    server = get_extra_info("server_addr")
    return str(server[0]) if isinstance(server, tuple) and server else None


def _seconds(value: float) -> str:
    return f"{value:g} s"


class Fetcher:
    """Fetches URLs through one ``httpx.AsyncClient`` within the limits of a ``FetchConfig``."""

    def __init__(
        self, client: httpx.AsyncClient, config: FetchConfig, *, resolve: Resolver | None = None
    ) -> None:
        self._client = client
        self._config = config
        self._resolve = resolve or system_resolver
        self._private: dict[str, str | None] = {}  # host → why it is private (one look-up a run)
        self._slots = asyncio.Semaphore(config.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = host_of(url)
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self._config.per_host)
        return self._hosts[host]

    async def private_reason(self, url: str) -> str | None:
        """Why ``url``'s host is a private destination, or None when it is public. Each host is
        looked up once per fetcher (a feed's items mostly share one); the address connected
        to is checked on every request anyway."""
        host = host_of(url)
        if host not in self._private:
            self._private[host] = await private_reason(host, self._resolve)
        return self._private[host]

    async def get(
        self, url: str, *, validators: Validators | None = None, allow_private: bool = True
    ) -> Response:
        """GET ``url``, following redirects; raise ``FetchError`` with a one-line reason.

        With ``allow_private=False`` no hop may reach a private address (``RefusedAddress``).
        """
        if not is_http_url(url):
            raise FetchError("not an http(s) URL")
        headers = {"User-Agent": self._config.user_agent, "Accept": _ACCEPT}
        if validators is not None and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators is not None and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        current = url
        for _hop in range(self._config.max_redirects + 1):
            if not allow_private:
                reason = await self.private_reason(current)
                if reason is not None:
                    where = "redirected to" if current != url else "refused:"
                    raise RefusedAddress(f"{where} {current[:80]}: {reason}")
            async with self._host_slot(current), self._slots:
                response = await self._hop(current, headers, allow_private=allow_private)
            if response.status not in _REDIRECTS:
                return response
            location = response.headers.get("location", "").strip()
            if not location:
                raise FetchError(f"HTTP {response.status} without a Location header")
            target = urljoin(current, location)
            if not is_http_url(target):
                raise FetchError(f"redirected to a non-http(s) URL ({target[:80]})")
            logger.debug("%s: %d → %s", current, response.status, target)
            current = target
        raise FetchError(f"more than {self._config.max_redirects} redirects")

    async def _hop(self, url: str, headers: dict[str, str], *, allow_private: bool) -> Response:
        import httpx  # here, not at the top: a run from files needs no httpx

        timeout = self._config.timeout_s
        try:
            async with asyncio.timeout(timeout):
                return await self._request(url, headers, allow_private=allow_private)
        except TimeoutError:
            raise FetchError(f"timed out after {_seconds(timeout)}") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {_seconds(timeout)}") from None
        except httpx.HTTPError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            kind = "connection failed" if isinstance(exc, httpx.TransportError) else "bad response"
            raise FetchError(f"{kind}: {reason}") from None

    async def _request(self, url: str, headers: dict[str, str], *, allow_private: bool) -> Response:
        limit = self._config.max_bytes
        request = self._client.build_request(
            "GET", url, headers=headers, timeout=self._config.timeout_s
        )
        response = await self._client.send(request, stream=True, follow_redirects=False)
        try:
            peer = _peer_address(response)
            if not allow_private and peer is not None and is_private_address(peer):
                # the name resolved to a public address before, and to this one now
                raise RefusedAddress(f"refused: {url[:80]}: connected to private address {peer}")
            status = response.status_code
            answer_headers = {k.lower(): v for k, v in response.headers.items()}
            if status in _REDIRECTS or status == 304:
                return Response(
                    url=str(response.url), status=status, headers=answer_headers, body=b""
                )
            if not 200 <= status < 300 or status == 204:
                phrase = response.reason_phrase or ""
                raise FetchError(f"HTTP {status} {phrase}".strip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(f"larger than {limit} bytes")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"larger than {limit} bytes")
                chunks.append(chunk)
            return Response(
                url=str(response.url), status=status, headers=answer_headers, body=b"".join(chunks)
            )
        finally:
            await response.aclose()
