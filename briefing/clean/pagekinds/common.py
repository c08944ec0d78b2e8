"""The shapes the page kinds' families share: a person's names, a platform's name, a month."""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["MONTH", "NAME", "NAMES", "PLATFORM", "DespacedRule", "Matcher", "Rule", "despaced"]

NAME = r"(?:[A-ZÀ-ÞŁŚŻĆ][\w.'’-]*|(?:de|da|del|dos|van|von|der|al|el|bin|ibn|la|le))"
NAMES = rf"{NAME}(?:\s+{NAME}){{1,3}}"
PLATFORM = (
    r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|messenger|e-?mail|vk|vkontakte|threads"
    r"|bluesky|instagram|youtube|tiktok|viber|signal|reddit|pinterest|mastodon)"
)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


class Matcher(Protocol):
    """A kind as the families give it: a compiled pattern or an object with its ``match``."""

    def match(self, line: str, /) -> object: ...


class Rule:
    """A kind as ``match``-able: a pattern, on a line of ``words`` words at most."""

    def __init__(self, pattern: re.Pattern[str], words: int = 30) -> None:
        self._pattern = pattern
        self._words = words

    def match(self, line: str) -> bool:
        return len(line.split()) <= self._words and bool(self._pattern.search(line))


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef\u3000-\u303f"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}\d])|(?<=[{_CJK}\d])\s+(?=[{_CJK}])")


def despaced(line: str) -> str:
    """``line`` with the spaces between CJK characters taken out (a tokenised "関連 記事 ：" is
    "関連記事："), so that rules written for CJK rows read either form."""
    return _CJK_GAP.sub("", line)


class DespacedRule:
    """A CJK row's rule read with the spaces between CJK characters taken out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def match(self, line: str) -> bool:
        return bool(self._pattern.search(despaced(line.strip())))
