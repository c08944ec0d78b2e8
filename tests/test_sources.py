"""Sources as users have them: a site's feed found from its home page, pages that are no
article refused, URLs checked once, OPML in and out, numbered listing with each source's last
run, URLs on the command line, full text by default, and a kill that loses nothing fetched."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomlkit
from click.testing import CliRunner, Result
from httpserver import HTTPServer, Route

from briefing.cli import cli
from briefing.config import FetchConfig, SourceConfig, config_path, data_dir, load_config
from briefing.exceptions import StoreError
from briefing.fetch import SourceReport, fetch_sources
from briefing.store import Store

DATA = Path(__file__).parent / "data" / "sources"
NOW = "2026-11-24T12:00:00+00:00"
HTML = {"Content-Type": "text/html; charset=UTF-8"}
RSS = {"Content-Type": "application/rss+xml; charset=UTF-8"}
COMMENTS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Comments on The Harbour Gazette'
    "</title><item><title>Re: ferry</title><description>About time.</description></item>"
    "</channel></rss>"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def fixture(name: str, base: str) -> bytes:
    return (DATA / name).read_bytes().replace(b"{BASE}", base.encode())


@pytest.fixture
def site() -> Iterator[HTTPServer]:
    """The Harbour Gazette: a WordPress-shaped site whose feed items are teasers."""
    with HTTPServer() as server:
        base = server.base_url
        server.routes.update(
            {
                "/": Route(body=fixture("harbour_home.html", base), headers=HTML),
                "/feed/": Route(body=fixture("harbour_feed.rss", base), headers=RSS),
                "/comments/feed/": Route(body=COMMENTS, headers=RSS),
                "/2026/11/24/ferry-timetable-winter/": Route(
                    body=fixture("ferry_article.html", base), headers=HTML
                ),
                "/2026/11/24/harbour-wall-repair/": Route(
                    body=fixture("wall_article.html", base), headers=HTML
                ),
                "/moved": Route(body=fixture("moved.html", base), headers=HTML),
            }
        )
        yield server


def _sources() -> list[tuple[str, str]]:
    return [(s.location, s.kind) for s in load_config().sources]


# -- discovery and the check of `sources add` ---------------------------------------------------


def test_adding_a_home_page_adds_the_feed_it_links_to(site: HTTPServer) -> None:
    result = run("sources", "add", site.url("/"))
    assert result.exit_code == 0, result.stderr
    feed = site.url("/feed/")
    assert f"found {feed} (feed, “The Harbour Gazette”, 2 items)" in result.stderr
    assert f"added {feed} (feed)" in result.stderr
    assert f"also found: {site.url('/comments/feed/')}" in result.stderr  # listed, not added
    assert _sources() == [(feed, "feed")]
    again = run("sources", "add", site.url("/"), "--all")
    assert again.exit_code == 0, again.stderr
    assert f"skipped: {feed} is already configured (sources[0])" in again.stderr
    assert _sources() == [(feed, "feed"), (site.url("/comments/feed/"), "feed")]


def test_a_site_without_feed_links_is_probed_at_the_usual_paths(site: HTTPServer) -> None:
    home = fixture("harbour_home.html", site.base_url)
    bare = b"\n".join(line for line in home.splitlines() if b'rel="alternate"' not in line)
    site.routes["/"] = Route(body=bare, headers=HTML)
    site.routes["/rss.xml"] = site.routes.pop("/feed/")
    result = run("sources", "add", site.url("/"))
    assert result.exit_code == 0, result.stderr
    assert _sources() == [(site.url("/rss.xml"), "feed")]
    assert "/feed" in site.paths() and "/atom.xml" in site.paths()  # tried, 404


def test_a_page_that_is_neither_feed_nor_article_is_refused(site: HTTPServer) -> None:
    result = run("sources", "add", site.url("/moved"))
    assert result.exit_code == 2
    assert "is an HTML page that is neither a feed nor an article" in result.stderr
    assert "Traceback" not in result.stderr
    assert not load_config().sources


def test_an_article_page_without_a_feed_is_added_as_a_page_with_a_warning(
    site: HTTPServer,
) -> None:
    site.routes["/solo/wall"] = site.routes["/2026/11/24/harbour-wall-repair/"]
    del site.routes["/feed/"], site.routes["/comments/feed/"]
    result = run("sources", "add", site.url("/solo/wall"))
    assert result.exit_code == 0, result.stderr
    assert "warning: " in result.stderr and "added as one article page" in result.stderr
    assert _sources() == [(site.url("/solo/wall"), "page")]


def test_a_url_that_fails_now_is_added_with_a_warning(site: HTTPServer) -> None:
    result = run("sources", "add", site.url("/gone.rss"))
    assert result.exit_code == 0, result.stderr
    assert f"warning: {site.url('/gone.rss')}: HTTP 404 Not Found" in result.stderr
    assert _sources() == [(site.url("/gone.rss"), "auto")]
    assert site.paths() == ["/gone.rss"]  # checked once


def test_no_check_adds_without_fetching(site: HTTPServer) -> None:
    assert run("sources", "add", site.url("/"), "--no-check").exit_code == 0
    assert site.paths() == [] and _sources() == [(site.url("/"), "auto")]


# -- what a configured page source may be -------------------------------------------------------


def test_a_document_moved_page_is_not_briefed_as_an_article(site: HTTPServer) -> None:
    result = asyncio.run(
        fetch_sources(
            [
                SourceConfig(location=site.url("/moved")),
                SourceConfig(location=site.url("/")),
                SourceConfig(location=site.url("/2026/11/24/harbour-wall-repair/")),
            ],
            config=FetchConfig(),
        )
    )
    assert [a.title for a in result.articles] == [
        "Harbour wall repair to start in January after storm damage"
    ]
    reasons = {p.source: p.reason for p in result.problems}
    assert reasons[site.url("/moved")] == "an HTML page that is neither a feed nor an article"
    assert reasons[site.url("/")] == (
        "an HTML page that is neither a feed nor an article; it links to the feed "
        f"{site.url('/feed/')}: `brief sources add` it instead"
    )
    assert sorted(result.failed) == sorted([site.url("/moved"), site.url("/")])


# -- full text, URLs on the command line, status, numbering -------------------------------------


def test_a_teaser_feed_added_with_defaults_is_briefed_from_the_full_articles(
    site: HTTPServer,
) -> None:
    assert run("sources", "add", site.url("/")).exit_code == 0
    result = run("today", "--json", "--now", NOW)
    assert result.exit_code == 0, result.stderr
    briefing = json.loads(result.stdout)
    assert {a["title"] for a in briefing["articles"]} == {
        "Winter ferry timetable cuts crossings to three a day",
        "Harbour wall repair to start in January after storm damage",
    }
    with Store.default() as store:
        texts = [store.get_article(a["id"]) for a in briefing["articles"]]
    assert all(t is not None and len(t.text.split()) > 60 for t in texts)  # not the teasers
    joined = " ".join(t.text for t in texts if t)
    assert "16:40" in joined and "twelve-metre gap" in joined and "[…]" not in joined
    listed = run("sources", "list", "--json")
    [entry] = json.loads(listed.stdout)
    assert entry["number"] == 1 and entry["full_text"] is True
    assert entry["last_run"]["status"] == "ok" and entry["last_run"]["items"] == 2
    assert entry["last_run"]["last_error"] is None


def test_a_teaser_whose_page_fails_is_kept_with_the_reason(site: HTTPServer) -> None:
    site.routes["/2026/11/24/harbour-wall-repair/"] = Route(status=503)
    result = asyncio.run(
        fetch_sources([SourceConfig(location=site.url("/feed/"))], config=FetchConfig())
    )
    wall = next(a for a in result.articles if a.title.startswith("Harbour wall"))
    assert wall.text.startswith("The council approved £2.1m for the work")  # the teaser
    [problem] = result.problems
    assert problem.reason == (
        "full text of 1 of 2 teasers unavailable, teasers kept (first: "
        f"{site.url('/2026/11/24/harbour-wall-repair/')}: HTTP 503 Service Unavailable)"
    )
    assert result.failed == []  # the feed itself was read


def test_urls_on_the_command_line_need_no_config(site: HTTPServer) -> None:
    ingested = run("ingest", site.url("/feed/"), site.url("/2026/11/24/ferry-timetable-winter/"))
    assert ingested.exit_code == 0, ingested.stderr
    shown = run("ingest", site.url("/feed/"), "--json")
    articles = json.loads(shown.stdout)["articles"]
    assert len(articles) == 2 and all(len(a["text"].split()) > 60 for a in articles)
    today = run("today", site.url("/feed/"), "--json", "--now", NOW)
    assert today.exit_code == 0, today.stderr
    assert len(json.loads(today.stdout)["articles"]) == 2
    assert not load_config().sources  # nothing was configured
    failed = run("today", site.url("/moved"), "--now", NOW)
    assert failed.exit_code == 3
    assert "neither a feed nor an article" in failed.stderr


def test_sources_list_shows_each_sources_last_run_and_remove_takes_its_number(
    site: HTTPServer,
) -> None:
    for path in ("/feed/", "/gone.rss"):
        assert run("sources", "add", site.url(path), "--no-full-text").exit_code == 0
    result = run("today", "--now", NOW)
    assert result.exit_code == 8
    assert f"failed: {site.url('/gone.rss')}: HTTP 404 Not Found" in result.stderr.splitlines()
    feed, gone = json.loads(run("sources", "list", "--json").stdout)
    assert (feed["number"], gone["number"]) == (1, 2)
    assert feed["last_run"]["items"] == 2 and feed["last_run"]["last_success_at"]
    assert gone["last_run"]["status"] == "failed" and gone["last_run"]["items"] == 0
    assert gone["last_run"]["last_error"] == "HTTP 404 Not Found"
    assert gone["last_run"]["last_success_at"] is None
    table = run("sources", "list").stdout
    assert "HTTP 404" in table and "teasers kept" in table
    removed = run("sources", "remove", "2")
    assert removed.exit_code == 0 and f"removed {site.url('/gone.rss')}" in removed.stderr
    assert _sources() == [(site.url("/feed/"), "feed")]  # the check found it is a feed
    assert run("sources", "remove", "0").exit_code == 2


# -- OPML -----------------------------------------------------------------------------------------


def test_opml_import_from_a_feed_reader_export_and_export_back(tmp_path: Path) -> None:
    result = run("sources", "import", str(DATA / "newsblur_export.opml"))
    assert result.exit_code == 0, result.stderr
    assert "imported 4 of 4 feed(s)" in result.stderr
    config = load_config()
    assert [(s.location, s.kind, s.name) for s in config.sources] == [
        ("https://feeds.bbci.co.uk/news/world/rss.xml", "feed", "BBC News - World"),
        (
            "https://www.aljazeera.com/xml/rss/all.xml",
            "feed",
            "Al Jazeera – Breaking News, World News and Video from Al Jazeera",
        ),
        ("https://www.ft.com/rss/home", "feed", "Financial Times"),
        ("https://lwn.net/headlines/rss", "feed", "LWN.net"),
    ]
    again = run("sources", "import", str(DATA / "newsblur_export.opml"))
    assert again.exit_code == 0 and "imported 0 of 4" in again.stderr
    folder = tmp_path / "clips"
    folder.mkdir()
    assert run("sources", "add", str(folder)).exit_code == 0
    exported = run("sources", "export")
    assert exported.exit_code == 0
    assert f"left out {folder}" in exported.stderr
    root = ET.fromstring(exported.stdout)
    assert root.tag == "opml" and root.get("version") == "2.0"
    outlines = root.findall("./body/outline")
    assert [(o.get("type"), o.get("xmlUrl"), o.get("text")) for o in outlines] == [
        ("rss", s.location, s.name) for s in config.sources
    ]
    out = tmp_path / "mine.opml"
    assert run("sources", "export", "-o", str(out)).exit_code == 0
    for source in list(config.sources):
        assert run("sources", "remove", source.location).exit_code == 0
    assert run("sources", "import", str(out)).exit_code == 0
    assert [s.location for s in load_config().sources][1:] == [s.location for s in config.sources]


def test_import_refuses_what_is_not_opml(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>hello</p></body></html>", encoding="utf-8")
    result = run("sources", "import", str(page))
    assert result.exit_code == 3
    assert "not an OPML subscription list" in result.stderr or "no feeds" in result.stderr


# -- a kill loses nothing fetched -----------------------------------------------------------------


def test_each_source_is_kept_as_soon_as_it_is_read(site: HTTPServer, tmp_path: Path) -> None:
    """A run killed while one source still fetches keeps what the others gave, validators too."""
    site.routes["/feed/"].headers["ETag"] = '"v7"'
    site.routes["/slow.rss"] = Route(body=fixture("harbour_feed.rss", site.base_url), delay=30)
    stored = asyncio.Event()
    now = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)

    with Store(tmp_path / "briefing.db") as store:

        def record(report: SourceReport) -> None:
            store.record_source_run(report.source.location, report.articles, at=now, status="ok")
            stored.set()

        async def killed_mid_run() -> None:
            task = asyncio.create_task(
                fetch_sources(
                    [
                        SourceConfig(location=site.url("/slow.rss")),
                        SourceConfig(location=site.url("/feed/"), full_text=False),
                    ],
                    config=FetchConfig(),
                    validators=store,
                    on_source=record,
                )
            )
            await stored.wait()
            while store.get_validators(site.url("/feed/")) is None:  # kept after the articles
                await asyncio.sleep(0.01)
            task.cancel()  # the slow source never finished
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(killed_mid_run())
        kept = store.articles_in_window(now - dt.timedelta(days=1), now)
        assert {a.source for a in kept} == {site.url("/feed/")} and len(kept) == 2
        validators = store.get_validators(site.url("/feed/"))
        assert validators is not None and validators.etag == '"v7"'
        assert set(store.source_runs()) == {site.url("/feed/")}


# -- local feed files ---------------------------------------------------------------------------


FEEDS = Path(__file__).parent / "data" / "feeds"


def _feed_folder(tmp_path: Path) -> Path:
    """Feeds saved to disk under names that do not all say what they are."""
    folder = tmp_path / "saved"
    folder.mkdir()
    for name, saved_as in (
        ("bbc_world.rss", "bbc.xml"),
        ("guardian_world.atom", "guardian-download.txt"),
        ("wire.json", "wire.json"),
    ):
        data = (FEEDS / name).read_bytes().replace(b"{BASE}", b"https://news.example.org")
        (folder / saved_as).write_bytes(data)
    return folder


def test_local_feed_files_are_read_as_feeds(tmp_path: Path) -> None:
    folder = _feed_folder(tmp_path)
    shown = run("ingest", str(folder), "--json", "--now", NOW)
    assert shown.exit_code == 0, shown.stderr
    articles = json.loads(shown.stdout)["articles"]
    by_source: dict[str, list[str]] = {}
    for article in articles:
        by_source.setdefault(article["source"].rsplit("#", 1)[0], []).append(article["title"])
    assert sorted(len(v) for v in by_source.values()) == [2, 2, 3]  # every usable item
    assert by_source[str(folder / "bbc.xml")][0] == (
        "ECB raises interest rates to highest level in two decades"
    )
    assert not any(a["text"].lstrip().startswith("<") for a in articles)  # no raw XML
    wire = [a for a in articles if a["source"].startswith(str(folder / "wire.json"))]
    assert {a["outlet"] for a in wire} == {"Wire Service Asia"}
    assert all(a["published_at"] for a in wire)
    today = run("today", str(folder / "guardian-download.txt"), "--json", "--now", NOW)
    assert today.exit_code == 0, today.stderr
    assert len(json.loads(today.stdout)["articles"]) == 2
    fetched = asyncio.run(
        fetch_sources([SourceConfig(location=str(folder), kind="folder")], config=FetchConfig())
    )
    assert len(fetched.articles) == len(articles) and fetched.problems == []


def _validators_kept(location: str) -> bool:
    """Whether the run in the child process has kept ``location``'s validators (they come
    after its articles), read-only: the child owns the store."""
    path = data_dir() / "briefing.db"
    if not path.exists():
        return False
    try:
        with Store(path, readonly=True) as store:
            return store.get_validators(location) is not None
    except StoreError:  # made but not set up yet
        return False


@pytest.mark.slow
def test_brief_today_killed_while_a_source_still_fetches_keeps_the_others(
    site: HTTPServer,
) -> None:
    """SIGKILL `brief today` while one source hangs: the sources already read are in the store
    with their ETag, and the next run asks for them with If-None-Match."""
    site.routes["/feed/"].headers["ETag"] = '"v3"'
    site.routes["/hangs.rss"] = Route(body=fixture("harbour_feed.rss", site.base_url), delay=60)
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = tomlkit.document()
    doc["sources"] = [
        {"location": site.url("/hangs.rss")},
        {"location": site.url("/feed/"), "full_text": False},
    ]
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "briefing", "today", "--now", NOW, "-q"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60  # only a hang guard
        while "/hangs.rss" not in site.paths() or not _validators_kept(site.url("/feed/")):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        assert process.poll() is None  # still waiting for the hanging source
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    with Store(data_dir() / "briefing.db") as store:
        runs = store.source_runs()
        validators = store.get_validators(site.url("/feed/"))
        day = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
        kept = store.articles_in_window(day, day + dt.timedelta(days=1))
    assert set(runs) == {site.url("/feed/")} and runs[site.url("/feed/")].items == 2
    assert validators is not None and validators.etag == '"v3"'
    assert {a.source for a in kept} == {site.url("/feed/")} and len(kept) == 2
