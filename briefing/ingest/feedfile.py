"""Feed files on disk: RSS, Atom and JSON Feed recognised by their content (whatever the file
is called), each item one draft, read by the same parser as fetched feeds
(``briefing.fetch.feeds``; imported when needed, as ``briefing.fetch`` itself reads folders
through ``briefing.ingest``)."""

from __future__ import annotations

import json
import re

from briefing.ingest.draft import Draft, Parsed, UnusableInput

__all__ = ["looks_like_feed", "parse_feed_text"]

_JSON_FEED = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/', re.I)


def looks_like_feed(text: str) -> bool:
    """True for an RSS / RDF / Atom document or a JSON Feed."""
    head = text[:65_536].lstrip("\ufeff").lstrip()
    if head.startswith("{"):
        if not _JSON_FEED.search(head):
            return False
        try:
            data = json.loads(text)
        except ValueError:
            return False
        return isinstance(data, dict) and isinstance(data.get("items"), list)
    if not head.startswith("<"):
        return False
    from briefing.fetch.feeds import root_element

    return root_element(head.encode("utf-8")) in ("rss", "feed", "rdf", "channel")


def parse_feed_text(text: str, *, source: str) -> Parsed:
    """One draft per item of the feed in ``text`` (already decoded)."""
    from briefing.fetch.feeds import NotAFeed, parse_feed

    # Decoded already (by the same policy): the bytes handed on are UTF-8, whatever the
    # document's own declaration says.
    try:
        feed = parse_feed(text.encode("utf-8"), url=source, charset="utf-8")
    except NotAFeed as exc:
        raise UnusableInput(str(exc)) from None
    if not feed.items:
        raise UnusableInput("the feed has no items")
    drafts = [
        Draft(
            text=item.text,
            title=item.title or None,
            outlet=item.outlet or feed.title,
            url=item.link,
            published_at=item.published_at,
            part=n,
            headline_only=True,
        )
        for n, item in enumerate(feed.items, start=1)
        if item.text or item.title
    ]
    if not drafts:
        raise UnusableInput(f"none of the feed's {len(feed.items)} items has a title or text")
    return Parsed(drafts=drafts, problems=[])
