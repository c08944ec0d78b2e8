"""Dates as sources write them: other languages, JSON-LD with its zone, revision times kept
apart, undated items of an old feed left out with the reason; titles without site suffixes."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import HTTPServer, Route

from briefing.backends.offline import OfflineBackend
from briefing.config import Config, FetchConfig, Settings, SourceConfig
from briefing.daily import TodayOptions, run_today
from briefing.exceptions import NothingToBriefError
from briefing.fetch import fetch_sources
from briefing.fetch.pages import page_article
from briefing.ingest.html import without_site_suffix
from briefing.ingest.times import parse_date
from briefing.store import Store

DATA = Path(__file__).parent / "data" / "sources"
UTC = dt.UTC


def body(name: str, base: str) -> bytes:
    return (DATA / name).read_bytes().replace(b"{BASE}", base.encode())


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        for name in ("folha_2018_pt.rss", "lemonde_fr.rss", "nhk_ja.rss"):
            running.routes[f"/{name}"] = Route(
                body=body(name, running.base_url),
                headers={"Content-Type": "application/rss+xml; charset=utf-8"},
            )
        yield running


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Seg, 24 Set 2018 17:32:00 -0300", ["pt-BR"], (2018, 9, 24, 20, 32)),
        ("Seg, 24 Set 2018 17:32:00 -0300", [], (2018, 9, 24, 20, 32)),
        ("Di, 24. Nov 2026 09:30:00 +0100", ["de"], (2026, 11, 24, 8, 30)),
        ("mar., 24 nov. 2026 09:30:00 +0100", ["fr"], (2026, 11, 24, 8, 30)),
        ("martes, 24 de noviembre de 2026 9:30", ["es"], (2026, 11, 24, 9, 30)),
        ("Вт, 24 ноя 2026 11:30:00 +0300", ["ru"], (2026, 11, 24, 8, 30)),
        ("2026年11月24日 12時05分", ["ja"], (2026, 11, 24, 12, 5)),
        ("Tue, 24 Nov 2026 09:30:00 GMT", [], (2026, 11, 24, 9, 30)),
    ],
)
def test_dates_in_other_languages(
    text: str, languages: list[str], expected: tuple[int, int, int, int, int]
) -> None:
    year, month, day, hour, minute = expected
    found = parse_date(text, languages=languages)
    assert found is not None and found == dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "Breaking news", "Seg", "call 555", None, "24"])
def test_what_is_no_date_stays_none(text: str | None) -> None:
    assert parse_date(text, languages=["pt"]) is None


def test_feed_dates_in_other_languages(server: HTTPServer) -> None:
    result = asyncio.run(
        fetch_sources(
            [
                SourceConfig(location=server.url(f"/{name}"), full_text=False)
                for name in ("folha_2018_pt.rss", "lemonde_fr.rss", "nhk_ja.rss")
            ],
            config=FetchConfig(),
        )
    )
    by_title = {a.title: a.published_at for a in result.articles}
    assert by_title["Dólar fecha em queda de 1,2% com cenário eleitoral no radar"] == dt.datetime(
        2018, 9, 24, 20, 32, tzinfo=UTC
    )
    assert by_title["La BCE relève ses taux directeurs pour la dixième fois d’affilée"] == (
        dt.datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    )
    assert by_title["日銀 金融政策決定会合 大規模緩和を維持"] == dt.datetime(
        2026, 11, 24, 12, 5, tzinfo=UTC
    )


def _today(store: Store, server: HTTPServer, now: dt.datetime) -> list[str]:
    """Titles briefed (or left out, with the reason) by the daily run over the Folha feed."""
    config = Config(
        sources=[SourceConfig(location=server.url("/folha_2018_pt.rss"), full_text=False)]
    )
    outcome = asyncio.run(
        run_today(
            TodayOptions(now=now),
            config=config,
            settings=Settings(backend="offline"),
            store=store,
            backend_factory=lambda _: OfflineBackend(),
        )
    )
    assert outcome.briefing is not None
    return [f"{o.title}: {o.reason}" for o in outcome.briefing.left_out]


def test_an_old_feed_does_not_enter_todays_briefing(server: HTTPServer, tmp_path: Path) -> None:
    """Items from 2018 stay out: the dated ones by their date, the undated one because its
    feed says nothing newer than 2018, and the run says so."""
    with Store(tmp_path / "b.db") as store:
        with pytest.raises(NothingToBriefError) as raised:
            _today(store, server, dt.datetime(2026, 11, 24, 12, tzinfo=UTC))
        window = (dt.datetime(2026, 11, 23, tzinfo=UTC), dt.datetime(2026, 11, 25, tzinfo=UTC))
        assert store.articles_in_window(*window) == []
    assert raised.value.exit_code == 9  # nothing failed: the feed is only old
    assert "left out 1 undated item: Inflação de setembro deve ficar abaixo da meta" in str(
        raised.value
    )
    assert "its feed's newest date (2018-09-24) is before this run's window" in str(raised.value)


NEW_ITEM = (
    "<item><title>Banco Central mantém juros em 6,5% ao ano</title>"
    "<pubDate>Ter, 24 Nov 2026 18:00:00 -0300</pubDate><description>O Copom manteve a taxa "
    "básica de juros em 6,5% ao ano pela quinta reunião seguida, como esperava o mercado, e "
    "sinalizou que pode voltar a subir os juros se a inflação acelerar.</description></item>"
)


def test_undated_items_of_a_current_feed_count_from_first_seen(
    server: HTTPServer, tmp_path: Path
) -> None:
    folha = body("folha_2018_pt.rss", server.base_url).decode()
    server.routes["/folha_2018_pt.rss"] = Route(
        body=folha.replace("</channel>", NEW_ITEM + "</channel>")
    )
    with Store(tmp_path / "b.db") as store:
        left_out = _today(store, server, dt.datetime(2026, 11, 25, 12, tzinfo=UTC))
        window = (dt.datetime(2026, 11, 24, tzinfo=UTC), dt.datetime(2026, 11, 26, tzinfo=UTC))
        titles = sorted(a.title for a in store.articles_in_window(*window))
    assert left_out == []
    assert titles == [
        "Banco Central mantém juros em 6,5% ao ano",
        "Inflação de setembro deve ficar abaixo da meta, diz Banco Central",  # first seen now
    ]


def test_page_times_published_kept_apart_from_revised(tmp_path: Path) -> None:
    cnn_page = body("cnn_politics.html", "https://edition.cnn.com")
    cnn = page_article(cnn_page, url="https://edition.cnn.com/x", source="x")
    assert cnn.published_at == dt.datetime(2026, 11, 24, 3, 5, 41, tzinfo=UTC)
    assert cnn.updated_at == dt.datetime(2026, 11, 24, 21, 47, 12, tzinfo=UTC)
    assert cnn.title == "Senate passes stopgap bill to avert government shutdown"
    elpais = page_article(body("elpais_jsonld.html", ""), url="https://elpais.com/x", source="x")
    assert elpais.published_at == dt.datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    assert elpais.published_at.utcoffset() == dt.timedelta(hours=1)  # its zone, not midnight UTC
    assert elpais.updated_at == dt.datetime(2026, 11, 24, 12, 2, tzinfo=UTC)
    assert elpais.title == "El Gobierno aprueba la subida del salario mínimo a 1.184 euros"
    with Store(tmp_path / "b.db") as store:
        store.upsert_articles([cnn], seen_at=dt.datetime(2026, 11, 25, tzinfo=UTC))
        kept = store.get_article(cnn.id)
    assert kept is not None and kept.updated_at == cnn.updated_at


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Senate passes stopgap bill | CNN Politics", "CNN", "Senate passes stopgap bill"),
        ("Floods hit northern Italy - BBC News", "BBC News", "Floods hit northern Italy"),
        (
            "Floods hit northern Italy – The Guardian | World news | The Guardian",
            "The Guardian",
            "Floods hit northern Italy",
        ),
        ("Markets rally :: Reuters", None, "Markets rally"),
        ("Biden signs the bill - report", "Reuters", "Biden signs the bill - report"),
        ("Why? | Opinion", None, "Why? | Opinion"),  # too little would be left
        (
            "Q&A | What the new rules mean for renters and landlords in the city",
            None,
            "Q&A | What the new rules mean for renters and landlords in the city",
        ),
    ],
)
def test_titles_without_site_suffixes(title: str, outlet: str | None, expected: str) -> None:
    assert without_site_suffix(title, outlet) == expected
