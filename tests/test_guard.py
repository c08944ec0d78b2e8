"""Item links and redirects never lead the fetcher to loopback, private, link-local or metadata
addresses unless the configured source itself is on one (or allows it).

The "public" site here is an ``httpx.MockTransport`` (passed in, nothing patched) and host
names resolve through a fake resolver, so no test leaves the machine."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest
from httpserver import HTTPServer, Route

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch import FetchResult, fetch_sources
from briefing.fetch.guard import is_private_address

PUBLIC = "93.184.216.34"
ADDRESSES = {
    "news.example.org": [PUBLIC],
    "intranet.example.org": ["10.0.0.8"],
    "mixed.example.org": [PUBLIC, "fd12:3456::1"],
}
TEASER = "Short teaser number {n}."
ARTICLE = (
    "<html><head><meta property='og:type' content='article'><title>Public story</title></head>"
    "<body><article><h1>Public story</h1><p>"
    + "The council met on Tuesday and agreed the new budget for the harbour. " * 8
    + "</p></article></body></html>"
)
LINKS = [
    "http://127.0.0.1:8080/admin",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "https://intranet.example.org/payroll",
    "http://[::ffff:127.0.0.1]/x",
    "http://localhost:9000/",
    "https://mixed.example.org/story",
    "https://news.example.org/public-story",
]


def _feed() -> str:
    items = "".join(
        f"<item><title>Story {n}</title><link>{link}</link>"
        f"<description>{TEASER.format(n=n)}</description></item>"
        for n, link in enumerate(LINKS)
    )
    channel = f"<channel><title>News</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


LOOKUPS: list[str] = []


async def _resolve(host: str) -> list[str]:
    LOOKUPS.append(host)
    return ADDRESSES.get(host, [])


def _run(
    *sources: SourceConfig, config: FetchConfig | None = None
) -> tuple[FetchResult, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        seen.append(url)
        if url in ("https://news.example.org/feed.rss", "https://intranet.example.org/feed"):
            return httpx.Response(
                200, text=_feed(), headers={"Content-Type": "application/rss+xml"}
            )
        if url == "https://news.example.org/moved":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/feed.rss"})
        if url == "https://news.example.org/to-intranet":
            return httpx.Response(301, headers={"Location": "https://intranet.example.org/feed"})
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    async def go() -> FetchResult:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return await fetch_sources(
                list(sources), config=config or FetchConfig(), client=client, resolve=_resolve
            )

    return asyncio.run(go()), seen


def test_item_links_to_private_addresses_are_refused_and_reported() -> None:
    feed = "https://news.example.org/feed.rss"
    LOOKUPS.clear()
    result, seen = _run(SourceConfig(location=feed))
    assert sorted(LOOKUPS) == ["intranet.example.org", "mixed.example.org", "news.example.org"]
    assert seen == [feed, "https://news.example.org/public-story"]  # nothing private reached
    by_title = {a.title: a for a in result.articles}
    assert by_title["Story 6"].text.startswith("The council met")  # the public page: full text
    assert all(by_title[f"Story {n}"].text == TEASER.format(n=n) for n in range(6))  # kept
    [problem] = result.problems
    assert problem.reason.startswith(
        "full text of 6 of 7 teasers unavailable, teasers kept (first: "
        "http://127.0.0.1:8080/admin: refused: http://127.0.0.1:8080/admin: 127.0.0.1 is a "
        "loopback, private or link-local address"
    )
    assert result.failed == []


def test_redirects_to_private_addresses_are_refused() -> None:
    moved, to_intranet = "https://news.example.org/moved", "https://news.example.org/to-intranet"
    result, seen = _run(SourceConfig(location=moved), SourceConfig(location=to_intranet))
    assert sorted(seen) == sorted([moved, to_intranet])
    reasons = {p.source: p.reason for p in result.problems}
    assert reasons == {
        moved: "redirected to http://127.0.0.1:8080/feed.rss: 127.0.0.1 is a loopback, private "
        "or link-local address (set allow_private = true on the source to allow it)",
        to_intranet: "redirected to https://intranet.example.org/feed: intranet.example.org "
        "(10.0.0.8) is a loopback, private or link-local address (set allow_private = true on "
        "the source to allow it)",
    }
    assert sorted(result.failed) == sorted([moved, to_intranet])


@pytest.mark.parametrize("where", ["source", "fetch"])
def test_allow_private_lets_them_through(where: str) -> None:
    feed = "https://news.example.org/feed.rss"
    source = SourceConfig(location=feed, allow_private=where == "source")
    config = FetchConfig(allow_private=where == "fetch")
    result, seen = _run(source, config=config)
    assert len(seen) == 1 + len(LINKS) and result.problems == []


def test_a_source_on_a_private_address_may_link_to_private_addresses() -> None:
    result, seen = _run(SourceConfig(location="https://intranet.example.org/feed"))
    assert "http://127.0.0.1:8080/admin" in seen and result.failed == []


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),
        ("100.100.100.200", True),  # Alibaba Cloud metadata (shared address space)
        ("0.0.0.0", True),
        ("::1", True),
        ("fe80::1", True),
        ("fd00:ec2::254", True),  # AWS metadata over IPv6
        ("::ffff:10.0.0.1", True),
        ("224.0.0.1", True),
        ("93.184.216.34", False),
        ("2606:2800:220:1:248:1893:25c8:1946", False),
        ("not-an-address", False),
    ],
)
def test_is_private_address(address: str, private: bool) -> None:
    assert is_private_address(address) is private


def test_the_address_connected_to_is_checked_again() -> None:
    """A name that looked public before connecting but reached a loopback address (DNS
    rebinding) is refused after connecting: here the machine's own name, which the system
    resolves to loopback while the fake resolver said it was public."""
    name = socket.gethostname()
    try:
        real = {info[4][0] for info in socket.getaddrinfo(name, None)}
    except OSError:
        pytest.skip("this machine's name does not resolve")
    if not real or not all(is_private_address(str(a)) for a in real):
        pytest.skip("this machine's name does not resolve to a private address")

    async def says_public(host: str) -> list[str]:
        return [PUBLIC]

    feed = (
        "<rss version='2.0'><channel><title>T</title><item><title>x</title></item></channel></rss>"
    )
    with HTTPServer({"/feed": Route(body=feed)}) as server:
        url = server.url("/feed").replace("127.0.0.1", name)
        public_source = f"https://news.example.org/redirect?to={url}"

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(302, headers={"Location": url})

        async def go() -> FetchResult:
            mounts: dict[str, httpx.AsyncBaseTransport] = {
                "https://news.example.org": httpx.MockTransport(handler),
                "all://": httpx.AsyncHTTPTransport(),
            }
            async with httpx.AsyncClient(mounts=mounts) as client:
                return await fetch_sources(
                    [SourceConfig(location=public_source)],
                    config=FetchConfig(),
                    client=client,
                    resolve=says_public,
                )

        result = asyncio.run(go())
    [problem] = result.problems
    assert problem.reason.startswith(f"refused: {url}: connected to private address 127.0.0.1")
    assert server.paths() == ["/feed"]  # reached, but nothing it said was read
