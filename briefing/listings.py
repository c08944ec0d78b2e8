"""A digest's headline and the things it lists: "Island Morning Letter: Penghu rations water,
Kinmen festival off, Basco runway back" is a newsletter's, which leads with its first item and
then tells other stories in a line each. The grouping reads it so: a piece's edge to the
digest counts for no story when the piece tells one of its later items (``another_item``,
asked by ``briefing.story_links``), unless the piece's headline says a word of the label: then
the label is the story's topic, not a letter's or a show's name ("Gaza ceasefire: hostages
freed, aid trucks enter, Israeli troops pull back" is one story's headline, and "Israeli troops
pull back from Rafah under Gaza ceasefire" is of that story).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.features import WORD_PATTERN, content_word

__all__ = ["another_item", "listed_items"]

_LIST_ITEMS = 3  # a headline after its label that lists three things or more is a digest's
_LABEL = re.compile(r"^[^:]{1,40}:\s+(?P<items>.+)$")
_ITEM_BREAK = re.compile(r"\s*(?:,(?!\d)|[;|·]|\band\b|&)\s*")  # not a number's "12,000"
# A live page's label names no letter or show: "Live: Storm Darragh latest, roads closed,
# trains cancelled" is one story's page ("LIVE", "Live updates", "En direct", "En vivo", "Ao
# vivo", "Na żywo", "Liveticker", "Latest", "As it happened").
_LIVE_LABEL = re.compile(
    r"(?:live(?:\s+(?:updates?|blog|coverage|report(?:ing)?))?|latest(?:\s+updates?)?"
    r"|as\s+it\s+happened|breaking|en\s+direct|en\s+vivo|ao\s+vivo|in\s+diretta|na\s+żywo"
    r"|liveticker|live-ticker|direct|directo|diretta)",
    re.I,
)


def listed_items(title: str) -> list[set[str]]:
    """The content words of each thing a digest's headline lists after its label ("Island
    Morning Letter: Penghu rations water, Kinmen festival off, Basco runway back"; "Episode
    412: Thistle River's Gold Cup, a Wellington wobble and a qualifier's dream"), its lead
    item first; empty for a story's headline, which lists at most its own details ("Buckets,
    bathtubs and three weeks at least: Magong learns to ration"), and for a live page's ("Live:
    Storm Darragh latest, roads closed, trains cancelled")."""
    listing = _listing(title)
    return [set(item) for item in listing[1]] if listing else []


@lru_cache(maxsize=4096)
def _listing(title: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """A digest's label words and its items (``listed_items``), read once per headline: the
    grouping asks it for every edge of its graph, each round."""
    match = _LABEL.match(title.strip())
    if match is None:
        return None
    label = title.strip().split(":", 1)[0].strip()
    if _LIVE_LABEL.fullmatch(label):
        return None
    parts = _ITEM_BREAK.split(match.group("items"))
    items = tuple(frozenset(words) for part in parts if (words := _words(part)))
    return (frozenset(_words(label)), items) if len(items) >= _LIST_ITEMS else None


def another_item(title: str, digest: str) -> bool:
    """Whether a headline tells one of the later things a ``digest``'s headline lists, not its
    lead item: "Kinmen cancels winter oyster festival ..." beside "... Penghu rations water,
    Kinmen festival off, ...", which the digest's story (Penghu's water) is not. A headline that
    says a word of the label tells the label's story: "Soldiers deployed across Paris after
    concert hall attack" beside "Paris: police, firefighters and soldiers deployed ..."."""
    listing = _listing(digest)
    if listing is None:
        return False
    label, items = listing
    mine = _words(title)
    return (
        mine.isdisjoint(label)
        and mine.isdisjoint(items[0])
        and any(not mine.isdisjoint(item) for item in items[1:])
    )


def _words(text: str) -> set[str]:
    """The stems of the content words of ``text``."""
    return {w for t in re.findall(WORD_PATTERN, text) if (w := content_word(t))}
