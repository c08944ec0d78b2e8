"""OPML subscription lists, the format every feed reader imports and exports.

``read_opml`` reads one with ``listparser`` (nested folders, ``xmlUrl`` spelled in any case,
``text`` or ``title``; it never fetches anything and its parser expands no entities) into
``SourceConfig`` s; ``write_opml`` writes OPML 2.0 with one ``<outline type="rss">`` per feed
source and ``type="link"`` per page source. Folders are local and have no place in OPML.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

import listparser

from briefing.config import SourceConfig
from briefing.urls import is_http_url

__all__ = ["OpmlList", "read_opml", "write_opml"]

logger = logging.getLogger(__name__)


class NotOpml(Exception):
    """The document is not a subscription list."""


@dataclass
class OpmlList:
    title: str | None = None
    sources: list[SourceConfig] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per outline left out, with why


def read_opml(data: bytes) -> OpmlList:
    """The feeds of an OPML document (in document order, each once)."""
    parsed = listparser.parse(data)  # bytes: parsed as a document, never fetched as a URL
    if not parsed.get("version", "").startswith("opml") and not parsed.get("feeds"):
        reason = parsed.get("bozo_exception") or "no <opml> root element"
        raise NotOpml(f"not an OPML subscription list ({reason})")
    result = OpmlList(title=(parsed["meta"].get("title") or "").strip() or None)
    seen: set[str] = set()
    for feed in parsed["feeds"]:
        url = str(feed.get("url") or "").strip()
        title = " ".join(str(feed.get("title") or "").split()) or None
        if not is_http_url(url):
            result.skipped.append(f"{title or url or 'an outline'}: not an http(s) feed URL")
            continue
        if url in seen:
            continue
        seen.add(url)
        result.sources.append(SourceConfig(location=url, kind="feed", name=title))
    return result


def write_opml(
    sources: Sequence[SourceConfig], *, title: str = "briefing sources", now: dt.datetime
) -> tuple[str, list[str]]:
    """OPML 2.0 text for the URL sources, and the locations left out (local folders)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = email.utils.format_datetime(now)
    body = ET.SubElement(root, "body")
    left_out: list[str] = []
    for source in sources:
        if not is_http_url(source.location):
            left_out.append(source.location)
            continue
        text = source.name or source.location
        if source.kind == "page":
            ET.SubElement(body, "outline", type="link", text=text, url=source.location)
        else:
            ET.SubElement(
                body, "outline", type="rss", text=text, title=text, xmlUrl=source.location
            )
    ET.indent(root)
    xml = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n", left_out
