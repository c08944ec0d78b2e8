"""The shapes the page kinds' families share: a person's names, a platform's name, a month."""

from __future__ import annotations

from typing import Protocol

__all__ = ["MONTH", "NAME", "NAMES", "PLATFORM", "Matcher"]

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
