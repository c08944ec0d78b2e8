"""Output guards: faults any model makes (small local ones most), fixed by code on every backend.

Applied to the draft before grounding (so no repair call is spent on a bullet that would be
removed anyway), in this order:

0. **datelines cut**: a bullet that starts with its article's dateline ("LONDON, Nov 26
   (Reuters) - ", "HOUSTON (AP) — ") starts after it (``briefing.clean.strip_dateline``, the
   rule the offline summarizer applies to sentences): a model that copies an article's first
   sentence copies its furniture too;
1. **content-free bullets dropped**: fewer than ``MIN_CONTENT_TERMS`` content words ("Movers",
   "LSEG.", "Data: LSEG."), or a bare label ("Source: Reuters");
2. **duplicate bullets merged**: the same statement twice, anywhere in the draft (exact after
   folding case and spaces, or near: see ``same_statement``), is kept once, at its first place,
   citing the sources of both;
3. **sections of one story merged**: two sections whose bullets cite the same story (by the
   clustering) and that say the same things (titles that are the same statement, or most of one
   section's words in the other) become one, at the first one's place;
4. **sentence-long titles shortened**: a title of more than ``MAX_TITLE_WORDS`` words, or a
   sentence ending in a full stop, is cut at its first phrase boundary; an empty or
   content-free title is replaced by a phrase from the section's first bullet.

Sections left without bullets are removed. Every change is counted in ``GuardReport`` (shown in
the usage line and kept with the briefing).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefing.clean import strip_dateline
from briefing.extractive.stories import headline
from briefing.features import terms
from briefing.models import BriefingDraft, Bullet, GuardReport, Section

__all__ = [
    "MAX_TITLE_WORDS",
    "MIN_CONTENT_TERMS",
    "content_free",
    "guard_draft",
    "same_statement",
    "shorten_title",
]

log = logging.getLogger(__name__)

MIN_CONTENT_TERMS = 3
"""A bullet needs at least this many content words (stop words and one-letter words aside)."""
MAX_TITLE_WORDS = 16
"""A section title longer than this is a sentence, not a heading (real headlines run to ~15)."""
SHORT_TITLE_WORDS = 10
"""A title that had to be cut keeps at most this many words."""
# A same-statement test on content-word sets: overlap over the union, or over the smaller set
# (one bullet restating the other with a few words more); the values of
# briefing.extractive.score.near_duplicate, which the offline summarizer uses for sentences.
_JACCARD = 0.55
_CONTAINMENT = 0.85
_CONTAINMENT_MIN_TERMS = 5
# Two sections of one story are one section when this share of the smaller one's words is in
# the other (a roundup article's distinct stories share far fewer; see tests/test_guards.py).
_SECTION_OVERLAP = 0.5
_LABEL = re.compile(r"^\s*[\w .'’&-]{1,30}:\s*[\w .'’&-]{0,40}\s*$")
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold().rstrip(".!")


def same_statement(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two texts' content-word stems (``terms``) say the same thing: Jaccard >= 0.55, or 85% of
    the shorter one's words (when it has at least five) are in the longer one."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    shared = len(sa & sb)
    if shared / len(sa | sb) >= _JACCARD:
        return True
    smaller = min(len(sa), len(sb))
    return smaller >= _CONTAINMENT_MIN_TERMS and shared / smaller >= _CONTAINMENT


def content_free(text: str) -> bool:
    """A bullet that states nothing: a word or two ("Movers", "LSEG."), or a bare label
    ("Data: LSEG.", "Source: Reuters")."""
    if len(set(terms(text))) < MIN_CONTENT_TERMS:
        return True
    return bool(_LABEL.match(text)) and len(text.split()) <= 5


def shorten_title(title: str, first_bullet: str = "") -> str | None:
    """A heading for ``title``: None when it is fine as it is; else its first phrase, or a
    phrase from ``first_bullet`` when the title says nothing."""
    clean = _SPACE.sub(" ", title).strip()
    words = clean.split()
    sentence = len(words) > 5 and clean.endswith(".") and not clean.endswith("...")
    if terms(clean) and len(words) <= MAX_TITLE_WORDS and not sentence:
        return None
    if terms(clean):
        short = headline(clean, limit=SHORT_TITLE_WORDS)
    else:
        short = headline(first_bullet, limit=SHORT_TITLE_WORDS) if first_bullet.strip() else ""
    short = short or "Other news"
    return short if short != clean else None


@dataclass
class _Section:
    title: str
    bullets: list[Bullet] = field(default_factory=list)


def _merge_sources(kept: Bullet, other: Bullet) -> Bullet:
    ids = list(dict.fromkeys([*kept.source_ids, *other.source_ids]))
    return kept if ids == kept.source_ids else Bullet(text=kept.text, source_ids=ids)


def _drop_and_merge_bullets(sections: list[_Section], report: GuardReport) -> None:
    seen: list[tuple[int, int, str, list[str]]] = []  # section, index, folded text, terms
    for s, section in enumerate(sections):
        kept: list[Bullet] = []
        for bullet in section.bullets:
            cut = strip_dateline(bullet.text.strip())
            if cut != bullet.text.strip():
                report.datelines_cut += 1
                report.notes.append(f"cut the dateline of {bullet.text.strip()[:60]!r}")
                bullet = bullet.model_copy(update={"text": cut})
            if content_free(bullet.text):
                report.dropped_empty += 1
                report.notes.append(f"dropped content-free bullet {bullet.text.strip()!r}")
                continue
            folded, words = _fold(bullet.text), terms(bullet.text)
            twin = next(
                ((ts, ti) for ts, ti, tf, tw in seen if tf == folded or same_statement(words, tw)),
                None,
            )
            if twin is None:
                seen.append((s, len(kept), folded, words))
                kept.append(bullet)
                continue
            report.merged_duplicates += 1
            report.notes.append(f"merged duplicate bullet {bullet.text.strip()[:80]!r}")
            ts, ti = twin
            target = kept if ts == s else sections[ts].bullets
            target[ti] = _merge_sources(target[ti], bullet)
        section.bullets = kept


def _story(section: _Section, story_of: Mapping[str, str]) -> str | None:
    """The story most of the section's citations belong to (ties: the first cited)."""
    votes: dict[str, int] = {}
    for bullet in section.bullets:
        for i in bullet.source_ids:
            if i in story_of:
                votes[story_of[i]] = votes.get(story_of[i], 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


def _says_the_same(a: _Section, b: _Section) -> bool:
    if same_statement(terms(a.title), terms(b.title)):
        return True
    wa = set(terms(" ".join([a.title, *(x.text for x in a.bullets)])))
    wb = set(terms(" ".join([b.title, *(x.text for x in b.bullets)])))
    smaller = min(len(wa), len(wb))
    return smaller > 0 and len(wa & wb) / smaller >= _SECTION_OVERLAP


def _merge_sections(
    sections: list[_Section], story_of: Mapping[str, str], report: GuardReport
) -> list[_Section]:
    out: list[_Section] = []
    stories: list[str | None] = []
    for section in sections:
        story = _story(section, story_of)
        target = next(
            (
                out[k]
                for k, other in enumerate(stories)
                if story is not None and other == story and _says_the_same(out[k], section)
            ),
            None,
        )
        if target is None:
            out.append(section)
            stories.append(story)
            continue
        report.sections_merged += 1
        report.notes.append(f"merged section {section.title!r} into {target.title!r}")
        target.bullets.extend(section.bullets)
    return out


def guard_draft(
    draft: BriefingDraft, *, story_of: Mapping[str, str] | None = None
) -> tuple[BriefingDraft, GuardReport]:
    """The draft with the guards applied (see the module docstring), and what they did.

    ``story_of`` maps article ids to story ids (from clustering); without it no sections are
    merged for citing the same story.
    """
    report = GuardReport()
    sections = [_Section(s.title, list(s.bullets)) for s in draft.sections]
    _drop_and_merge_bullets(sections, report)
    sections = [s for s in sections if s.bullets]
    # Merging bullets can make two sections say the same: merge sections, then bullets again.
    if story_of:
        sections = _merge_sections(sections, story_of, report)
        _drop_and_merge_bullets(sections, report)
    for section in sections:
        short = shorten_title(section.title, section.bullets[0].text)
        if short is not None:
            report.titles_shortened += 1
            report.notes.append(f"title {section.title.strip()[:80]!r} shortened to {short!r}")
            section.title = short
    if report.changed:
        log.info("guards: %s", "; ".join(report.notes))
    guarded = BriefingDraft(
        overview=draft.overview,
        sections=[Section(title=s.title, bullets=s.bullets) for s in sections],
    )
    return guarded, report
