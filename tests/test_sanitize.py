"""Hostile text never reaches a terminal: the one sanitiser at the Article/Briefing boundary
(``briefing.sanitize``), checked by property over every renderer, and the reproductions of
issue 13 (escape bytes in RSS titles, JSON records and ``og:site_name``) end to end."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import UTF8_CHARS
from hypothesis import HealthCheck, given, settings, strategies as st
from rich.console import Console

from briefing.cli import cli
from briefing.models import Article, Briefing, content_id
from briefing.render import (
    render_email,
    render_json,
    render_markdown,
    render_terminal,
    slack_messages,
)
from briefing.sanitize import BIDI_CONTROLS, is_clean, sanitize, unsafe_characters

NOW = "2026-11-25T08:00:00+00:00"

# What a hostile feed puts in a title or an outlet name.
CLEAR_SCREEN = "\x1b[2J\x1b[H"
RECOLOUR = "\x1b[31;1mred\x1b[0m"
OSC8 = "\x1b]8;;https://evil.example/steal\x1b\\Official statement\x1b]8;;\x1b\\"
OSC8_BEL = "\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07"
TITLE_SET = "\x1b]0;pwned\x07"
BIDI = "invoice \u202egnp.exe\u202c done \u2066isolated\u2069"
C1_CSI = "\x9b2J"  # a one-byte CSI on terminals that honour C1 codes
OTHER = "bell\x07 back\x08space nul\x00 del\x7f cr\rover vt\x0b ff\x0c"
HOSTILE = [CLEAR_SCREEN, RECOLOUR, OSC8, OSC8_BEL, TITLE_SET, BIDI, C1_CSI, OTHER]


# -- the sanitiser ---------------------------------------------------------------------------------


def test_it_removes_controls_and_bidi_overrides_and_keeps_text() -> None:
    assert sanitize(CLEAR_SCREEN + "Title") == "[2J[HTitle"
    assert sanitize(OSC8) == "]8;;https://evil.example/steal\\Official statement]8;;\\"
    assert sanitize(BIDI) == "invoice gnp.exe done isolated"
    assert sanitize(C1_CSI) == "2J"
    assert sanitize("line one\r\nline two\rthree\tcell\n") == "line one\nline two\nthree\tcell\n"
    kept = "Zürich · 東京 · مرحبا\u200f · emoji 🙂 · \u200e LRM"
    assert sanitize(kept) == kept  # letters, marks and direction marks stay


_hostile_text = st.lists(
    st.one_of(
        st.text(UTF8_CHARS, max_size=12), st.sampled_from([*HOSTILE, *BIDI_CONTROLS, "\r\n"])
    ),
    max_size=8,
).map("".join)


@given(_hostile_text)
def test_sanitised_text_is_clean_and_stable(text: str) -> None:
    once = sanitize(text)
    assert is_clean(once) and sanitize(once) == once
    assert not unsafe_characters(once)
    # Nothing but the removed characters goes: the printable rest is kept in order.
    assert [c for c in text.replace("\r\n", "\n").replace("\r", "\n") if is_clean(c)] == list(once)


# -- the boundary ---------------------------------------------------------------------------------


def test_every_string_entering_an_article_is_sanitised() -> None:
    article = Article.create(
        title=CLEAR_SCREEN + "Floods " + BIDI,
        text="Body " + OSC8 + "\nsecond line\twith a tab",
        source="in/" + TITLE_SET + "x.json",
        outlet=RECOLOUR + " Times",
        url="https://example.com/a" + C1_CSI,
    )
    for value in (article.title, article.text, article.source, article.outlet, article.url):
        assert value is not None and is_clean(value), value
    assert "\n" in article.text and "\t" in article.text
    # The id is the clean text's: a hostile copy and a clean copy are the same article.
    assert article.id == content_id(article.text)
    # Loaded back (from the store, a JSON record), it is sanitised again.
    loaded = Article.model_validate({**article.model_dump(), "title": "again " + OSC8_BEL})
    assert is_clean(loaded.title)
    with_also = Article.model_validate({**article.model_dump(), "also_from": [CLEAR_SCREEN]})
    assert all(is_clean(s) for s in with_also.also_from)


def _briefing(strings: list[str]) -> Briefing:
    """A briefing with a hostile string in every field a model or a feed fills."""
    s = [*strings, *HOSTILE][: max(len(strings), 3)]
    refs = [
        {
            "id": f"a00000000{i}",
            "title": f"title {s[i % len(s)]}",
            "outlet": f"outlet {s[(i + 1) % len(s)]}",
            "url": f"https://example.com/{i}{s[(i + 2) % len(s)]}",
            "published_at": dt.datetime(2026, 11, 25, 7, i, tzinfo=dt.UTC).isoformat(),
            "source": f"in/{i}{s[i % len(s)]}",
        }
        for i in range(3)
    ]
    sections = [
        {
            "title": f"section {s[i % len(s)]}",
            "bullets": [{"text": f"bullet {s[(i + 1) % len(s)]}", "source_ids": [refs[i]["id"]]}],
        }
        for i in range(3)
    ]
    return Briefing.model_validate(
        {
            "date": "2026-11-25",
            "overview": "overview " + " ".join(s),
            "sections": sections,
            "articles": refs,
            "left_out": [{"id": "a000000009", "title": s[0], "reason": s[-1]}],
            "grounding": {"checked": 3},
            "usage": {"backend": "offline", "model": "extractive"},
            "notices": list(s),
        }
    )


# What rich itself writes to a real terminal: colours (SGR) and hyperlinks (OSC 8) to the URLs
# of the articles; after removing those, no escape byte may be left.
_RICH_OWN = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")


def _terminal(briefing: Briefing) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=True, color_system="truecolor")
    render_terminal(briefing, console)
    return out.getvalue()


def _outputs(briefing: Briefing) -> dict[str, str]:
    email = render_email(briefing)
    return {
        "terminal": _RICH_OWN.sub("", _terminal(briefing)),
        "markdown": render_markdown(briefing),
        "json": render_json(briefing),
        "email subject": email.subject,
        "email text": email.text,
        "email html": email.html,
        "slack": json.dumps(slack_messages(briefing), ensure_ascii=False),
    }


@given(st.lists(_hostile_text, min_size=1, max_size=6))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_renderer_lets_a_control_character_through(strings: list[str]) -> None:
    briefing = _briefing(strings)
    for name, text in _outputs(briefing).items():
        assert not unsafe_characters(text) - {"\r"}, (name, unsafe_characters(text))
        assert "\x1b" not in text, name


def test_the_reproductions_in_every_renderer() -> None:
    briefing = _briefing(HOSTILE)
    raw_terminal = _terminal(briefing)
    # Rich's own hyperlinks point only at the articles' URLs, never at the hostile target.
    targets = re.findall(r"\x1b\]8;[^;]*;([^\x1b\x07]*)", raw_terminal)
    assert targets and all(t.startswith("https://example.com/") or t == "" for t in targets)
    for name, text in _outputs(briefing).items():
        assert "\x1b" not in text and "\u202e" not in text and "\x9b" not in text, name
        assert "\x07" not in text and "\x00" not in text, name


# -- end to end: what a hostile feed, record or page puts in ---------------------------------------


def _run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "120", **(env or {})})


def _assert_clean(result: Result, what: str) -> None:
    assert result.exit_code in (0, 8), (what, result.stderr)
    for stream in (result.stdout, result.stderr):
        assert not unsafe_characters(stream), (what, unsafe_characters(stream), stream[:500])


@pytest.fixture
def hostile_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    body = (
        "The city council voted 31 to 4 on Tuesday to fund new flood defences along the river "
        "district. The plan, costing 48 million pounds, includes a new pumping station."
    )
    record = {
        "headline": CLEAR_SCREEN + "Council funds flood defences " + OSC8,
        "outlet": RECOLOUR + " Wire",
        "url": "https://example.com/flood",
        "body": body + " " + TITLE_SET,
    }
    (folder / "wire.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    page = (
        "<html><head><title>Museum \x1b[2J opens wing</title>"
        '<meta property="og:site_name" content="Gazette &#27;[31m &#x202E;evil">'
        "</head><body><article><h1>Museum \x1b]0;x\x07 opens wing</h1>"
        "<p>The city museum opened a new wing on Monday after three years of building work. "
        "The wing holds 400 paintings and cost 12 million pounds, the museum said.</p>"
        "<p>Visitors queued from early morning, and the museum expects 5,000 visitors a day "
        "in the first week.</p></article></body></html>"
    )
    (folder / "museum.html").write_text(page, encoding="utf-8")
    return folder


def test_hostile_inputs_reach_no_output(hostile_inputs: Path) -> None:
    listed = _run("ingest", str(hostile_inputs))
    _assert_clean(listed, "brief ingest")
    assert "Council funds flood defences" in listed.stdout
    records = _run("ingest", str(hostile_inputs), "--json")
    _assert_clean(records, "brief ingest --json")
    articles: list[dict[str, Any]] = json.loads(records.stdout)["articles"]
    assert {a["outlet"] for a in articles} >= {"[31;1mred[0m Wire"}
    for args in (
        ("today", str(hostile_inputs), "--now", NOW),
        ("today", str(hostile_inputs), "--now", NOW, "--markdown"),
        ("show", "latest"),
        ("show", "latest", "--format", "md"),
        ("show", "latest", "--format", "json"),
    ):
        _assert_clean(_run(*args), " ".join(args))
