"""A story's key points under their head: the summary a live page or a report prints first.

A live page opens with "Key points" and three or four short lines, each a fact of the story
("Amber warning for snow and ice until 9pm", "More than 70 schools closed"); a wire report or a
local page does the same in its own language ("Points clés", "Puntos clave", "Die wichtigsten
Punkte"). Alone, the head is a page's label and the points read as a list of headlines: short
lines without a full stop, which ``clean_text`` takes after the body when chrome follows them
(a related list). Under their head they are the story's summary, and stay with their head.

Only a head that names *points* (the story's own summary) counts: "Key events", "Key moments
in this blog" head a widget's links to the page's entries ("Show key events only"), and
"Summary" or "At a glance" is a widget's label. A head naming "the most important"
("Das Wichtigste in Kürze", "Lo más importante") heads the points too, as live pages write it.
"""

from __future__ import annotations

import re

__all__ = ["key_points"]

_HEAD = re.compile(
    r"^(?:(?:the\s+)?(?:key|main)\s+points(?:\s+of\s+the\s+(?:story|day))?"
    r"|(?:les\s+)?points\s+(?:clés|essentiels|principaux)"
    r"|(?:los\s+)?puntos\s+(?:clave|principales)"
    r"|(?:die\s+)?(?:wichtigsten\s+punkte|kernpunkte)"
    r"|(?:i\s+)?punti\s+(?:chiave|principali|salienti)"
    r"|(?:os\s+)?pontos[-\s](?:chave|principais)"
    r"|(?:de\s+)?(?:belangrijkste\s+punten|kernpunten)"
    r"|poin(?:-poin)?\s+(?:penting|utama|kunci)"
    r"|önemli\s+noktalar|ana\s+noktalar"
    r"|ключевые\s+тезисы"
    r"|najważniejsze\s+punkty"
    r"|(?:de\s+)?vigtigste\s+punkter|viktigaste\s+punkterna|(?:de\s+)?viktigste\s+punktene"
    r"|tärkeimmät\s+kohdat"
    # "the most important" (in brief) as a live page's head over its points (aside36's look:
    # "Das Wichtigste in Kürze", "Lo más importante")
    r"|das\s+wichtigste(?:\s+(?:in\s+kürze|im\s+überblick))?|lo\s+más\s+importante"
    r"|o\s+mais\s+importante|l['’]essentiel|het\s+belangrijkste|le\s+cose\s+più\s+importanti"
    r"|det\s+viktigaste|det\s+vigtigste|det\s+viktigste|najważniejsze)"
    r"\s*:?$",
    re.I,
)
_POINT_WORDS = 40  # a point is a fact in a line, not an entry's paragraph
_POINT_MIN_WORDS = 4  # ... and a fact, not a page's label ("Live Reporting", "Get involved")
_MAX_POINTS = 8
_MIN_POINTS = 2
# a live entry's time or the page's next part ends the points ("10:58", "14.47 BST", "1:35pm")
_ENTRY = re.compile(r"^\d{1,2}[.:h]\d{2}\b|^\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b", re.I)


def key_points(lines: list[str], keep: list[bool]) -> list[int]:
    """Each key-points head of ``lines`` (a short line naming the story's points) with the lines
    it heads: the kept lines right after it (``keep`` as chrome alone leaves it), each a fact in
    four to forty words, up to the first entry time or line chrome alone; a head with fewer than
    two such lines is a label, and none of its lines is listed."""
    found: list[int] = []
    for i, line in enumerate(lines):
        if not _HEAD.match(line.strip()) or len(line.split()) > 6:
            continue
        points: list[int] = []
        for j in range(i + 1, len(lines)):
            text = lines[j].strip()
            if not text:
                continue
            if (
                not keep[j]
                or not _POINT_MIN_WORDS <= len(text.split()) <= _POINT_WORDS
                or _ENTRY.match(text)
                or _HEAD.match(text)
                or len(points) == _MAX_POINTS
            ):
                break
            points.append(j)
        if len(points) >= _MIN_POINTS:
            found.extend([i, *points])
    return found
