"""Renderers against stored golden output. ``UPDATE_GOLDEN=1 pytest tests/test_render.py``
rewrites the files under ``tests/data/render/`` after an intended change; review the diff."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from briefing.models import (
    ArticleRef,
    Briefing,
    BriefingSection,
    Bullet,
    CallRecord,
    DroppedBullet,
    Grounding,
    LeftOut,
    Usage,
)
from briefing.render import (
    escape_markdown,
    render_json,
    render_markdown,
    render_terminal,
    usage_line,
)

GOLDEN_DIR = Path(__file__).parent / "data" / "render"
UTC = dt.UTC


def check_golden(name: str, actual: str) -> None:
    """Compare ``actual`` with ``tests/data/render/<name>`` exactly, or rewrite it when
    ``UPDATE_GOLDEN=1``."""
    path = GOLDEN_DIR / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} missing: run UPDATE_GOLDEN=1 pytest {__file__}"
    assert actual == path.read_text(encoding="utf-8")


def record(step: str, *, cached_tokens: int = 0, mode: str = "json_schema") -> CallRecord:
    return CallRecord(
        step=step,
        prompt=step,
        prompt_version="1",
        prompt_hash="abc123",
        model="gpt-4.1-mini",
        input_tokens=4000,
        cached_tokens=cached_tokens,
        output_tokens=700,
        latency_s=1.5,
        mode=mode,
    )


def make_briefing(**changes: object) -> Briefing:
    articles = [
        ArticleRef(
            id="a000000001",
            title="Council approves budget",
            outlet="City Times",
            url="https://example.com/budget",
            published_at=dt.datetime(2026, 11, 25, 9, 14, tzinfo=UTC),
            source="in/budget.txt",
        ),
        ArticleRef(
            id="a000000002",
            title="Storm [bold red]warning[/] for *coast* _today_",
            outlet="Weather `Desk`",
            url="https://example.com/storm (live)",
            published_at=dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            source="in/storm.html",
        ),
        ArticleRef(
            id="a000000003",
            title="# Rail strike ends",
            outlet=None,
            url=None,
            published_at=None,
            source="<stdin>",
        ),
        ArticleRef(
            id="a000000004",
            title="Budget: what it means",
            outlet="Daily Post",
            url="javascript:alert(1)",
            published_at=dt.datetime(2026, 11, 24, 18, 30),
            source="in/explainer.txt",
        ),
        ArticleRef(
            id="a000000005",
            title="Celebrity [link](http://x) gossip",
            outlet="Gossip Weekly",
            url="https://example.com/gossip",
            published_at=None,
            source="in/gossip.txt",
        ),
    ]
    values: dict[str, object] = {
        "date": dt.date(2026, 11, 25),
        "overview": "The council passed its budget while a storm\nthreatens the coast.",
        "sections": [
            BriefingSection(
                title="City budget",
                story_id="s000000001",
                status="developing",
                bullets=[
                    Bullet(
                        text="The council approved a 3.5% rise in school funding.",
                        source_ids=["a000000001", "a000000004"],
                    ),
                    Bullet(text="Road repairs get [bold]£12m[/bold].", source_ids=["a000000004"]),
                ],
            ),
            BriefingSection(
                title="Weather & transport",
                bullets=[
                    Bullet(
                        text="A storm warning covers the *whole* coast until Friday.",
                        source_ids=["a000000002", "a000000002", "unknown-id"],
                    ),
                    Bullet(text="The rail strike has ended.", source_ids=["a000000003"]),
                    Bullet(
                        text="Trains and budget both matter.",
                        source_ids=["a000000003", "a000000001"],
                    ),
                ],
            ),
        ],
        "articles": articles,
        "left_out": [
            LeftOut(
                id="a000000005",
                title="Celebrity [link](http://x) gossip",
                reason="not selected: the summary covers more important stories",
            )
        ],
        "grounding": Grounding(
            checked=18,
            repaired=1,
            dropped=2,
            dropped_bullets=[
                DroppedBullet(text="x", source_ids=["a000000001"], reason="cites nothing"),
                DroppedBullet(text="y", source_ids=["a000000002"], reason="unknown number"),
            ],
        ),
        "usage": Usage(
            backend="openai",
            model="gpt-4.1-mini",
            calls=3,
            input_tokens=12345,
            cached_tokens=1024,
            output_tokens=2100,
            cost_usd=0.0041,
            records=[record("map"), record("map", cached_tokens=1024), record("reduce")],
        ),
        "notices": ["in/empty.txt: no text found", "[red]feed.xml[/red]: timed out"],
    }
    values.update(changes)
    return Briefing.model_validate(values)


def terminal_text(briefing: Briefing, width: int = 80) -> str:
    out = io.StringIO()
    console = Console(width=width, file=out, color_system=None, force_terminal=False)
    render_terminal(briefing, console)
    return out.getvalue()


# --- golden ----------------------------------------------------------------------------------


def test_markdown_golden() -> None:
    check_golden("briefing.md", render_markdown(make_briefing()))


def test_terminal_golden() -> None:
    check_golden("terminal.txt", terminal_text(make_briefing()))


def test_json_golden() -> None:
    check_golden("briefing.json", render_json(make_briefing()))


# --- json ------------------------------------------------------------------------------------


def test_json_round_trips_with_iso_dates() -> None:
    briefing = make_briefing()
    text = render_json(briefing)
    assert text.endswith("}\n")
    data = json.loads(text)
    assert data["date"] == "2026-11-25"
    assert data["articles"][0]["published_at"] == "2026-11-25T09:14:00Z"
    assert Briefing.model_validate_json(text) == briefing


# --- markdown --------------------------------------------------------------------------------


def test_markdown_reference_numbers_follow_first_citation() -> None:
    md = render_markdown(make_briefing())
    assert "- The council approved a 3.5% rise in school funding. [1][2]\n" in md
    assert "- Road repairs get \\[bold\\]£12m\\[/bold\\]. [2]\n" in md
    # Repeated and unknown ids are not numbered twice or at all.
    assert "until Friday. [3]\n" in md
    assert "- Trains and budget both matter. [1][4]\n" in md


def test_markdown_sources_and_left_out() -> None:
    md = render_markdown(make_briefing())
    sources = md.split("## Sources\n\n")[1].split("\n\n")[0].splitlines()
    assert sources[0] == (
        "1. City Times — [Council approves budget](https://example.com/budget)"
        " · 2026-11-25 09:14 UTC"
    )
    # A time with a zone is shown in UTC; a URL with spaces or parentheses is encoded.
    assert sources[2].endswith("(https://example.com/storm%20%28live%29) · 2026-11-25 05:00 UTC")
    # No outlet, no URL, no time; a leading '#' cannot become a heading.
    assert sources[3] == "4. Unknown outlet — \\# Rail strike ends"
    # Only http(s) URLs become links.
    assert sources[1] == "2. Daily Post — Budget: what it means · 2026-11-24 18:30 UTC"
    assert len(sources) == 4  # the left-out article is not a source
    assert "## Left out\n\n- Celebrity \\[link\\](http://x) gossip — not selected" in md


def test_markdown_escapes_untrusted_text() -> None:
    md = render_markdown(make_briefing())
    assert "Storm \\[bold red\\]warning\\[/\\] for \\*coast\\* \\_today\\_" in md
    assert "Weather \\`Desk\\`" in md
    assert "[bold red]" not in md
    assert "## Notices\n\n- in/empty.txt: no text found\n- \\[red\\]feed.xml" in md


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain text", "plain text"),
        ("# heading", "\\# heading"),
        ("## two", "\\## two"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("2026. A year", "2026\\. A year"),
        ("a <b>tag</b>", "a \\<b\\>tag\\</b\\>"),
        ("x_y*z`w", "x\\_y\\*z\\`w"),
        ("back\\slash", "back\\\\slash"),
        ("two\n\nlines", "two lines"),
        ("a ~~strike~~ b | c", "a \\~\\~strike\\~\\~ b \\| c"),
        ("C# is not a heading", "C# is not a heading"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert escape_markdown(raw) == escaped


def test_markdown_minimal_briefing() -> None:
    briefing = make_briefing(sections=[], articles=[], left_out=[], notices=[], overview="")
    assert render_markdown(briefing) == "# Briefing — 2026-11-25\n"


# --- terminal --------------------------------------------------------------------------------


def test_terminal_prints_markup_literally() -> None:
    text = terminal_text(make_briefing())
    assert "Storm [bold red]warning[/] for *coast* _today_" in text
    assert "Road repairs get [bold]£12m[/bold]. [2]" in text
    assert "[red]feed.xml[/red]: timed out" in text


def test_terminal_layout() -> None:
    text = terminal_text(make_briefing())
    lines = text.splitlines()
    assert lines[0].startswith("─") and "Briefing — 2026-11-25" in lines[0]
    assert "• The council approved a 3.5% rise in school funding. [1,2]" in text
    assert "• Trains and budget both matter. [1,4]" in text
    assert "\n4. Unknown outlet — # Rail strike ends\n" in text
    assert "2026-11-25 05:00 UTC" in text
    assert "\x1b" not in text  # no escape codes when not a terminal
    assert all(len(line) <= 80 for line in lines)


def test_terminal_wraps_narrow_consoles() -> None:
    text = terminal_text(make_briefing(overview="A long overview. " * 10), width=40)
    lines = text.splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert all(line == line.rstrip() for line in lines)  # piped output has no padding
    assert "  important stories" in text  # hanging indent under the bullet marker


def test_terminal_with_colour_still_escapes() -> None:
    out = io.StringIO()
    console = Console(width=80, file=out, color_system="truecolor", force_terminal=True)
    render_terminal(make_briefing(), console)
    assert "[bold red]warning[/]" in out.getvalue()


# --- usage line ------------------------------------------------------------------------------


def test_usage_line_online() -> None:
    assert usage_line(make_briefing()) == (
        "3 calls (0 cached) · 12,345 tokens in (1,024 cached) · 2,100 out · est. $0.0041"
        " · grounding: 18 checked, 1 repaired, 2 dropped"
    )


def test_usage_line_estimated_tokens_and_cached_calls() -> None:
    usage = Usage(
        backend="openai",
        model="llama-3-8b",
        calls=1,
        input_tokens=900,
        output_tokens=80,
        cost_usd=1.5,
        tokens_estimated=True,
        records=[record("brief", mode="cached")],
    )
    assert usage_line(make_briefing(usage=usage)) == (
        "1 call (1 cached) · ~900 tokens in (~0 cached) · ~80 out · est. $1.50"
        " · grounding: 18 checked, 1 repaired, 2 dropped"
    )


def test_usage_line_offline() -> None:
    briefing = make_briefing(
        usage=Usage(backend="offline", model="extractive"),
        grounding=Grounding(checked=5),
    )
    assert usage_line(briefing) == (
        "offline extractive · 0 tokens · grounding: 5 checked, 0 repaired, 0 dropped"
    )


def test_usage_line_of_any_unmetered_backend_follows_its_counts_not_its_name() -> None:
    """No calls counted: the backend was not metered, whatever its name."""
    unmetered = make_briefing(usage=Usage(backend="local-extractive", model="lead3"))
    assert usage_line(unmetered).startswith("local-extractive lead3 · 0 tokens · ")
    named_offline_but_metered = make_briefing(
        usage=Usage(backend="offline", model="m", calls=2, records=[record("map"), record("final")])
    )
    assert usage_line(named_offline_but_metered).startswith("2 calls (0 cached)")


def test_terminal_counts_left_out_reasons_and_lists_the_first_few() -> None:
    reasons = ["same story as §1, covered by [2]"] * 4 + ["teaser only (6 words)"] * 2
    reasons += ["below the cut: story ranked 9 of 12"]
    left = [LeftOut(id=f"x{n}", title=f"Left {n}", reason=r) for n, r in enumerate(reasons)]
    text = terminal_text(make_briefing(left_out=left), width=100)
    assert "Left out (7)" in text
    assert "4× same story as a section" in text and "2× teaser only" in text
    assert "1× below the cut" in text
    assert "Left 4" in text and "Left 5" not in text  # the first five, one by one
    assert "… and 2 more (--json lists them all)" in text
    assert json.loads(render_json(make_briefing(left_out=left)))["left_out"][6]["id"] == "x6"
