"""The briefing as Markdown (CommonMark / GitHub flavour).

Everything that comes from articles or from the model (titles, outlets, bullets, reasons,
notices) is untrusted: it is folded onto one line and the characters that would change the
layout are escaped, so a title like ``[click](javascript:…)`` or ``# Big`` prints as written.
Links are made only for http(s) URLs.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from briefing.dates import format_time
from briefing.models import Briefing
from briefing.render._common import conflict_text, quotes_of, references

__all__ = ["escape_markdown", "render_markdown"]

UNKNOWN_OUTLET = "Unknown outlet"

# Inline syntax: escapes, emphasis, code, links/images, raw HTML, autolinks.
_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
# An entity or character reference ("&amp;", "&#60;") would print as the character it names.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a line a heading, quote, list item, or thematic break when it starts the line.
_LINE_START = re.compile(r"^(#|>|[-+=]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """``text`` on one line, safe to place inline (or at the start of a line) in Markdown."""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)


def _link(title: str, url: str | None) -> str:
    label = escape_markdown(title) or "untitled"
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return label
    safe = quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._")
    return f"[{label}]({safe})"


def render_markdown(briefing: Briefing, *, timezone: str = "UTC", evidence: bool = False) -> str:
    """The briefing as Markdown; publication times shown in ``timezone`` (the display zone);
    with ``evidence``, each bullet's quotes under it."""
    refs = references(briefing)
    out: list[str] = [f"# Briefing — {briefing.date.isoformat()}", ""]
    if briefing.overview.strip():
        out += [escape_markdown(briefing.overview), ""]
    for section in briefing.sections:
        tag = f" · {section.status}" if section.status else ""
        out += [f"## {escape_markdown(section.title)}{tag}", ""]
        for bullet in section.bullets:
            numbers = "".join(f"[{n}]" for n in refs.of(bullet))
            out.append(f"- {escape_markdown(bullet.text)} {numbers}".rstrip())
            if evidence:
                out += [
                    f"  - {f'[{n}] ' if n else ''}“{escape_markdown(quote)}”"
                    for n, quote in quotes_of(bullet, refs)
                ]
        for conflict in section.conflicts:
            out += ["", f"> ⚠ {escape_markdown(conflict_text(conflict, refs, timezone))}"]
        out.append("")
    if refs.sources:
        out += ["## Sources", ""]
        for n, article in enumerate(refs.sources, start=1):
            outlet = escape_markdown(article.outlet or "") or UNKNOWN_OUTLET
            line = f"{n}. {outlet} — {_link(article.title, article.url)}"
            when = format_time(article.published_at, timezone)
            out.append(f"{line} · {when}" if when else line)
        out.append("")
    if briefing.left_out:
        out += ["## Left out", ""]
        out += [
            f"- {escape_markdown(item.title)} — {escape_markdown(item.reason)}"
            for item in briefing.left_out
        ]
        out.append("")
    if briefing.notices:
        out += ["## Notices", ""]
        out += [f"- {escape_markdown(notice)}" for notice in briefing.notices]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
