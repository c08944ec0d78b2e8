"""The briefing in a terminal, with rich.

Article- and model-derived strings are always wrapped in ``rich.text.Text`` and never parsed as
markup, so ``[bold]`` in a title prints literally. Layout is a rule, headings and lists with a
hanging indent: piped output (no colour) stays plain, readable text.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.style import Style
from rich.text import Text

from briefing.dates import format_time
from briefing.models import Briefing
from briefing.render._common import References, conflict_text, quotes_of, references

__all__ = ["reason_kind", "render_terminal"]

_LEFT_OUT_SHOWN = 5
"""Left-out articles listed one by one; past this the terminal shows counts per reason first."""
_REASON_DETAIL = re.compile(r"\s*(?:[:(,—]|\bof\s+[a-z0-9]{10}\b).*$")


def reason_kind(reason: str) -> str:
    """A left-out reason without its details: "same story as §2, covered by [3]" → "same story
    as a section"; "teaser only (6 words)" → "teaser only"."""
    kind = _REASON_DETAIL.sub("", reason)
    return re.sub(r"§\d+", "a section", kind).strip() or reason


UNKNOWN_OUTLET = "Unknown outlet"


def _is_web(url: str) -> bool:
    return urlsplit(url.strip()).scheme.lower() in ("http", "https")


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Items:
    """A list of ``marker text`` rows with a hanging indent, and no padding after the text."""

    def __init__(self, rows: list[tuple[str, Text]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        marker_width = max((cell_len(marker) for marker, _ in self.rows), default=0)
        indent = marker_width + 1 if marker_width else 0
        width = max(1, options.max_width - indent)
        for marker, text in self.rows:
            for i, line in enumerate(text.wrap(console, width)):
                line.rstrip()
                prefix = marker.rjust(marker_width) + " " if i == 0 else " " * indent
                yield Text(prefix[:indent]) + line


def _block(text: Text) -> _Items:
    """A paragraph wrapped without trailing spaces."""
    return _Items([("", text)])


def _heading(title: str, status: str | None = None) -> _Items:
    text = Text(_one_line(title), style="bold")
    if status:
        text.append(f"  {status.upper()}", style="bold green")
    return _block(text)


def _sections(
    briefing: Briefing, refs: References, *, evidence: bool, timezone: str
) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for section in briefing.sections:
        rows: list[tuple[str, Text]] = []
        for bullet in section.bullets:
            text = Text(_one_line(bullet.text))
            cited = refs.of(bullet)
            if cited:
                text.append(" ")
                text.append(f"[{','.join(map(str, cited))}]", style="dim")
            if evidence:
                for n, quote in quotes_of(bullet, refs):
                    text.append(f"\n  {f'[{n}] ' if n else ''}“{quote}”", style="dim italic")
            rows.append(("•", text))
        for conflict in section.conflicts:
            rows.append(("!", Text(conflict_text(conflict, refs, timezone), style="yellow")))
        parts += [Text(), _heading(section.title, section.status), _Items(rows)]
    return parts


def render_terminal(
    briefing: Briefing, console: Console, *, timezone: str = "UTC", evidence: bool = False
) -> None:
    """Print the briefing on ``console``; publication times shown in ``timezone``; with
    ``evidence``, each bullet's quotes under it."""
    refs = references(briefing)
    parts: list[RenderableType] = [
        Rule(Text(f"Briefing — {briefing.date.isoformat()}", style="bold")),
    ]
    if briefing.overview.strip():
        parts.append(_block(Text(_one_line(briefing.overview))))
    parts += _sections(briefing, refs, evidence=evidence, timezone=timezone)

    if refs.sources:
        rows: list[tuple[str, Text]] = []
        for n, article in enumerate(refs.sources, start=1):
            line = Text(_one_line(article.outlet or "") or UNKNOWN_OUTLET, style="italic")
            line.append(" — ")
            title = _one_line(article.title) or "untitled"
            link = article.url if article.url and _is_web(article.url) else None
            line.append(title, style=Style(link=link) if link else "")
            # Time and address on their own line, so a long title never splits the time.
            meta = [format_time(article.published_at, timezone), _one_line(article.url or "")]
            if any(meta):
                line.append("\n" + " · ".join(m for m in meta if m), style="dim")
            rows.append((f"{n}.", line))
        parts += [Text(), _heading("Sources"), _Items(rows)]

    if briefing.left_out:
        rows = []
        items = briefing.left_out
        if len(items) > _LEFT_OUT_SHOWN:
            for kind, count in Counter(reason_kind(i.reason) for i in items).most_common():
                rows.append((f"{count}×", Text(_one_line(kind), style="dim")))
            items = items[:_LEFT_OUT_SHOWN]
        for item in items:
            line = Text(_one_line(item.title), style="dim")
            line.append(f" — {_one_line(item.reason)}", style="dim")
            rows.append(("•", line))
        more = len(briefing.left_out) - len(items)
        if more:
            rows.append(("", Text(f"… and {more} more (--json lists them all)", style="dim")))
        parts += [Text(), _heading(f"Left out ({len(briefing.left_out)})"), _Items(rows)]

    if briefing.notices:
        notices = [("!", Text(_one_line(notice), style="yellow")) for notice in briefing.notices]
        parts += [Text(), _heading("Notices"), _Items(notices)]

    console.print(Group(*parts), markup=False, highlight=False, emoji=False)
