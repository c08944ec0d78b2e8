"""The web reader's pages, rendered with Jinja2 (autoescape on for every ``.html.j2``): the
latest briefing (``index.html``), one page per day (``day/YYYY-MM-DD.html``), one page per story
(``story/ID.html``) with its timeline across days and what each day changed
(``briefing.site.changes``), a search index (``search.json``) for the
page's own script, and the style sheet. Nothing is loaded from elsewhere: no fonts, no CDN, no
analytics; links to articles are http(s) only (``web_url``).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import jinja2

from briefing.dates import format_time
from briefing.language import DEFAULT_LANGUAGE
from briefing.render._common import quotes_of, references, written_in
from briefing.render.email import Source, html_sources, one_line
from briefing.render.usage import usage_line
from briefing.site.changes import Change, what_changed
from briefing.site.days import Day

__all__ = ["site_pages", "story_file"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def story_file(story_id: str) -> str:
    """A story's page name: its id with anything but letters, digits, ``_`` and ``-`` replaced."""
    return f"story/{_UNSAFE.sub('_', story_id)[:80] or 'story'}.html"


@dataclass(frozen=True)
class _Bullet:
    text: str
    sources: list[Source]
    quotes: list[tuple[int | None, str]]  # (reference number, verbatim evidence quote)


@dataclass(frozen=True)
class _Section:
    anchor: str
    title: str
    status: str | None
    story: str | None  # the story page, relative to the site root
    bullets: list[_Bullet]


@dataclass(frozen=True)
class _DayView:
    date: str
    made: str
    overview: str
    sections: list[_Section]
    sources: list[Source]
    left_out: list[tuple[str, str]]
    notices: list[str]
    usage: str
    lang: str  # the language the day's briefing is written in


@dataclass
class _Story:
    file: str
    title: str
    # (date, the story's sections that day), oldest first
    entries: list[tuple[str, list[_Section]]] = field(default_factory=list)
    # what each day adds to the day before in the timeline (None for the first)
    changes: list[Change | None] = field(default_factory=list)

    def compare(self) -> None:
        texts = [[b.text for s in sections for b in s.bullets] for _, sections in self.entries]
        self.changes = [None] + [
            what_changed(before, after) for before, after in itertools.pairwise(texts)
        ]


def _view(day: Day, timezone: str) -> _DayView:
    briefing = day.briefing
    refs = references(briefing)
    sources = html_sources(refs, timezone)
    sections = [
        _Section(
            anchor=f"s{i}",
            title=one_line(section.title) or "Untitled",
            status=section.status,
            story=story_file(section.story_id) if section.story_id else None,
            bullets=[
                _Bullet(one_line(b.text), [sources[n - 1] for n in refs.of(b)], quotes_of(b, refs))
                for b in section.bullets
            ],
        )
        for i, section in enumerate(briefing.sections, start=1)
    ]
    return _DayView(
        date=briefing.date.isoformat(),
        made=format_time(day.made_at, timezone),
        overview=one_line(briefing.overview),
        sections=sections,
        sources=sources,
        left_out=[(one_line(i.title), one_line(i.reason)) for i in briefing.left_out],
        notices=[one_line(n) for n in briefing.notices if one_line(n)],
        usage=usage_line(briefing),
        lang=written_in(briefing),
    )


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefing", "templates/site"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _search_index(views: Sequence[_DayView]) -> bytes:
    """One record per bullet: date, page and anchor, section title, text. The script escapes
    what it shows (it sets ``textContent``)."""
    records = [
        {
            "d": view.date,
            "u": f"day/{view.date}.html#{section.anchor}",
            "t": section.title,
            "x": bullet.text,
        }
        for view in views
        for section in view.sections
        for bullet in section.bullets
    ]
    return json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _static(name: str) -> bytes:
    return files("briefing.templates").joinpath(f"site/{name}").read_bytes()


def site_pages(days: Sequence[Day], *, timezone: str = "UTC") -> dict[str, bytes]:
    """Every file of the reader (path relative to the site root → bytes), ``days`` newest
    first, times shown in ``timezone``."""
    env = _environment()
    views = [_view(day, timezone) for day in days]
    dates = [view.date for view in views]
    stories: dict[str, _Story] = {}
    for view in reversed(views):  # oldest first: a timeline reads forwards
        for section in view.sections:
            if section.story:
                story = stories.setdefault(section.story, _Story(section.story, section.title))
                if not story.entries or story.entries[-1][0] != view.date:
                    story.entries.append((view.date, []))
                story.entries[-1][1].append(section)
                story.title = section.title  # the latest title names the story
    out: dict[str, bytes] = {}

    def page(path: str, template: str, **context: object) -> None:
        root = "../" * path.count("/")
        html = env.get_template(template).render(root=root, dates=dates, **context)
        out[path] = html.encode("utf-8")

    lang = {view.date: view.lang for view in views}
    page(
        "index.html",
        "day.html.j2",
        view=views[0] if views else None,
        latest=True,
        lang=views[0].lang if views else DEFAULT_LANGUAGE,
    )
    for view in views:
        page(f"day/{view.date}.html", "day.html.j2", view=view, latest=False, lang=view.lang)
    for story in stories.values():
        story.compare()
        page(story.file, "story.html.j2", story=story, lang=lang[story.entries[-1][0]])
    out["search.json"] = _search_index(views)
    for name in ("style.css", "search.js"):
        out[name] = _static(name)
    return out
