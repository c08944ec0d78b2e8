"""The one way a ``Draft`` becomes an ``Article``, and the one exact-duplicate merge.

Every reader (files, page dumps, JSON, HTML, fetched pages, feed items) ends here, so an
article's title, text and id are made the same way whatever it came from.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from briefing.clean import clean_text, clean_title, opening_dateline
from briefing.ingest.draft import Draft
from briefing.ingest.times import as_aware
from briefing.models import Article
from briefing.text import split_sentences

__all__ = ["article_from_draft", "merge_exact_duplicates", "title_from_text", "without_outlet"]

logger = logging.getLogger(__name__)

_TITLE_WORDS = 14


def title_from_text(text: str) -> str:
    """A title for an item that has none: its first sentence, cut at a dozen words."""
    sentences = split_sentences(text)
    words = (sentences[0] if sentences else text).split()
    if len(words) > _TITLE_WORDS:
        return " ".join(words[: _TITLE_WORDS - 2]) + "…"
    return " ".join(words).rstrip(".")


def without_outlet(title: str, outlet: str | None) -> str:
    """The headline without its outlet's name after a dash or bar ("Storm hits - Courier", as
    aggregators, news APIs and pages' <title> give it)."""
    if not outlet or not title:
        return title
    for sep in (" - ", " – ", " — ", " | ", " · "):
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip().casefold() == outlet.strip().casefold():
            return head.strip()
    return title


def article_from_draft(draft: Draft, *, source: str, headline_only: bool = False) -> Article | None:
    """The article for ``draft``, or None when it has no text once cleaned.

    The text is cleaned (``clean_text``, told the outlet's name); a first line that repeats the
    title is dropped; a draft without a title gets its first sentence as one; the dateline the
    text opened with is kept beside it (``opening_dateline``), even where cleaning drops its
    line. With ``headline_only`` (feed items), a draft with a title and no text becomes an
    article whose text is its title; otherwise such a draft gives None.
    """
    text = clean_text(draft.text, outlet=draft.outlet)
    title = without_outlet(clean_title(draft.title), draft.outlet)
    if title and text.split("\n", 1)[0].strip() == title:
        rest = text.split("\n", 1)[1].strip() if "\n" in text else ""
        text = rest or (title if headline_only else "")
    if not text and headline_only:
        text = title
    if not text:
        return None
    return Article.create(
        title=title or title_from_text(text),
        text=text,
        source=source,
        outlet=draft.outlet,
        url=draft.url,
        published_at=as_aware(draft.published_at) if draft.published_at else None,
        updated_at=as_aware(draft.updated_at) if draft.updated_at else None,
        dateline=opening_dateline(draft.text),
    )


def merge_exact_duplicates(articles: Iterable[Article]) -> list[Article]:
    """Articles with exactly the same text (so the same id) become one: the first copy, with
    the others' sources listed in ``also_from`` (with their outlet when it differs). Its url
    and time stay the first copy's; order is that of first appearance. A copy whose dateline
    line the clean step dropped has the same text as one printed without it: the merged
    article keeps the dateline of the first copy that had one, whichever came first."""
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.id)
        if first is None:
            kept[article.id] = article
            continue
        logger.debug("%s: same text as %s", article.source, first.source)
        if first.dateline is None and article.dateline is not None:
            first = kept[article.id] = first.model_copy(update={"dateline": article.dateline})
        other_outlet = article.outlet and article.outlet != first.outlet
        label = f"{article.outlet} ({article.source})" if other_outlet else article.source
        if label != first.source and label not in first.also_from:
            kept[article.id] = first.model_copy(update={"also_from": [*first.also_from, label]})
    return list(kept.values())
