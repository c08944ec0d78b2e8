"""Article pages from fetched bytes: decoding, then ``briefing.ingest.html`` (trafilatura).

Bytes are decoded with the charset the server declared, else the page's ``<meta charset>``,
else UTF-8 when it decodes cleanly, else ``charset_normalizer``'s best guess.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re

from charset_normalizer import from_bytes

from briefing.clean import clean_text
from briefing.fetch.urls import canonical_url, is_http_url
from briefing.ingest.draft import UnusableInput
from briefing.ingest.html import parse_html
from briefing.models import Article
from briefing.text import normalize_space, split_sentences

__all__ = ["NotAnArticle", "decode_html", "page_article", "title_from_text"]

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TITLE_WORDS = 14


class NotAnArticle(Exception):
    """The page has no article text."""


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    label = name.decode("ascii", "replace") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(label.strip()).name
    except LookupError:
        return None


def decode_html(body: bytes, charset: str | None = None) -> str:
    """``body`` as text, by declared charset, ``<meta charset>``, UTF-8, then detection."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    meta = _META_CHARSET.search(body[:4096])
    for declared in (_codec(charset), _codec(meta.group(1) if meta else None), "utf-8"):
        if declared is None:
            continue
        try:
            return body.decode(declared)
        except UnicodeDecodeError:
            logger.debug("page does not decode as %s", declared)
    best = from_bytes(body).best()
    encoding = best.encoding if best is not None else "cp1252"
    return body.decode(encoding, errors="replace")


def title_from_text(text: str) -> str:
    """A title for an item that has none: its first sentence, cut at a dozen words."""
    sentences = split_sentences(text)
    words = (sentences[0] if sentences else text).split()
    if len(words) > _TITLE_WORDS:
        return " ".join(words[: _TITLE_WORDS - 2]) + "…"
    return " ".join(words).rstrip(".")


def page_article(
    body: bytes,
    *,
    url: str,
    source: str,
    charset: str | None = None,
    outlet: str | None = None,
    now: dt.datetime | None = None,
) -> Article:
    """The article on an HTML page: title, outlet (site name), date and main text."""
    now = now or dt.datetime.now(dt.UTC)
    try:
        parsed = parse_html(decode_html(body, charset), now=now)
    except UnusableInput as exc:
        raise NotAnArticle(str(exc)) from None
    draft = parsed.drafts[0]
    text = clean_text(draft.text)
    title = normalize_space(draft.title or "").replace("\n", " ")
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    if not text:
        raise NotAnArticle("no article text on the page")
    page_url = draft.url if draft.url and is_http_url(draft.url) else url
    return Article.create(
        title=title or title_from_text(text),
        text=text,
        source=source,
        outlet=outlet or draft.outlet,
        url=canonical_url(page_url),
        published_at=draft.published_at,
    )
