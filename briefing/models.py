"""The contracts between pipeline stages.

ingest → ``Article`` · cluster → ``Story`` · chunk → ``Chunk`` · plan → ``Plan`` ·
backend → ``Notes`` / ``BriefingDraft`` / ``RepairAnswer`` · summarize + ground → ``Briefing`` ·
render. The plan and the call records live in ``briefing.calls`` (re-exported here).

``BriefingDraft`` is exactly what an LLM is asked to fill (it is valid for OpenAI strict
Structured Outputs); ``Briefing`` is the draft plus what code knows for sure: the date, the
articles, what was left out and why, and the usage of the run. Every renderer reads ``Briefing``.

Every string that comes from outside (an article's title, outlet, URL, text and source; what a
model writes into a briefing) is a ``SafeStr``: control characters and bidi overrides are
removed whenever the model is built or loaded (``briefing.sanitize``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from pydantic import Field
from pydantic.json_schema import SkipJsonSchema

from briefing.calls import (
    CallMode as CallMode,
    CallRecord as CallRecord,
    Plan as Plan,
    PlanStep as PlanStep,
    Step as Step,
    Usage as Usage,
)
from briefing.contract import Model as Model
from briefing.sanitize import SafeStr, sanitize

_WS = re.compile(r"\s+")


def content_id(text: str) -> str:
    """A stable, short id derived from an article's text (whitespace and case folded).

    The same story text gives the same id wherever it was read from, which is what makes exact
    duplicates collapse and citations stable across runs.
    """
    norm = _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return "a" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:9]


class Article(Model):
    """One news article, as read from a file, a page dump, stdin, a feed or a web page."""

    id: str = Field(description="Stable id derived from the text (see content_id).")
    title: SafeStr
    outlet: SafeStr | None = None
    url: SafeStr | None = None
    published_at: dt.datetime | None = None
    updated_at: dt.datetime | None = Field(
        default=None, description="When the source says it was last revised (never the window)."
    )
    text: SafeStr
    source: SafeStr = Field(
        description="Where it was read: a path, '<stdin>', a URL; '#n' for part n."
    )
    also_from: list[SafeStr] = Field(
        default_factory=list,
        description="Other sources that carried exactly the same text (exact duplicates).",
    )
    dateline: SafeStr | None = Field(
        default=None,
        description="The place dateline the source text opened with, as written ('NAIROBI, "
        "April 12 (SLN) -'), read before cleaning (a dateline alone on its line is dropped "
        "from the text); None when it opened without one.",
    )

    @classmethod
    def create(
        cls,
        *,
        title: str,
        text: str,
        source: str,
        outlet: str | None = None,
        url: str | None = None,
        published_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
        dateline: str | None = None,
    ) -> Article:
        text = sanitize(text)  # the id is the clean text's: hostile and clean copies are one
        return cls(
            id=content_id(text),
            title=title.strip(),
            outlet=outlet,
            url=url,
            published_at=published_at,
            updated_at=updated_at,
            text=text,
            source=source,
            dateline=dateline,
        )

    @property
    def outlet_key(self) -> str:
        """The outlet as one outlet is told from another (case and spacing aside); "" for an
        article with no outlet, which is never taken for another's."""
        return " ".join((self.outlet or "").casefold().split())


class InputProblem(Model):
    """An input that yielded no article: the path or URL and why, in one line."""

    source: SafeStr
    reason: SafeStr


class IngestResult(Model):
    articles: list[Article]
    problems: list[InputProblem] = Field(default_factory=list)


class Story(Model):
    """Articles about the same event; the first article id is the representative."""

    id: str
    title: SafeStr
    article_ids: list[str]


class Document(Model):
    """What a model call reads: an article (or a chunk of one) or a note from an earlier step.

    ``source_ids`` are the article ids the text comes from: ``[id]`` for an article or chunk,
    the cited articles for a note.
    """

    id: str
    title: str
    outlet: str | None = None
    published_at: dt.datetime | None = None
    text: str
    source_ids: list[str]
    story: str | None = Field(
        default=None,
        description="Id of the story the clustering put the article in (None for notes); a "
        "backend may use it (the offline one makes one section per story).",
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="A note's quotes from its articles, verified verbatim (empty for articles): "
        "shown to the reduce and final calls, which copy them into what they write.",
    )
    dated: bool = Field(
        default=False,
        description="Whether the text opens with the article's lede under a place dateline "
        "(``Article.dateline``; an article's first chunk only): the offline backend reads "
        "such a lede as a wire's.",
    )

    @classmethod
    def of(cls, article: Article) -> Document:
        """The whole article as one document."""
        return cls(
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            published_at=article.published_at,
            text=article.text,
            source_ids=[article.id],
            dated=article.dateline is not None,
        )


class Chunk(Model):
    """A token-bounded piece of one article's text."""

    article_id: str
    index: int
    text: str
    tokens: int


# --- What the LLM fills (strict-schema friendly: no defaults, no optional fields) -------------


class Evidence(Model):
    source_id: str = Field(description="The id of one article this bullet cites.")
    quote: str = Field(
        description="A verbatim span of that article, copied exactly: one or two sentences, "
        "at most 40 words, that state the bullet's facts."
    )
    # Set by code, never by a model (not in the schema a model fills; anchoring resets it on
    # every quote a model gives): the quote was chosen by code, as the cited article's sentence
    # that best states the bullet, because the model gave none (a small model's compact
    # schema, notes that carry no quotes). Verified like any quote; in the JSON only when true.
    by_code: SkipJsonSchema[bool] = Field(default=False, exclude_if=lambda by_code: not by_code)


