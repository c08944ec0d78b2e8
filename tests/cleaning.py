"""Test helper: whether a line survives ``clean_text`` among lines of news."""

from __future__ import annotations

from briefing.clean import clean_text


def cleaned_lines(text: str) -> list[str]:
    """The non-empty lines ``clean_text`` keeps of ``text``."""
    return [line for line in clean_text(text).split("\n") if line]


def kept_between(
    line: str,
    lead: str,
    after: str,
    *,
    last: bool = False,
    outlet: str | None = "Valley Courier",
) -> bool:
    """Whether ``line`` survives ``clean_text`` between the news lines ``lead`` and ``after``
    (or after both, with ``last``), from ``outlet``; both news lines must survive too."""
    lines = [lead, after, line] if last else [lead, line, after]
    cleaned = clean_text("\n".join(lines), outlet=outlet)
    assert lead in cleaned and after in cleaned
    return line in cleaned


PLACES = ("mid", "last", "top", "head")


def lost_places(line: str, lead: str, after: str, *, places: tuple[str, ...] = PLACES) -> list[str]:
    """Where ``line`` is lost by ``clean_text`` among lines of news: between ``lead`` and
    ``after`` ("mid"), after both ("last"), under a section label above ``lead`` ("top") and
    under a headline above ``lead`` ("head")."""
    shapes = {
        "mid": [lead, line, after],
        "last": [lead, after, line],
        "top": ["Politics", line, lead, after],
        "head": ["Council votes to shut ferry terminal", line, lead, after],
    }
    lost = []
    for place in places:
        cleaned = clean_text("\n".join(shapes[place]), outlet="Valley Courier").split("\n")
        if line not in cleaned:
            lost.append(place)
    return lost
