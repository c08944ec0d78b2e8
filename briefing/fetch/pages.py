"""Article pages from fetched bytes: ``decode_bytes``, ``parse_html`` (trafilatura), then the one
``article_from_draft`` step that every reader shares (``briefing.ingest``).

Bytes are decoded by the project's one policy (``briefing.ingest.decode``): a byte-order mark,
else the charset the server declared, else the page's ``<meta charset>``, else UTF-8, else
``charset_normalizer``'s guess.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.ingest.article import article_from_draft
from briefing.ingest.decode import decode_bytes
from briefing.ingest.draft import UnusableInput
from briefing.ingest.html import parse_html
from briefing.models import Article
from briefing.urls import canonical_url, is_http_url

__all__ = ["NotAnArticle", "page_article"]


class NotAnArticle(Exception):
    """The page has no article text."""


def page_article(
    body: bytes,
    *,
    url: str,
    source: str,
    charset: str | None = None,
    outlet: str | None = None,
    now: dt.datetime | None = None,
) -> Article:
    """The article on an HTML page: title, outlet (site name), date and main text.

    The page's own canonical URL is kept when it is http(s), else the fetched ``url``; either
    way canonicalised. ``outlet`` (the configured source name) wins over the page's site name.
    """
    now = now or dt.datetime.now(dt.UTC)
    try:
        parsed = parse_html(decode_bytes(body, declared=charset, source=url), now=now)
    except UnusableInput as exc:
        raise NotAnArticle(str(exc)) from None
    draft = parsed.drafts[0]
    page_url = draft.url if draft.url and is_http_url(draft.url) else url
    draft = dataclasses.replace(draft, url=canonical_url(page_url), outlet=outlet or draft.outlet)
    article = article_from_draft(draft, source=source)
    if article is None:
        raise NotAnArticle("no article text on the page")
    return article
