"""Ingest: every format, page dumps, bad inputs, stdin, folders and duplicates. No network."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.ingest import MAX_INPUT_BYTES, ingest
from briefing.ingest.times import is_time_line, parse_time
from briefing.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "aggregator-page.txt"
PORTAL = ROOT / "tests" / "data" / "ingest" / "portal-dump.txt"
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)

CHROME = (
    "Hashtags",
    "Try Our AI Features",
    "Explore what",
    "Comments",
    "No comments yet",
    "Related Articles",
    "___",
)

ARTICLE = (
    "Fed holds rates steady\n\n"
    "WASHINGTON, Nov 24 - The Federal Reserve held its benchmark rate at 3.75% on Tuesday, "
    "with 10 of 12 policymakers in favour.\n\n"
    "Chair Jerome Powell said the committee would watch January's jobs data closely.\n"
)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _all_text(articles: list[Article]) -> str:
    return "\n".join(a.title + "\n" + a.text for a in articles)


# --- the seed page dump --------------------------------------------------------------------


def test_seed_splits_into_four_articles() -> None:
    result = ingest([str(SEED)], now=NOW)
    assert result.problems == []
    articles = result.articles
    assert [a.title for a in articles] == [
        "Russia says it favours new round of peace talks with Ukraine, "
        "highlights gulf between them",
        "Ukraine war briefing: More Bradleys and Hawks in $322m US arms sale",
        "Falling drone debris kills one in southern Russia, local officials say",
        "State Department approves $322 million in proposed weapons sales to Ukraine",
    ]
    assert [a.outlet for a in articles] == [None, "The Guardian", "Reuters", "The Independent"]
    assert [a.source for a in articles] == [f"{SEED}#{n}" for n in range(1, 5)]


def test_seed_relative_times_resolve_against_now() -> None:
    articles = ingest([str(SEED)], now=NOW).articles
    assert articles[0].published_at is None
    assert articles[1].published_at == NOW - dt.timedelta(minutes=14)
    assert articles[2].published_at == NOW - dt.timedelta(minutes=14)
    assert articles[3].published_at == NOW - dt.timedelta(hours=1)


def test_seed_has_no_chrome_anywhere() -> None:
    articles = ingest([str(SEED)], now=NOW).articles
    text = _all_text(articles)
    for chrome in CHROME:
        assert chrome not in text, chrome
    # Headers are gone too, and the content around them is intact.
    assert "- The Guardian" not in text
    assert "14 minutes ago" not in text
    assert articles[0].text.startswith("Ukrainian President Volodymyr Zelenskiy said on Saturday")
    assert articles[0].text.endswith("three and a half years of war.")
    assert articles[2].text.startswith("July 23 (Reuters) - Ukrainian drones attacked")
    assert articles[3].text.endswith("also feel threatened by Russia.")


def test_seed_now_defaults_to_file_mtime(tmp_path: Path) -> None:
    copy = tmp_path / "page.txt"
    shutil.copy(SEED, copy)
    stamp = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC).timestamp()
    os.utime(copy, (stamp, stamp))
    articles = ingest([str(copy)]).articles
    assert articles[3].published_at == dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.UTC)


def test_code_has_no_site_strings() -> None:
    code = "".join(
        p.read_text(encoding="utf-8")
        for p in [
            *(ROOT / "briefing" / "clean").glob("*.py"),
            *(ROOT / "briefing" / "ingest").glob("*.py"),
        ]
    )
    for site_string in ("Daily8", "Hashtags", "Try Our AI Features"):
        assert site_string not in code


# --- a second, differently shaped dump -----------------------------------------------------


def test_second_dump_splits_with_the_same_rules() -> None:
    now = dt.datetime(2026, 11, 18, 15, 0, tzinfo=dt.UTC)
    result = ingest([str(PORTAL)], now=now)
    assert result.problems == []
    articles = result.articles
    assert [(a.outlet, a.title) for a in articles] == [
        (None, "Chile's copper output falls 4% as Escondida strike enters third week"),
        (
            "Associated Press",
            "Peru's congress votes to remove mining minister over Las Bambas blockade",
        ),
        ("Financial Post", "Teck Resources raises 2027 copper guidance after Quebrada Blanca fix"),
        ("Mining Weekly", "Zambia grants Barrick licence extension at Lumwana"),
    ]
    assert [a.published_at for a in articles] == [
        now - dt.timedelta(hours=2),
        now - dt.timedelta(hours=3),
        now - dt.timedelta(days=1),
        now - dt.timedelta(hours=5),
    ]
    text = _all_text(articles)
    for chrome in (
        "Skip to content",
        "Sign in",
        "Subscribe",
        "cookies",
        "Reject all",
        "By Marta",
        "Advertisement",
        "Share this article",
        "Copy link",
        "12 comments",
        "More from around the web",
        "Read more",
        "Source:",
        "Most read",
        "Newsletter",
        "morning briefing",
        "Privacy policy",
        "©",
    ):
        assert chrome not in text, chrome
    assert articles[0].text.startswith("SANTIAGO, Nov 18 - Chile's copper production")
    assert "About 2,300 workers" in articles[0].text
    assert articles[3].text.endswith("240,000 tons a year by 2028.")


def test_single_article_with_inline_source_header(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "one.txt",
        "Fed holds rates steady\nSource: Reuters · 3 hours ago\n"
        "The Federal Reserve held its benchmark rate at 3.75% on Tuesday.\n",
    )
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Fed holds rates steady"
    assert article.outlet == "Reuters"
    assert article.published_at == NOW - dt.timedelta(hours=3)
    assert article.source == str(path)


# --- formats -------------------------------------------------------------------------------


def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    path = _write(tmp_path / "fed.txt", ARTICLE)
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Fed holds rates steady"
    assert article.text.startswith("WASHINGTON, Nov 24 - The Federal Reserve")
    assert article.source == str(path)
    assert article.outlet is None


def test_text_without_title_gets_one_from_first_sentence(tmp_path: Path) -> None:
    path = _write(tmp_path / "notitle.txt", "The Federal Reserve held rates at 3.75%. More later.")
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "The Federal Reserve held rates at 3.75%"


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "m.md",
        '---\ntitle: "Gold hits record"\ndate: 2026-11-24T09:00:00\nsource: Metals Desk\n'
        "url: https://example.org/gold\n---\n\n# Ignored heading\n\n"
        "Gold rose **2%** to [$2,900](https://x.example) an ounce on *Tuesday*.\n\n"
        "## Why\n\nCentral banks bought 60 tons in October.\n\n"
        "- Silver: +1.5%\n- Platinum: -0.3%\n",
    )
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Gold hits record"
    assert article.outlet == "Metals Desk"
    assert article.url == "https://example.org/gold"
    assert article.published_at == dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    assert "Gold rose 2% to $2,900 an ounce on Tuesday." in article.text
    assert "Why" in article.text and "Central banks bought 60 tons" in article.text
    assert "- Silver: +1.5%" in article.text
    for markup in ("**", "](", "##", "---"):
        assert markup not in article.text


def test_markdown_heading_becomes_title(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.markdown", "# Oil falls 3%\n\nBrent crude fell 3% to $71.20.\n")
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Oil falls 3%"
    assert article.text == "Brent crude fell 3% to $71.20."


def test_html_page_main_text_and_metadata() -> None:
    path = ROOT / "examples" / "bbc-style-article.html"
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Channel Tunnel power failure strands 9,000 Eurostar passengers"
    assert article.outlet == "Northgate News"
    assert article.url == "https://news.northgate.example/uk/channel-tunnel-power-failure-eurostar"
    assert article.published_at == dt.datetime(2026, 11, 26, 7, 42, tzinfo=dt.UTC)
    assert article.text.startswith("About 9,000 Eurostar passengers were stranded")
    assert "Getlink for a full report within seven days" in article.text
    for chrome in ("cookies", "Sign in", "Related stories", "Share this", "Copyright", "Weather"):
        assert chrome not in article.text, chrome


def test_html_fallback_tag_strip(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "tiny.htm",
        "<html><head><title>Short note</title></head><body><nav>Home | News | Sport</nav>"
        "<p>Quake of magnitude 5.1 hits Crete.</p></body></html>",
    )
    [article] = ingest([str(path)], now=NOW).articles
    assert article.title == "Short note"
    assert "Quake of magnitude 5.1 hits Crete." in article.text
    assert "Sport" not in article.text


def test_json_object_and_list_with_flexible_fields(tmp_path: Path) -> None:
    one = _write(
        tmp_path / "one.json",
        json.dumps(
            {
                "headline": "Tesla recalls 12,000 cars",
                "body": "Tesla is recalling 12,000 Model Y cars over a seat-belt fault.",
                "link": "https://example.org/t",
                "source": {"name": "AP"},
                "pubDate": "Tue, 24 Nov 2026 14:00:00 GMT",
            }
        ),
    )
    many = _write(
        tmp_path / "many.json",
        json.dumps(
            {
                "articles": [
                    {"title": "A", "content": "<p>Alpha rose 5% on Monday.</p>", "site": "X"},
                    {"title": "B", "summary": "Beta fell 2% on Monday.", "published": 1795600000},
                ]
            }
        ),
    )
    result = ingest([str(one), str(many)], now=NOW)
    assert result.problems == []
    first, second, third = result.articles
    assert (first.title, first.outlet, first.url) == (
        "Tesla recalls 12,000 cars",
        "AP",
        "https://example.org/t",
    )
    assert first.published_at == dt.datetime(2026, 11, 24, 14, 0, tzinfo=dt.UTC)
    assert first.source == str(one)
    assert second.text == "Alpha rose 5% on Monday."
    assert second.source == f"{many}#1"
    assert third.published_at is not None and third.published_at.tzinfo is not None
    assert third.source == f"{many}#2"


def test_jsonl_examples_collapse_exact_duplicate() -> None:
    path = ROOT / "examples" / "wire.jsonl"
    result = ingest([str(path)], now=NOW)
    assert result.problems == []
    assert len(result.articles) == 4
    cop = next(a for a in result.articles if a.title.startswith("COP31"))
    assert cop.outlet == "AFP"
    assert cop.also_from == [f"The Independent ({path}#4)"]
    assert all(a.published_at and a.published_at.tzinfo for a in result.articles)


def test_jsonl_bad_line_is_reported_others_load(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "feed.jsonl",
        '{"title": "A", "text": "Alpha rose 5%."}\n{not json\n{"title": "C"}\n',
    )
    result = ingest([str(path)], now=NOW)
    assert [a.title for a in result.articles] == ["A"]
    reasons = [p.reason for p in result.problems]
    assert any(r.startswith("line 2: invalid JSON") for r in reasons)
    assert any(r.startswith("line 3: record has no text") for r in reasons)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    j = _write(tmp_path / "a.dat", json.dumps({"title": "J", "text": "Json text here."}))
    h = _write(
        tmp_path / "b.page", "<!doctype html><html><body><p>Html text here.</p></body></html>"
    )
    t = _write(tmp_path / "c", ARTICLE)
    result = ingest([str(j), str(h), str(t)], now=NOW)
    assert result.problems == []
    assert [a.text for a in result.articles][:2] == ["Json text here.", "Html text here."]
    assert result.articles[2].title == "Fed holds rates steady"


# --- stdin, folders, duplicates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (ARTICLE, "Fed holds rates steady"),
        (json.dumps([{"title": "From JSON", "text": "Some text."}]), "From JSON"),
        (
            "<html><head><title>From HTML</title></head><body><p>Body.</p></body></html>",
            "From HTML",
        ),
    ],
)
def test_stdin_is_sniffed(content: str, expected: str) -> None:
    result = ingest(["-"], now=NOW, stdin=io.StringIO(content))
    assert result.problems == []
    assert result.articles[0].title == expected
    assert result.articles[0].source.startswith("<stdin>")


def test_stdin_relative_times_default_to_current_time() -> None:
    page = SEED.read_text(encoding="utf-8")
    before = dt.datetime.now(dt.UTC)
    articles = ingest(["-"], stdin=io.StringIO(page)).articles
    published = articles[1].published_at
    assert published is not None
    assert before - dt.timedelta(minutes=15) <= published <= dt.datetime.now(dt.UTC)


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "Beta\n\nBeta shares rose 4% in Tokyo on Monday.\n")
    _write(tmp_path / "a" / "z.txt", "Alpha\n\nAlpha shares rose 2% in Paris on Monday.\n")
    _write(tmp_path / ".hidden.txt", "Hidden\n\nThis should not be read at all.\n")
    _write(tmp_path / ".git" / "x.txt", "Hidden dir\n\nNor should this file be read.\n")
    result = ingest([str(tmp_path)], now=NOW)
    assert result.problems == []
    assert [a.title for a in result.articles] == ["Alpha", "Beta"]
    assert result.articles[0].source == str(tmp_path / "a" / "z.txt")


def test_exact_duplicates_collapse_with_also_from(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLE)
    b = _write(tmp_path / "b.txt", ARTICLE.replace("  ", " ").upper().lower() + "\n")
    result = ingest([str(a), str(b)], now=NOW)
    [article] = result.articles
    assert article.source == str(a)
    assert article.also_from == [str(b)]


def test_examples_folder_is_a_days_worth() -> None:
    result = ingest([str(ROOT / "examples")], now=NOW)
    assert result.problems == []
    assert 8 <= len(result.articles) <= 15
    assert len({a.id for a in result.articles}) == len(result.articles)


# --- bad inputs ----------------------------------------------------------------------------


def _problem_for(tmp_path: Path, name: str, content: str | bytes) -> str:
    bad = _write(tmp_path / name, content)
    good = _write(tmp_path / "good.txt", ARTICLE)
    result = ingest([str(bad), str(good)], now=NOW)
    assert [a.source for a in result.articles] == [str(good)]
    [problem] = result.problems
    assert problem.source == str(bad)
    assert "\n" not in problem.reason
    return problem.reason


def test_empty_file(tmp_path: Path) -> None:
    assert _problem_for(tmp_path, "empty.txt", "  \n\n") == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    reason = _problem_for(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert "binary" in reason


def test_invalid_json(tmp_path: Path) -> None:
    assert _problem_for(tmp_path, "bad.json", '{"title": "x", ').startswith("invalid JSON")


def test_json_record_without_text(tmp_path: Path) -> None:
    reason = _problem_for(tmp_path, "notext.json", json.dumps({"title": "only a title"}))
    assert "no text" in reason


def test_text_that_is_only_chrome(tmp_path: Path) -> None:
    reason = _problem_for(tmp_path, "chrome.txt", "Share this article\nAdvertisement\n___\n")
    assert reason == "no article text after cleaning"


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.ingest.files as files

    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 1000)
    assert MAX_INPUT_BYTES == 20 * 1024 * 1024
    reason = _problem_for(tmp_path, "big.txt", "x " * 1000)
    assert "larger than" in reason


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    bad = _write(tmp_path / "locked.txt", ARTICLE)
    bad.chmod(0)
    try:
        result = ingest([str(bad)], now=NOW)
    finally:
        bad.chmod(0o644)
    assert result.articles == []
    assert "permission denied" in result.problems[0].reason


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".DS_Store").write_text("x")
    good = _write(tmp_path / "good.txt", ARTICLE)
    result = ingest([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(good)], now=NOW)
    assert len(result.articles) == 1
    assert [p.reason for p in result.problems] == [
        "no such file or folder",
        "folder has no files to read",
    ]


def test_latin1_and_utf16_are_decoded(tmp_path: Path) -> None:
    latin = _write(
        tmp_path / "latin.txt",
        "Café prices\n\nThe café in Zürich raised prices by 12% — to 6.50 francs.\n".encode(
            "cp1252"
        ),
    )
    utf16 = _write(
        tmp_path / "u16.txt", "Tokyo\n\nThe Nikkei rose 1.3% to 41,200.\n".encode("utf-16")
    )
    result = ingest([str(latin), str(utf16)], now=NOW)
    assert result.problems == []
    assert "Zürich" in result.articles[0].text
    assert result.articles[1].text == "The Nikkei rose 1.3% to 41,200."


# --- times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("14 minutes ago", dt.timedelta(minutes=14)),
        ("an hour ago", dt.timedelta(hours=1)),
        ("3 hours ago", dt.timedelta(hours=3)),
        ("2 days ago", dt.timedelta(days=2)),
        ("yesterday", dt.timedelta(days=1)),
        ("just now", dt.timedelta(0)),
        ("Updated 5 mins ago", dt.timedelta(minutes=5)),
    ],
)
def test_relative_times(text: str, delta: dt.timedelta) -> None:
    assert parse_time(text, NOW) == NOW - delta
    assert is_time_line(text, NOW)


def test_absolute_times_are_aware() -> None:
    assert parse_time("2026-11-24T10:00:00") == dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC)
    eastern = parse_time("November 24, 2026 9:15 am ET")
    assert eastern == dt.datetime(2026, 11, 24, 14, 15, tzinfo=dt.UTC)
    assert parse_time("The Guardian") is None
    assert parse_time("May") is None
    assert not is_time_line("Ukraine war briefing: 3 Nov")


def test_read_error_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = _write(tmp_path / "bad.txt", ARTICLE)
    real_open = os.open

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith("bad.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    reason = _problem_for(tmp_path, "bad.txt", ARTICLE)
    assert reason == "cannot read the file: permission denied"
    assert bad.exists()