class Bullet(Model):
    text: SafeStr = Field(description="One self-contained sentence or two stating a fact.")
    source_ids: list[str] = Field(
        description="Ids of the given articles that state this fact. At least one."
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="One quote per id in source_ids, from that article.",
    )


class Section(Model):
    title: SafeStr = Field(description="A short heading for one story or theme.")
    bullets: list[Bullet]


class BriefingDraft(Model):
    """The LLM's answer for a briefing (single call or final reduce)."""

    overview: SafeStr = Field(description="One paragraph on the most important news of the day.")
    sections: list[Section]


class Notes(Model):
    """The LLM's answer for a map step: the facts worth keeping from a few articles."""

    notes: list[Bullet]


class RepairedBullet(Model):
    index: int = Field(description="The number of the failing bullet this rewrites (1, 2, …).")
    text: str = Field(description="The bullet rewritten to say only what its sources state.")
    source_ids: list[str] = Field(
        description="Ids of the given articles that state it. At least one."
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="One quote per id in source_ids, from that article.",
    )


class RepairAnswer(Model):
    """The LLM's answer for a grounding repair: a rewrite of each failing bullet the articles
    support, matched to it by ``index``; a bullet they do not support is left out."""

    bullets: list[RepairedBullet]


class ClaimCheck(Model):
    index: int = Field(description="The number of the claim this judges (1, 2, …).")
    verdict: Literal["supported", "not supported", "partly"] = Field(
        description="supported: the quotes state everything the claim says; partly: they state "
        "some of it and the claim adds or changes the rest; not supported: they do not state it."
    )
    reason: str = Field(description="One short sentence: what the quotes do or do not state.")


class VerifyAnswer(Model):
    """The LLM's answer for the verification pass: one judgement per claim, matched to it by
    ``index``."""

    claims: list[ClaimCheck]


# --- What code adds -------------------------------------------------------------------------


class ArticleRef(Model):
    id: str
    title: SafeStr
    outlet: SafeStr | None
    url: SafeStr | None
    published_at: dt.datetime | None
    source: SafeStr


class LeftOut(Model):
    id: str
    title: SafeStr
    reason: SafeStr


class DroppedBullet(Model):
    text: SafeStr
    source_ids: list[str]
    reason: SafeStr


class GuardReport(Model):
    """What the output guards (``briefing.guards``) changed in a draft, counted."""

    merged_duplicates: int = 0
    dropped_empty: int = 0
    titles_shortened: int = 0
    sections_merged: int = 0
    datelines_cut: int = 0
    notes: list[str] = Field(default_factory=list, description="One line per change.")

    @property
    def changed(self) -> bool:
        return bool(
            self.merged_duplicates
            + self.dropped_empty
            + self.titles_shortened
            + self.sections_merged
            + self.datelines_cut
        )


class StepFailure(Model):
    """A model step that failed while an earlier step's output could stand in for it: the
    briefing was built by code from that output (``briefing.summarize.fallback``)."""

    step: Step
    reason: SafeStr
    instead: SafeStr = Field(description="What the briefing was built from instead.")


class Grounding(Model):
    checked: int = 0
    # Bullets that code could not prove, sent to the verification pass (left out when 0).
    verified: int = Field(default=0, exclude_if=lambda n: n == 0)
    repaired: int = 0
    dropped: int = 0
    dropped_bullets: list[DroppedBullet] = Field(default_factory=list)


class ReportedValue(Model):
    """One article's value in a conflict, with the sentence that states it."""

    source_id: str
    value: str = Field(description="The number as the article writes it.")
    sentence: str
    published_at: dt.datetime | None = None


class Conflict(Model):
    """Articles of one story that give different values for the same thing (a toll, an amount,
    a vote count). ``values`` are latest first: the first is the one a briefing states."""

    about: str = Field(description="What the numbers count, e.g. 'dead', 'missing', 'homes'.")
    key: str = Field(description="The same as a stem that code matches ('dead', 'hom').")
    values: list[ReportedValue]


StoryStatus = Literal["new", "developing"]


class BriefingSection(Section):
    """A section as the reader sees it: the LLM's section plus the story it covers, and whether
    that story is new today or developing since an earlier briefing (None: no history yet)."""

    story_id: str | None = None
    status: StoryStatus | None = None
    conflicts: list[Conflict] = Field(
        default_factory=list,
        description="Values its articles give differently (latest first); see briefing.conflicts.",
    )


class Briefing(Model):
    date: dt.date
    overview: SafeStr
    sections: list[BriefingSection]
    articles: list[ArticleRef]
    left_out: list[LeftOut]
    grounding: Grounding
    # Left out of the JSON when the guards changed nothing (most briefings of a capable model).
    guards: GuardReport = Field(
        default_factory=GuardReport, exclude_if=lambda report: not report.changed
    )
    usage: Usage
    # Left out of the JSON when no step failed (every complete run).
    fallbacks: list[StepFailure] = Field(default_factory=list, exclude_if=lambda f: not f)
    notices: list[SafeStr] = Field(
        default_factory=list, description="Input problems and other things the reader should know."
    )


def citation_order(sections: Sequence[Section]) -> list[str]:
    """Article ids in order of first citation, reading sections and bullets in order: the
    order of the briefing's reference numbers."""
    order: dict[str, None] = {}
    for section in sections:
        for bullet in section.bullets:
            order.update(dict.fromkeys(i for i in bullet.source_ids if i not in order))
    return list(order)
