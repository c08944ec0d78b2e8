"""What every renderer agrees on: reference numbers and the order of sources (times are shown
by ``briefing.dates.format_time``, in the display zone)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.dates import format_time
from briefing.models import ArticleRef, Briefing, Bullet, Conflict, citation_order

__all__ = [
    "References",
    "conflict_text",
    "pack_words",
    "quotes_of",
    "references",
    "written_in",
]


@dataclass(frozen=True)
class References:
    """Reference numbers (1-based) and the numbered sources, in the same order.

    Cited articles are numbered in order of first citation, reading sections and bullets in
    order; articles that no bullet cites and that are not listed as left out follow. Citations of
    ids that are not in ``Briefing.articles`` get no number.
    """

    numbers: dict[str, int]
    sources: list[ArticleRef]

    def of(self, bullet: Bullet) -> list[int]:
        """The bullet's reference numbers, ascending, without repeats."""
        return sorted({self.numbers[i] for i in bullet.source_ids if i in self.numbers})


_TOO_SHORT = 40  # characters: less text than this tells no language reliably


def written_in(briefing: Briefing) -> str:
    """The language the briefing is written in (a base code, "de"), read from its own words,
    for a page's ``lang`` and an email's Content-Language: an LLM may have been asked to write
    in the configured language, the offline backend writes in the sources' language. English
    when there are too few words to tell."""
    from briefing.language import DEFAULT_LANGUAGE, article_language

    words = [briefing.overview] + [
        part for s in briefing.sections for part in (s.title, *(b.text for b in s.bullets))
    ]
    text = "\n".join(w for w in words if w.strip())
    return article_language("", text) if len(text) >= _TOO_SHORT else DEFAULT_LANGUAGE


def references(briefing: Briefing) -> References:
    by_id = {a.id: a for a in briefing.articles}
    order = [i for i in citation_order(briefing.sections) if i in by_id]
    seen = set(order)
    left_out = {item.id for item in briefing.left_out}
    order += [a.id for a in briefing.articles if a.id not in seen and a.id not in left_out]
    return References(
        numbers={article_id: n for n, article_id in enumerate(order, start=1)},
        sources=[by_id[article_id] for article_id in order],
    )


def quotes_of(bullet: Bullet, refs: References) -> list[tuple[int | None, str]]:
    """The bullet's evidence as (reference number, quote), in the bullet's order."""
    return [(refs.numbers.get(e.source_id), " ".join(e.quote.split())) for e in bullet.evidence]


def conflict_text(conflict: Conflict, refs: References, timezone: str = "UTC") -> str:
    """One line, plain text: "reports differ on dead: 19 [1] (2031-03-04 13:40 UTC, latest),
    12 [2] (2031-03-04 08:10 UTC)"."""
    parts = []
    for k, value in enumerate(conflict.values):
        number = refs.numbers.get(value.source_id)
        part = value.value + (f" [{number}]" if number else "")
        when = [format_time(value.published_at, timezone)] if value.published_at else []
        if k == 0:
            when.append("latest")
        parts.append(part + (f" ({', '.join(when)})" if when else ""))
    return f"reports differ on {conflict.about}: " + ", ".join(parts)


def pack_words(words: Iterable[str], limit: int) -> list[str]:
    """``words`` joined by spaces into pieces of at most ``limit`` characters, in order (each
    word must already fit in ``limit``)."""
    pieces: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if len(candidate) > limit:
            pieces.append(current)
            current = word
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces
