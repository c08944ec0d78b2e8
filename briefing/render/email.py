"""The briefing as an email: a subject line, a plain-text part and an HTML part.

Both bodies come from Jinja2 templates in ``briefing/templates/``. The HTML template is rendered
with autoescaping on, so every article- or model-derived string (titles, bullets, outlets, URLs,
reasons) is escaped; links are made only for http(s) URLs. The CSS in the template's ``<style>``
block is inlined into ``style`` attributes with ``css-inline`` (mail clients drop or ignore
``<style>`` unevenly); only the ``@media`` rules for dark mode stay in a ``<style>`` block, for the
clients that honour them. The layout is a 600px table (``role="presentation"``), no flex or grid,
no images, no scripts.

This is a pure function of the briefing: the delivery layer (``briefing.deliver.email``) wraps
the result in a MIME message and sends it.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, urlsplit

import css_inline
import jinja2

from briefing.dates import format_time
from briefing.models import Briefing, Bullet
from briefing.render._common import (
    References,
    conflict_text,
    quotes_of,
    references,
    written_in,
)
from briefing.render.usage import usage_line

__all__ = [
    "SUBJECT_MAX",
    "EmailContent",
    "Source",
    "email_date",
    "email_subject",
    "html_sources",
    "one_line",
    "render_email",
    "web_url",
]

UNKNOWN_OUTLET = "Unknown outlet"
SUBJECT_MAX = 78  # RFC 5322's recommended line length; the subject is one header line
TEXT_WIDTH = 72

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# C0/C1 controls other than whitespace (which one_line folds), and bidi overrides.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class EmailContent:
    """What an email says: one-line subject, plain-text body and HTML body, and the language
    they are written in (a base code, for the HTML ``lang`` and Content-Language)."""

    subject: str
    text: str
    html: str
    language: str = "en"


@dataclass(frozen=True)
class Source:
    """A numbered source as the HTML renderers (email, web reader) show it."""

    number: int
    outlet: str
    title: str
    url: str | None  # http(s) only, quoted
    when: str


@dataclass(frozen=True)
class _Bullet:
    text: str
    sources: list[Source]
    quotes: dict[int, str]  # reference number → evidence quote (the HTML link's title)


@dataclass(frozen=True)
class _Section:
    title: str
    status: str | None
    bullets: list[_Bullet]
    conflicts: list[str]


def email_date(day: dt.date) -> str:
    """``Wed 25 Nov 2026``, in English whatever the locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def one_line(text: str) -> str:
    return " ".join(_CONTROLS.sub("", text).split())


def web_url(url: str | None) -> str | None:
    """``url`` made safe for an ``href`` if it is http(s), else None."""
    if not url:
        return None
    url = one_line(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def email_subject(briefing: Briefing, prefix: str = "Briefing") -> str:
    """The subject line: the prefix, the date and the first section's title, cut to one short
    line."""
    head = f"{one_line(prefix) or 'Briefing'} — {email_date(briefing.date)}"
    first = next((one_line(s.title) for s in briefing.sections if one_line(s.title)), "")
    if not first:
        return head
    subject = f"{head}: {first}"
    if len(subject) <= SUBJECT_MAX:
        return subject
    room = SUBJECT_MAX - len(head) - len(": …")
    if room < 12:  # a prefix this long leaves no useful room for a title
        return head[:SUBJECT_MAX]
    cut = first[:room]
    if " " in cut[room // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return f"{head}: {cut.rstrip(' ,;:—-')}…"


def _wrap(text: str, first: str = "", rest: str | None = None) -> str:
    """Wrap ``text`` to the text width with ``first`` before line one and ``rest`` (default:
    as many spaces) before the others. Long URLs are never broken."""
    lines = textwrap.wrap(
        text,
        width=TEXT_WIDTH,
        initial_indent=first,
        subsequent_indent=" " * len(first) if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines) or first.rstrip()


def _wrap_parts(text: str, sep: str = " · ") -> str:
    """Wrap a ``a · b · c`` line between its parts, never inside one."""
    lines: list[str] = []
    for part in text.split(sep):
        if lines and len(lines[-1]) + len(sep) + len(part) <= TEXT_WIDTH:
            lines[-1] += sep + part
        else:
            lines.append(part)
    return "\n".join(lines)


def _refs(sources: list[Source]) -> str:
    return "".join(f"[{s.number}]" for s in sources)


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefing", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = _wrap
    env.filters["refs"] = _refs
    env.filters["wrap_parts"] = _wrap_parts
    return env


@cache
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _quotes(bullet: Bullet, refs: References) -> dict[int, str]:
    """The first quote per reference number: shown as the citation link's title."""
    out: dict[int, str] = {}
    for number, said in quotes_of(bullet, refs):
        if number is not None:
            out.setdefault(number, f"“{said}”")
    return out


def html_sources(refs: References, timezone: str = "UTC") -> list[Source]:
    """The numbered sources, each string on one line and each URL http(s) only."""
    return [
        Source(
            number=n,
            outlet=one_line(article.outlet or "") or UNKNOWN_OUTLET,
            title=one_line(article.title) or "untitled",
            url=web_url(article.url),
            when=format_time(article.published_at, timezone),
        )
        for n, article in enumerate(refs.sources, start=1)
    ]


def render_email(
    briefing: Briefing,
    *,
    subject_prefix: str = "Briefing",
    unsubscribe: str | None = None,
    timezone: str = "UTC",
) -> EmailContent:
    """Render ``briefing`` as an email. ``unsubscribe`` (an http(s) or mailto URL, from the
    configuration) adds an unsubscribe link to the footer; times are shown in ``timezone``."""
    refs = references(briefing)
    sources = html_sources(refs, timezone)
    sections = [
        _Section(
            title=one_line(section.title),
            status=section.status,
            bullets=[
                _Bullet(
                    text=one_line(bullet.text),
                    sources=[sources[n - 1] for n in refs.of(bullet)],
                    quotes=_quotes(bullet, refs),
                )
                for bullet in section.bullets
            ],
            conflicts=[conflict_text(c, refs, timezone) for c in section.conflicts],
        )
        for section in briefing.sections
    ]
    unsubscribe_url = one_line(unsubscribe or "")
    if unsubscribe_url and not (
        web_url(unsubscribe_url) or unsubscribe_url.lower().startswith("mailto:")
    ):
        unsubscribe_url = ""
    heading = f"{one_line(subject_prefix) or 'Briefing'} — {email_date(briefing.date)}"
    language = written_in(briefing)
    context = {
        "lang": language,
        "heading": heading,
        "overview": one_line(briefing.overview),
        "sections": sections,
        "sources": sources,
        "left_out": _plural(len(briefing.left_out), "article") + " left out"
        if briefing.left_out
        else "",
        "notices": [one_line(n) for n in briefing.notices if one_line(n)],
        "usage": usage_line(briefing),
        "unsubscribe": unsubscribe_url,
    }
    env = _environment()
    text = env.get_template("email.txt.j2").render(context)
    html = _inliner().inline(env.get_template("email.html.j2").render(context))
    return EmailContent(
        subject=email_subject(briefing, subject_prefix),
        text=text.rstrip("\n") + "\n",
        html=html.rstrip("\n") + "\n",
        language=language,
    )
