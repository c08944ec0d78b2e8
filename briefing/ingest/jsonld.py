"""JSON-LD (``<script type="application/ld+json">``) as pages embed it: the objects of every
block, ``@graph`` s and lists flattened, with their ``@type`` s in lower case.

News pages state their publication and revision times here with their zone
(``"datePublished": "2026-11-24T09:30:00+01:00"``), often more precisely than anywhere else.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["ARTICLE_TYPES", "ld_objects", "ld_types"]

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
    }
)
_MAX_DEPTH = 4


def _walk(node: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"], depth + 1)


def ld_objects(blocks: Iterable[str]) -> list[dict[str, Any]]:
    """Every object of the blocks, in document order (unreadable blocks skipped)."""
    found: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            logger.debug("unreadable JSON-LD block skipped")
            continue
        found.extend(_walk(data, 0))
    return found


def ld_types(node: dict[str, Any]) -> set[str]:
    """The object's ``@type`` s, lower case, without a schema.org prefix."""
    kind = node.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {name.rsplit("/", 1)[-1].lower() for name in names if isinstance(name, str)}
