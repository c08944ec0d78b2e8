"""Feeds in the charsets publishers use, declared (HTTP Content-Type, XML declaration) or not,
and declared wrongly: every title and text comes out as written.

The fixtures are UTF-8 files (readable in review); each test encodes one into its charset and
serves it on 127.0.0.1 the way the publisher would."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import HTTPServer, Route

from briefing.config import FetchConfig, SourceConfig
from briefing.fetch import FetchResult, fetch_sources
from briefing.ingest import ingest

DATA = Path(__file__).parent / "data" / "charsets"
FEEDS = {
    "big5": "big5_cna.rss",
    "koi8-r": "koi8r_kommersant.rss",
    "windows-1255": "cp1255_haaretz.rss",
    "shift_jis": "sjis_nikkei.rss",
    "iso-8859-1": "latin1_lemonde.rss",
}
HOW = ("xml-declaration", "http-header", "undeclared", "declared-utf-8-wrongly")


def _text(charset: str) -> str:
    return (DATA / FEEDS[charset]).read_text(encoding="utf-8")


def _served(charset: str, how: str) -> Route:
    """The feed encoded in ``charset``, declared as ``how`` says."""
    text = _text(charset)
    if how == "xml-declaration":
        text = text.replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{charset}"?>')
    elif how == "declared-utf-8-wrongly":
        text = text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>')
    media = "application/rss+xml"
    header = f"{media}; charset={charset}" if how == "http-header" else media
    return Route(body=text.encode(charset), headers={"Content-Type": header})


def _items(text: str) -> list[tuple[str, str]]:
    titles = [  # whitespace (here the ideographic space U+3000) is normalised in titles
        " ".join(t.split()) for t in re.findall(r"<item>\s*<title>(.*?)</title>", text, re.S)
    ]
    texts = re.findall(r"<description>(.*?)</description>", text, re.S)[1:]  # not the channel's
    return list(zip(titles, texts, strict=True))


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        yield running


def _fetch(server: HTTPServer, path: str) -> FetchResult:
    source = SourceConfig(location=server.url(path), full_text=False)
    return asyncio.run(fetch_sources([source], config=FetchConfig()))


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("charset", list(FEEDS))
def test_feeds_in_every_charset(server: HTTPServer, charset: str, how: str) -> None:
    server.routes["/feed"] = _served(charset, how)
    result = _fetch(server, "/feed")
    assert result.problems == []
    expected = _items(_text(charset))
    got = [(a.title, a.text) for a in result.articles]
    assert got == expected, f"{charset} ({how})"
    channel = re.search(r"<title>(.*?)</title>", _text(charset))
    assert channel is not None and {a.outlet for a in result.articles} == {channel.group(1)}


@pytest.mark.parametrize("charset", list(FEEDS))
def test_feed_files_in_every_charset(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "saved-feed.xml"
    path.write_bytes(_text(charset).encode(charset))
    result = ingest([str(path)])
    assert result.problems == []
    assert [(a.title, a.text) for a in result.articles] == _items(_text(charset))
