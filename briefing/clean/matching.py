"""``gated``: a long alternation searched only where one of its keywords occurs."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["gated"]


def gated(keys: tuple[str, ...], pattern: re.Pattern[str]) -> Callable[[str, str], bool]:
    """``pattern.search``, run only on a line whose lower-cased form holds one of ``keys``: a
    substring test is a fraction of a long alternation's scan of every position."""

    def search(line: str, low: str) -> bool:
        return any(key in low for key in keys) and pattern.search(line) is not None

    return search
