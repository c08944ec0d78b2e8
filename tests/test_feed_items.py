"""Feed items as aggregators and blog platforms publish them: an item's own ``<source>`` is its
outlet, its headline loses that outlet's name, and a description that is only headlines (the
item's and related ones, each with an outlet) says nothing more than the title: the item is a
headline, briefed as a teaser. Read both from a fetched feed (a real server on 127.0.0.1) and
from a feed file on disk."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import HTTPServer, Route

from briefing.backends.offline import OfflineBackend
from briefing.config import FetchConfig, SourceConfig
from briefing.fetch import fetch_sources
from briefing.ingest import ingest
from briefing.models import Article
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

FEED = Path(__file__).parent / "data" / "feeds" / "aggregator.rss"


@pytest.fixture
def served() -> Iterator[HTTPServer]:
    with HTTPServer() as server:
        body = FEED.read_bytes().replace(b"{BASE}", server.base_url.encode())
        server.routes["/top.rss"] = Route(
            body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8"}
        )
        yield server


def _check(articles: list[Article]) -> None:
    by_outlet = {a.outlet: a for a in articles}
    assert set(by_outlet) == {"Valley Courier", "Metro Daily", "Coast Ledger"}
    storm = by_outlet["Valley Courier"]
    assert storm.title == "Storm knocks out power to 40,000 homes in Valley County"
    assert storm.text == storm.title  # its related headlines and outlet names are not its text
    assert "County Herald" not in storm.text
    assert by_outlet["Metro Daily"].title == "Council raises bus fares by 10 percent"
    ferry = by_outlet["Coast Ledger"]
    assert ferry.title == "Harbour ferry returns after six-week repair"
    assert ferry.text.startswith("The harbour ferry carried its first passengers")


def test_a_fetched_aggregator_feed(served: HTTPServer) -> None:
    source = SourceConfig(location=served.url("/top.rss"), full_text=False)
    result = asyncio.run(fetch_sources([source], config=FetchConfig()))
    assert result.problems == []
    _check(result.articles)


def test_an_aggregator_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "top.xml"
    path.write_text(FEED.read_text(encoding="utf-8").replace("{BASE}", "https://agg.example"))
    result = ingest([str(path)])
    assert result.problems == []
    _check(result.articles)


def test_headlines_brief_as_sentences_in_the_overview(tmp_path: Path) -> None:
    path = tmp_path / "top.xml"
    path.write_text(FEED.read_text(encoding="utf-8").replace("{BASE}", "https://agg.example"))
    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    prepared = prepare(ingest([str(path)]).articles, planner)
    result = asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2033, 8, 1)))
    assert "Storm knocks out power to 40,000 homes in Valley County." in result.overview
    assert "Council raises bus fares by 10 percent." in result.overview
    bullets = [b.text for s in result.sections for b in s.bullets]
    assert not any("County Herald" in b or "Metro Daily" in b for b in bullets)


_NEWS_API = {
    "status": "ok",
    "totalResults": 2,
    "articles": [
        {
            "source": {"id": None, "name": "Valley Courier"},
            "author": "Jane Roe",
            "title": "Council raises bus fares by 10 percent - Valley Courier",
            "description": "The city council voted 7-2 on Monday to raise bus fares by 10 percent.",
            "url": "https://valleycourier.example/fares",
            "publishedAt": "2033-08-01T09:00:00Z",
            "content": "The city council voted 7-2 on Monday to raise bus fares by 10 percent from"
            " March, saying costs had outpaced ticket income.\r\nThe increase takes a single"
            " adult ticket from… [+2345 chars]",
        },
        {
            "source": {"id": "metro-daily", "name": "Metro Daily"},
            "author": None,
            "title": "Storm knocks out power to 40,000 homes",
            "description": "Gusts brought down lines across the north of the county overnight.",
            "url": "https://metrodaily.example/storm",
            "publishedAt": "2033-08-01T10:00:00Z",
            "content": "Gusts of up to 110 km/h brought down lines across the county overnight,"
            " leaving about 40,000 homes without power, the utility said. Crews expect to"
            " restore most customers by… [+1520 chars]",
        },
    ],
}


def test_a_news_api_export_loses_its_cut_marks_and_outlet_suffixes(tmp_path: Path) -> None:
    path = tmp_path / "top-headlines.json"
    path.write_text(json.dumps(_NEWS_API), encoding="utf-8")
    result = ingest([str(path)])
    assert result.problems == []
    fares, storm = result.articles
    assert (fares.outlet, fares.title) == (
        "Valley Courier",
        "Council raises bus fares by 10 percent",
    )
    assert "chars]" not in fares.text and "chars]" not in storm.text
    assert storm.text.endswith("leaving about 40,000 homes without power, the utility said.")
    assert fares.text.startswith("The city council voted 7-2 on Monday")


def test_a_headline_followed_by_its_own_dek_keeps_the_dek(tmp_path: Path) -> None:
    feed = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>Coast Ledger</title><link>https://coast.example</link><description>News</description>
    <item><title>Storm hits the coast</title><link>https://coast.example/storm</link>
    <description>&lt;p&gt;Storm hits the coast&lt;/p&gt;&lt;p&gt;thousands without power as winds
    reach 120 km/h on the northern shore&lt;/p&gt;</description></item></channel></rss>"""
    path = tmp_path / "coast.xml"
    path.write_text(feed, encoding="utf-8")
    (article,) = ingest([str(path)]).articles
    assert "120 km/h" in article.text


