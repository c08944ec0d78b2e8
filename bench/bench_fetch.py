"""Fetch-plus-parse time for 100 feeds of 20 items each, served from a local HTTP server.

Usage::

    python bench/bench_fetch.py                     # 100 feeds × 20 items, best of 3
    python bench/bench_fetch.py --feeds 200 --items 50 --repeat 5 --concurrency 16

Feeds are generated deterministically: RSS 2.0 with ``content:encoded`` (four paragraphs of
about 45 words each, HTML), alternating with Atom, every fifth one a JSON Feed. All are served by
``tests/httpserver.py`` on 127.0.0.1, so the time is the fetcher's and the parsers' (feedparser,
HTML stripping, ``clean_text``), not the network's. Each run uses the default ``FetchConfig``
except for the concurrency limits (``per_host`` is raised to ``--concurrency``, as every feed
lives on one host here). Prints the best wall time of ``--repeat`` runs, items per second and
milliseconds per feed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import httpx
from httpserver import HTTPServer, Route

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch import FetchResult, fetch_sources

WORDS = (
    "government minister said on Tuesday that the new budget would raise spending on schools "
    "hospitals and roads while cutting taxes for small businesses across the northern regions "
    "where unemployment has risen sharply since the factory closures of last year according to "
    "official figures published by the statistics office"
).split()


def paragraph(feed: int, item: int, n: int) -> str:
    start = (feed * 7 + item * 3 + n * 11) % len(WORDS)
    words = [WORDS[(start + k) % len(WORDS)] for k in range(45)]
    return f"Story {feed}-{item} paragraph {n}: " + " ".join(words) + "."


def body_html(feed: int, item: int) -> str:
    return "".join(f"<p>{paragraph(feed, item, n)}</p>" for n in range(4))


def rss(feed: int, items: int, base: str) -> tuple[str, bytes]:
    entries = "".join(
        f"<item><title>Story {feed}-{i}: budget raises spending</title>"
        f"<link>{base}/news/{feed}/{i}?utm_source=rss</link>"
        f"<pubDate>Tue, 24 Nov 2026 {i % 24:02d}:{feed % 60:02d}:00 GMT</pubDate>"
        f"<description>Teaser for story {feed}-{i}.</description>"
        f"<content:encoded><![CDATA[{body_html(feed, i)}]]></content:encoded></item>"
        for i in range(items)
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Outlet {feed}</title><link>{base}/</link>{entries}</channel></rss>"
    )
    return "application/rss+xml", doc.encode()


def atom(feed: int, items: int, base: str) -> tuple[str, bytes]:
    entries = "".join(
        f"<entry><title>Story {feed}-{i}: budget raises spending</title>"
        f'<link rel="alternate" href="{base}/news/{feed}/{i}"/><id>urn:story:{feed}:{i}</id>'
        f"<updated>2026-11-24T{i % 24:02d}:{feed % 60:02d}:00Z</updated>"
        f'<content type="html"><![CDATA[{body_html(feed, i)}]]></content></entry>'
        for i in range(items)
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Outlet {feed}</title><id>urn:outlet:{feed}</id>"
        f"<updated>2026-11-24T00:00:00Z</updated>{entries}</feed>"
    )
    return "application/atom+xml", doc.encode()


def json_feed(feed: int, items: int, base: str) -> tuple[str, bytes]:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"Outlet {feed}",
        "items": [
            {
                "id": f"{feed}-{i}",
                "url": f"{base}/news/{feed}/{i}",
                "title": f"Story {feed}-{i}: budget raises spending",
                "content_html": body_html(feed, i),
                "date_published": f"2026-11-24T{i % 24:02d}:{feed % 60:02d}:00Z",
            }
            for i in range(items)
        ],
    }
    return "application/feed+json", json.dumps(doc).encode()


def build(server: HTTPServer, feeds: int, items: int) -> list[SourceConfig]:
    sources = []
    for n in range(feeds):
        make = json_feed if n % 5 == 4 else (atom if n % 2 else rss)
        content_type, body = make(n, items, server.base_url)
        server.routes[f"/feed/{n}"] = Route(body=body, headers={"Content-Type": content_type})
        sources.append(SourceConfig(location=server.url(f"/feed/{n}")))
    return sources


async def _download_only(sources: list[SourceConfig], config: FetchConfig) -> None:
    """The floor: the same requests with the same concurrency, bodies read and dropped."""
    limit = asyncio.Semaphore(config.concurrency)
    async with httpx.AsyncClient(timeout=config.timeout_s) as client:

        async def get(url: str) -> None:
            async with limit:
                (await client.get(url)).raise_for_status()

        await asyncio.gather(*(get(s.location) for s in sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    config = FetchConfig(concurrency=args.concurrency, per_host=min(args.concurrency, 16))
    with HTTPServer() as server:
        sources = build(server, args.feeds, args.items)
        size = sum(len(route.payload()) for route in server.routes.values())
        times: list[float] = []
        baseline: list[float] = []
        result: FetchResult | None = None
        for _ in range(args.repeat):
            started = time.perf_counter()
            asyncio.run(_download_only(sources, config))
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = asyncio.run(fetch_sources(sources, config=config))
            times.append(time.perf_counter() - started)
    assert result is not None
    if result.problems:
        print(f"problems: {result.problems[:3]}")
        return 1
    best = min(times)
    items = len(result.articles)
    print(
        f"{args.feeds} feeds × {args.items} items ({size / 1e6:.1f} MB), "
        f"concurrency {config.concurrency}, per host {config.per_host}"
    )
    print(f"runs: {', '.join(f'{t:.2f} s' for t in times)}")
    print(
        f"best {best:.2f} s: {items} articles, {items / best:,.0f} items/s, "
        f"{best / args.feeds * 1000:.1f} ms per feed"
    )
    floor = min(baseline)
    print(
        f"baseline (same run): plain httpx download of the same feeds, no parsing: {floor:.2f} s; "
        f"fetch + parse / download = {best / floor:.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
