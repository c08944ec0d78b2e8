"""The briefing from the notes, when the model's briefing call fails.

A small or slow model can fail at the final call (or at a reduce level before it) where its map
notes did not: it writes until the output cap, is stopped for repeating itself, refuses, answers
in a form that cannot be read, or writes nothing that grounding keeps. The notes are then not
thrown away: code builds the draft from them, one section per story in the clustering's order,
titled with the story's headline, one bullet per note with the note's citations and verified
quotes, and no overview (``framing.checked_overview`` writes it from the first bullets). The draft
goes through the same guards, grounding, repair and checks as a model's, and the briefing says
which step failed and why (``Briefing.fallbacks``; ``brief today`` then exits 8).

Measured on SmolLM2-135M (docs/BENCHMARKS.md): its final call over ten articles' notes ran to
2,048 output tokens while most of its one-article notes were short and some were grounded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from briefing.cluster import Clustering
from briefing.exceptions import (
    DeadlineError,
    InvalidOutputError,
    LLMError,
    OutputTooLongError,
    RefusalError,
    ServerIdleError,
)
from briefing.models import Article, BriefingDraft, Bullet, Document, Section, Step, StepFailure

__all__ = ["FALLBACK_ERRORS", "NOTES", "failure", "notes_draft"]

log = logging.getLogger(__name__)

FALLBACK_ERRORS = (
    OutputTooLongError,
    RefusalError,
    InvalidOutputError,
    DeadlineError,
    ServerIdleError,
)
"""How a briefing call may fail and the notes still stand in for it: the model could not write
it (cut off, looping, refused, unreadable) or took too long. A server that cannot be reached or
refuses the key is an error of the run (exit 4), not a step to work around."""

NOTES = "the map notes, one bullet per note"
"""``StepFailure.instead`` of a briefing built from the notes."""

# A note a small model numbered or bulleted as a list ("1. ", "- "): the marker is not content.
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s+")
_STEP = re.compile(r"^step (\w+): ")


def failure(exc: LLMError, default: Step) -> StepFailure:
    """The failed step (the one the run's call was for, else ``default``) and why."""
    named = exc.step
    step: Step = named if named in ("brief", "map", "reduce", "final") else default  # type: ignore[assignment]
    return StepFailure(step=step, reason=_STEP.sub("", str(exc)), instead=NOTES)


def notes_draft(
    notes: Sequence[Document], clustering: Clustering, articles: Mapping[str, Article]
) -> BriefingDraft:
    """A draft of the ``notes`` (documents whose ``source_ids`` are the articles they cite): a
    section per story, in story order, each note a bullet citing what it cited."""
    story_of = {i: s.id for s in clustering.stories for i in s.article_ids}
    for duplicate, kept in clustering.near_duplicates.items():
        if kept in story_of:
            story_of.setdefault(duplicate, story_of[kept])
    titles = {s.id: s.title for s in clustering.stories}
    order = {s.id: n for n, s in enumerate(clustering.stories)}
    sections: dict[str, Section] = {}
    for note in notes:
        text = _MARKER.sub("", note.text).strip()
        if not text or not note.source_ids:
            continue
        first = note.source_ids[0]
        story = story_of.get(first, first)
        if story not in sections:
            title = titles.get(story) or (articles[first].title if first in articles else "")
            sections[story] = Section(title=title, bullets=[])
        sections[story].bullets.append(
            Bullet(text=text, source_ids=list(note.source_ids), evidence=list(note.evidence))
        )
    ranked = sorted(sections, key=lambda s: order.get(s, len(order)))
    log.info("the briefing is built from %d notes in %d sections", len(notes), len(ranked))
    return BriefingDraft(overview="", sections=[sections[s] for s in ranked])
