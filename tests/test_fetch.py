"""Fetching configured sources, against real feeds and pages served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpserver import HTTPServer, Route, redirect

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch import FetchResult, Validators, canonical_url, fetch_sources, is_http_url
from briefing.fetch.feeds import root_element, sniff
from briefing.ingest.decode import decode_bytes

FEEDS = Path(__file__).parent / "data" / "feeds"
TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".rdf": "application/rdf+xml",
    ".html": "text/html; charset=utf-8",
    ".xml": "text/xml",
}


def fixture(name: str, base: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{BASE}", base.encode())


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        for path in FEEDS.iterdir():
            running.routes[f"/feeds/{path.name}"] = Route(
                body=fixture(path.name, running.base_url),
                headers={"Content-Type": TYPES[path.suffix]},
            )
        yield running


class DictStore:
    """A ValidatorStore backed by a dict."""

    def __init__(self) -> None:
        self.data: dict[str, Validators] = {}

    def get_validators(self, url: str) -> Validators | None:
        return self.data.get(url)

    def put_validators(self, url: str, validators: Validators) -> None:
        self.data[url] = validators


def fetch(
    *sources: SourceConfig | str, config: FetchConfig | None = None, **kw: Any
) -> FetchResult:
    """Fetch ``sources``; a bare URL is a source that keeps teasers (pages are not what most of
    these tests are about); a ``SourceConfig`` is used as given."""
    configs = [
        s if isinstance(s, SourceConfig) else SourceConfig(location=s, full_text=False)
        for s in sources
    ]
    return asyncio.run(fetch_sources(configs, config=config or FetchConfig(), **kw))


def reasons(result: FetchResult) -> dict[str, str]:
    return {problem.source: problem.reason for problem in result.problems}


# -- formats ------------------------------------------------------------------------------------


def test_rss20_teasers(server: HTTPServer) -> None:
    result = fetch(SourceConfig(location=server.url("/feeds/bbc_world.rss"), full_text=False))
    assert result.problems == [] and result.not_modified == []
    assert [a.title for a in result.articles] == [
        "ECB raises interest rates to highest level in two decades",
        "Flooding forces thousands from homes in northern Italy",
        "Why Japan's rice prices have doubled",
    ]
    first = result.articles[0]
    assert first.outlet == "BBC News - World"
    assert first.source == server.url("/feeds/bbc_world.rss")
    assert first.url == server.url("/news/articles/ecb-rates")  # at_medium / at_campaign dropped
    assert first.published_at == dt.datetime(2026, 11, 24, 8, 41, 17, tzinfo=dt.UTC)
    assert first.text.startswith("The European Central Bank lifts its main rate")
    assert server.paths() == ["/feeds/bbc_world.rss"]  # full_text = false: no page fetched


def test_rss20_content_encoded_and_html_in_descriptions(server: HTTPServer) -> None:
    result = fetch(SourceConfig(location=server.url("/feeds/reuters_business.rss"), name="Reuters"))
    by_title = {a.title: a for a in result.articles}
    assert set(by_title) == {
        "ECB hikes rates for 10th straight time, signals it may be done",
        "S&P 500 ends higher as ‘Magnificent Seven’ rally",  # entities, even escaped twice
        "Magnitude 6.1 earthquake strikes off Japan's Hokkaido, no tsunami warning",
    }
    ecb = by_title["ECB hikes rates for 10th straight time, signals it may be done"]
    assert ecb.outlet == "Reuters"
    assert ecb.url == server.url("/markets/europe/ecb-hikes-rates-2026-11-24")
    assert len(ecb.text.split("\n\n")) == 4  # one paragraph per <p>
    assert "<p>" not in ecb.text
    markets = by_title["S&P 500 ends higher as ‘Magnificent Seven’ rally"]
    assert markets.text == (
        "NEW YORK, Nov 23 (Reuters) - The S&P 500 rose 0.8% on Monday, lifted by gains in Nvidia"
        " and Microsoft, as investors bet that interest rates have peaked.\n\n"
        "The Nasdaq Composite added 1.1% and the Dow Jones Industrial Average gained 0.4%."
    )  # tags stripped, the sanitizer removed the <script>


def test_rss10_rdf(server: HTTPServer) -> None:
    result = fetch(server.url("/feeds/science.rdf"))
    [article] = result.articles
    assert article.title.startswith("Greenland ice sheet lost 200 billion tonnes")
    assert article.outlet == "Science Daily Digest"
    assert article.url == server.url("/science/2026/11/ice-sheet-melt")
    assert article.published_at == dt.datetime(2026, 11, 23, 16, 0, tzinfo=dt.UTC)


def test_atom_relative_links_times_and_entities(server: HTTPServer) -> None:
    result = fetch(server.url("/feeds/guardian_world.atom"))
    ecb, chile = result.articles
    assert ecb.outlet == "World news | The Guardian"
    # xml:base resolves the relative link; the #comments fragment goes
    assert ecb.url == server.url("/world/2026/nov/24/ecb-interest-rates-decision")
    assert ecb.published_at == dt.datetime(2026, 11, 24, 9, 15, tzinfo=dt.UTC)
    assert "“sufficiently restrictive levels for as long as necessary”" in ecb.text
    assert chile.title == "Chile’s voters reject new constitution for a second time"
    assert chile.published_at == dt.datetime(2026, 11, 23, 23, 40, tzinfo=dt.UTC)  # updated only


def test_json_feed(server: HTTPServer) -> None:
    result = fetch(server.url("/feeds/wire.json"))
    assert result.problems == []
    quake, monsoon = result.articles  # the item with neither title nor text is skipped
    assert quake.outlet == "Wire Service Asia"
    assert quake.url == server.url("/wire/asia/japan-quake-hokkaido")  # cmpid, fragment dropped
    assert quake.published_at == dt.datetime(2026, 11, 24, 3, 11, tzinfo=dt.UTC)
    assert monsoon.text.count("\n\n") == 1
    assert monsoon.published_at is not None
    assert monsoon.published_at.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_json_feed_version_1_and_plain_json(server: HTTPServer) -> None:
    v1 = fixture("wire.json", server.base_url).replace(b"version/1.1", b"version/1")
    server.routes["/v1.json"] = Route(body=v1, headers={"Content-Type": "application/json"})
    server.routes["/api.json"] = Route(body=b'{"status": "ok", "items": []}')
    result = fetch(server.url("/v1.json"), server.url("/api.json"))
    assert len(result.articles) == 2
    assert reasons(result) == {
        server.url("/api.json"): "not a feed or article page (content-type none)"
    }


def test_html_article_page(server: HTTPServer) -> None:
    result = fetch(server.url("/feeds/ecb_article.html"))
    [page] = result.articles
    assert page.title == "ECB raises interest rates to highest level in two decades"
    assert page.outlet == "BBC News"
    assert page.url == server.url("/news/articles/ecb-rates")  # the page's canonical link
    assert page.published_at == dt.datetime(2026, 11, 24, 8, 41, 17, tzinfo=dt.UTC)
    assert page.text.startswith("The European Central Bank has raised interest rates")
    assert page.text.count("\n\n") == 4
    for chrome in ("Sport", "More on this story", "All rights reserved", "bbcdotcom"):
        assert chrome not in page.text
    named = fetch(SourceConfig(location=server.url("/feeds/ecb_article.html"), name="Beeb"))
    assert named.articles[0].outlet == "Beeb"


def test_teaser_fetches_the_article_page(server: HTTPServer) -> None:
    page = fixture("ecb_article.html", server.base_url)
    server.routes["/news/articles/ecb-rates?at_medium=RSS&at_campaign=rss"] = Route(
        body=page, headers={"Content-Type": "text/html"}
    )
    server.routes["/news/articles/japan-rice?at_medium=RSS&at_campaign=rss"] = Route(
        body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}
    )
    feed = server.url("/feeds/bbc_world.rss")
    seen: list[tuple[str, bool]] = []
    result = fetch(  # full text is the default
        SourceConfig(location=feed), on_progress=lambda s, ok: seen.append((s, ok))
    )
    ecb, floods, rice = result.articles
    assert ecb.title == "ECB raises interest rates to highest level in two decades"
    assert ecb.text.count("\n\n") == 4 and "Households with variable-rate mortgages" in ecb.text
    assert ecb.source == feed and ecb.outlet == "BBC News - World"
    assert ecb.published_at == dt.datetime(2026, 11, 24, 8, 41, 17, tzinfo=dt.UTC)
    assert floods.text.startswith("Rescue teams")  # 404: the teaser stays
    assert rice.text.startswith("Heatwaves")  # a PDF: the teaser stays
    assert [p.source for p in result.problems] == [feed]  # one line for the source
    assert result.problems[0].reason.startswith("full text of 2 of 3 teasers unavailable")
    assert seen == [(feed, True)]
    requests = {r.path: r for r in server.requests}
    assert (
        requests["/news/articles/ecb-rates?at_medium=RSS&at_campaign=rss"].headers["user-agent"]
        == FetchConfig().user_agent
    )


def test_full_items_do_not_fetch_pages(server: HTTPServer) -> None:
    fetch(SourceConfig(location=server.url("/feeds/guardian_world.atom")))
    # the first entry is long enough; only the short Chile summary fetches its page
    assert server.paths()[1:] == ["/world/2026/nov/23/chile-constitution-referendum"]


# -- HTTP behaviour -----------------------------------------------------------------------------


def test_conditional_requests_with_etag(server: HTTPServer) -> None:
    server.routes["/etag.rss"] = Route(
        body=fixture("science.rdf", server.base_url),
        headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'},
    )
    url = server.url("/etag.rss")
    store = DictStore()
    first = fetch(url, validators=store)
    assert len(first.articles) == 1 and first.not_modified == []
    assert store.data[url] == Validators(etag='"v1"')
    second = fetch(url, validators=store)
    assert second.articles == [] and second.problems == [] and second.not_modified == [url]
    assert server.requests[-1].headers["if-none-match"] == '"v1"'
    assert "if-none-match" not in server.requests[0].headers
    server.routes["/etag.rss"].headers.pop("ETag")  # the server stops sending one
    assert len(fetch(url, validators=store).articles) == 1
    assert store.data[url] == Validators()  # forgotten


def test_conditional_requests_with_last_modified(server: HTTPServer) -> None:
    stamp = "Tue, 24 Nov 2026 09:00:00 GMT"
    server.routes["/lm.rss"] = Route(
        body=fixture("science.rdf", server.base_url),
        headers={"Content-Type": "application/rss+xml", "Last-Modified": stamp},
    )
    url = server.url("/lm.rss")
    store = DictStore()
    store.put_validators(url, Validators(last_modified="Mon, 23 Nov 2026 09:00:00 GMT"))
    changed = fetch(url, validators=store)  # an older stamp: 200, and the new stamp is kept
    assert len(changed.articles) == 1
    assert store.data[url] == Validators(last_modified=stamp)
    assert fetch(url, validators=store).not_modified == [url]
    assert server.requests[-1].headers["if-modified-since"] == stamp


def test_redirects_followed_and_capped(server: HTTPServer) -> None:
    server.routes["/moved"] = redirect("/feeds/science.rdf", 301)
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = redirect(server.url("/c"), 307)
    server.routes["/c"] = redirect("/feeds/science.rdf", 308)
    server.routes["/ftp"] = redirect("ftp://files.example.org/feed.xml")
    server.routes["/file"] = redirect("file:///etc/passwd")
    server.routes["/nowhere"] = Route(status=302)
    result = fetch(
        server.url("/moved"),
        server.url("/a"),
        server.url("/ftp"),
        server.url("/file"),
        server.url("/nowhere"),
        config=FetchConfig(max_redirects=2),
    )
    [article] = result.articles
    assert article.source == server.url("/moved")  # the configured location, not the target
    assert reasons(result) == {
        server.url("/a"): "more than 2 redirects",
        server.url("/ftp"): "redirected to a non-http(s) URL (ftp://files.example.org/feed.xml)",
        server.url("/file"): "redirected to a non-http(s) URL (file:///etc/passwd)",
        server.url("/nowhere"): "HTTP 302 without a Location header",
    }
    assert server.paths().count("/feeds/science.rdf") == 1  # /a stopped at /c
    assert len(fetch(server.url("/a"), config=FetchConfig(max_redirects=3)).articles) == 1


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_size_cap(server: HTTPServer, chunked: bool) -> None:
    item = "<item><title>Filler</title><description>" + "word " * 200 + "</description></item>"
    body = f'<rss version="2.0"><channel><title>Big</title>{item * 30}</channel></rss>'
    server.routes["/big.rss"] = Route(body=body, chunked=chunked)
    result = fetch(server.url("/big.rss"), config=FetchConfig(max_bytes=10_000))
    assert result.articles == []
    assert reasons(result) == {server.url("/big.rss"): "larger than 10000 bytes"}


def test_size_cap_counts_decompressed_bytes(server: HTTPServer) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * 5_000_000)
    small = gzip.compress(fixture("science.rdf", server.base_url))
    server.routes["/bomb.rss"] = Route(body=bomb, headers={"Content-Encoding": "gzip"})
    server.routes["/small.rss"] = Route(body=small, headers={"Content-Encoding": "gzip"})
    result = fetch(
        server.url("/bomb.rss"), server.url("/small.rss"), config=FetchConfig(max_bytes=100_000)
    )
    assert len(bomb) < 10_000 and len(result.articles) == 1
    assert reasons(result) == {server.url("/bomb.rss"): "larger than 100000 bytes"}


def test_corrupt_compressed_body(server: HTTPServer) -> None:
    server.routes["/corrupt.rss"] = Route(body=b"not gzip", headers={"Content-Encoding": "gzip"})
    [problem] = fetch(server.url("/corrupt.rss")).problems
    assert problem.reason.startswith("bad response: ")


def test_timeout(server: HTTPServer) -> None:
    # The answer would take 30 s and the fetch gives up after 0.3 s (the server stops at once):
    # had it waited, the feed's articles would be there and no timeout reported. No wall time
    # is asserted (a loaded machine can take seconds for the rest).
    server.routes["/slow.rss"] = Route(body=fixture("science.rdf", server.base_url), delay=30)
    result = fetch(
        server.url("/slow.rss"), server.url("/feeds/wire.json"), config=FetchConfig(timeout_s=0.3)
    )
    assert len(result.articles) == 2
    assert reasons(result) == {server.url("/slow.rss"): "timed out after 0.3 s"}


def test_one_failing_source_never_stops_the_others(server: HTTPServer) -> None:
    server.routes["/gone.rss"] = Route(status=404)
    server.routes["/broken.rss"] = Route(status=500, body=b"Internal Server Error")
    with HTTPServer() as closed:
        dead = closed.url("/feed.rss")
    seen: list[tuple[str, bool]] = []
    good = server.url("/feeds/science.rdf")
    result = fetch(
        server.url("/gone.rss"),
        good,
        server.url("/broken.rss"),
        dead,
        "ftp://ftp.example.org/feed.xml",
        "file:///etc/passwd",
        on_progress=lambda s, ok: seen.append((s, ok)),
    )
    assert [a.source for a in result.articles] == [good]
    found = reasons(result)
    assert found.pop(server.url("/gone.rss")) == "HTTP 404 Not Found"
    assert found.pop(server.url("/broken.rss")) == "HTTP 500 Internal Server Error"
    assert found.pop(dead).startswith("connection failed: ")
    assert found == {
        "ftp://ftp.example.org/feed.xml": "not an http(s) URL",
        "file:///etc/passwd": "not an http(s) URL",
    }
    assert all("\n" not in p.reason and "Traceback" not in p.reason for p in result.problems)
    assert sorted(seen) == sorted([(p.source, False) for p in result.problems] + [(good, True)])


def test_user_agent_and_accept(server: HTTPServer) -> None:
    fetch(server.url("/feeds/science.rdf"), config=FetchConfig(user_agent="test-agent/1.0"))
    headers = server.requests[0].headers
    assert headers["user-agent"] == "test-agent/1.0"
    assert "application/rss+xml" in headers["accept"]


def _slow_routes(server: HTTPServer, count: int) -> list[str]:
    body = fixture("science.rdf", server.base_url)
    for n in range(count):
        server.routes[f"/slow/{n}.rss"] = Route(body=body, delay=0.15)
    return [server.url(f"/slow/{n}.rss") for n in range(count)]


def test_per_host_politeness(server: HTTPServer) -> None:
    urls = _slow_routes(server, 6)
    result = fetch(*urls, config=FetchConfig(concurrency=8, per_host=2))
    assert result.problems == [] and server.max_in_flight == 2


def test_overall_concurrency_limit(server: HTTPServer) -> None:
    urls = _slow_routes(server, 8)
    result = fetch(*urls, config=FetchConfig(concurrency=3, per_host=16))
    assert result.problems == [] and server.max_in_flight == 3


def test_client_passed_in_is_used_and_left_open(server: HTTPServer) -> None:
    async def run() -> tuple[FetchResult, bool]:
        async with httpx.AsyncClient(headers={"X-Test": "yes"}) as client:
            result = await fetch_sources(
                [SourceConfig(location=server.url("/feeds/science.rdf"))],
                config=FetchConfig(),
                client=client,
            )
            return result, client.is_closed

    result, closed = asyncio.run(run())
    assert len(result.articles) == 1 and not closed
    assert server.requests[0].headers["x-test"] == "yes"


def test_mock_transport_client() -> None:
    async def public(host: str) -> list[str]:
        return ["93.184.216.34"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html><body>\x00\x01</body>", headers={})

    async def run() -> FetchResult:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return await fetch_sources(
                [SourceConfig(location="https://news.example.org/x", kind="feed")],
                config=FetchConfig(),
                client=client,
                resolve=public,  # the private-address rule looks the host up: not in tests
            )

    result = asyncio.run(run())
    assert reasons(result) == {"https://news.example.org/x": "not a feed (content-type none)"}


# -- documents that are not what they seem ------------------------------------------------------


def test_not_a_feed(server: HTTPServer) -> None:
    server.routes["/report.pdf"] = Route(
        body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", headers={"Content-Type": "application/pdf"}
    )
    server.routes["/image"] = Route(
        body=b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"}
    )
    page = server.url("/feeds/ecb_article.html")
    feed = server.url("/feeds/science.rdf")
    result = fetch(
        server.url("/report.pdf"),
        server.url("/image"),
        SourceConfig(location=page, kind="feed"),
        SourceConfig(location=feed, kind="page"),
    )
    assert result.articles == []
    assert reasons(result) == {
        server.url("/report.pdf"): "not a feed or article page (content-type application/pdf)",
        server.url("/image"): "not a feed or article page (content-type image/png)",
        page: "not a feed (content-type text/html)",
        feed: "not an article page (content-type application/rdf+xml)",
    }


def test_feed_served_as_html_is_still_a_feed(server: HTTPServer) -> None:
    server.routes["/misconfigured"] = Route(
        body=fixture("science.rdf", server.base_url), headers={"Content-Type": "text/html"}
    )
    assert len(fetch(server.url("/misconfigured")).articles) == 1


def test_malformed_but_readable_xml(server: HTTPServer) -> None:
    result = fetch(server.url("/feeds/malformed.rss"))
    bridge = result.articles[0]
    assert bridge.title == "Council approves £4m bridge repair & new cycle lane"
    assert bridge.outlet == "Local Gazette News & Views"
    assert "Work will start in January & take about eight months." in bridge.text
    assert result.problems == []


def test_feed_with_no_usable_item_is_a_failure(server: HTTPServer) -> None:
    server.routes["/empty.rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0">'
        b"<channel><title>Quiet</title></channel></rss>"
    )
    server.routes["/empty.json"] = Route(
        body=b'{"version": "https://jsonfeed.org/version/1.1", "title": "Quiet", "items": []}'
    )
    server.routes["/blank.rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>Blank</title>'
        b"<item><link>https://blank.example/1</link></item>"
        b"<item><title> </title><description></description></item></channel></rss>"
    )
    seen: list[tuple[str, bool]] = []
    result = fetch(
        server.url("/empty.rss"),
        server.url("/empty.json"),
        server.url("/blank.rss"),
        on_progress=lambda s, ok: seen.append((s, ok)),
    )
    assert result.articles == []
    assert reasons(result) == {
        server.url("/empty.rss"): "the feed has no items",
        server.url("/empty.json"): "the feed has no items",
        server.url("/blank.rss"): "none of the feed's 2 items has a title or text",
    }
    assert sorted(result.failed) == sorted(reasons(result))
    assert all(not ok for _, ok in seen)


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("latin1_declared_utf8.rss", "application/rss+xml"),
        ("latin1_undeclared.rss", "application/rss+xml"),
        ("latin1_undeclared.rss", "text/xml; charset=utf-8"),
        ("latin1_declared_utf8.rss", ""),
    ],
)
def test_wrong_or_missing_encodings(server: HTTPServer, name: str, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.routes["/enc.rss"] = Route(body=fixture(name, server.base_url), headers=headers)
    [article] = fetch(server.url("/enc.rss")).articles
    assert article.title == "Zürich: Café-Besitzer protestieren gegen Mieterhöhung"
    assert article.outlet == "Neue Zürcher Nachrichten"
    assert "nächste Woche" in article.text and "\ufffd" not in article.text


def test_page_encodings() -> None:
    text = "<html><head><meta charset='iso-8859-1'></head><body><p>Café crème</p></body></html>"
    assert "Café crème" in decode_bytes(text.encode("latin-1"))
    assert "Café crème" in decode_bytes(text.encode("latin-1"), declared="utf-8")  # wrong header
    assert "Café crème" in decode_bytes(text.encode("utf-8"), declared="utf-8")
    assert decode_bytes("\ufeff<p>é</p>".encode()) == "<p>é</p>"


def test_billion_laughs_does_not_blow_up(server: HTTPServer) -> None:
    tracemalloc.start()
    started = time.process_time()  # CPU seconds: a loaded machine does not fail the test
    try:
        result = fetch(server.url("/feeds/billion_laughs.xml"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.process_time() - started < 5
    assert peak < 50_000_000
    assert all(len(a.text) < 1000 and "lollollol" not in a.text for a in result.articles)


# -- duplicates and folders ---------------------------------------------------------------------


def test_duplicates_across_feeds_collapse_same_story_does_not(server: HTTPServer) -> None:
    reuters = server.url("/feeds/reuters_business.rss")
    wire = server.url("/feeds/wire.json")
    result = fetch(reuters, wire, server.url("/feeds/guardian_world.atom"))
    quakes = [a for a in result.articles if "Hokkaido" in a.title]
    assert len(quakes) == 1  # the same wire copy in two feeds: one article
    assert quakes[0].source == reuters
    assert quakes[0].also_from == [f"Wire Service Asia ({wire})"]
    ecb = [a for a in result.articles if "4.5%" in a.text and "Central Bank" in a.text]
    assert {a.outlet for a in ecb} == {"Reuters Business News", "World news | The Guardian"}
    assert len({a.id for a in result.articles}) == len(result.articles)


def test_folder_source(tmp_path: Path, server: HTTPServer) -> None:
    folder = tmp_path / "clippings"
    folder.mkdir()
    (folder / "rates.txt").write_text(
        "Rates rise again\n\nThe central bank raised its main rate to 4.5% on Tuesday, the tenth"
        " increase in a row, and said it may now pause.\n",
        encoding="utf-8",
    )
    missing = str(tmp_path / "missing")
    result = fetch(
        SourceConfig(location=str(folder), kind="folder"),
        str(folder),  # a bare path with kind "auto" is a folder too
        SourceConfig(location=missing, kind="folder"),
        server.url("/feeds/science.rdf"),
    )
    assert [a.title for a in result.articles][:1] == ["Rates rise again"]
    assert len(result.articles) == 2  # the folder read twice is one article
    assert [p.source for p in result.problems] == [missing]


# -- URLs and sniffing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Example.COM:443/World/?utm_source=rss#top", "https://www.example.com/World"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/a//b/", "http://example.com:8080/a/b"),
        ("https://x.org/a?b=2&a=1&fbclid=XY&gclid=1&mc_cid=2&mc_eid=3", "https://x.org/a?a=1&b=2"),
        ("https://x.org/a?ref=rss&cmpid=nl&utm_medium=email&id=7", "https://x.org/a?id=7"),
        ("https://x.org/a?q=a+b&empty=", "https://x.org/a?empty=&q=a+b"),
        ("https://x.org/Path/Case", "https://x.org/Path/Case"),
        ("mailto:news@example.org", "mailto:news@example.org"),
        ("  https://x.org/a  ", "https://x.org/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected


def test_is_http_url() -> None:
    assert is_http_url("https://example.org/feed")
    for bad in (
        "ftp://x.org/f",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "/local/path",
        "http://",
    ):
        assert not is_http_url(bad)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', "", "feed"),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "text/html", "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "", "feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "", "json"),
        (b"<!DOCTYPE html><html><body>", "", "html"),
        (b"<p>Hello</p>", "text/html", "html"),
        (b"<catalog/>", "application/xml", "feed"),
        (b"%PDF-1.7", "application/pdf", "unknown"),
    ],
)
def test_sniff(body: bytes, content_type: str, expected: str) -> None:
    assert sniff(body, content_type) == expected


def test_root_element_skips_prolog_and_doctype() -> None:
    doc = b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "b">]>\n<!-- x --><rss>'
    assert root_element(doc) == "rss"