def test_an_aggregator_item_without_a_source_names_its_outlet_after_the_headline(
    tmp_path: Path,
) -> None:
    feed = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>Top stories - News Aggregator</title><link>https://agg.example</link>
    <description>News</description>
    <item><title>Ferries cancelled as storm hits - Coastline News</title>
    <link>https://agg.example/1</link><description>&lt;ol&gt;&lt;li&gt;&lt;a href="#"&gt;Ferries
    cancelled as storm hits&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font&gt;Coastline News&lt;/font&gt;
    &lt;/li&gt;&lt;li&gt;&lt;a href="#"&gt;Bridges closed in the north&lt;/a&gt;&amp;nbsp;
    &lt;font&gt;The Daily Post&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description></item>
    </channel></rss>"""
    path = tmp_path / "top.xml"
    path.write_text(feed, encoding="utf-8")
    (article,) = ingest([str(path)]).articles
    assert (article.outlet, article.title) == ("Coastline News", "Ferries cancelled as storm hits")
    assert article.text == article.title


def test_rows_of_other_headlines_with_their_outlets_are_not_the_item_s_text(
    tmp_path: Path,
) -> None:
    # An aggregator's cluster whose rows are other outlets' headlines, each with its outlet
    # after two no-break spaces, none of them the item's own headline: the gap survives the
    # feed's HTML-to-text, and the rows go as the cluster's list.
    rows = "".join(
        f"&lt;li&gt;&lt;a href='#'&gt;{head}&lt;/a&gt;&amp;nbsp;&amp;nbsp;"
        f"&lt;font color='#6f6f6f'&gt;{outlet}&lt;/font&gt;&lt;/li&gt;"
        for head, outlet in (
            ("Tram line to the airport gets its first test run", "Harbour City Times"),
            ("Fares on the new airport tram set at two euros", "The Morning Ledger"),
            ("What the airport tram means for taxi drivers", "Riverside Weekly"),
        )
    )
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>Aggregator</title><link>https://agg.example</link><description>News</description>
    <item><title>Airport tram opens next month</title><link>https://agg.example/1</link>
    <description>&lt;p&gt;The city's airport tram opens on 3 May, the transport authority
    said.&amp;nbsp;&amp;nbsp;Trains run every ten minutes.&lt;/p&gt;&lt;ol&gt;{rows}&lt;/ol&gt;
    </description></item></channel></rss>"""
    path = tmp_path / "agg.xml"
    path.write_text(feed, encoding="utf-8")
    (article,) = ingest([str(path)]).articles
    assert "Harbour City Times" not in article.text
    assert "taxi drivers" not in article.text
    # a sentence's double spacing is not a column's gap: the paragraph stays whole
    assert "authority said. Trains run every ten minutes." in article.text
