"""Test helper: whether a line survives ``clean_text`` among lines of news."""

from __future__ import annotations

from briefing.clean import clean_text


def kept_between(line: str, lead: str, after: str, *, last: bool = False) -> bool:
    """Whether ``line`` survives ``clean_text`` between the news lines ``lead`` and ``after``
    (or after both, with ``last``); both news lines must survive too."""
    lines = [lead, after, line] if last else [lead, line, after]
    cleaned = clean_text("\n".join(lines), outlet="Valley Courier")
    assert lead in cleaned and after in cleaned
    return line in cleaned
